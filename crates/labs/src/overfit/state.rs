//! The overfitting lab's state (過学習), and the playground [`State`] it stands for.
//!
//! The lab is a small playground on purpose made to overfit: few noisy points (the 1-D sine,
//! or a noisy 2-D set), a network much bigger than the data needs, Adam, batch size 10, the
//! split 50 % training / 25 % validation / 25 % test. Everything the learner sets —
//! regularization (正則化: L1/L2), dropout (ドロップアウト), Early Stopping, k for
//! cross-validation (交差検証法) — is one field here and one key in the link.

use std::ops::RangeInclusive;

use neurite_data::{DatasetKind, DatasetSpec, Feature, SplitPercent};
use neurite_nn::{
    Activation, EarlyStopping, LayerSpec, OptimizerConfig, OptimizerKind, Regularization,
};
use neurite_playground::{default_head, State};

use crate::bounds::Bounds;

/// The datasets: the 1-D noisy sine (regression) and the noisy circle (two classes).
pub const DATASETS: [DatasetKind; 2] = [DatasetKind::Sine, DatasetKind::Circle];
/// Number of points (few, so that a big network can memorise them).
pub const POINTS: RangeInclusive<usize> = 20..=200;
/// Noise in percent (the playground's scale).
pub const NOISE: Bounds = Bounds::linear(0.0, 50.0);
/// Neurons per hidden layer.
pub const WIDTH: RangeInclusive<usize> = 2..=16;
/// Hidden layers.
pub const DEPTH: RangeInclusive<usize> = 1..=3;
/// Adam's step size.
pub const LEARNING_RATE: Bounds = Bounds::log(1e-4, 1.0);
/// The epoch budget of a run.
pub const EPOCHS: RangeInclusive<usize> = 50..=3000;
/// Penalty strength of L1/L2.
pub const REGULARIZATION_RATE: Bounds = Bounds::log(1e-5, 1.0);
/// Dropout rate of every hidden layer (0 = off).
pub const DROPOUT: Bounds = Bounds::linear(0.0, 0.5);
/// Early Stopping's patience in epochs (0 = no early stopping).
pub const PATIENCE: RangeInclusive<usize> = 0..=500;
/// k of k-fold cross-validation.
pub const FOLDS: RangeInclusive<usize> = 2..=10;
/// The split of every hold-out run: 50 % training, 25 % validation, 25 % test.
pub const SPLIT: SplitPercent = SplitPercent {
    train: 50,
    validation: 25,
    test: 25,
};
/// Samples per gradient step.
pub const BATCH_SIZE: usize = 10;

/// What the learner set in the overfitting lab.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OverfitLab {
    /// The data, one of [`DATASETS`].
    pub dataset: DatasetKind,
    /// How many points, in [`POINTS`].
    pub points: usize,
    /// Noise in percent, in [`NOISE`].
    pub noise: f32,
    /// Neurons per hidden layer, in [`WIDTH`].
    pub width: usize,
    /// Hidden layers (tanh), in [`DEPTH`].
    pub depth: usize,
    /// Adam's step size.
    pub learning_rate: f32,
    /// How many epochs a run trains (fewer if Early Stopping stops it).
    pub epochs: usize,
    /// Weight penalty: none, L1 or L2.
    pub regularization: Regularization,
    /// Its strength.
    pub regularization_rate: f32,
    /// Dropout rate of every hidden layer.
    pub dropout: f32,
    /// Early Stopping's patience (0 = off).
    pub patience: usize,
    /// Whether Early Stopping puts back the weights of the best validation epoch.
    pub restore_best: bool,
    /// k of k-fold cross-validation.
    pub folds: usize,
    /// The one seed of data, split, initial weights and batch order.
    pub seed: u64,
    /// The epoch the scrubber is pinned to (`None`: it follows the latest epoch), at most
    /// [`OverfitLab::epochs`]. Not part of the run: moving the scrubber trains nothing again.
    pub scrub: Option<usize>,
}

impl Default for OverfitLab {
    /// 40 points of the noisy sine (noise 30), two tanh layers of 16, Adam at 0.03, seed 4:
    /// validation loss is lowest at epoch 197 and then rises (0.022 → 0.133 by epoch 800)
    /// while training loss keeps falling (0.036 → 0.010). Over seeds 1–20 the same settings
    /// overfit that clearly (best epoch in the first half, final validation loss ≥ 1.3× its
    /// best, training loss still falling) 15 times (`examples/overfit_grid.rs`). L2 at the
    /// default rate 0.1 narrows the final train–validation gap from 0.12 to 0.01, dropout
    /// 0.2 to about 0 (`examples/overfit_curves.rs`).
    fn default() -> Self {
        OverfitLab {
            dataset: DatasetKind::Sine,
            points: 40,
            noise: 30.0,
            width: 16,
            depth: 2,
            learning_rate: 0.03,
            epochs: 800,
            regularization: Regularization::None,
            regularization_rate: 0.1,
            dropout: 0.0,
            patience: 0,
            restore_best: true,
            folds: 5,
            seed: 4,
            scrub: None,
        }
    }
}

