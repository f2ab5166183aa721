//! The settings the panels show, read back from the engine's state after every change, and
//! the defaults the controls start from.

use neurite_data::DatasetKind;
use neurite_nn::{OptimizerKind, OutputHead, Regularization};
use neurite_playground::State;

/// Epochs per second at start-up.
pub const DEFAULT_SPEED: f64 = 30.0;
/// Slowest and fastest speed a learner can ask for, in epochs per second.
pub const SPEED_RANGE: (f64, f64) = (0.1, 10_000.0);
/// Early-stopping patience when the learner switches early stopping on, in epochs.
pub const DEFAULT_PATIENCE: usize = 20;
/// Regularization rate when the learner picks L1/L2 while the rate is still 0.
pub const DEFAULT_REGULARIZATION_RATE: f32 = 0.001;
/// Largest dropout probability (above it almost nothing reaches the next layer).
pub const MAX_DROPOUT: f32 = 0.95;

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

impl DataSettings {
    /// The data settings of `st`.
    pub fn of(st: &State) -> DataSettings {
        let sp = st.training.split;
        DataSettings {
            kind: st.dataset.kind,
            noise: st.dataset.noise,
            classes: st.dataset.classes,
            split: (sp.train, sp.validation, sp.test),
            batch: st.training.batch_size,
            custom: st.points.is_some(),
        }
    }
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
    /// Epochs per second while playing (an app setting, not part of a link).
    pub speed: f64,
    /// Train as many epochs per frame as fit the frame, ignoring `speed`.
    pub max_speed: bool,
    pub head: OutputHead,
}

impl TrainSettings {
    /// The training settings of `st`, with the app's `speed`.
    pub fn of(st: &State, speed: f64) -> TrainSettings {
        let t = &st.training;
        TrainSettings {
            learning_rate: t.optimizer.learning_rate,
            optimizer: t.optimizer.kind,
            regularization: t.regularization,
            regularization_rate: t.regularization_rate,
            dropout: st.network.hidden.first().map_or(0.0, |l| l.dropout),
            patience: t.early_stopping.map(|e| e.patience),
            speed,
            max_speed: false,
            head: st.network.head,
        }
    }
}

/// Display flags that are not part of the engine state.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Flags {
    pub show_test: bool,
    pub show_val: bool,
    pub discretize: bool,
    pub log_scale: bool,
    pub accuracy: bool,
    /// Share the exact network (`Some(true)`) or the settings only (`Some(false)`), as the
    /// learner ticked; `None` = the default: exact once the network is trained or edited.
    pub share_exact: Option<bool>,
    pub wiring: bool,
    /// The links show ∂L/∂w of the inspected point instead of the weights.
    pub backward: bool,
    /// Inference mode (推論): weights locked, clicks on the plane query the model.
    pub inference: bool,
}
