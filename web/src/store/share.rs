//! The share link: encoded when the link settles (the app's debounce sends `SyncLink`) or
//! when the learner copies it — never on every slider event, because encoding a trained
//! network deflates all its weights — and opening a link that arrives by `hashchange` or a
//! state file the learner imports.
//!
//! What the link carries: once the network is trained or edited, *exactly this network*
//! (weights, epoch, loss history, the optimizer's memory) so the recipient sees the same
//! boundary, losses and curves; before that, or when the learner unticks it, the settings
//! only (a fresh start, what a teacher hands out). A state too large for a link (a big CSV
//! dataset) gets the bare settings and a note; the autosave falls back the same way.

use std::rc::Rc;

use neurite_playground::{FileError, LinkTooLarge, StateFile};

use super::init::{engine_for_link, from_engine};
use super::refresh::refresh_all;
use super::{AppState, Banner, Engine, TrainSettings};

/// The encoded links, as of `link_version` = `version`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShareLink {
    /// The `link_version` these texts were encoded at.
    pub version: u64,
    /// The fragment (without `#`) the share box shows and the address bar carries.
    pub share: String,
    /// The fragment with everything that fits, autosaved so a reload restores the network.
    pub autosave: String,
    /// The learner wants the exact network shared (their choice, or the default: yes once
    /// the network is trained or edited) — the "include the trained network" tick.
    pub wants_exact: bool,
    /// The share link opens exactly this network (weights, epoch, history, memory).
    pub exact: bool,
    /// The epoch an exact link opens at.
    pub epoch: usize,
    /// The exact link would break a link limit, so the share link carries the settings only.
    pub too_large: Option<LinkTooLarge>,
    /// The loss history travels thinned: `(epochs kept, epochs trained)`.
    pub thinned: Option<(usize, usize)>,
}

/// Encodes the links if the state changed since they were last encoded; whether it did.
pub fn sync_link(s: &mut AppState) -> bool {
    if s.link.version == s.link_version {
        return false;
    }
    let engine = s.engine.borrow();
    let wants_exact = s
        .flags
        .share_exact
        .unwrap_or_else(|| engine.trained_or_edited());
    let autosave = engine.share(true);
    let share = if wants_exact {
        autosave.clone()
    } else {
        engine.share(false)
    };
    let epoch = engine.epoch();
    drop(engine);
    s.link = ShareLink {
        version: s.link_version,
        share: share.link,
        autosave: autosave.link,
        wants_exact,
        exact: share.exact,
        epoch,
        too_large: share
            .too_large
            .or(autosave.too_large.filter(|_| wants_exact)),
        thinned: share.thinned,
    }
    .into();
    true
}

/// The autosave as of this moment (the exact network, or the settings when that is too
/// large for a link), for a page that is being left; `None` in the impossible case that the
/// engine is borrowed.
pub fn autosave_text(s: &AppState) -> Option<String> {
    s.engine.try_borrow().ok().map(|e| e.share(true).link)
}

/// Shares the exact network or the settings only, as the learner ticks; the link follows.
pub fn set_share_exact(s: &mut AppState, on: bool) {
    s.flags.share_exact = Some(on);
    s.link_version += 1;
    sync_link(s);
}

/// Encodes the link now and asks the share box to copy it.
pub fn copy_link(s: &mut AppState) {
    sync_link(s);
    s.copy_request += 1;
}

/// Opens a link that arrived while the app runs: the new state replaces the old one except
/// the speed and the language (app settings, not part of a link). A link that cannot be
/// opened changes nothing but the banner, which names the problem: the learner keeps the
/// network they had (at start-up there is none, so `init` opens the default instead).
pub fn open_link(s: &mut AppState, text: &str) {
    match engine_for_link(text) {
        Ok(e) => replace_engine(s, e, None),
        Err(why) => {
            s.banner = Some(Banner::LinkRefused(why));
            // The address bar, which now shows the refused link, follows the kept state again.
            s.link_version += 1;
        }
    }
}

/// Opens an imported state file; a file that cannot be opened changes nothing but the note.
pub fn import_state(s: &mut AppState, file: Result<StateFile, FileError>) {
    let opened = file
        .and_then(|f| f.open())
        .map_err(|e| e.to_string())
        .and_then(|state| Engine::new(&state));
    match opened {
        Ok(engine) => {
            replace_engine(s, engine, None);
            s.file_note = Some(FileNote::Imported(s.epoch));
        }
        Err(why) => s.file_note = Some(FileNote::ImportFailed(why)),
    }
}

/// Encodes the whole state as a file and asks the share box to save it.
pub fn export_state(s: &mut AppState) {
    match s.engine.borrow().state_file() {
        Ok(text) => {
            let request = s.export.as_ref().map_or(0, |e| e.0) + 1;
            s.export = Some(Rc::new((request, text)));
            s.file_note = Some(FileNote::Exported);
        }
        Err(why) => s.file_note = Some(FileNote::ExportFailed(why)),
    }
}

/// What the last export or import did, shown in the share box.
#[derive(Debug, Clone, PartialEq)]
pub enum FileNote {
    Exported,
    ExportFailed(String),
    /// Opened, at this epoch.
    Imported(usize),
    /// Refused, and why; the page is unchanged.
    ImportFailed(String),
}

/// Puts a newly opened engine in place, keeping the speed, the language and counters that
/// keep rising so every view sees a change.
fn replace_engine(s: &mut AppState, engine: Engine, banner: Option<Banner>) {
    let mut fresh = from_engine(engine, s.lang, banner, s.clock.clone());
    fresh.train = TrainSettings {
        speed: s.train.speed,
        max_speed: s.train.max_speed,
        ..fresh.train.clone()
    };
    fresh.version += s.version + 1;
    // Past every version of the old state, so every thumbnail repaints.
    let past = s.layer_versions.iter().max().map_or(0, |v| v + 1);
    fresh.layer_versions = Rc::new(fresh.layer_versions.iter().map(|v| v + past).collect());
    fresh.data_version += s.data_version + 1;
    fresh.link_version += s.link_version + 1;
    fresh.copy_request = s.copy_request;
    fresh.export = s.export.clone();
    fresh.storage = s.storage.take();
    // The old link stays (stale: its version is behind) until the new one settles.
    fresh.link = s.link.clone();
    *s = fresh;
    // The link is encoded when it settles, like after any other change: a navigation that
    // follows at once (a reload) must find the autosave of the page it left.
    refresh_all(s);
}
