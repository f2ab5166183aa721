//! The share box: the current link in a read-only field, a "with trained weights" toggle and
//! a Copy button. The field always shows exactly what the button copies.

use yew::prelude::*;

use crate::browser;
use crate::i18n::{Key, Lang};
use crate::state::Action;

/// Props of [`ShareBox`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareBoxProps {
    /// The full link, `https://…#…`.
    pub link: AttrValue,
    pub with_weights: bool,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Outcome of the last copy, shown next to the button.
#[derive(Clone, Copy, PartialEq)]
enum Copy {
    None,
    Done,
    Failed,
}

/// The share box.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let copied = use_state(|| Copy::None);
    let lang = props.lang;
    let onclick = {
        let copied = copied.clone();
        let link = props.link.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy_text(&link, move |ok| {
                copied.set(if ok { Copy::Done } else { Copy::Failed })
            });
        })
    };
    let onchange = {
        let copied = copied.clone();
        props.dispatch.reform(move |e: Event| {
            copied.set(Copy::None);
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            Action::SetShareWeights(input.checked())
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.select();
    });
    let note = match *copied {
        Copy::None => "",
        Copy::Done => Key::Copied.t(lang),
        Copy::Failed => Key::CopyFailed.t(lang),
    };
    html! {
        <section class="share" aria-label={Key::Share.t(lang)}>
            <div class="share-row">
                <button type="button" class="primary" data-testid="share" onclick={onclick}>
                    { Key::CopyLink.t(lang) }
                </button>
                <label class="check">
                    <input type="checkbox" data-testid="share-weights"
                        checked={props.with_weights} onchange={onchange} />
                    { Key::WithWeights.t(lang) }
                </label>
            </div>
            <input class="share-link" type="text" readonly=true data-testid="share-link"
                aria-label={Key::Share.t(lang)} value={props.link.clone()} onfocus={select_all} />
            <div class="share-note" aria-live="polite">{ note }</div>
        </section>
    }
}
