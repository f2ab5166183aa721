//! `App`: owns the reducer, the animation-frame ticker, the URL/localStorage effects and the
//! keyboard shortcuts, and lays out the page.
//!
//! The URL follows the state in two steps: 250 ms after `link_version` last changed, a timer
//! sends `SyncLink` (the store encodes the link then, not on every slider event); when the
//! encoded link changes, one effect writes the address bar and the autosave. The URL is read
//! at start-up and on `hashchange` (ignoring the echo of our own `replaceState`).

use yew::prelude::*;

use crate::components::{
    banner::MessageBanner, controls::Controls, lang_switch::LangSwitch, page::playground,
};
use crate::i18n::{Key, Lang};
use crate::platform::hooks::{use_animation_loop, use_window_listener};
use crate::platform::storage::{self, HASH_KEY, LANG_KEY, SAVE_KEY};
use crate::platform::{clock, document, events, location, timers};
use crate::store::{Action, AppState, Clock, Start};

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

/// The app's first state, from the address bar and localStorage.
fn initial_state() -> AppState {
    Start {
        hash: location::hash(),
        saved: storage::storage_get(SAVE_KEY),
        saved_hash: storage::storage_get(HASH_KEY),
        lang: initial_lang(),
    }
    .into_state(Clock::new(clock::now_ms))
}

/// Space play/pause · `s` one epoch · `r` reset, except while typing in a text field.
fn on_key(dispatch: Callback<Action>) -> Callback<web_sys::Event> {
    Callback::from(move |e: web_sys::Event| {
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

/// The address bar and the autosave follow the state; `hashchange` opens a new link.
#[hook]
fn use_url_sync(state: &UseReducerHandle<AppState>, dispatch: &Callback<Action>) {
    let last_hash = use_mut_ref(location::hash);
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.link_version, move |_| {
            let timer = timers::set_timeout(DEBOUNCE_MS, move || dispatch.emit(Action::SyncLink));
            move || drop(timer)
        });
    }
    {
        let last_hash = last_hash.clone();
        use_effect_with(state.link.clone(), move |link| {
            // A hash we did not write is a navigation whose `hashchange` is still on its
            // way: leave it for that handler instead of overwriting it.
            if location::hash() == *last_hash.borrow() {
                location::replace_hash(&link.share);
                // Remember the hash as the browser reports it (it may percent-encode).
                *last_hash.borrow_mut() = location::hash();
                storage::storage_set(SAVE_KEY, &link.autosave);
                storage::storage_set(HASH_KEY, &last_hash.borrow());
            }
        });
    }
    let dispatch = dispatch.clone();
    use_window_listener(
        "hashchange",
        Callback::from(move |_| {
            let hash = location::hash();
            if hash != *last_hash.borrow() {
                *last_hash.borrow_mut() = hash.clone();
                dispatch.emit(Action::OpenLink(hash));
            }
        }),
    );
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

    use_animation_loop(
        state.playing,
        dispatch.reform(|now_ms| Action::Tick { now_ms }),
    );
    use_window_listener("keydown", on_key(dispatch.clone()));
    use_url_sync(&state, &dispatch);
    use_effect_with(lang, |lang| {
        storage::storage_set(LANG_KEY, lang.code());
        document::set_document_lang(lang.code());
    });

    let s = &*state;
    let base = AttrValue::from(location::base_url());
    html! {
        <>
            <header class="topbar">
                <span class="brand">{ Key::AppTitle.t(lang) }<small>{ Key::Tagline.t(lang) }</small></span>
                <Controls playing={s.playing} epoch={s.epoch} losses={s.losses} status={s.status.clone()}
                    lang={lang} dispatch={dispatch.clone()} />
                <span class="spacer" />
                <LangSwitch lang={lang} dispatch={dispatch.clone()} />
            </header>
            <MessageBanner banner={s.banner.clone()} status={s.status.clone()} lang={lang}
                dispatch={dispatch.clone()} />
            { playground(s, &base, &dispatch) }
            <footer class="footer">{ Key::Shortcuts.t(lang) }</footer>
        </>
    }
}