impl OverfitLab {
    /// The playground state of one run (see the module docs).
    pub fn playground_state(&self) -> State {
        let features = if self.dataset.dims() == 1 {
            vec![Feature::X1]
        } else {
            vec![Feature::X1, Feature::X2]
        };
        let mut s = State {
            dataset: DatasetSpec {
                points: self.points,
                noise: self.noise,
                ..DatasetSpec::new(self.dataset)
            },
            features,
            seed: self.seed,
            ..State::default()
        };
        let mut layer = LayerSpec::new(self.width, Activation::Tanh);
        layer.dropout = self.dropout;
        s.network.hidden = vec![layer; self.depth];
        s.network.head = default_head(s.task());
        s.network.loss = s.network.head.default_loss();
        let t = &mut s.training;
        t.optimizer = OptimizerConfig {
            kind: OptimizerKind::Adam,
            learning_rate: self.learning_rate,
            ..OptimizerConfig::default()
        };
        t.regularization = self.regularization;
        t.regularization_rate = self.regularization_rate;
        t.batch_size = BATCH_SIZE;
        t.split = SPLIT;
        t.early_stopping = (self.patience > 0).then_some(EarlyStopping {
            patience: self.patience,
            restore_best: self.restore_best,
        });
        s
    }

    /// Switches the data to `kind` with its lab defaults: 40 points at noise 30 for the
    /// sine, 60 at noise 50 for the circle (a classification needs more points to show
    /// its boundary, and more noise to have labels worth memorising).
    pub fn set_dataset(&mut self, kind: DatasetKind) {
        self.dataset = kind;
        (self.points, self.noise) = if kind == DatasetKind::Sine {
            (40, 30.0)
        } else {
            (60, 50.0)
        };
    }

    /// Sets the number of points (clamped to [`POINTS`]).
    pub fn set_points(&mut self, n: usize) {
        self.points = n.clamp(*POINTS.start(), *POINTS.end());
    }

    /// Sets the width (clamped to [`WIDTH`]).
    pub fn set_width(&mut self, n: usize) {
        self.width = n.clamp(*WIDTH.start(), *WIDTH.end());
    }

    /// Sets the depth (clamped to [`DEPTH`]).
    pub fn set_depth(&mut self, n: usize) {
        self.depth = n.clamp(*DEPTH.start(), *DEPTH.end());
    }

    /// Sets the epoch budget (clamped to [`EPOCHS`]).
    pub fn set_epochs(&mut self, n: usize) {
        self.epochs = n.clamp(*EPOCHS.start(), *EPOCHS.end());
    }

    /// Sets the patience (clamped to [`PATIENCE`]; 0 turns Early Stopping off).
    pub fn set_patience(&mut self, n: usize) {
        self.patience = n.clamp(*PATIENCE.start(), *PATIENCE.end());
    }

    /// Sets k (clamped to [`FOLDS`]).
    pub fn set_folds(&mut self, k: usize) {
        self.folds = k.clamp(*FOLDS.start(), *FOLDS.end());
    }

    /// Sets the noise (clamped to [`NOISE`]).
    pub fn set_noise(&mut self, v: f32) {
        self.noise = NOISE.clamp(v);
    }

    /// Sets the learning rate (clamped to [`LEARNING_RATE`]).
    pub fn set_learning_rate(&mut self, v: f32) {
        self.learning_rate = LEARNING_RATE.clamp(v);
    }

    /// Sets the penalty strength (clamped to [`REGULARIZATION_RATE`]).
    pub fn set_regularization_rate(&mut self, v: f32) {
        self.regularization_rate = REGULARIZATION_RATE.clamp(v);
    }

    /// Sets the dropout rate (clamped to [`DROPOUT`]).
    pub fn set_dropout(&mut self, v: f32) {
        self.dropout = DROPOUT.clamp(v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::{Loss, OutputHead};

    #[test]
    fn playground_state_is_valid_and_as_set() {
        let lab = OverfitLab::default();
        let s = lab.playground_state();
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(
            (s.network.head, s.network.loss),
            (OutputHead::Linear, Loss::SquaredError)
        );
        assert_eq!(s.features, [Feature::X1]);
        assert_eq!(s.training.early_stopping, None);
        let g = OverfitLab {
            dataset: DatasetKind::Circle,
            noise: 50.0,
            points: 60,
            patience: 30,
            dropout: 0.2,
            depth: 3,
            ..lab
        }
        .playground_state();
        assert_eq!(g.validate(), Ok(()));
        assert_eq!((g.network.head, g.features.len()), (OutputHead::Tanh, 2));
        assert_eq!(g.training.early_stopping.map(|e| e.patience), Some(30));
        assert!(g
            .network
            .hidden
            .iter()
            .all(|l| l.dropout == 0.2 && l.width == 16));
        let mut l = lab;
        l.set_points(1);
        l.set_width(99);
        l.set_folds(1);
        l.set_dropout(f32::NAN);
        l.set_epochs(usize::MAX);
        assert_eq!(
            (l.points, l.width, l.folds, l.dropout, l.epochs),
            (20, 16, 2, 0.0, 3000)
        );
    }
}
