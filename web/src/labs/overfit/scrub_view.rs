//! The scrubber section (the model at a recorded epoch, its losses recomputed from that
//! epoch's weights beside the recorded ones) and the weights section (per-layer histograms,
//! mean |w| and the train–validation gap of that model).
//!
//! Test ids: `scrubber` (a range over the recorded positions), `scrub-epoch`,
//! `scrub-loss-train` (recomputed; `data-value` full precision), `scrub-loss-recorded`,
//! `scrub-loss-val`, `scrub-thinned`, `model-curve` / `model-map`, `gap`, `mean-abs-w`,
//! `weight-hist-<l>` (l from 1, the weights into layer l) with `data-mean-abs`; the inference
//! toggle and query below the picture (`query_view.rs`).

use neurite_labs::overfit::MAX_SNAPSHOTS;
use neurite_labs::OverfitRun;
use yew::prelude::*;

use super::picture::model_picture;
use super::query_view::query_section;
use super::text::OverfitText as T;
use super::training::{Scrubbed, Training};
use super::{fixed, num, wide};
use crate::components::heatmap::Heatmap;
use crate::i18n::Lang;
use crate::labs::inference::Ask;

/// The scrubber and the model it shows.
pub fn scrub_section(
    t: &Training,
    run: &OverfitRun,
    lang: Lang,
    on_scrub: Callback<usize>,
    ask: Callback<Ask>,
) -> Html {
    let last = t.positions.len().saturating_sub(1);
    let index = t.index();
    let oninput = on_scrub.reform(|e: InputEvent| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        v.parse::<usize>().unwrap_or(0)
    });
    let Some(s) = &t.scrubbed else {
        return html! {};
    };
    let recorded =
        s.at.epoch
            .checked_sub(1)
            .and_then(|e| run.history().get(e))
            .and_then(|m| m.train_loss);
    let data = run.session.dataset();
    let caption = if data.dims == 1 {
        T::ModelLine
    } else {
        T::ModelPlane
    };
    let stride = run.stride();
    html! {
        <section class="panel scrub-panel">
            <h2>{ T::Scrubber.t(lang) }</h2>
            <p class="muted">{ T::ScrubberText.t(lang) }</p>
            <label class="row"><span class="field-label">{ T::ScrubLabel.t(lang) }</span>
                <input type="range" data-testid="scrubber" min="0" max={last.to_string()} step="1"
                    value={index.to_string()} oninput={oninput} aria-label={T::ScrubLabel.t(lang)} />
            </label>
            <p class="readout-line">{ T::Epoch.t(lang) }{ " " }
                <strong data-testid="scrub-epoch">{ s.at.epoch }</strong>
                if s.at.restored { { " — " }{ T::Restored.t(lang) } }</p>
            <p class="readout-line">{ T::Recomputed.t(lang) }{ " " }
                { num("scrub-loss-train".into(), wide(s.metrics.train_loss)) }
                if let Some(r) = recorded {
                    { " · " }{ T::Recorded.t(lang) }{ " " }
                    { num("scrub-loss-recorded".into(), Some(f64::from(r))) }
                }
            </p>
            <p class="readout-line">{ T::ScrubVal.t(lang) }{ " " }
                { num("scrub-loss-val".into(), wide(s.metrics.val_loss)) }</p>
            { model_picture(data, run.session.split(), &s.picture, (s.index as u64, caption.t(lang)), ask.reform(Ask::At)) }
            <p class="muted">{ caption.t(lang) }</p>
            { query_section(t, run, lang, ask) }
            if stride > 1 {
                <p class="muted" data-testid="scrub-thinned" data-stride={stride.to_string()}>
                    { T::Thinned.fill(lang, &[&MAX_SNAPSHOTS.to_string(), &stride.to_string()]) }</p>
            }
        </section>
    }
}

/// The gap, mean |w| and the weight histograms of the scrubbed model.
pub fn weights(s: &Scrubbed, lang: Lang) -> Html {
    let gap = s
        .metrics
        .val_loss
        .zip(s.metrics.train_loss)
        .map(|(v, t)| v - t);
    html! {
        <>
            <p class="readout-line">{ T::Gap.t(lang) }{ " " }
                { num("gap".into(), wide(gap)) }</p>
            <p class="readout-line">{ T::MeanAbs.t(lang) }{ " " }
                { num("mean-abs-w".into(), Some(f64::from(s.mean_abs))) }</p>
            <div class="weight-hists">
                { for s.weights.iter().enumerate().map(|(l, w)| html! {
                    <figure data-testid={format!("weight-hist-{}", l + 1)} data-mean-abs={w.mean_abs.to_string()}>
                        <Heatmap field={w.histogram.clone()} version={s.index as u64} class="weight-hist" />
                        <figcaption class="muted">
                            { T::LayerHist.fill(lang, &[&(l + 1).to_string(), &fixed(f64::from(w.mean_abs))]) }</figcaption>
                    </figure>
                }) }
            </div>
            <p class="muted">{ T::HistText.t(lang) }</p>
        </>
    }
}
