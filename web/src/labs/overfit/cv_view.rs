//! The hold-out against k-fold section: k, the run button, the data coloured by fold, each
//! fold's score once it ran, their mean and standard deviation, the hold-out score and the
//! spread of hold-out scores over other partitions.
//!
//! Test ids: `kfold` (`data-status` ready / running / done, `data-longest-ms` the busiest
//! frame's training work), `kfold-k`, `kfold-run`, `fold-score-<i>` (from 1), `kfold-mean`,
//! `kfold-sd`, `holdout-score`, `holdout-rerun`, `holdout-score-<j>` (from 1),
//! `holdout-spread`; every score's `data-value` is its full-precision number.

use neurite_labs::overfit::{mean_sd, FOLDS, HOLDOUT_RERUNS};
use neurite_labs::GlossaryTerm;
use neurite_playground::Session;
use yew::prelude::*;

use super::cv::Validation;
use super::picture::{fold_css, folds_picture};
use super::settings::{field, Slide};
use super::text::OverfitText as T;
use super::{fixed, num, OverfitLabProps};

/// A score: four decimals shown, the full value in `data-value`.
fn score(testid: String, v: f64) -> Html {
    num(testid.into(), Some(v))
}

/// The section.
pub fn cv_section(
    p: &OverfitLabProps,
    v: &Validation,
    session: Option<&Session>,
    run: Callback<MouseEvent>,
    rerun: Callback<MouseEvent>,
) -> Html {
    let (lab, lang) = (&p.lab, p.lang);
    let status = if v.running {
        "running"
    } else if v.is_done() {
        "done"
    } else {
        "ready"
    };
    let Some(cv) = &v.cv else {
        return html! { <p class="message" role="alert">{ v.error.clone().unwrap_or_default() }</p> };
    };
    let k = cv.folds().k();
    let fold_of: Vec<usize> = cv.folds().fold_of();
    let picture = session.map(|s| {
        folds_picture(
            s.dataset(),
            &cv.pool(),
            &fold_of,
            cv.running_fold(),
            T::FoldsPicture.t(lang),
        )
    });
    let finished = cv.fold_scores().iter().flatten().count() + cv.holdout_scores().len();
    let queued = finished + cv.runs_left();
    let holdout = cv.holdout_scores();
    html! {
        <section class="panel cv-panel" data-testid="kfold" data-status={status}
            data-longest-ms={format!("{:.1}", v.longest_ms)} data-frames={v.frames.to_string()}>
            <h2>{ T::CrossValidation.t(lang) }</h2>
            <p class="muted">{ T::CvText.t(lang) }</p>
            { field(p, (T::K, Some(GlossaryTerm::CrossValidation)), "kfold-k", lab.folds as f64, (*FOLDS.start() as f64, *FOLDS.end() as f64), Slide::Step(1.0),
                |l, k| l.set_folds(k.round() as usize)) }
            <button type="button" class="primary" data-testid="kfold-run" disabled={v.running} onclick={run}>
                { T::RunKfold.fill(lang, &[&k.to_string()]) }</button>
            if v.running {
                <p class="muted" aria-live="polite">{ T::Running.fill(lang, &[&(finished + 1).min(queued).to_string(), &queued.to_string()]) }</p>
            }
            { for picture }
            <p class="muted">{ T::Score.t(lang) }</p>
            <table class="scores">
                { for cv.fold_scores().iter().enumerate().map(|(i, s)| html! {
                    <tr>
                        <td><span class="swatch" style={format!("background:{}", fold_css(i))}></span>
                            { T::Fold.fill(lang, &[&(i + 1).to_string()]) }</td>
                        <td>{ match s {
                            Some(s) => score(format!("fold-score-{}", i + 1), f64::from(*s)),
                            None => html! { "—" },
                        } }</td>
                    </tr>
                }) }
            </table>
            if let Some((mean, sd)) = cv.kfold_estimate() {
                <p class="readout-line">{ T::KfoldMean.t(lang) }{ " " }{ score("kfold-mean".into(), mean) }
                    { " · " }{ T::KfoldSd.t(lang) }{ " " }{ score("kfold-sd".into(), sd) }</p>
            }
            if let Some(h) = holdout.first() {
                <p class="readout-line">{ T::Holdout.t(lang) }{ " " }{ score("holdout-score".into(), f64::from(*h)) }</p>
            }
            if v.is_done() {
                <button type="button" data-testid="holdout-rerun" disabled={v.running} onclick={rerun}>
                    { T::Rerun.fill(lang, &[&HOLDOUT_RERUNS.to_string()]) }</button>
            }
            if holdout.len() > 1 {
                <p class="muted">{ for holdout.iter().enumerate().map(|(j, h)| html! {
                    <>{ if j > 0 { " · " } else { "" } }{ score(format!("holdout-score-{}", j + 1), f64::from(*h)) }</>
                }) }</p>
                <p class="case-text" data-testid="holdout-spread" data-sd={mean_sd(holdout).map(|m| m.1).unwrap_or_default().to_string()}>
                    { spread(holdout, lang) }</p>
            }
        </section>
    }
}

/// "n hold-out scores range from a to b…".
fn spread(scores: &[f32], lang: crate::i18n::Lang) -> String {
    let lo = scores.iter().copied().fold(f32::INFINITY, f32::min);
    let hi = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    T::Spread.fill(
        lang,
        &[
            &scores.len().to_string(),
            &fixed(f64::from(lo)),
            &fixed(f64::from(hi)),
        ],
    )
}
