//! The share link: encoded when the link settles (the app's debounce sends `SyncLink`) or
//! when the learner copies it — never on every slider event, because encoding a trained
//! network deflates all its weights — and opening a link that arrives by `hashchange`.

use std::rc::Rc;

use super::init::{engine_for_link, from_engine};
use super::refresh::refresh_all;
use super::{AppState, Banner, TrainSettings};

/// The encoded links, as of `link_version` = `version`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShareLink {
    /// The `link_version` these texts were encoded at.
    pub version: u64,
    /// The fragment (without `#`) the share box shows and the address bar carries: settings,
    /// plus the trained weights when "include trained weights" is ticked.
    pub share: String,
    /// The fragment with weights, autosaved so a reload restores the trained network.
    pub autosave: String,
}

/// Encodes the links if the state changed since they were last encoded; whether it did.
pub fn sync_link(s: &mut AppState) -> bool {
    if s.link.version == s.link_version {
        return false;
    }
    let engine = s.engine.borrow();
    let autosave = engine.link(true);
    let share = if s.flags.share_weights {
        autosave.clone()
    } else {
        engine.link(false)
    };
    drop(engine);
    s.link = ShareLink {
        version: s.link_version,
        share,
        autosave,
    }
    .into();
    true
}

/// The autosave as of this moment (with weights), for a page that is being left; `None` in
/// the impossible case that the engine is borrowed.
pub fn autosave_text(s: &AppState) -> Option<String> {
    s.engine.try_borrow().ok().map(|e| e.link(true))
}

/// Includes the trained weights in the share link or not; the link follows at once.
pub fn set_share_weights(s: &mut AppState, on: bool) {
    s.flags.share_weights = on;
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
    let engine = match engine_for_link(text) {
        Ok(e) => e,
        Err(why) => {
            s.banner = Some(Banner::LinkRefused(why));
            // The address bar, which now shows the refused link, follows the kept state again.
            s.link_version += 1;
            return;
        }
    };
    let with_weights = engine.opened_with_weights();
    let mut fresh = from_engine(engine, s.lang, None, s.clock.clone());
    fresh.train = TrainSettings {
        speed: s.train.speed,
        max_speed: s.train.max_speed,
        ..fresh.train.clone()
    };
    fresh.flags.share_weights = with_weights;
    // Counters keep rising so every view sees a change.
    fresh.version += s.version + 1;
    // Past every version of the old state, so every thumbnail repaints.
    let past = s.layer_versions.iter().max().map_or(0, |v| v + 1);
    fresh.layer_versions = Rc::new(fresh.layer_versions.iter().map(|v| v + past).collect());
    fresh.data_version += s.data_version + 1;
    fresh.link_version += s.link_version + 1;
    fresh.copy_request = s.copy_request;
    fresh.storage = s.storage.take();
    // The old link stays (stale: its version is behind) until the new one settles.
    fresh.link = s.link.clone();
    *s = fresh;
    // The link is encoded when it settles, like after any other change: a navigation that
    // follows at once (a reload) must find the autosave of the page it left.
    refresh_all(s);
}
