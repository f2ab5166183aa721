//! Everything a user or a timer can do to the playground.

use neurite_data::{DatasetKind, Feature};
use neurite_nn::{Activation, Normalization, OptimizerKind, OutputHead, Regularization};

use super::saved::StorageProblem;
use crate::i18n::Lang;
use crate::view::{DrawTool, LinkId, NeuronId, Selection};

/// An event, as the reducer receives it.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // Training (training.rs).
    TogglePlay,
    Step,
    Reset,
    /// An animation frame at `now_ms` (the frame's timestamp) while playing.
    Tick {
        now_ms: f64,
    },
    SetSpeed(f64),
    /// Train as fast as the frame allows (or back to the set speed).
    SetMaxSpeed(bool),
    SetLearningRate(f32),
    SetOptimizer(OptimizerKind),
    SetRegularization(Regularization),
    SetRegularizationRate(f32),
    SetDropout(f32),
    SetEarlyStopping(Option<usize>),
    SetBatch(usize),
    // Structure (structure.rs).
    SetHead(OutputHead),
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
    SetNormalization {
        hidden: usize,
        normalization: Normalization,
    },
    // Parameters (parameters.rs).
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
    // One point forward and backward, one update (inspect.rs).
    /// Inspect training point `i` (0 = the training split's first), or none.
    InspectPoint(Option<usize>),
    /// Inspect dataset point `i` (a click on it in the output plane) if it is a training
    /// point; validation and test points are not learned from, so they are not inspected.
    InspectDatasetPoint(usize),
    /// Show the links by ∂L/∂w of the inspected point.
    SetBackward(bool),
    /// One plain-SGD update from the inspected point alone at the current learning rate.
    UpdateStep,
    // Inference (query.rs).
    /// Inference mode on (training paused, weights locked) or off.
    SetInference(bool),
    /// Ask the model about the plane position `(fx, fy)` (fractions of the plane).
    QueryAt {
        fx: f64,
        fy: f64,
    },
    /// Ask the model about typed raw coordinates.
    Query(Vec<f32>),
    // Data (data.rs).
    SetDataset(DatasetKind),
    SetNoise(f32),
    SetClasses(usize),
    SetSplit {
        train: u8,
        validation: u8,
    },
    Regenerate,
    SetDrawTool(Option<DrawTool>),
    DrawAt {
        fx: f64,
        fy: f64,
        tool: DrawTool,
    },
    ClearPoints,
    ImportCsv(String),
    // Display (display.rs).
    Select(Option<Selection>),
    SetWiring(bool),
    Hover(Option<usize>),
    ShowTest(bool),
    ShowValidation(bool),
    Discretize(bool),
    LogScale(bool),
    ShowAccuracy(bool),
    SetLang(Lang),
    DismissBanner,
    // The autosave's health (saved.rs), reported by the app's storage effects.
    /// Writing the autosave failed.
    StorageFailed(StorageProblem),
    /// Writing the autosave succeeded.
    StorageSaved,
    DismissStorageNote,
    // Sharing (share.rs).
    /// Share the exact network (weights, history, memory) or the settings only.
    SetShareWeights(bool),
    /// Encode the whole state as a file for the share box to save.
    ExportState,
    /// A state file the learner picked, as its envelope was read (or why it could not be:
    /// too large, not JSON): open it.
    ImportState(Result<neurite_playground::StateFile, neurite_playground::FileError>),
    /// The link settled (the URL effect's debounce fired): encode the share link now.
    SyncLink,
    /// Copy the share link: encode it now and ask the share box to copy it.
    CopyLink,
    /// A new URL hash arrived (`hashchange`): open it.
    OpenLink(String),
}
