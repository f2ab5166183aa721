//! The normalization lab (正規化 と 正則化): normalization shapes the data or the
//! activations so learning is easy — two live comparisons, raw against standardized inputs
//! and none / batch / layer normalization with each hidden layer's histogram; regularization
//! penalises complexity so the model does not overfit — a link to the overfitting lab.
//! Networks, data, standardization and the layer values are `neurite_labs::normalize`'s
//! (the engine's).
//!
//! The `norm-run` button trains all five networks, a few epochs per animation frame (at
//! most [`super::run_loop::FRAME_BUDGET_MS`] of work per frame); `data-status` on the lab's root says `done`
//! until a setting changes.

mod hist;
mod query_view;
mod text;
mod training;

use neurite_labs::normalize::{
    layer_values, InputScaling, NormRun, EPOCHS, LEARNING_RATE, SCALE, SCALINGS,
};
use neurite_labs::{GlossaryTerm, NormalizeLab};
use neurite_nn::StopReason;
use yew::prelude::*;

use super::controls::{edit_lab, select};
use super::descent::chart::{chart, Series};
use super::run_loop::use_lab_run;
use crate::components::lab_field::LabField;
use crate::components::term_link::term_link;
use crate::i18n::Lang;
use crate::labs::inference::lock;
use text::NormalizeText as T;
use training::{Phase, Training};

/// One curve of a comparison: the test id of its final loss, its CSS class, its label.
type Lane = (&'static str, &'static str, T);
/// The input comparison, in `Training::standardization` order.
const STD_LANES: [Lane; 2] = [
    ("std-raw-loss", "rate-large", T::Raw),
    ("std-scaled-loss", "rate-good", T::Standardized),
];
/// The normalization comparison, in `Training::normalization` order.
const NORM_LANES: [Lane; 3] = [
    ("norm-loss-none", "rate-small", T::None),
    ("norm-loss-batch", "run-momentum", T::Batch),
    ("norm-loss-layer", "run-adam", T::Layer),
];
/// The histograms' test-id suffixes, in the same order.
const NORM_IDS: [&str; 3] = ["none", "batch", "layer"];

/// Props of [`NormalizeLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct NormalizeLabProps {
    pub lab: NormalizeLab,
    pub lang: Lang,
    pub on_change: Callback<NormalizeLab>,
}

/// A loss as read-outs show it.
fn short(v: Option<f32>) -> String {
    v.map_or_else(|| "—".into(), |v| format!("{v:.4}"))
}

/// Where a run stopped and why, for its curve.
fn stop(run: &NormRun, lang: Lang) -> Option<(usize, String)> {
    match run.stopped()? {
        StopReason::Diverged { epoch, value, .. } => Some((
            *epoch,
            T::Stopped.fill(lang, &[&epoch.to_string(), &value.to_string()]),
        )),
        _ => None,
    }
}

/// Loss curves of `runs` (classes in order) and one read-out per run.
fn curves(runs: &[NormRun], lanes: &[Lane], testid: &str, lang: Lang) -> Html {
    let losses: Vec<Vec<f32>> = runs.iter().map(NormRun::losses).collect();
    let stops: Vec<_> = runs.iter().map(|r| stop(r, lang)).collect();
    let series: Vec<Series> = losses
        .iter()
        .zip(&stops)
        .zip(lanes)
        .map(|((values, stop), (_, class, _))| Series {
            class,
            values,
            stop: stop.clone(),
        })
        .collect();
    let cap = losses
        .iter()
        .filter_map(|l| l.first())
        .fold(0.0f32, |m, v| m.max(*v))
        * 4.0;
    html! {
        <>
            { chart(T::FinalLoss.t(lang), &series, T::EpochAxis.t(lang), testid, Some(EPOCHS), Some(cap)) }
            <ul class="run-legend">
                { for runs.iter().zip(lanes).map(|(run, (id, class, name))| html! {
                    <li class={*class}><span class="swatch" />{ format!("{} — ", name.t(lang)) }
                        { T::FinalLoss.t(lang) }{ " " }
                        <strong data-testid={id.to_string()} data-value={run.loss().unwrap_or(f32::NAN).to_string()}>
                            { short(run.loss()) }</strong>
                        if let Some((_, why)) = stop(run, lang) { { format!(" — {why}") } }
                    </li>
                }) }
            </ul>
        </>
    }
}

/// The settings.
fn settings(props: &NormalizeLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let on = |f: fn(&mut NormalizeLab, f64)| edit_lab(lab, &props.on_change, f);
    let scaling = |s: InputScaling| match s {
        InputScaling::Raw => T::Raw.t(lang),
        InputScaling::Standardized => T::Standardized.t(lang),
    };
    html! {
        <>
            <LabField label={T::Scale.t(lang)} value={f64::from(lab.scale)} min={f64::from(SCALE.min)}
                max={f64::from(SCALE.max)} log=true testid="scale" on_value={on(|l, v| l.set_scale(v as f32))} />
            <LabField label={T::LearningRate.t(lang)} value={f64::from(lab.learning_rate)}
                min={f64::from(LEARNING_RATE.min)} max={f64::from(LEARNING_RATE.max)} log=true testid="learning-rate"
                term={(GlossaryTerm::LearningRate, lang)} on_value={on(|l, v| l.set_learning_rate(v as f32))} />
            { select(T::NormInputs.t(lang), "norm-inputs", &SCALINGS, lab.norm_inputs, scaling,
                Some((GlossaryTerm::Normalization, lang)), edit_lab(lab, &props.on_change, |l, s| l.norm_inputs = s)) }
        </>
    }
}

