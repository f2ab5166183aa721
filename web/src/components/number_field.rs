//! A number box that applies valid values as they are typed without fighting the typist.
//!
//! While the box has a draft (text typed since the last commit) it shows the draft verbatim,
//! so "0.0" is not rewritten to "0" when the model echoes the value back; the draft is dropped
//! on `change` (Enter or leaving the box), after which the box shows the model's value.
//! Text that is not a finite number within `[min, max]` is kept in the box but not applied.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::platform::cell::use_cell;
/// Props of [`NumberField`].
#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    pub value: f64,
    pub min: f64,
    pub max: f64,
    #[prop_or(0.001)]
    pub step: f64,
    pub label: AttrValue,
    pub on_value: Callback<f64>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub disabled: bool,
}

/// Formats a value compactly: up to 6 significant digits, no trailing zeros.
pub fn compact(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return format!("{v}");
    }
    let digits = (5 - v.abs().log10().floor() as i32).clamp(0, 12) as usize;
    let s = format!("{v:.digits$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The number box.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    // The draft: typed text that is not a valid number yet.
    let draft = use_cell(|| None::<String>);
    let set_draft = {
        let draft = draft.clone();
        move |d: Option<String>| draft.set(d)
    };
    let valid = {
        let (min, max) = (props.min, props.max);
        move |text: &str| {
            text.trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v >= min && *v <= max)
        }
    };
    let shown = draft.get().unwrap_or_else(|| compact(props.value));
    let oninput = {
        let (set_draft, cb) = (set_draft.clone(), props.on_value.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(v) = valid(&text) {
                cb.emit(v);
            }
            set_draft(Some(text));
        })
    };
    let onchange = {
        let cb = props.on_value.clone();
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(v) = valid(&text) {
                cb.emit(v);
            }
            set_draft(None);
        })
    };
    html! {
        <input type="number" class={classes!("number", props.class.clone())}
            min={props.min.to_string()} max={props.max.to_string()} step={props.step.to_string()}
            value={shown} aria-label={props.label.clone()} title={props.label.clone()}
            disabled={props.disabled} data-testid={props.testid.clone()}
            oninput={oninput} onchange={onchange} />
    }
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn compact_formatting() {
        assert_eq!(compact(0.03), "0.03");
        assert_eq!(compact(0.1), "0.1");
        assert_eq!(compact(3.0), "3");
        assert_eq!(compact(0.000123), "0.000123");
        assert_eq!(compact(-1.25), "-1.25");
    }
}
