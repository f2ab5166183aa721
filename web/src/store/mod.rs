//! The app's one reducer: [`AppState`], every [`Action`] a user or a timer can cause, and
//! `impl Reducible` that applies them, split by concern — `training.rs` (play, step, the
//! frame tick, optimizer settings), `structure.rs` (layers, features, head),
//! `parameters.rs` (weights, biases, links, freezes), `data.rs` (datasets, drawing, CSV),
//! `display.rs` (selection, hover, flags, language), `share.rs` (the link, opening links),
//! `saved.rs` (the autosave's health: the storage note).
//!
//! The fourth layer: it uses `engine` and `view`, never a component or the browser — the
//! clock arrives through [`Clock`] and the frame time inside `Action::Tick` — so every action
//! is tested natively (`store::tests`).
//!
//! The engine (a `Session` behind [`Engine`]) is large and long-lived, so it lives in an
//! `Rc<RefCell<…>>` that each new `AppState` shares; an action mutates it in place, then
//! the reducer refreshes the plain snapshots components read (`net`, `fields`, `curves`…)
//! and bumps `version`, which is what canvases repaint on. Nothing renders from the engine.

mod action;
mod apply;
mod change;
mod clock;
mod data;
mod display;
mod init;
mod inspect;
mod pacing;
mod parameters;
mod query;
mod refresh;
mod saved;
mod settings;
mod share;
mod status;
mod structure;
mod training;

#[cfg(test)]
mod tests;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

pub use action::Action;
pub use clock::Clock;
pub use init::Start;
pub use pacing::Pacer;
pub use saved::{seal, StorageNote, StorageProblem};
pub use settings::{DataSettings, Flags, TrainSettings, DEFAULT_PATIENCE, MAX_DROPOUT};
pub use share::{autosave_text, FileNote, ShareLink};
pub use status::{Banner, Divergence, RunStatus};

use crate::engine::Engine;
use crate::i18n::Lang;
use crate::view::{
    Curves, DrawTool, Field, Fit, ModelInfo, NetView, PointView, QueryView, Selection, Trace,
};

/// The outcome of the last CSV import: the number of points, or where and why it failed.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvOutcome {
    Imported(usize),
    Failed { line: usize, message: String },
}

/// The whole app state.
#[derive(Clone)]
pub struct AppState {
    pub engine: Rc<RefCell<Engine>>,
    /// Times training and painting for the pacer.
    pub clock: Clock,
    /// Bumped on every change of parameters or data: heatmaps repaint on it.
    pub version: u64,
    /// Per UI layer, bumped when that layer's neuron thumbnails change: a training frame of
    /// a big network repaints only some layers (`pacing::Pacer::layer_due`).
    pub layer_versions: Rc<Vec<u64>>,
    /// Epochs per second actually trained while playing.
    pub achieved_speed: f64,
    /// Bumped when the points change.
    pub data_version: u64,
    /// Bumped on changes a share link must follow (throttled while playing).
    pub link_version: u64,
    pub net: Rc<NetView>,
    /// The parameters the link handles show: refreshed by user actions and when training
    /// stops, not on training frames (thousands of SVG attributes per refresh otherwise).
    pub handles: Rc<NetView>,
    pub model: Rc<ModelInfo>,
    pub fields: Rc<Vec<Vec<Rc<Field>>>>,
    pub output: Rc<Field>,
    /// The fit summary shown instead of the output plane on N-D data.
    pub fit: Option<Rc<Fit>>,
    pub points: Rc<Vec<PointView>>,
    pub curves: Rc<Curves>,
    pub trace: Option<Rc<Trace>>,
    /// The share link and the autosave, encoded when the link settles (not per slider event).
    pub link: Rc<ShareLink>,
    /// Bumped by `CopyLink`: the share box copies `link` when it changes.
    pub copy_request: u64,
    /// The last exported state file: `(request number, text)`; the share box saves it when
    /// the number changes.
    pub export: Option<Rc<(u64, String)>>,
    /// What the last export or import did.
    pub file_note: Option<FileNote>,
    pub epoch: usize,
    pub losses: [Option<f32>; 3],
    pub data: DataSettings,
    pub train: TrainSettings,
    pub playing: bool,
    pub status: RunStatus,
    pub banner: Option<Banner>,
    /// What is wrong with the autosave, if anything (the storage note).
    pub storage: Option<StorageNote>,
    pub selection: Option<Selection>,
    pub draw: Option<DrawTool>,
    pub hover: Option<usize>,
    /// The training point inspected (index into the training split), whose trace the
    /// formula panel shows when no point is hovered.
    pub inspect: Option<usize>,
    /// The dataset index of the inspected training point, ringed in the output plane.
    pub inspected_point: Option<usize>,
    /// The links by gradient of the inspected point (backward view), when it is on.
    pub grad_net: Option<Rc<NetView>>,
    pub csv: Option<CsvOutcome>,
    /// The point last queried in inference mode.
    pub query: Option<Rc<QueryView>>,
    pub flags: Flags,
    pub lang: Lang,
    /// Frame pacing, shared by successive states (see `training::tick`).
    pub pacer: Rc<Cell<Pacer>>,
    /// Milliseconds since the share link was last refreshed while playing.
    pub since_link_ms: f64,
    /// Clock time when the SVG views (links, chart, inspector) were last refreshed
    /// (see `pacing::Detail::views_every_ms`).
    pub views_at_ms: f64,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.engine, &other.engine)
            && self.version == other.version
            && self.link_version == other.link_version
            && self.lang == other.lang
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if apply::apply(&mut next, action) {
            Rc::new(next)
        } else {
            // Nothing changed: returning the same `Rc` skips the re-render.
            self
        }
    }
}
