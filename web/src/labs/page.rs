//! The frame every lab shares: its title, a banner when its link could not be opened, the
//! lab itself, and its share link (the address bar carries the same text).

use yew::prelude::*;

use super::text::LabText;
use crate::i18n::Lang;
use crate::platform::cell::use_cell;
use crate::platform::{clipboard, location};

/// Props of [`LabPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct LabPageProps {
    pub title: AttrValue,
    /// The lab's link, without `#`.
    pub link: AttrValue,
    /// Why the link the page was opened with could not be read.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub lang: Lang,
    #[prop_or_default]
    pub children: Html,
}

/// The lab frame.
#[component]
pub fn LabPage(props: &LabPageProps) -> Html {
    let lang = props.lang;
    // Whether the copy worked.
    let note = use_cell(|| None::<bool>);
    let full = format!("{}#{}", location::base_url(), props.link);
    let copy = {
        let (note, full) = (note.clone(), full.clone());
        Callback::from(move |_: MouseEvent| {
            let note = note.clone();
            clipboard::copy_text(&full, move |ok| note.set(Some(ok)));
        })
    };
    let note = match note.get() {
        Some(true) => LabText::Copied.t(lang),
        Some(false) => LabText::CopyFailed.t(lang),
        None => "",
    };
    html! {
        <main class="lab" aria-labelledby="lab-title">
            <h1 id="lab-title">{ props.title.clone() }</h1>
            if let Some(why) = &props.error {
                <div class="message" role="alert">
                    <p data-testid="error-message">{ LabText::LinkBroken.fill(lang, &[why]) }</p>
                </div>
            }
            { props.children.clone() }
            <section class="panel share lab-share">
                <button type="button" class="primary" data-testid="lab-share" onclick={copy}>
                    { LabText::CopyLink.t(lang) }</button>
                <input class="share-link" type="text" readonly=true data-testid="lab-share-link"
                    aria-label={LabText::CopyLink.t(lang)} value={full} />
                <div class="share-note" aria-live="polite">{ note }</div>
            </section>
        </main>
    }
}
