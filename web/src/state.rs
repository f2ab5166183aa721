//! The app's one reducer: [`AppState`], every [`Action`] a user or a timer can cause, and
//! `impl Reducible` that applies them.
//!
//! The engine (a `Session` behind [`Engine`]) is large and long-lived, so it lives in an
//! `Rc<RefCell<…>>` that each new `AppState` shares; an action mutates it in place, then
//! the reducer refreshes the plain snapshots components read (`net`, `fields`, `curves`…)
//! and bumps `version`, which is what canvases repaint on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use neurite_data::{DatasetKind, Feature};
use neurite_nn::{Activation, OptimizerKind, OutputHead, Regularization};
use yew::prelude::*;

use crate::engine::Engine;
use crate::i18n::Lang;
use crate::pacing::Pacer;
use crate::view::{
    Curves, DrawTool, Field, Fit, LinkId, NetView, NeuronId, PointView, Selection, Trace,
};

/// Data settings shown in the data panel.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSettings {
    pub kind: DatasetKind,
    pub noise: f32,
    pub classes: usize,
    /// Train / validation / test percent.
    pub split: (u8, u8, u8),
    pub batch: usize,
    /// The data are user points (drawn or imported), not the generator's.
    pub custom: bool,
}

/// Training settings shown in the training panel.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainSettings {
    pub learning_rate: f32,
    pub optimizer: OptimizerKind,
    pub regularization: Regularization,
    pub regularization_rate: f32,
    pub dropout: f32,
    /// Early-stopping patience, `None` when off.
    pub patience: Option<usize>,
    /// Epochs per second while playing.
    pub speed: f64,
    pub head: OutputHead,
}

/// Where training is, as the status line reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStatus {
    Ready,
    Paused,
    EarlyStopped {
        best_epoch: usize,
    },
    /// Training blew up; the message names the likely cause.
    Diverged {
        epoch: usize,
        loss: String,
        lr_cause: bool,
    },
}

/// A banner above the playground.
#[derive(Debug, Clone, PartialEq)]
pub enum Banner {
    /// A share link could not be opened; the text says why.
    BrokenLink(String),
    /// Training diverged (details in `RunStatus::Diverged`).
    Diverged,
    /// An engine error (invalid setting combination), shown verbatim.
    Error(String),
}

/// Everything a user or a timer can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    TogglePlay,
    Step,
    Reset,
    /// An animation frame `dt_ms` after the previous one while playing.
    Tick(f64),
    SetSpeed(f64),
    SetLearningRate(f32),
    SetOptimizer(OptimizerKind),
    SetRegularization(Regularization),
    SetRegularizationRate(f32),
    SetDropout(f32),
    SetEarlyStopping(Option<usize>),
    SetHead(OutputHead),
    SetDataset(DatasetKind),
    SetNoise(f32),
    SetClasses(usize),
    SetSplit {
        train: u8,
        validation: u8,
    },
    SetBatch(usize),
    Regenerate,
    ToggleFeature(Feature),
    AddLayer,
    RemoveLayer,
    ResizeLayer {
        hidden: usize,
        delta: i32,
    },
    SetActivation {
        hidden: usize,
        activation: Activation,
    },
    Select(Option<Selection>),
    SetWiring(bool),
    ToggleLink(LinkId),
    SetWeight {
        link: LinkId,
        value: f32,
    },
    SetBias {
        neuron: NeuronId,
        value: f32,
    },
    FreezeWeight {
        link: LinkId,
        frozen: bool,
    },
    FreezeBias {
        neuron: NeuronId,
        frozen: bool,
    },
    SetDrawTool(Option<DrawTool>),
    DrawAt {
        fx: f64,
        fy: f64,
        tool: DrawTool,
    },
    ClearPoints,
    ImportCsv(String),
    Hover(Option<usize>),
    ShowTest(bool),
    ShowValidation(bool),
    Discretize(bool),
    LogScale(bool),
    ShowAccuracy(bool),
    SetShareWeights(bool),
    SetLang(Lang),
    /// A new URL hash arrived (`hashchange`): open it.
    OpenLink(String),
    DismissBanner,
}

/// Display flags that are not part of the engine state.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Flags {
    pub show_test: bool,
    pub show_val: bool,
    pub discretize: bool,
    pub log_scale: bool,
    pub accuracy: bool,
    pub share_weights: bool,
    pub wiring: bool,
}

/// The whole app state.
#[derive(Clone)]
pub struct AppState {
    pub engine: Rc<RefCell<Engine>>,
    /// Bumped on every change of parameters or data: heatmaps repaint on it.
    pub version: u64,
    /// Bumped when the points change.
    pub data_version: u64,
    /// Bumped on changes a share link must follow (throttled while playing).
    pub link_version: u64,
    pub net: Rc<NetView>,
    pub fields: Rc<Vec<Vec<Rc<Field>>>>,
    pub output: Rc<Field>,
    /// The fit summary shown instead of the output plane on N-D data.
    pub fit: Option<Rc<Fit>>,
    pub points: Rc<Vec<PointView>>,
    pub curves: Rc<Curves>,
    pub trace: Option<Rc<Trace>>,
    pub epoch: usize,
    pub losses: [Option<f32>; 3],
    pub data: DataSettings,
    pub train: TrainSettings,
    pub playing: bool,
    pub status: RunStatus,
    pub banner: Option<Banner>,
    pub selection: Option<Selection>,
    pub draw: Option<DrawTool>,
    pub hover: Option<usize>,
    pub csv_result: Option<Result<usize, String>>,
    pub flags: Flags,
    pub lang: Lang,
    /// Frame pacing, shared by successive states (see `reduce::pace`).
    pub pacer: Rc<Cell<Pacer>>,
    /// Milliseconds since the share link was last refreshed while playing.
    pub since_link_ms: f64,
    /// `performance.now()` when the SVG views (links, chart, inspector) were last refreshed
    /// (see `refresh::VIEW_EVERY_MS`).
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
        if crate::reduce::apply(&mut next, action) {
            Rc::new(next)
        } else {
            // Nothing changed: returning the same `Rc` skips the re-render.
            self
        }
    }
}
