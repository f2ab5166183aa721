//! `App`: owns the reducer, the animation-frame ticker, the URL/localStorage effects and the
//! keyboard shortcuts, and lays out the page.
//!
//! The URL follows the state in two steps: 250 ms after `link_version` last changed, a timer
//! sends `SyncLink` (the store encodes the link then, not on every slider event); when the
//! encoded link changes, one effect writes the address bar and the autosave. The URL is read
//! at start-up and on `hashchange` (ignoring the echo of our own `replaceState`). Leaving
//! the page (`pagehide`: a reload, closing the tab) saves the state as it is that moment, so a
//! reload while training restores the very epoch it left. Storage that is missing or full is
//! reported to the store (the storage note) and never stops the page.

use yew::prelude::*;

use neurite_labs::{decode_or_defaults, encode, is_lab_link, Lab, LabName};

use crate::components::{
    banner::MessageBanner, controls::Controls, lang_switch::LangSwitch, page::playground,
    storage_note::storage_note,
};
use crate::i18n::{Key, Lang};
use crate::labs::{menu::LabsMenu, LabView};
use crate::platform::cell::{use_cell, StateCell};
use crate::platform::hooks::{use_animation_loop, use_window_listener};
use crate::platform::storage::{self, StorageError, HASH_KEY, LANG_KEY, SAVE_KEY, UNREADABLE_KEY};
use crate::platform::{clock, document, events, location, timers};
use crate::store::{autosave_text, seal, Action, AppState, Clock, Start, StorageProblem};

/// Quiet time before the URL and the autosave follow a change.
const DEBOUNCE_MS: i32 = 250;

/// The language: the stored choice, else the browser's preference.
fn initial_lang() -> Lang {
    storage::storage_get(LANG_KEY)
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or_else(|| {
            if document::navigator_language().starts_with("ja") {
                Lang::Ja
            } else {
                Lang::En
            }
        })
}

/// What the page shows: the playground, or a lab (with why its link could not be read).
#[derive(Debug, Clone, PartialEq)]
enum Route {
    Playground,
    Lab { lab: Lab, error: Option<AttrValue> },
}

impl Route {
    /// The route of a URL hash: a lab for `lab=…` links (its defaults, and the reason, when
    /// the rest of the link is broken), else the playground.
    fn of(hash: &str) -> Route {
        if !is_lab_link(hash) {
            return Route::Playground;
        }
        let (lab, error) = decode_or_defaults(hash);
        Route::Lab {
            lab,
            error: error.map(|e| e.to_string().into()),
        }
    }
}

/// The app's first state, from the address bar and localStorage (a lab link leaves the
/// playground to start from its autosave). A save this build cannot read is kept aside
/// (`UNREADABLE_KEY`) before the next autosave replaces it.
fn initial_state() -> AppState {
    let hash = location::hash();
    let saved = storage::storage_get(SAVE_KEY);
    let state = Start {
        hash: if is_lab_link(&hash) {
            String::new()
        } else {
            hash
        },
        saved: saved.clone(),
        saved_hash: storage::storage_get(HASH_KEY),
        storage_unavailable: !storage::storage_available(),
        lang: initial_lang(),
    }
    .into_state(Clock::new(clock::now_ms));
    let unreadable = state.storage.as_ref().is_some_and(|n| {
        matches!(
            n.problem,
            StorageProblem::Unreadable(_) | StorageProblem::OtherVersion(_)
        )
    });
    if let Some(text) = saved.filter(|_| unreadable) {
        let _ = storage::storage_set(UNREADABLE_KEY, &text);
    }
    state
}

/// What the store hears of an autosave write.
fn saved_action(written: Result<(), StorageError>) -> Action {
    match written {
        Ok(()) => Action::StorageSaved,
        Err(StorageError::Unavailable) => Action::StorageFailed(StorageProblem::Unavailable),
        Err(StorageError::Refused) => Action::StorageFailed(StorageProblem::Full),
    }
}

/// Space play/pause · `s` one epoch · `r` reset, except while typing in a text field.
fn on_key(dispatch: Callback<Action>, active: bool) -> Callback<web_sys::Event> {
    Callback::from(move |e: web_sys::Event| {
        if !active {
            return;
        }
        let Some(k) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(&e) else {
            return;
        };
        if k.ctrl_key() || k.meta_key() || k.alt_key() || events::event_in_text_field(&e) {
            return;
        }
        let action = match k.key().as_str() {
            " " => Action::TogglePlay,
            "s" | "S" => Action::Step,
            "r" | "R" => Action::Reset,
            _ => return,
        };
        // Space would otherwise also press a focused button or scroll the page.
        k.prevent_default();
        dispatch.emit(action);
    })
}

