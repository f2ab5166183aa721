//! The "three learning rates, one network" panel: a button starts the race, and the three
//! networks train a few epochs per animation frame (as many as fit in [`FRAME_BUDGET_MS`])
//! so the page never freezes; their loss curves grow as they train.

use std::cell::RefCell;
use std::rc::Rc;

use neurite_nn::StopReason;
use yew::prelude::*;

use super::chart::{chart, Series};
use super::race::{Race, EPOCHS, RATES};
use super::text::DescentText;
use crate::i18n::Lang;
use crate::platform::clock::now_ms;
use crate::platform::hooks::use_animation_loop;
use crate::view::plot::plain;

/// Training time per animation frame.
const FRAME_BUDGET_MS: f64 = 10.0;
/// Losses above this many times the starting loss leave the chart through the top.
const CAP: f32 = 10.0;
/// The lanes' CSS classes and labels, in [`RATES`] order.
const LANES: [(&str, DescentText); 3] = [
    ("rate-small", DescentText::TooSmall),
    ("rate-good", DescentText::Good),
    ("rate-large", DescentText::TooLarge),
];

/// Props of [`RaceView`].
#[derive(Properties, PartialEq, Clone)]
pub struct RaceViewProps {
    pub lang: Lang,
}

/// The race and how long its training took.
#[derive(Default)]
struct Racing {
    race: Option<Race>,
    busy_ms: f64,
    frames: usize,
}

/// What the lane's stop means, in words.
fn stop_text(reason: &StopReason, lang: Lang) -> Option<(usize, String)> {
    match reason {
        StopReason::Diverged { epoch, value, .. } => Some((
            *epoch,
            DescentText::RaceDiverged.fill(lang, &[&epoch.to_string(), &value.to_string()]),
        )),
        _ => None,
    }
}

/// The race panel.
#[component]
pub fn RaceView(props: &RaceViewProps) -> Html {
    let lang = props.lang;
    let state = use_mut_ref(Racing::default);
    let update = use_force_update();
    let active = state.borrow().race.as_ref().is_some_and(|r| !r.is_done());
    {
        let (state, update) = (state.clone(), update.clone());
        use_animation_loop(
            active,
            Callback::from(move |_| {
                train_frame(&state);
                update.force_update();
            }),
        );
    }
    let start = {
        let (state, update) = (state.clone(), update.clone());
        Callback::from(move |_: MouseEvent| {
            *state.borrow_mut() = Racing {
                race: Race::new().ok(),
                ..Racing::default()
            };
            update.force_update();
        })
    };
    let s = state.borrow();
    let lanes: Vec<_> = s.race.iter().flat_map(|r| r.lanes.iter()).collect();
    let losses: Vec<Vec<f32>> = lanes.iter().map(|l| l.losses()).collect();
    let stops: Vec<_> = lanes
        .iter()
        .map(|l| l.stopped().and_then(|r| stop_text(r, lang)))
        .collect();
    let series: Vec<Series> = losses
        .iter()
        .zip(&stops)
        .zip(LANES)
        .map(|((values, stop), (class, _))| Series {
            class,
            values,
            stop: stop.clone(),
        })
        .collect();
    let cap = losses.first().and_then(|l| l.first()).map(|v| v * CAP);
    let status = match &s.race {
        None => "ready",
        Some(r) if r.is_done() => "done",
        Some(_) => "running",
    };
    let epochs = s.race.as_ref().map_or(0, Race::epochs);
    html! {
        <section class="panel race">
            <h2>{ DescentText::RaceTitle.t(lang) }</h2>
            <p class="muted">{ DescentText::RaceText.t(lang) }</p>
            <button type="button" class="primary" data-testid="race-train" data-status={status}
                data-train-ms={format!("{:.1}", s.busy_ms)} data-frames={s.frames.to_string()}
                onclick={start} disabled={active}>{ DescentText::RaceTrain.t(lang) }</button>
            <span class="muted race-epoch" data-testid="race-epoch">
                { DescentText::RaceEpochs.fill(lang, &[&epochs.to_string(), &EPOCHS.to_string()]) }</span>
            { chart(DescentText::RaceTitle.t(lang), &series, DescentText::Epoch.t(lang), "race-chart", Some(EPOCHS), cap) }
            <ul class="run-legend">
                { for LANES.iter().enumerate().map(|(i, (class, name))| {
                    let last = losses.get(i).and_then(|l| l.iter().rev().copied().find(|v| v.is_finite()));
                    html! {
                        <li class={*class}><span class="swatch" />
                            { format!("{} — {} = {}", name.t(lang), DescentText::LearningRate.t(lang), plain(RATES[i])) }
                            if let Some(Some((_, text))) = stops.get(i) {
                                { format!(" — {text}") }
                            } else if let Some(v) = last {
                                { format!(", {}", DescentText::RaceLoss.fill(lang, &[&plain(v)])) }
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// Trains epochs of every network until the frame's budget is spent or the race is done.
fn train_frame(state: &Rc<RefCell<Racing>>) {
    let mut s = state.borrow_mut();
    let t0 = now_ms();
    let Some(race) = s.race.as_mut() else { return };
    while !race.epoch() && now_ms() - t0 < FRAME_BUDGET_MS {}
    s.busy_ms += now_ms() - t0;
    s.frames += 1;
}
