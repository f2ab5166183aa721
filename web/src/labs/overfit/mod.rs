//! The overfitting lab (過学習, エポック, Early Stopping, 正則化, ドロップアウト,
//! ホールドアウト法, 交差検証法): a big network on few noisy points, trained live with its
//! training, validation and test curves and the playground's best-validation and
//! overfitting markers; an epoch scrubber showing the model of any recorded epoch (losses
//! recomputed from its saved weights); Early Stopping with patience and "restore the best
//! weights"; L1/L2 and dropout with the train–validation gap and per-layer weight
//! histograms; and hold-out against k-fold cross-validation. Everything is computed by
//! `neurite_labs::overfit` (the engine); both trainings run a chunk per animation frame
//! within [`FRAME_BUDGET_MS`], so the page keeps answering.
//!
//! Test ids: `play` (`data-status` ready / running / paused / done), `epoch`,
//! `loss-train`, `loss-val`, `loss-test` (4 decimals; `data-value` full precision),
//! `early-stop`; the scrubber's in `scrub_view.rs`, the cross-validation's in `cv_view.rs`.

mod cv;
mod cv_view;
mod phase;
mod picture;
mod query_view;
mod scrub_view;
mod settings;
mod text;
mod training;
mod weights;

use neurite_labs::OverfitLab;
use neurite_nn::StopReason;
use yew::prelude::*;

use crate::components::loss_chart::{ChartMark, LossChart};
use crate::i18n::Lang;
use crate::labs::inference::lock;
use crate::platform::clock::now_ms;
use crate::platform::hooks::use_animation_loop;
use cv::Validation;
use text::OverfitText as T;
use training::{Phase, Training};

/// Work per animation frame, shared by the main run and the cross-validation runs.
const FRAME_BUDGET_MS: f64 = 10.0;

/// Props of [`OverfitLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct OverfitLabProps {
    pub lab: OverfitLab,
    pub lang: Lang,
    pub on_change: Callback<OverfitLab>,
}

pub use crate::labs::controls::fixed;

/// A metric as f64 (exactly: every f32 is an f64).
pub fn wide(v: Option<f32>) -> Option<f64> {
    v.map(f64::from)
}

pub use crate::labs::controls::num;

/// The lab with the setting only the cross-validation reads (k) and the scrubber's position
/// neutralised: changing k or scrubbing keeps the main run.
fn main_run_key(lab: OverfitLab) -> OverfitLab {
    OverfitLab {
        folds: 2,
        scrub: None,
        ..lab
    }
}

/// The lab without the scrubber's position: what the cross-validation runs depend on.
fn cv_key(lab: OverfitLab) -> OverfitLab {
    OverfitLab { scrub: None, ..lab }
}

/// The readouts and the play button. While inference holds a running run (`held`), the
/// button says what the run is doing, paused, not what a click would have done.
fn readouts(t: &Training, lang: Lang, held: bool, play: Callback<MouseEvent>) -> Html {
    let m = t.run.as_ref().and_then(|r| r.history().last().cloned());
    let epoch = t.run.as_ref().map_or(0, |r| r.epoch());
    let phase = match t.phase {
        Phase::Running if held => Phase::Paused,
        phase => phase,
    };
    let label = match phase {
        Phase::Ready => T::Play,
        Phase::Running => T::Pause,
        Phase::Paused => T::Resume,
        Phase::Done => T::Again,
    };
    let metric = |id: &'static str, name: T, v: Option<f32>| {
        html! {
            <div><span class="muted">{ name.t(lang) }</span>
                { num(id.into(), wide(v)) }</div>
        }
    };
    html! {
        <>
            <button type="button" class="primary" data-testid="play" data-status={phase.name()} onclick={play}>
                { label.t(lang) }</button>
            <div class="readouts">
                <div><span class="muted">{ T::Epoch.t(lang) }</span><strong data-testid="epoch">{ epoch }</strong></div>
                { metric("loss-train", T::Train, m.as_ref().and_then(|m| m.train_loss)) }
                { metric("loss-val", T::Validation, m.as_ref().and_then(|m| m.val_loss)) }
                { metric("loss-test", T::Test, m.as_ref().and_then(|m| m.test_loss)) }
            </div>
        </>
    }
}

/// What Early Stopping (or a divergence) did, if it stopped the run.
fn stop_note(t: &Training, lang: Lang) -> Html {
    let Some(run) = &t.run else { return html! {} };
    match run.stopped() {
        Some(StopReason::EarlyStopped { best_epoch }) => {
            let patience = run.epoch().saturating_sub(*best_epoch);
            let restored = t.positions.last().is_some_and(|p| p.restored);
            html! {
                <p class="case-text" data-testid="early-stop" data-epoch={run.epoch().to_string()} data-best={best_epoch.to_string()}>
                    { T::StoppedAt.fill(lang, &[&run.epoch().to_string(), &patience.to_string(), &best_epoch.to_string()]) }
                    if restored { { " " }{ T::RestoredTo.fill(lang, &[&best_epoch.to_string()]) } }
                </p>
            }
        }
        Some(StopReason::Diverged { epoch, value, .. }) => html! {
            <p class="message" role="alert">{ T::Diverged.fill(lang, &[&epoch.to_string(), &value.to_string()]) }</p>
        },
        _ => html! {},
    }
}

