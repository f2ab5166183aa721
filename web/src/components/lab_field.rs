//! A number a learner sets in a lab: a slider for dragging (evenly in the value, or in its
//! logarithm for quantities spanning decades) beside a typed field that accepts any value in
//! range. The typed field carries the test id: its `value` is the number itself.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::number_field::NumberField;
use super::term_link::term_parts;
use crate::i18n::Lang;
use neurite_labs::GlossaryTerm;

/// Slider positions per log slider.
const LOG_STEPS: f64 = 1000.0;

/// Props of [`LabField`].
#[derive(Properties, PartialEq, Clone)]
pub struct LabFieldProps {
    pub label: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    /// Slide in log₁₀ of the value (`min > 0`).
    #[prop_or_default]
    pub log: bool,
    /// Step of a linear slider (the typed field takes any value).
    #[prop_or(0.01)]
    pub step: f64,
    pub testid: AttrValue,
    pub on_value: Callback<f64>,
    /// The glossary term the value is about: a "?" link after the label, titled with its
    /// definition, opens its entry (`components::term_link`).
    #[prop_or_default]
    pub term: Option<(GlossaryTerm, Lang)>,
}

/// A labelled slider and typed field.
#[component]
pub fn LabField(props: &LabFieldProps) -> Html {
    let (lo, hi) = if props.log {
        (props.min.max(f64::MIN_POSITIVE).log10(), props.max.log10())
    } else {
        (props.min, props.max)
    };
    let position = if props.log {
        props.value.max(props.min).log10()
    } else {
        props.value
    };
    let step = if props.log {
        (hi - lo) / LOG_STEPS
    } else {
        props.step
    };
    let log = props.log;
    let on_range = props.on_value.reform(move |e: InputEvent| {
        let v: f64 = e
            .target_unchecked_into::<HtmlInputElement>()
            .value()
            .parse()
            .unwrap_or(f64::NAN);
        if log {
            10f64.powf(v)
        } else {
            v
        }
    });
    let on_value = props.on_value.clone();
    let hint = term_parts(props.term);
    html! {
        <label class="slider lab-field">
            <span class="slider-label">{ props.label.clone() }{ hint }</span>
            <input type="range" min={lo.to_string()} max={hi.to_string()} step={step.to_string()}
                value={position.to_string()} aria-label={props.label.clone()} oninput={on_range} />
            <NumberField value={props.value} min={props.min} max={props.max} step={props.step}
                label={props.label.clone()} on_value={on_value} testid={props.testid.clone()}
                class="slider-number" />
        </label>
    }
}
