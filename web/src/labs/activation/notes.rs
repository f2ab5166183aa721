//! The activation lab's explanations beside the plot: σ(a·x) becoming the step, why the
//! step cannot be trained (its derivative is 0, so gradient descent gets no signal — with a
//! playground link to a step network that does not learn), where f is not differentiable
//! (the model's `kinks`), and the flat regions where the gradient vanishes.

use neurite_labs::activation::{KinkKind, SATURATION_EPS};
use neurite_labs::ActivationLab;
use neurite_nn::Activation;
use yew::prelude::*;

use super::plot::SAMPLES;
use super::text::ActText;
use crate::i18n::Lang;
use crate::view::plot::plain;

/// A playground link whose hidden layers use the step function: only the output layer can
/// move, and the loss on the circle stays high (checked by `lab-activation.test.mjs`).
pub const STEP_NETWORK: &str = "#dataset=circle&activation=step&networkShape=4,4&learningRate=0.03";

/// How far from the jump the steep sigmoid is compared with the step.
const STEP_GAP_FROM: f32 = 0.1;

/// σ(a·x) and the step; a one-click steep sigmoid.
fn sigmoid_to_step(lab: &ActivationLab, lang: Lang, on_change: &Callback<ActivationLab>) -> Html {
    let steep = {
        let (lab, on_change) = (*lab, on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = lab;
            next.activation = Activation::Sigmoid;
            next.set_gain(50.0);
            on_change.emit(next);
        })
    };
    html! {
        <>
            <h2>{ ActText::StepTitle.t(lang) }</h2>
            <p class="muted">{ ActText::StepText.t(lang) }</p>
            if lab.activation == Activation::Sigmoid {
                <p>{ ActText::StepGap.t(lang) }{ " " }
                    <strong data-testid="step-gap">{ plain(lab.max_gap_to_step(STEP_GAP_FROM, SAMPLES)) }</strong></p>
            }
            <button type="button" data-testid="try-steep" onclick={steep}>{ ActText::TrySteep.t(lang) }</button>
        </>
    }
}

/// The step gives gradient descent no slope to follow.
fn no_signal(lang: Lang) -> Html {
    html! {
        <>
            <h2>{ ActText::NoSignalTitle.t(lang) }</h2>
            <p class="muted">{ ActText::NoSignalText.t(lang) }</p>
            <p><a href={STEP_NETWORK} data-testid="step-network-link">{ ActText::NoSignalLink.t(lang) }</a></p>
            <p class="muted">{ ActText::NoSignalTry.t(lang) }</p>
        </>
    }
}

/// Where the current activation is not differentiable, from the model's `kinks`.
fn smoothness(lab: &ActivationLab, lang: Lang) -> Html {
    let name = lab.activation.name();
    let kinks = lab.kinks();
    html! {
        <>
            <h2>{ ActText::SmoothTitle.t(lang) }</h2>
            <p class="muted">{ ActText::SmoothText.t(lang) }</p>
            <p data-testid="kinks-text">
                if kinks.is_empty() {
                    { ActText::Smooth.fill(lang, &[name]) }
                }
                { for kinks.iter().map(|k| {
                    let key = match k.kind {
                        KinkKind::Corner => ActText::Corner,
                        KinkKind::Jump => ActText::Jump,
                    };
                    html! { <span>{ key.fill(lang, &[name, &plain(k.x)]) }</span> }
                }) }
            </p>
        </>
    }
}

/// The flat regions and what they mean for learning.
fn flat(lab: &ActivationLab, lang: Lang) -> Html {
    let regions = lab.flat_regions(SATURATION_EPS, SAMPLES);
    let inside = regions
        .iter()
        .any(|r| r.from <= lab.at_x && lab.at_x <= r.to);
    html! {
        <>
            <h2>{ ActText::FlatTitle.t(lang) }</h2>
            <p class="muted">{ ActText::FlatText.fill(lang, &[&plain(SATURATION_EPS)]) }</p>
            if regions.is_empty() {
                <p>{ ActText::NoFlat.fill(lang, &[lab.activation.name()]) }</p>
            } else if inside {
                <p class="case-text" data-testid="in-flat">{ ActText::InFlat.t(lang) }</p>
            }
        </>
    }
}

/// Every explanation panel's content.
pub fn notes(lab: &ActivationLab, lang: Lang, on_change: &Callback<ActivationLab>) -> Html {
    html! {
        <>
            { sigmoid_to_step(lab, lang, on_change) }
            { no_signal(lang) }
            { smoothness(lab, lang) }
            { flat(lab, lang) }
        </>
    }
}
