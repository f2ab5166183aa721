//! A labelled range slider with an optional [`NumberField`] for typing exact values.
//!
//! The range emits on `input`, so dragging updates the model continuously, and keeps the
//! browser's keyboard support (arrows, Page Up/Down, Home/End).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::number_field::NumberField;
use super::term_link::term_parts;
use crate::i18n::Lang;
use neurite_labs::GlossaryTerm;

/// Props of [`Slider`].
#[derive(Properties, PartialEq, Clone)]
pub struct SliderProps {
    /// Visible label (already translated).
    pub label: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// Emitted with each new value.
    pub on_input: Callback<f64>,
    /// The glossary term the value is about: a "?" link after the label, titled with its
    /// definition, opens its entry (`components::term_link`).
    #[prop_or_default]
    pub term: Option<(GlossaryTerm, Lang)>,
    /// `data-testid` of the range input.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Test id of the typed number field beside the slider.
    #[prop_or_default]
    pub number_testid: Option<AttrValue>,
    /// Show a number box next to the slider.
    #[prop_or(true)]
    pub number: bool,
    #[prop_or_default]
    pub disabled: bool,
    /// Range accepted by the number box when wider than the slider's (typed values may go
    /// beyond what the slider shows).
    #[prop_or_default]
    pub number_min: Option<f64>,
    #[prop_or_default]
    pub number_max: Option<f64>,
}

/// A slider row: label, range input, number box.
#[component]
pub fn Slider(props: &SliderProps) -> Html {
    let on_range = {
        let cb = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(v) = input.value().parse::<f64>().ok().filter(|v| v.is_finite()) {
                cb.emit(v)
            }
        })
    };
    let hint = term_parts(props.term);
    html! {
        <label class="slider">
            <span class="slider-label">{ props.label.clone() }{ hint }</span>
            <input type="range" min={props.min.to_string()} max={props.max.to_string()}
                step={props.step.to_string()} value={props.value.to_string()}
                disabled={props.disabled} aria-label={props.label.clone()}
                data-testid={props.testid.clone()} oninput={on_range} />
            if props.number {
                <NumberField value={props.value} min={props.number_min.unwrap_or(props.min)}
                    max={props.number_max.unwrap_or(props.max)} step={props.step}
                    label={props.label.clone()} on_value={props.on_input.clone()}
                    disabled={props.disabled} class="slider-number" testid={props.number_testid.clone()} />
            }
        </label>
    }
}