/// The address bar and the autosave follow the playground's state while it is shown, and a
/// lab's state while a lab is; `hashchange` routes to a lab or opens a playground link.
#[hook]
fn use_url_sync(
    state: &UseReducerHandle<AppState>,
    dispatch: &Callback<Action>,
    route: &StateCell<Route>,
) {
    let on_playground = route.get() == Route::Playground;
    // The playground hash we last wrote (or opened), to tell our echo from a navigation.
    let last_hash = use_mut_ref(|| {
        Some(location::hash())
            .filter(|h| !is_lab_link(h))
            .unwrap_or_default()
    });
    // The playground's share link as last rendered: returning to it from a lab is no new link.
    let current = use_mut_ref(String::new);
    current.borrow_mut().clone_from(&state.link.share);
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.link_version, move |_| {
            let timer = timers::set_timeout(DEBOUNCE_MS, move || dispatch.emit(Action::SyncLink));
            move || drop(timer)
        });
    }
    {
        let (last_hash, dispatch) = (last_hash.clone(), dispatch.clone());
        use_effect_with((state.link.clone(), on_playground), move |(link, on)| {
            // A hash we did not write is a navigation whose `hashchange` is still on its
            // way: leave it for that handler instead of overwriting it.
            if *on && location::hash() == *last_hash.borrow() {
                location::replace_hash(&link.share);
                // Remember the hash as the browser reports it (it may percent-encode).
                *last_hash.borrow_mut() = location::hash();
                let written = storage::write_autosave(&seal(&link.autosave), &last_hash.borrow());
                dispatch.emit(saved_action(written));
            }
        });
    }
    {
        let (last_hash, state) = (last_hash.clone(), state.clone());
        use_window_listener(
            "pagehide",
            Callback::from(move |_| {
                let hash = location::hash();
                if on_playground && hash == *last_hash.borrow() {
                    if let Some(text) = autosave_text(&state) {
                        let _ = storage::write_autosave(&seal(&text), &hash);
                    }
                }
            }),
        );
    }
    use_effect_with(route.get(), |route| {
        let timer = match route {
            Route::Lab { lab, .. } => {
                let hash = encode(lab);
                timers::set_timeout(DEBOUNCE_MS, move || location::replace_hash(&hash))
            }
            Route::Playground => None,
        };
        move || drop(timer)
    });
    let (dispatch, route) = (dispatch.clone(), route.clone());
    use_window_listener(
        "hashchange",
        Callback::from(move |_| {
            let hash = location::hash();
            let next = Route::of(&hash);
            if next == Route::Playground {
                let ours = hash == *last_hash.borrow() || hash == *current.borrow();
                *last_hash.borrow_mut() = hash.clone();
                // An emptied hash is no link to open: the state stays (and is what a reload,
                // which saves on `pagehide`, restores).
                if !ours && !hash.is_empty() {
                    dispatch.emit(Action::OpenLink(hash));
                }
            }
            route.set(next);
        }),
    );
}

/// Which view is shown (the menu remounts, closed, when it changes).
fn route_key(route: &Route) -> Option<LabName> {
    match route {
        Route::Playground => None,
        Route::Lab { lab, .. } => Some(lab.name()),
    }
}

/// The application.
#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    // One callback for the app's lifetime: children compare props by it, so a fresh one per
    // render would re-render every panel on every training frame.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a| dispatcher.dispatch(a)))).clone()
    };
    let lang: Lang = state.lang;
    let route = use_cell(|| Route::of(&location::hash()));
    let shown = route.get();
    let on_playground = shown == Route::Playground;

    // Training pauses while a lab is shown and resumes on return.
    use_animation_loop(
        state.playing && on_playground,
        dispatch.reform(|now_ms| Action::Tick { now_ms }),
    );
    use_window_listener("keydown", on_key(dispatch.clone(), on_playground));
    use_url_sync(&state, &dispatch, &route);
    use_effect_with(lang, |lang| {
        let _ = storage::storage_set(LANG_KEY, lang.code());
        document::set_document_lang(lang.code());
    });

    let s = &*state;
    let base = AttrValue::from(location::base_url());
    let on_lab = {
        let route = route.clone();
        Callback::from(move |lab: Lab| route.set(Route::Lab { lab, error: None }))
    };
    html! {
        <>
            <header class="topbar">
                <span class="brand">{ Key::AppTitle.t(lang) }<small>{ Key::Tagline.t(lang) }</small></span>
                if on_playground {
                    <Controls playing={s.playing} epoch={s.epoch} losses={s.losses} status={s.status.clone()}
                        inference={s.flags.inference} lang={lang} dispatch={dispatch.clone()} />
                }
                <span class="spacer" />
                <LabsMenu key={route_key(&shown).map_or_else(|| "playground".to_string(), LabName::name)} playground={s.link.share.clone()} lang={lang} />
                <LangSwitch lang={lang} dispatch={dispatch.clone()} />
            </header>
            { storage_note(s.storage.as_ref(), lang, &dispatch) }
            if on_playground {
                <MessageBanner banner={s.banner.clone()} status={s.status.clone()} lang={lang}
                    dispatch={dispatch.clone()} />
                { playground(s, &base, &dispatch) }
            }
            if let Route::Lab { lab, error } = &shown {
                <LabView lab={lab.clone()} error={error.clone()} lang={lang} on_change={on_lab} />
            }
            if on_playground {
                <footer class="footer">{ Key::Shortcuts.t(lang) }</footer>
            }
        </>
    }
}
