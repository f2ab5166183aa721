//! The non-linearity lab (順伝播型ニューラルネットワーク, 非線形性): a deep network with
//! linear activations equals one linear layer — its weight matrices and their product are
//! shown, and its boundary on XOR or the circle stays straight at any depth; with ReLU or
//! tanh it bends. Beside it, how a hidden layer of two neurons warps the input plane (a
//! 2-2-1 copy of the network, trained alongside, so the hidden layer is itself a plane).
//! Training, the collapse and the warp are `neurite_labs::nonlinear`'s (the engine's).
//!
//! The `train` button trains the lab's fixed budget of epochs, a few per animation frame
//! (at most [`super::run_loop::FRAME_BUDGET_MS`] of work per frame), then says `data-status="done"` until a
//! setting changes.

mod matrices;
mod plane;
mod text;
mod training;

use neurite_data::DatasetKind;
use neurite_labs::nonlinear::{
    collapse, warped_grid, DATASETS, DEPTH, EPOCHS, LEARNING_RATE, WIDTH,
};
use neurite_labs::NonlinearLab;
use neurite_nn::{Activation, StopReason};
use yew::prelude::*;

use super::controls::{activation_select, edit_lab};
use super::run_loop::use_lab_run;
use crate::components::lab_field::LabField;
use crate::i18n::Lang;
use crate::view::plot::plain;
use text::NonlinearText;
use training::{Phase, Training};

/// Props of [`NonlinearLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct NonlinearLabProps {
    pub lab: NonlinearLab,
    pub lang: Lang,
    pub on_change: Callback<NonlinearLab>,
}

/// A callback that applies `edit` to a copy of the lab and emits it.
fn edit<T: 'static>(
    props: &NonlinearLabProps,
    edit: impl Fn(&mut NonlinearLab, T) + 'static,
) -> Callback<T> {
    edit_lab(&props.lab, &props.on_change, edit)
}

fn dataset_text(kind: DatasetKind) -> NonlinearText {
    match kind {
        DatasetKind::Xor => NonlinearText::Xor,
        DatasetKind::Circle => NonlinearText::Circle,
        _ => NonlinearText::Gauss,
    }
}

/// The settings.
fn settings(props: &NonlinearLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let on_dataset = edit(props, |l, k: DatasetKind| l.dataset = k);
    let pick = Callback::from(move |e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        if let Some(k) = DATASETS.into_iter().find(|k| k.name() == v) {
            on_dataset.emit(k);
        }
    });
    let label = NonlinearText::Dataset.t(lang);
    html! {
        <>
            <label class="row"><span class="field-label">{ label }</span>
                <select data-testid="dataset" onchange={pick} aria-label={label}>
                    { for DATASETS.into_iter().map(|k| html! {
                        <option value={k.name()} selected={k == lab.dataset}>{ dataset_text(k).t(lang) }</option>
                    }) }
                </select>
            </label>
            { activation_select(lang, lab.activation, edit(props, |l, a: Activation| l.activation = a)) }
            <LabField label={NonlinearText::Depth.t(lang)} value={lab.depth as f64} min={*DEPTH.start() as f64}
                max={*DEPTH.end() as f64} step=1.0 testid="depth" on_value={edit(props, |l, v: f64| l.set_depth(v.round() as usize))} />
            <LabField label={NonlinearText::Width.t(lang)} value={lab.width as f64} min={*WIDTH.start() as f64}
                max={*WIDTH.end() as f64} step=1.0 testid="width" on_value={edit(props, |l, v: f64| l.set_width(v.round() as usize))} />
            <LabField label={NonlinearText::LearningRate.t(lang)} value={f64::from(lab.learning_rate)}
                min={f64::from(LEARNING_RATE.min)} max={f64::from(LEARNING_RATE.max)} log=true testid="learning-rate"
                on_value={edit(props, |l, v: f64| l.set_learning_rate(v as f32))} />
        </>
    }
}

