//! Export and import of the whole state as a file (`neurite-state.json`: the share link's
//! text in a small JSON envelope, see `neurite_playground::file`), for states too big for a
//! URL and for keeping work. Import goes through the same total decoder as a link: a bad
//! file gets a specific message and the page stays as it was.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, ShareKey};
use crate::platform::files;
use crate::store::{Action, FileNote};
use neurite_playground::check_file_size;

/// The file name an export is offered under.
const FILE_NAME: &str = "neurite-state.json";

/// Props of [`StateFileBox`].
#[derive(Properties, PartialEq, Clone)]
pub struct StateFileProps {
    /// The last export: `(request number, text)`, saved when the number changes.
    pub export: Option<Rc<(u64, String)>>,
    pub note: Option<FileNote>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The export button, the import picker and what the last one did.
#[component]
pub fn StateFileBox(props: &StateFileProps) -> Html {
    let lang = props.lang;
    // Only an export asked for while this box is shown is saved (not the last one again
    // when the box mounts, say on coming back from a lab).
    let saved = use_mut_ref(|| props.export.as_ref().map(|e| e.0));
    use_effect_with(props.export.clone(), move |export| {
        if let Some(file) = export {
            if saved.replace(Some(file.0)) != Some(file.0) {
                files::download_text(FILE_NAME, "application/json", &file.1);
            }
        }
    });
    let on_export = props.dispatch.reform(|_: MouseEvent| Action::ExportState);
    let on_import = {
        let d = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            match files::first_file_size(&input).map(|size| check_file_size(size as usize)) {
                Some(Err(too_large)) => d.emit(Action::ImportState(Err(too_large))),
                Some(Ok(())) => {
                    let d = d.clone();
                    files::read_first_file(&input, move |text| {
                        d.emit(Action::ImportState(files::parse_state_file(&text)))
                    });
                }
                None => {}
            }
            // The same file can be chosen again after fixing it.
            input.set_value("");
        })
    };
    let note = props.note.as_ref().map(|n| {
        let (ok, text) = match n {
            FileNote::Exported => (true, ShareKey::Exported.t(lang).to_owned()),
            FileNote::ExportFailed(why) => (false, ShareKey::ExportFailed.fill(lang, &[why])),
            FileNote::Imported(epoch) => (true, ShareKey::Imported.fill(lang, &[&epoch.to_string()])),
            FileNote::ImportFailed(why) => (false, ShareKey::ImportFailed.fill(lang, &[why])),
        };
        let class = if ok { "file-ok" } else { "file-error" };
        let role = if ok { "status" } else { "alert" };
        html! { <p class={class} role={role} data-testid="state-file-note" data-ok={ok.to_string()}>{ text }</p> }
    });
    html! {
        <section class="state-file" aria-label={ShareKey::FileTitle.t(lang)}>
            <h3>{ ShareKey::FileTitle.t(lang) }</h3>
            <p class="muted">{ ShareKey::FileHelp.t(lang) }</p>
            <div class="share-row">
                <button type="button" data-testid="export-state" onclick={on_export}>
                    { ShareKey::Export.t(lang) }
                </button>
                <label class="file-pick">
                    <span>{ ShareKey::Import.t(lang) }</span>
                    <input type="file" accept=".json,application/json" data-testid="import-state"
                        onchange={on_import} />
                </label>
            </div>
            { for note }
        </section>
    }
}
