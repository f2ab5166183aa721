//! The first `AppState`: the URL hash wins, then the autosaved session, then the default
//! playground — except that reloading a page whose hash we wrote ourselves restores the
//! autosave, which carries the trained weights the hash may leave out. A link that cannot be opened yields the default playground and a banner
//! saying exactly why; the language comes from localStorage, else the browser's.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use neurite_playground::{decode_link, State};

use crate::app::{HASH_KEY, LANG_KEY, SAVE_KEY};
use crate::browser;
use crate::engine::Engine;
use crate::i18n::Lang;
use crate::pacing::Pacer;
use crate::state::{AppState, Banner, Flags, RunStatus};

/// Epochs per second at start-up.
pub const DEFAULT_SPEED: f64 = 30.0;

fn default_engine() -> Engine {
    match Engine::new(&State::default()) {
        Ok(e) => e,
        // The default state is a constant; failing to build it is a programming error.
        Err(e) => panic!("the default playground does not build: {e}"),
    }
}

/// The engine for a link (or saved link) text, or why it cannot be opened.
pub fn engine_for_link(text: &str) -> Result<Engine, String> {
    let state = decode_link(text).map_err(|e| e.to_string())?;
    Engine::new(&state)
}

fn initial_lang() -> Lang {
    browser::storage_get(LANG_KEY)
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or_else(|| {
            if browser::navigator_language().starts_with("ja") {
                Lang::Ja
            } else {
                Lang::En
            }
        })
}

/// Builds the state the app starts with.
pub fn initial_state() -> AppState {
    let hash = browser::hash();
    let saved = || browser::storage_get(SAVE_KEY).and_then(|s| engine_for_link(&s).ok());
    let ours = !hash.is_empty() && browser::storage_get(HASH_KEY).as_deref() == Some(hash.as_str());
    let (engine, banner) = if let Some(e) = ours.then(saved).flatten() {
        // A reload of our own page: the autosave has the same settings plus the weights.
        (e, None)
    } else if !hash.is_empty() {
        match engine_for_link(&hash) {
            Ok(e) => {
                // A link that carried weights is re-shared with them unless the user says not.
                let with_weights = e.opened_with_weights();
                let mut s = AppState::from_engine(e, initial_lang(), None);
                s.flags.share_weights = with_weights;
                return s;
            }
            Err(why) => (default_engine(), Some(Banner::BrokenLink(why))),
        }
    } else {
        (saved().unwrap_or_else(default_engine), None)
    };
    AppState::from_engine(engine, initial_lang(), banner)
}

impl AppState {
    /// A fresh app state around `engine`.
    pub fn from_engine(engine: Engine, lang: Lang, banner: Option<Banner>) -> AppState {
        let settings = engine.settings();
        let flags = Flags {
            show_test: settings.ui.show_test_data,
            discretize: settings.ui.discretize,
            ..Flags::default()
        };
        let mut s = AppState {
            engine: Rc::new(RefCell::new(engine)),
            version: 0,
            data_version: 0,
            link_version: 0,
            net: Rc::default(),
            fields: Rc::default(),
            output: crate::snapshot::Fields::empty_field(),
            fit: None,
            points: Rc::default(),
            curves: Rc::default(),
            trace: None,
            epoch: 0,
            losses: [None; 3],
            data: crate::refresh::data_settings(&settings),
            train: crate::refresh::train_settings(&settings, DEFAULT_SPEED),
            playing: false,
            status: RunStatus::Ready,
            banner,
            selection: None,
            draw: None,
            hover: None,
            csv_result: None,
            flags,
            lang,
            pacer: Rc::new(Cell::new(Pacer::default())),
            since_link_ms: 0.0,
            views_at_ms: 0.0,
        };
        crate::refresh::refresh_all(&mut s);
        s
    }
}
