//! The three kinds of engine change every concern uses, each followed by the refresh it
//! needs: a fresh rebuild (structure, data), a keep-weights rebuild (dropout, points), and a
//! live change (training settings, mid-run). An engine error becomes the banner; the next
//! successful change clears it.

use neurite_playground::State;

use super::refresh::refresh_all;
use super::{AppState, Banner, RunStatus};

/// Shows an engine error, or clears a previous one.
pub fn engine_change(s: &mut AppState, r: Result<(), String>) {
    match r {
        Ok(()) => {
            if matches!(s.banner, Some(Banner::Error(_))) {
                s.banner = None;
            }
        }
        Err(e) => s.banner = Some(Banner::Error(e)),
    }
}

/// A fresh rebuild from the seed after `f`: training stops and the status resets.
pub fn rebuild(s: &mut AppState, f: impl FnOnce(&mut State)) {
    let r = s.engine.borrow_mut().rebuild(f);
    engine_change(s, r);
    s.status = RunStatus::Ready;
    s.selection = None;
    s.hover = None;
    refresh_all(s);
}

/// Rebuilds keeping the weights and the history after `f`.
pub fn rebuild_keeping_weights(s: &mut AppState, f: impl FnOnce(&mut State)) {
    let r = s.engine.borrow_mut().rebuild_keeping_weights(f);
    engine_change(s, r);
    refresh_all(s);
}

/// A training-settings change applied mid-run.
pub fn live(s: &mut AppState, f: impl FnOnce(&mut State)) {
    let r = s.engine.borrow_mut().live(f);
    engine_change(s, r);
    refresh_all(s);
}