/// An accuracy as a read-out shows it.
fn accuracy(v: Option<f32>) -> String {
    v.map_or_else(|| "—".into(), plain)
}

/// The non-linearity lab.
#[component]
pub fn NonlinearLabView(props: &NonlinearLabProps) -> Html {
    let (lab, lang) = (props.lab, props.lang);
    let (state, train) = use_lab_run(lab, Training::new);
    let training = state.borrow().phase == Phase::Training;
    let t = state.borrow();
    let Some(run) = t.main.as_ref() else {
        return html! { <p class="message" role="alert">{ t.error.clone().unwrap_or_default() }</p> };
    };
    let net = run.session.trainer().network();
    let map = collapse(net);
    let line = map.as_ref().and_then(|m| m.boundary());
    let warp = t
        .warped()
        .and_then(|w| warped_grid(&w.session).ok().flatten().map(|g| (w, g)));
    let stopped = run.stopped.as_ref().and_then(|r| match r {
        StopReason::Diverged { epoch, value, .. } => {
            Some(NonlinearText::Stopped.fill(lang, &[&epoch.to_string(), &value.to_string()]))
        }
        _ => None,
    });
    html! {
        <div class="lab-grid nonlinear-lab">
            <section class="panel">
                <p class="lab-intro">{ NonlinearText::Intro.t(lang) }</p>
                { settings(props) }
                <button type="button" class="primary" data-testid="train" data-status={t.phase.name()}
                    data-train-ms={format!("{:.1}", t.busy_ms)} data-frames={t.frames.to_string()}
                    disabled={training} onclick={train}>
                    { NonlinearText::Train.fill(lang, &[&EPOCHS.to_string()]) }</button>
                <p class="muted" data-testid="epoch">{ NonlinearText::Epoch.fill(lang, &[&run.epoch().to_string(), &EPOCHS.to_string()]) }</p>
                <div class="readouts">
                    <div><span class="muted">{ NonlinearText::TestAccuracy.t(lang) }</span>
                        <strong data-testid="test-accuracy">{ accuracy(run.test_accuracy()) }</strong></div>
                </div>
                <p class="muted">{ NonlinearText::TrainAccuracy.fill(lang, &[&accuracy(run.train_accuracy())]) }
                    { " " }{ NonlinearText::Chance.t(lang) }</p>
                if let Some(s) = stopped { <p class="message" role="alert">{ s }</p> }
            </section>
            <section class="panel">
                <h2>{ NonlinearText::Output.t(lang) }</h2>
                { plane::output_plane(&run.session, t.map.clone(), line, NonlinearText::Output.t(lang)) }
                <p class="muted">{ NonlinearText::OutputText.t(lang) }</p>
                if map.is_none() {
                    <p class="case-text">{ NonlinearText::Bent.fill(lang, &[lab.activation.name()]) }</p>
                }
            </section>
            <section class="panel">
                <h2>{ NonlinearText::Warp.t(lang) }</h2>
                <p class="muted">{ NonlinearText::WarpText.t(lang) }</p>
                if let Some((w, g)) = &warp {
                    { plane::warp_view(g, &w.session, NonlinearText::Before.t(lang), NonlinearText::After.t(lang)) }
                    <p class="muted" data-testid="warp-accuracy">{ if training::is_warpable(&lab) {
                        NonlinearText::WarpSame.t(lang).to_string()
                    } else {
                        NonlinearText::WarpWidth.fill(lang, &[&accuracy(w.test_accuracy())])
                    } }</p>
                }
            </section>
            if let Some(m) = &map {
                <section class="panel collapse-panel">
                    <h2>{ NonlinearText::Collapse.t(lang) }</h2>
                    <p class="muted">{ NonlinearText::CollapseText.t(lang) }</p>
                    { matrices::collapse_view(m) }
                </section>
            }
        </div>
    }
}