/// The histograms: one row per hidden layer, one column per variant.
fn histograms(t: &Training, lang: Lang) -> Html {
    let per_run: Vec<Vec<_>> = t
        .normalization
        .iter()
        .map(|r| {
            let net = r.trainer.network();
            layer_values(net, r.trainer.data().train.inputs.view()).unwrap_or_default()
        })
        .collect();
    let depth = per_run.first().map_or(0, Vec::len);
    html! {
        <div class="norm-hists">
            { for (0..depth).map(|l| html! {
                <div class="norm-hist-row">
                    { for per_run.iter().zip(NORM_IDS.iter().zip(&NORM_LANES)).filter_map(|(layers, (id, (_, _, name)))| {
                        let v = layers.get(l)?;
                        // UI layer numbering: the input layer is 0.
                        let ui = (l + 1).to_string();
                        let caption = T::HistCaption.fill(lang, &[&ui, name.t(lang),
                            &format!("{:.2}", v.mean), &format!("{:.2}", v.sd)]);
                        Some(hist::layer_histogram(v, format!("norm-hist-{ui}-{id}"), caption))
                    }) }
                </div>
            }) }
        </div>
    }
}

/// The normalization lab.
#[component]
pub fn NormalizeLabView(props: &NormalizeLabProps) -> Html {
    let (lab, lang) = (props.lab, props.lang);
    let (state, run) = use_lab_run(lab, Training::new);
    // Inference locks the weights: training pauses while it is on and resumes after.
    let inference = state.borrow().asking.on;
    let ask = {
        let state = state.clone();
        Callback::from(move |a| state.update(|t| t.asking.apply(a)))
    };
    let t = state.borrow();
    if let Some(e) = &t.error {
        return html! { <p class="message" role="alert">{ e.clone() }</p> };
    }
    let epoch = t.normalization.first().map_or(0, NormRun::epoch);
    let stats = t.data.as_ref().map(|d| {
        let f = |v: Option<&f32>| v.map_or_else(|| "—".into(), |v| format!("{v:.3}"));
        let (m, s) = (&d.stats.mean, &d.stats.sd);
        T::StdStats.fill(
            lang,
            &[&f(m.first()), &f(s.first()), &f(m.get(1)), &f(s.get(1))],
        )
    });
    html! {
        <div class="lab-grid normalize-lab" data-testid="normalize" data-status={t.phase.name()}
            data-train-ms={format!("{:.1}", t.busy_ms)} data-frames={t.frames.to_string()}>
            <section class="panel normalize-intro">
                <p class="lab-intro">{ T::Intro.t(lang) }</p>
                <p>{ T::NormalizationSide.t(lang) }</p>
                <p>{ T::RegularizationSide.t(lang) }{ " " }
                    <a href="#lab=overfit" data-testid="open-overfit-lab">{ T::OpenOverfit.t(lang) }</a></p>
            </section>
            <section class="panel">{ lock(inference, html! { <>
                { settings(props) }
                <button type="button" class="primary" data-testid="norm-run" disabled={t.phase == Phase::Training || inference} onclick={run}>
                    { T::Train.fill(lang, &[&EPOCHS.to_string()]) }</button>
                <p class="muted" data-testid="norm-epoch">{ T::Epoch.fill(lang, &[&epoch.to_string(), &EPOCHS.to_string()]) }</p>
            </> }) }</section>
            <section class="panel">
                <h2>{ T::StdTitle.t(lang) }</h2>
                <p class="muted">{ T::StdText.t(lang) }</p>
                if let Some(s) = stats { <p class="muted" data-testid="std-stats">{ s }</p> }
                { curves(&t.standardization, &STD_LANES, "std-chart", lang) }
            </section>
            <section class="panel">
                <h2>{ T::NormTitle.t(lang) }{ term_link(GlossaryTerm::BatchNorm, lang) }{ term_link(GlossaryTerm::LayerNorm, lang) }</h2>
                <p class="muted">{ T::NormText.t(lang) }</p>
                { curves(&t.normalization, &NORM_LANES, "norm-chart", lang) }
            </section>
            { query_view::query_section(&t, lang, ask) }
            <section class="panel norm-hist-panel">
                <h2>{ T::HistTitle.t(lang) }</h2>
                <p class="muted">{ T::HistText.t(lang) }</p>
                { histograms(&t, lang) }
            </section>
        </div>
    }
}
