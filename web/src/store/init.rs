//! The first `AppState`: the URL hash wins, then the autosaved session, then the default
//! playground — except that reloading a page whose hash we wrote ourselves restores the
//! autosave, which carries the trained weights the hash may leave out. A link that cannot
//! be opened yields the default playground and a banner saying exactly why.
//!
//! The app reads the browser into a [`Start`]; everything here is pure.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use neurite_playground::{decode_link, State};

use super::pacing::Pacer;
use super::refresh::refresh_all;
use super::saved::{engine_for_save, StorageNote, StorageProblem};
use super::settings::{DataSettings, Flags, TrainSettings, DEFAULT_SPEED};
use super::share::{sync_link, ShareLink};
use super::{AppState, Banner, Clock, RunStatus};
use crate::engine::Engine;
use crate::i18n::Lang;
use crate::view::{Field, ModelInfo};

/// What the app starts from, as the browser reports it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Start {
    /// The URL fragment without `#`.
    pub hash: String,
    /// The autosaved link (with weights), if any.
    pub saved: Option<String>,
    /// The hash written together with the autosave.
    pub saved_hash: Option<String>,
    /// The browser has no usable storage (private mode): nothing was read, nothing will be saved.
    pub storage_unavailable: bool,
    pub lang: Lang,
}

/// The engine for a link (or saved link) text, or why it cannot be opened.
pub fn engine_for_link(text: &str) -> Result<Engine, String> {
    let state = decode_link(text).map_err(|e| e.to_string())?;
    Engine::new(&state)
}

fn default_engine() -> Engine {
    match Engine::new(&State::default()) {
        Ok(e) => e,
        // The default state is a constant; failing to build it is a programming error.
        Err(e) => panic!("the default playground does not build: {e}"),
    }
}

impl Start {
    /// Builds the state the app starts with.
    pub fn into_state(self, clock: Clock) -> AppState {
        let mut note = self
            .storage_unavailable
            .then(|| StorageNote::new(StorageProblem::Unavailable));
        let mut saved = || match self.saved.as_deref().map(engine_for_save) {
            Some(Ok(e)) => Some(e),
            Some(Err(problem)) => {
                note = Some(StorageNote::new(problem));
                None
            }
            None => None,
        };
        let ours = !self.hash.is_empty() && self.saved_hash.as_deref() == Some(&self.hash);
        let (engine, banner) = if let Some(e) = ours.then(&mut saved).flatten() {
            // A reload of our own page: the autosave has the same settings plus the weights.
            (e, None)
        } else if !self.hash.is_empty() {
            match engine_for_link(&self.hash) {
                // A link that carried weights is re-shared with them (they differ from the
                // seed's) unless the user says not.
                Ok(e) => (e, None),
                Err(why) => (default_engine(), Some(Banner::BrokenLink(why))),
            }
        } else {
            (saved().unwrap_or_else(default_engine), None)
        };
        let mut s = from_engine(engine, self.lang, banner, clock);
        s.storage = note;
        refresh_all(&mut s);
        sync_link(&mut s);
        s
    }
}

/// A fresh app state around `engine`, before its first refresh.
pub fn from_engine(engine: Engine, lang: Lang, banner: Option<Banner>, clock: Clock) -> AppState {
    let settings = engine.settings();
    let flags = Flags {
        show_test: settings.ui.show_test_data,
        discretize: settings.ui.discretize,
        ..Flags::default()
    };
    AppState {
        engine: Rc::new(RefCell::new(engine)),
        clock,
        version: 0,
        layer_versions: Rc::default(),
        achieved_speed: 0.0,
        data_version: 0,
        link_version: 0,
        net: Rc::default(),
        handles: Rc::default(),
        model: Rc::new(ModelInfo::default()),
        fields: Rc::default(),
        output: Rc::new(Field::empty()),
        fit: None,
        points: Rc::default(),
        curves: Rc::default(),
        trace: None,
        link: Rc::new(ShareLink {
            // Never equal to a real version: the first sync encodes.
            version: u64::MAX,
            ..ShareLink::default()
        }),
        copy_request: 0,
        export: None,
        file_note: None,
        epoch: 0,
        losses: [None; 3],
        data: DataSettings::of(&settings),
        train: TrainSettings::of(&settings, DEFAULT_SPEED),
        playing: false,
        status: RunStatus::Ready,
        banner,
        storage: None,
        selection: None,
        draw: None,
        hover: None,
        inspect: None,
        inspected_point: None,
        grad_net: None,
        csv: None,
        query: None,
        flags,
        lang,
        pacer: Rc::new(Cell::new(Pacer::default())),
        since_link_ms: 0.0,
        views_at_ms: f64::NEG_INFINITY,
    }
}
