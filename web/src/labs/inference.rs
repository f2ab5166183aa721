//! Training versus inference inside a lab (学習 と 推論), shared by the overfitting and the
//! normalization labs: the `inference` checkbox (while on the lab's training pauses and its
//! settings are locked), typed query coordinates (`query-x1`, `query-x2`) and a read-out of
//! one network's answer in both modes. The answers come from
//! `neurite_playground::query_network`, the playground's own query path.

use neurite_playground::PointQuery;
use yew::prelude::*;

use super::controls::num;
use crate::components::number_field::NumberField;
use crate::components::term_link::term_link;
use crate::i18n::{Key, Lang};
use neurite_labs::GlossaryTerm;

/// What the learner asks of a lab's model: whether inference is on (the lab then pauses its
/// training and locks its settings) and the point asked about (raw coordinates).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Asking {
    pub on: bool,
    pub coords: Vec<f32>,
}

/// An edit of [`Asking`], what the toggle, the fields and a click on a picture emit.
pub enum Ask {
    On(bool),
    At(Vec<f32>),
}

impl Asking {
    /// Inference off, asking about the origin of a `dims`-dimensional plane.
    pub fn new(dims: usize) -> Asking {
        Asking {
            on: false,
            coords: vec![0.0; dims],
        }
    }

    /// Applies `ask`.
    pub fn apply(&mut self, ask: Ask) {
        match ask {
            Ask::On(on) => self.on = on,
            Ask::At(coords) => self.coords = coords,
        }
    }
}

/// `body` inside a fieldset disabled while `locked` (`display: contents`): every control in
/// it is off while inference is on. One function, so each lab's view carries a call only.
#[inline(never)]
pub fn lock(locked: bool, body: Html) -> Html {
    html! { <fieldset class="lock" disabled={locked}>{ body }</fieldset> }
}

/// The inference checkbox, test id `inference`.
pub fn toggle(lang: Lang, on: bool, set: Callback<Ask>) -> Html {
    let onchange = set.reform(|e: Event| {
        Ask::On(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    let term = GlossaryTerm::Inference;
    html! {
        <label class="check inference-toggle">
            <input type="checkbox" data-testid="inference" checked={on} onchange={onchange} />
            { Key::Inference.t(lang) }{ term_link(term, lang) }</label>
    }
}

/// Typed coordinates of the queried point, `query-x<j>` (from 1), each in `range`.
pub fn fields(coords: &[f32], range: (f64, f64), set: Callback<Ask>) -> Html {
    let field = |j: usize| {
        let name = if j == 0 { "x₁" } else { "x₂" };
        let (all, set) = (coords.to_vec(), set.clone());
        let on = Callback::from(move |v: f64| {
            let mut next = all.clone();
            if let Some(slot) = next.get_mut(j) {
                *slot = v as f32;
            }
            set.emit(Ask::At(next));
        });
        let value = coords.get(j).copied().map_or(0.0, f64::from);
        html! {
            <label class="query-field">{ name }
                <NumberField value={value} min={range.0} max={range.1} step=0.1 label={name}
                    on_value={on} testid={format!("query-x{}", j + 1)} />
            </label>
        }
    };
    html! { <div class="row">{ for (0..coords.len()).map(field) }</div> }
}

/// The first output, exactly (every f32 is an f64).
fn first(outputs: &[f32]) -> Option<f64> {
    outputs.first().map(|&v| f64::from(v))
}

/// One network's answer: `label` (if several networks answer), then its output in inference
/// mode (`query-infer-<id>`) and in training mode (`query-train-<id>`), or why there is none.
pub fn answer(lang: Lang, label: &str, id: &str, q: &Result<PointQuery, String>) -> Html {
    let Ok(q) = q else {
        return html! { <p class="message" role="alert">{ q.clone().err() }</p> };
    };
    html! {
        <p class="readout-line">{ label.to_string() }{ " " }{ Key::QueryInfer.t(lang) }{ " " }
            { num(format!("query-infer-{id}").into(), first(&q.inference)) }{ " · " }
            { Key::QueryTrain.t(lang) }{ " " }{ num(format!("query-train-{id}").into(), first(&q.training)) }</p>
    }
}