/// The curves with the scrubbed epoch and the stop marked.
fn chart(t: &Training, lang: Lang) -> Html {
    let mut marks = Vec::new();
    if let Some(s) = t
        .scrubbed
        .as_ref()
        .filter(|s| s.at.epoch > 0 && !s.at.restored)
    {
        let label = format!("{} {}", T::Epoch.t(lang), s.at.epoch);
        marks.push(ChartMark {
            index: s.at.epoch - 1,
            class: "scrub",
            label: label.into(),
        });
    }
    if let Some((run, StopReason::EarlyStopped { .. })) =
        t.run.as_ref().and_then(|r| Some((r, r.stopped()?)))
    {
        marks.push(ChartMark {
            index: run.epoch().saturating_sub(1),
            class: "stop",
            label: T::StopMark.t(lang).into(),
        });
    }
    html! { <LossChart curves={t.curves.clone()} log=false accuracy=false lang={lang} marks={marks} /> }
}

/// The overfitting lab.
#[component]
pub fn OverfitLabView(props: &OverfitLabProps) -> Html {
    let (lab, lang) = (props.lab, props.lang);
    // Opened from a link with a scrubber position: the run trains at once and the scrubber
    // holds that epoch, so the link reopens what it showed.
    let main = use_mut_ref(|| Training::opened(lab));
    let folds = use_mut_ref(|| Validation::new(lab));
    let update = use_force_update();
    if main_run_key(main.borrow().lab) != main_run_key(lab) {
        *main.borrow_mut() = Training::new(lab);
    }
    if cv_key(folds.borrow().lab) != cv_key(lab) {
        *folds.borrow_mut() = Validation::new(lab);
    }
    // Inference locks the weights: the main run pauses (and resumes when it is turned off).
    let locked = main.borrow().asking.on;
    let active = (main.borrow().phase == Phase::Running && !locked) || folds.borrow().running;
    {
        let (main, folds, update) = (main.clone(), folds.clone(), update.clone());
        use_animation_loop(
            active,
            Callback::from(move |_| {
                let t0 = now_ms();
                main.borrow_mut().frame(FRAME_BUDGET_MS / 2.0, now_ms);
                let left = (FRAME_BUDGET_MS - (now_ms() - t0)).max(1.0);
                folds.borrow_mut().frame(left, now_ms);
                update.force_update();
            }),
        );
    }
    let act = |f: fn(&mut Training)| {
        let (main, update) = (main.clone(), update.clone());
        Callback::from(move |_: MouseEvent| {
            f(&mut main.borrow_mut());
            update.force_update();
        })
    };
    let cv_act = |f: fn(&mut Validation)| {
        let (folds, update) = (folds.clone(), update.clone());
        Callback::from(move |_: MouseEvent| {
            f(&mut folds.borrow_mut());
            update.force_update();
        })
    };
    let on_scrub = {
        let (main, update, on_change) = (main.clone(), update.clone(), props.on_change.clone());
        Callback::from(move |i: usize| {
            let pinned = {
                let mut t = main.borrow_mut();
                t.scrub(i);
                t.lab.scrub = t.pinned;
                t.pinned
            };
            update.force_update();
            // The link follows the scrubber (`scrub=<epoch>`).
            if pinned != lab.scrub {
                on_change.emit(OverfitLab {
                    scrub: pinned,
                    ..lab
                });
            }
        })
    };
    let t = main.borrow();
    let Some(run) = t.run.as_ref() else {
        return html! { <p class="message" role="alert">{ t.error.clone().unwrap_or_default() }</p> };
    };
    let ask = {
        let (main, update) = (main.clone(), update.clone());
        Callback::from(move |a| {
            main.borrow_mut().asking.apply(a);
            update.force_update();
        })
    };
    html! {
        <div class="lab-grid overfit-lab">
            <section class="panel">
                <p class="lab-intro">{ T::Intro.t(lang) }</p>
                { lock(locked, html! { <>
                    { settings::data_and_network(props) }
                    { readouts(&t, lang, locked, act(Training::toggle)) }
                </> }) }
                <p class="muted">{ T::Split.t(lang) }</p>
            </section>
            <section class="panel">
                <h2>{ T::Curves.t(lang) }</h2>
                { chart(&t, lang) }
                <p class="muted">{ T::CurvesText.t(lang) }</p>
                { stop_note(&t, lang) }
                <h3>{ T::EarlyStopping.t(lang) }</h3>
                <p class="muted">{ T::EarlyText.t(lang) }</p>
                { lock(locked, settings::early_stopping(props)) }
            </section>
            { scrub_view::scrub_section(&t, run, lang, on_scrub, ask) }
            <section class="panel">
                <h2>{ T::Regularization.t(lang) }</h2>
                <p class="muted">{ T::RegText.t(lang) }</p>
                { lock(locked, settings::regularization(props)) }
                if let Some(s) = &t.scrubbed { { scrub_view::weights(s, lang) } }
            </section>
            { cv_view::cv_section(props, &folds.borrow(), Some(&run.session), cv_act(Validation::run), cv_act(Validation::rerun_holdout)) }
        </div>
    }
}
