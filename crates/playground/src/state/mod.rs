//! The playground [`State`]: everything a share link carries, as one versioned serde value.
//!
//! Settings (dataset, features, network, training, seed, UI flags) are always present;
//! the optional parts — removed links (`wiring`), `frozen` parameters, exact `weights`,
//! user `points`, the `epoch` counter and, with the weights, the run's metrics `history`
//! (thinned to [`crate::limits::MAX_HISTORY`] entries, see `history.rs`) and the trainer's
//! `memory` (optimizer state, early stopping's watch) — are empty by default. A `State` is plain data:
//! [`State::validate`] checks it against [`crate::limits`], and the
//! [`Session`](crate::Session) turns it into a trainer.
//!
//! ## Defaults
//! [`State::default`] is TensorFlow Playground's start page — circle dataset, 500 points,
//! noise 0, features x₁ and x₂, two hidden tanh layers of 4 and 2 neurons, tanh output with
//! squared error, SGD with learning rate 0.03, batch size 10, no regularization, TFP-style
//! initialisation — except for the split: **50 % train, 20 % validation, 30 % test**
//! (TFP has no validation set; Neurite shows validation loss and offers early stopping).
//! A TensorFlow Playground link has no validation share: its `percTrainData` is train and
//! the rest is test, exactly as in TFP.

mod check_parts;
mod history;
mod parts;
pub mod task;
mod validate;
mod words;

pub use history::thin_history;
pub use parts::{
    Frozen, LayerParams, LinkRef, NetworkSettings, NeuronRef, NormValues, TrainingSettings,
    UiSettings,
};
pub use validate::StateError;

use neurite_data::{Dataset, DatasetSpec, Feature, SplitPercent};
use neurite_nn::{EpochMetrics, TrainingMemory};
use serde::{Deserialize, Serialize};

/// The current [`State::version`].
pub const STATE_VERSION: u32 = 1;

/// One complete, serialisable playground configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// Format version, [`STATE_VERSION`].
    pub version: u32,
    /// Which dataset to generate (ignored for generation when `points` is set).
    pub dataset: DatasetSpec,
    /// Selected input features, in [`Feature::ALL`] order without duplicates.
    pub features: Vec<Feature>,
    /// Hidden layers, output head, loss, initialisation.
    pub network: NetworkSettings,
    /// Optimizer, regularization, batch size, split, early stopping.
    pub training: TrainingSettings,
    /// The one user seed; every random stream derives from it.
    pub seed: u64,
    /// UI-only flags (kept so links round-trip).
    pub ui: UiSettings,
    /// Removed links, sorted and without duplicates; empty = fully connected.
    pub wiring: Vec<LinkRef>,
    /// Parameters excluded from training.
    pub frozen: Frozen,
    /// Exact parameters of every layer (engine layer order); `None` = initialise from the seed.
    pub weights: Option<Vec<LayerParams>>,
    /// User-drawn or imported points replacing the generated dataset.
    pub points: Option<Dataset>,
    /// Epochs already trained (meaningful together with `weights`).
    pub epoch: usize,
    /// Metrics of trained epochs, oldest first, at most [`crate::limits::MAX_HISTORY`]
    /// (only with `weights`): what the loss chart shows.
    pub history: Vec<EpochMetrics>,
    /// What the trainer remembers beyond the weights (only with `weights`): the optimizer's
    /// velocity or moments and step count, early stopping's best loss and weights. With it
    /// a run resumes exactly; without it momentum and Adam restart from zero memory.
    pub memory: Option<TrainingMemory>,
}

impl Default for State {
    fn default() -> Self {
        State {
            training: TrainingSettings {
                split: SplitPercent {
                    train: 50,
                    validation: 20,
                    test: 30,
                },
                ..TrainingSettings::default()
            },
            ..State::tfp_default()
        }
    }
}

impl State {
    /// TensorFlow Playground's defaults (its start page): like [`State::default`] but with
    /// TFP's 50 % train / 50 % test split. Missing keys of a TFP link take these values.
    pub fn tfp_default() -> Self {
        State {
            version: STATE_VERSION,
            dataset: DatasetSpec::default(),
            features: vec![Feature::X1, Feature::X2],
            network: NetworkSettings::default(),
            training: TrainingSettings::default(),
            seed: 0,
            ui: UiSettings::default(),
            wiring: Vec::new(),
            frozen: Frozen::default(),
            weights: None,
            points: None,
            epoch: 0,
            history: Vec::new(),
            memory: None,
        }
    }

    /// Whether any optional part (wiring, frozen, weights, points, history, memory) is present.
    pub fn has_blob(&self) -> bool {
        !self.wiring.is_empty()
            || !self.frozen.is_empty()
            || self.weights.is_some()
            || self.points.is_some()
            || !self.history.is_empty()
            || self.memory.is_some()
    }

    /// The same settings without weights, points, wiring, frozen parts, epoch, history or
    /// memory: what starts from scratch.
    pub fn settings_only(&self) -> State {
        State {
            wiring: Vec::new(),
            frozen: Frozen::default(),
            weights: None,
            points: None,
            epoch: 0,
            history: Vec::new(),
            memory: None,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_differ_only_in_split() {
        let d = State::default();
        assert_eq!(d.validate(), Ok(()));
        assert_eq!(State::tfp_default().validate(), Ok(()));
        let mut t = State::tfp_default();
        t.training.split = d.training.split;
        assert_eq!(t, d);
        assert!(!d.has_blob());
    }

    #[test]
    fn json_round_trip_and_partial_json() {
        let d = State::default();
        let json = serde_json::to_string(&d).unwrap_or_default();
        let back: Result<State, _> = serde_json::from_str(&json);
        assert_eq!(back.ok(), Some(d.clone()));
        let partial: Result<State, _> = serde_json::from_str(r#"{"seed": 7}"#);
        assert_eq!(partial.ok().map(|s| s.seed), Some(7));
    }
}
