//! The activation-function lab (活性化関数, 微分, 接線の傾き): any engine activation f with
//! its derivative f′ on one plot; at the learner's x the tangent (slope f′(x), the
//! instantaneous rate of change) and the secant to x + h, whose slope
//! (f(x + h) − f(x))/h approaches the tangent's as h shrinks (with the model's honest
//! round-off bound when h is tiny); σ(a·x) against the step, the kinks where f is not
//! differentiable, and the flat regions where learning stalls. Every number is the
//! engine's, through `neurite_labs::ActivationLab`.

mod notes;
mod plot;
mod text;

use neurite_labs::activation::{GAIN, H, X};
use neurite_labs::ActivationLab;
use neurite_nn::Activation;
use yew::prelude::*;

use super::controls::{activation_select, edit_lab};
use crate::components::lab_field::LabField;
use crate::i18n::Lang;
use crate::view::plot::plain;
use text::ActText;

/// The secant's round-off note shows from this h down: above it the f32 error is far
/// below the digits a learner compares.
const ROUNDOFF_NOTE_H: f32 = 0.01;

/// Props of [`ActivationLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ActivationLabProps {
    pub lab: ActivationLab,
    pub lang: Lang,
    pub on_change: Callback<ActivationLab>,
}

/// A callback that applies `edit` to a copy of the lab and emits it.
fn edit<T: 'static>(
    props: &ActivationLabProps,
    edit: impl Fn(&mut ActivationLab, T) + 'static,
) -> Callback<T> {
    edit_lab(&props.lab, &props.on_change, edit)
}

/// The activation, x, h and (for the sigmoid) the gain.
fn controls(props: &ActivationLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    html! {
        <>
            { activation_select(lang, lab.activation,
                edit(props, |l, a: Activation| l.activation = a)) }
            if lab.activation == Activation::Sigmoid {
                <LabField label={ActText::Gain.t(lang)} value={f64::from(lab.gain)} min={f64::from(GAIN.min)}
                    max={f64::from(GAIN.max)} log=true step=0.1 testid="gain"
                    on_value={edit(props, |l, v: f64| l.set_gain(v as f32))} />
            }
            <LabField label={ActText::AtX.t(lang)} value={f64::from(lab.at_x)} min={f64::from(X.min)}
                max={f64::from(X.max)} step=0.01 testid="at-x"
                on_value={edit(props, |l, v: f64| l.set_at_x(v as f32))} />
            <LabField label={ActText::H.t(lang)} value={f64::from(lab.h)} min={f64::from(H.min)}
                max={f64::from(H.max)} log=true step=0.0001 testid="h"
                on_value={edit(props, |l, v: f64| l.set_h(v as f32))} />
        </>
    }
}

/// f(x), the tangent's slope and the secant's slope.
fn readouts(lab: &ActivationLab, lang: Lang) -> Html {
    let (t, s) = (lab.tangent(), lab.secant());
    html! {
        <dl class="act-readouts lab-formula">
            <dt>{ ActText::Value.t(lang) }</dt><dd><strong data-testid="value">{ plain(t.y) }</strong></dd>
            <dt>{ ActText::Slope.t(lang) }</dt><dd><strong data-testid="slope">{ plain(t.slope) }</strong></dd>
            <dt>{ ActText::SecantSlope.t(lang) }</dt>
            <dd><strong data-testid="secant-slope">{ plain(s.slope as f32) }</strong></dd>
        </dl>
    }
}

/// What the tangent and the secant mean, with the notes that apply at this x and h.
fn meaning(lab: &ActivationLab, lang: Lang) -> Html {
    let kink = lab.kinks().iter().find(|k| k.x == lab.at_x);
    html! {
        <>
            <p class="muted">{ ActText::TangentText.t(lang) }</p>
            if let Some(k) = kink {
                <p class="case-text" data-testid="at-kink">{ ActText::AtKink.fill(lang, &[&plain(k.x)]) }</p>
            }
            <p class="muted">{ ActText::SecantText.t(lang) }</p>
            if lab.h <= ROUNDOFF_NOTE_H {
                <p class="case-text" data-testid="roundoff">
                    { ActText::Roundoff.fill(lang, &[&plain(lab.secant().roundoff as f32)]) }</p>
            }
        </>
    }
}

/// The activation lab.
#[component]
pub fn ActivationLabView(props: &ActivationLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let svg = use_node_ref();
    let on_x = edit(props, |l, x: f32| l.set_at_x(x));
    html! {
        <div class="lab-grid act-grid">
            <section class="panel">
                <p class="lab-intro">{ ActText::Intro.t(lang) }</p>
                { controls(props) }
                { readouts(lab, lang) }
            </section>
            <section class="panel">
                { plot::plot(lab, lang, &svg, &on_x) }
                { meaning(lab, lang) }
            </section>
            <section class="panel act-notes">
                { notes::notes(lab, lang, &props.on_change) }
            </section>
        </div>
    }
}
