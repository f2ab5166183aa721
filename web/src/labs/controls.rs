//! Controls several labs share, and the one way a lab view turns an input into its next
//! state.

use neurite_labs::link::write::name;
use neurite_labs::GlossaryTerm;
use neurite_nn::Activation;
use yew::prelude::*;

use super::text::LabText;
use crate::components::number_field::NumberField;
use crate::components::term_link::{term_link, term_parts};
use crate::i18n::Lang;

/// A select of every engine activation; option values are the engine's names (`relu`,
/// `sigmoid`, …), as links write them. Test id `activation`; with the glossary's tooltip and
/// "?" link.
pub fn activation_select(lang: Lang, current: Activation, on: Callback<Activation>) -> Html {
    let label = LabText::Activation.t(lang);
    let term = GlossaryTerm::Activation;
    let onchange = Callback::from(move |e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        if let Some(a) = Activation::ALL.into_iter().find(|a| a.name() == v) {
            on.emit(a);
        }
    });
    html! {
        <label class="row">
            <span class="field-label">{ label }{ term_link(term, lang) }</span>
            <select data-testid="activation" onchange={onchange} aria-label={label.to_string()}>
                { for Activation::ALL.into_iter().map(|a| html! {
                    <option value={a.name()} selected={a == current}>{ a.name() }</option>
                }) }
            </select>
        </label>
    }
}

/// A select whose option values are the serde names of `all`; `term` adds its glossary
/// tooltip and "?" link.
pub fn select<T: Copy + PartialEq + serde::Serialize + 'static>(
    label: &str,
    testid: &str,
    all: &[T],
    current: T,
    text: impl Fn(T) -> &'static str,
    term: Option<(GlossaryTerm, Lang)>,
    on: Callback<T>,
) -> Html {
    let hint = term_parts(term);
    let options: Vec<T> = all.to_vec();
    let onchange = Callback::from(move |e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        if let Some(t) = options.iter().find(|t| name(*t) == v) {
            on.emit(*t);
        }
    });
    html! {
        <label class="row">
            <span class="field-label">{ label.to_string() }{ hint }</span>
            <select data-testid={testid.to_string()} onchange={onchange} aria-label={label.to_string()}>
                { for all.iter().map(|t| html! {
                    <option value={name(t)} selected={*t == current}>{ text(*t) }</option>
                }) }
            </select>
        </label>
    }
}

/// A number as a label or a written-out sum shows it: up to 3 decimals, no trailing zeros,
/// integers without a point, never "-0".
pub fn short(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

/// A labelled field for a whole number in `lo..=hi` (a lab's size, epochs or seed).
pub fn whole_field(
    label: &'static str,
    testid: &'static str,
    (lo, hi): (usize, usize),
    v: usize,
    on: Callback<usize>,
) -> Html {
    html! {
        <label class="row"><span class="field-label">{ label }</span>
            <NumberField value={v as f64} min={lo as f64} max={hi as f64} step=1.0 label={label} testid={testid}
                on_value={on.reform(|v: f64| v.round() as usize)} />
        </label>
    }
}

/// A number with four decimals.
pub fn fixed(v: f64) -> String {
    if v.is_finite() {
        format!("{v:.4}")
    } else {
        v.to_string()
    }
}

/// A number read-out: four decimals shown (— when there is none), the full value in
/// `data-value`. One function for every such number of the labs (the bundle is tight).
#[inline(never)]
pub fn num(testid: AttrValue, v: Option<f64>) -> Html {
    let text = v.map_or_else(|| "—".to_string(), fixed);
    let full = v.map(|v| v.to_string()).unwrap_or_default();
    html! { <strong data-testid={testid} data-value={full}>{ text }</strong> }
}

/// A callback that applies `edit` to a copy of `lab` and emits the result through
/// `on_change`: how every lab view turns an input into its next state (the state itself
/// lives in the app's route, so a view never mutates it).
pub fn edit_lab<S: Clone + 'static, T: 'static>(
    lab: &S,
    on_change: &Callback<S>,
    edit: impl Fn(&mut S, T) + 'static,
) -> Callback<T> {
    let (lab, on_change) = (lab.clone(), on_change.clone());
    Callback::from(move |v: T| {
        let mut next = lab.clone();
        edit(&mut next, v);
        on_change.emit(next);
    })
}
