//! One update, step by step: the inspected point's plain-SGD update taken apart into its four
//! stages — forward (the output ŷ), loss (L against the target y), gradient (the backward
//! view switched on, ∂L/∂θ of the selected parameter) and update (`θ ← θ − η·∂L/∂θ`, applied
//! by the same action as `update-step`) — advanced by a button or played at a chosen speed.
//! Every number is the engine's (the point's [`Trace`]); the update's numbers are captured
//! before it is applied, so they are exactly the ones the step used.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, WalkKey};
use crate::platform::timers::set_timeout;
use crate::store::Action;
use crate::view::plot::{factor, plain};
use crate::view::walk::{Param, Shown, Stage, Walk, WalkEffect};
use crate::view::{LossKind, Trace};

/// Props of [`UpdateWalk`].
#[derive(Properties, PartialEq, Clone)]
pub struct UpdateWalkProps {
    pub trace: Rc<Trace>,
    pub param: Option<Param>,
    pub learning_rate: f32,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// A stage's heading.
fn title(stage: Stage) -> WalkKey {
    match stage {
        Stage::Forward => WalkKey::Forward,
        Stage::Loss => WalkKey::Loss,
        Stage::Gradient => WalkKey::Gradient,
        Stage::Update => WalkKey::Update,
    }
}

/// Per-stage playing speeds, ms: slow, medium, fast.
const SPEEDS: [(i32, WalkKey); 3] = [
    (2000, WalkKey::Slow),
    (1000, WalkKey::Medium),
    (400, WalkKey::Fast),
];

fn numbers(values: &[f32]) -> String {
    values
        .iter()
        .map(|v| plain(*v))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The squared error of a single output with the point's numbers in it (`½(ŷ − y)² = `),
/// else nothing: the other losses are shown by formula and value.
fn substituted(t: &Trace) -> String {
    match (t.loss_kind, t.output(), t.target.as_slice()) {
        (LossKind::Squared, [o], [y]) => format!("½({} − {})² = ", plain(*o), factor(*y)),
        _ => String::new(),
    }
}

/// A stage's explanation with its numbers (only for stages reached).
fn body(stage: Stage, shown: &Shown, lang: Lang) -> Html {
    let t = &shown.trace;
    match stage {
        Stage::Forward => html! {
            <p>{ WalkKey::ForwardText.fill(lang, &[&numbers(&t.inputs)]) }{ " " }
                <strong data-testid="walk-output">{ numbers(t.output()) }</strong></p>
        },
        Stage::Loss => html! {
            <p>{ WalkKey::LossText.t(lang) }{ " " }<strong data-testid="walk-target">{ numbers(&t.target) }</strong>
                { format!(" · {} = {}", t.loss_kind.formula(), substituted(t)) }<strong data-testid="walk-loss">{ plain(t.loss) }</strong></p>
        },
        Stage::Gradient => html! {
            <p>{ WalkKey::GradientText.t(lang) }
                if let Some((g, _, name)) = shown.param {
                    { format!(" {} ∂L/∂{name} = ", WalkKey::ForSelected.t(lang)) }
                    <strong data-testid="walk-grad">{ plain(g) }</strong>
                }
            </p>
        },
        Stage::Update => html! {
            <p>{ WalkKey::UpdateText.t(lang) }
                if let Some((name, v, eta, g, next)) = shown.applied {
                    { format!(" {} {name} ← {name} − η·∂L/∂{name} = {} − {}·{} = ", WalkKey::ForSelected.t(lang), plain(v), plain(eta), factor(g)) }
                    <strong data-testid="walk-new">{ plain(next) }</strong>
                }
            </p>
        },
    }
}

/// The walk-through.
#[component]
pub fn UpdateWalk(props: &UpdateWalkProps) -> Html {
    let lang = props.lang;
    // The walk's state in a cell with a forced render (not `use_state`, whose reducer each
    // state type instantiates again in the bundle).
    let cell = use_mut_ref(|| Walk {
        stage: None,
        playing: false,
        speed_ms: SPEEDS[1].0,
        shown: None,
    });
    let update = use_force_update();
    let set = {
        let cell = cell.clone();
        Callback::from(move |next: Walk| {
            *cell.borrow_mut() = next;
            update.force_update();
        })
    };
    let walk = cell.borrow().clone();
    let advance = {
        let (cell, set) = (cell.clone(), set.clone());
        let (dispatch, trace, param) = (props.dispatch.clone(), props.trace.clone(), props.param);
        let eta = props.learning_rate;
        Callback::from(move |play: Option<bool>| {
            let mut from = cell.borrow().clone();
            if let Some(on) = play {
                from.playing = on;
            }
            let (next, effect) = from.advance(&trace, param, eta);
            set.emit(next);
            match effect {
                Some(WalkEffect::ShowBackward) => dispatch.emit(Action::SetBackward(true)),
                Some(WalkEffect::ApplyUpdate) => dispatch.emit(Action::UpdateStep),
                None => {}
            }
        })
    };
    {
        // While playing, the next stage comes after the chosen time; a new stage (or a pause,
        // or another speed) replaces the timer, and dropping it cancels it.
        let advance = advance.clone();
        let key = (walk.stage, walk.playing, walk.speed_ms);
        use_effect_with(key, move |&(_, on, ms)| {
            let timer = on
                .then(|| set_timeout(ms, move || advance.emit(None)))
                .flatten();
            move || drop(timer)
        });
    }
    let on_next = advance.reform(|_: MouseEvent| None);
    let on_play = {
        let (cell, set, advance) = (cell.clone(), set.clone(), advance.clone());
        Callback::from(move |_: MouseEvent| {
            let now = cell.borrow().clone();
            if !now.playing && matches!(now.stage, None | Some(Stage::Update)) {
                // Playing from the end (or the start) begins a new update at once.
                advance.emit(Some(true));
            } else {
                set.emit(Walk {
                    playing: !now.playing,
                    ..now
                });
            }
        })
    };
    let on_speed = {
        let (cell, set) = (cell.clone(), set.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(speed_ms) = value.parse::<i32>() {
                // Cloned first: the cell's borrow must end before `set` writes it.
                let now = cell.borrow().clone();
                set.emit(Walk { speed_ms, ..now });
            }
        })
    };
    let (playing, speed) = (walk.playing, walk.speed_ms);
    let shown = &walk.shown;
    let current = walk.stage;
    let reached = |s: Stage| current.is_some_and(|c| s as u8 <= c as u8);
    let next_label = match current {
        Some(Stage::Update) => WalkKey::Again,
        _ => WalkKey::Next,
    };
    html! {
        <div class="walk" data-testid="walk">
            <h3>{ WalkKey::Title.t(lang) }</h3>
            <p class="muted">{ WalkKey::Help.t(lang) }</p>
            <div class="row">
                <button type="button" data-testid="walk-next" onclick={on_next}>{ next_label.t(lang) }</button>
                <button type="button" data-testid="walk-play" aria-pressed={playing.to_string()}
                    onclick={on_play}>{ if playing { WalkKey::Pause.t(lang) } else { WalkKey::Play.t(lang) } }</button>
                <label class="field-label">{ WalkKey::Speed.t(lang) }{ " " }
                    <select data-testid="walk-speed" onchange={on_speed}>
                        { for SPEEDS.iter().map(|&(ms, key)| html! {
                            <option value={ms.to_string()} selected={speed == ms}>{ key.t(lang) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <ol class="walk-stages" data-testid="walk-stage" data-stage={current.map_or("idle", Stage::id)}>
                { for Stage::ALL.iter().map(|&s| {
                    let class = classes!(reached(s).then_some("reached"), (current == Some(s)).then_some("current"));
                    html! {
                        <li class={class} aria-current={(current == Some(s)).then_some("step")}>
                            <strong>{ title(s).t(lang) }</strong>
                            if let Some(shown) = shown.as_ref().filter(|_| reached(s)) {
                                { body(s, shown, lang) }
                            }
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
