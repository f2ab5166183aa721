//! The storage note: autosave is off (no storage, storage full) or the saved session could
//! not be restored (damaged, another version). It says where the state still is.

use yew::prelude::*;

use crate::i18n::{Key, Lang};
use crate::store::{Action, StorageNote, StorageProblem};

/// The note's text.
fn text(problem: &StorageProblem, lang: Lang) -> String {
    match problem {
        StorageProblem::Unavailable => Key::StorageUnavailable.t(lang).to_string(),
        StorageProblem::Full => Key::StorageFull.t(lang).to_string(),
        StorageProblem::Unreadable(why) => Key::StorageUnreadable.fill(lang, &[why]),
        StorageProblem::OtherVersion(why) => Key::StorageOtherVersion.fill(lang, &[why]),
    }
}

/// The note under the top bar, until dismissed.
pub fn storage_note(note: Option<&StorageNote>, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let Some(note) = note.filter(|n| !n.dismissed) else {
        return html! {};
    };
    let dismiss = dispatch.reform(|_: MouseEvent| Action::DismissStorageNote);
    html! {
        <div class="message note" role="status">
            <p data-testid="storage-note">{ text(&note.problem, lang) }</p>
            <button type="button" class="mini" onclick={dismiss}
                aria-label={Key::Dismiss.t(lang)}>{ "×" }</button>
        </div>
    }
}
