//! Controls several labs share.

use neurite_nn::Activation;
use yew::prelude::*;

/// A select of every engine activation; option values are the engine's names (`relu`,
/// `sigmoid`, …), as links write them. Test id `activation`.
pub fn activation_select(label: &str, current: Activation, on: Callback<Activation>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        if let Some(a) = Activation::ALL.into_iter().find(|a| a.name() == v) {
            on.emit(a);
        }
    });
    html! {
        <label class="row"><span class="field-label">{ label.to_string() }</span>
            <select data-testid="activation" onchange={onchange} aria-label={label.to_string()}>
                { for Activation::ALL.into_iter().map(|a| html! {
                    <option value={a.name()} selected={a == current}>{ a.name() }</option>
                }) }
            </select>
        </label>
    }
}
