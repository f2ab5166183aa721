//! The share box: the current link in a read-only field, the "include the trained network"
//! tick, a Copy button, and a sentence saying what the link opens — this very network
//! (weights, loss history, optimizer state) or the settings only — plus a note when the
//! history travels thinned or the state is too large for a link. The field always shows
//! exactly what the button copies: Copy asks the store to encode the link now (`CopyLink`),
//! and the copy happens once that link is rendered.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Key, Lang, ShareKey};
use crate::platform::cell::use_cell;
use crate::platform::clipboard;
use crate::store::{Action, ShareLink};

/// Props of [`ShareBox`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareBoxProps {
    /// The page address without its fragment.
    pub base: AttrValue,
    pub link: Rc<ShareLink>,
    /// Bumped on every Copy click.
    pub copy_request: u64,
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

/// What the link carries, in words: `(data-mode, sentence)`.
fn mode(link: &ShareLink, lang: Lang) -> (&'static str, String) {
    if link.exact {
        let mut text = ShareKey::ModeExact.fill(lang, &[&link.epoch.to_string()]);
        if let Some((kept, trained)) = link.thinned {
            text.push(' ');
            text.push_str(
                &ShareKey::Thinned.fill(lang, &[&kept.to_string(), &trained.to_string()]),
            );
        }
        ("exact", text)
    } else {
        ("settings", ShareKey::ModeSettings.t(lang).to_owned())
    }
}

/// The share box.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    // What the last copy did.
    let copied = use_cell(|| Copy::None);
    let set_copied = {
        let copied = copied.clone();
        move |c: Copy| copied.set(c)
    };
    let lang = props.lang;
    let full = format!("{}#{}", props.base, props.link.share);
    {
        let (set_copied, full) = (set_copied.clone(), full.clone());
        use_effect_with(props.copy_request, move |request| {
            if *request > 0 {
                clipboard::copy_text(&full, move |ok| {
                    set_copied(if ok { Copy::Done } else { Copy::Failed })
                });
            }
        });
    }
    let onclick = props.dispatch.reform(|_: MouseEvent| Action::CopyLink);
    let onchange = {
        let set_copied = set_copied.clone();
        props.dispatch.reform(move |e: Event| {
            set_copied(Copy::None);
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            Action::SetShareWeights(input.checked())
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.select();
    });
    let note = match copied.get() {
        Copy::None => "",
        Copy::Done => Key::Copied.t(lang),
        Copy::Failed => Key::CopyFailed.t(lang),
    };
    let (mode_name, mode_text) = mode(&props.link, lang);
    let fallback = props.link.too_large.as_ref().map(|e| {
        let (bytes, max) = match e {
            neurite_playground::LinkTooLarge::Blob { bytes, max }
            | neurite_playground::LinkTooLarge::Link { bytes, max } => (bytes, max),
        };
        let text = ShareKey::TooLarge.fill(lang, &[&bytes.to_string(), &max.to_string()]);
        html! { <p class="share-fallback" role="status" data-testid="share-fallback">{ text }</p> }
    });
    html! {
        <section class="share" aria-label={Key::Share.t(lang)}>
            <div class="share-row">
                <button type="button" class="primary" data-testid="share" onclick={onclick}>
                    { Key::CopyLink.t(lang) }
                </button>
                <label class="check">
                    <input type="checkbox" data-testid="share-weights"
                        checked={props.link.wants_exact} onchange={onchange} />
                    { ShareKey::IncludeNetwork.t(lang) }
                </label>
            </div>
            <p class={classes!("share-mode", mode_name)} data-testid="share-mode"
                data-mode={mode_name}>{ mode_text }</p>
            { for fallback }
            <input class="share-link" type="text" readonly=true data-testid="share-link"
                aria-label={Key::Share.t(lang)} value={full} onfocus={select_all} />
            <div class="share-note" aria-live="polite">{ note }</div>
        </section>
    }
}
