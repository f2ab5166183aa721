//! The non-linearity lab's state, and the playground [`State`] it stands for.
//!
//! The lab is a small playground: a 2-D dataset, inputs x₁ and x₂ only, `depth` hidden
//! layers of `width` neurons sharing one activation, TensorFlow Playground's tanh output with
//! squared error, SGD, batch size 10, the playground's 50/20/30 split — everything else at
//! the playground's defaults, so what the lab trains is exactly what the playground would.

use std::ops::RangeInclusive;

use neurite_data::{DatasetKind, DatasetSpec, Feature};
use neurite_nn::{Activation, LayerSpec};
use neurite_playground::State;

use crate::bounds::Bounds;

/// The datasets the lab offers: XOR and the circle need a curved boundary, the Gaussian
/// clusters do not (a linear network solves them, for contrast).
pub const DATASETS: [DatasetKind; 3] = [DatasetKind::Xor, DatasetKind::Circle, DatasetKind::Gauss];
/// Hidden layers.
pub const DEPTH: RangeInclusive<usize> = 1..=6;
/// Neurons per hidden layer.
pub const WIDTH: RangeInclusive<usize> = 2..=8;
/// Range of the learning rate.
pub const LEARNING_RATE: Bounds = Bounds::log(1e-4, 10.0);

/// What the learner set in the non-linearity lab.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NonlinearLab {
    /// The data, one of [`DATASETS`].
    pub dataset: DatasetKind,
    /// The activation of every hidden layer.
    pub activation: Activation,
    /// Number of hidden layers, in [`DEPTH`].
    pub depth: usize,
    /// Neurons per hidden layer, in [`WIDTH`].
    pub width: usize,
    /// SGD's step size.
    pub learning_rate: f32,
    /// The one seed of data, split, initial weights and batch order.
    pub seed: u64,
}

impl Default for NonlinearLab {
    /// XOR with four linear hidden layers of 8 at learning rate 0.1: the case no depth can
    /// learn. Switching to ReLU or tanh solves it within [`super::EPOCHS`] (width 8, not 4:
    /// with 4 ReLUs some seeds lose too many neurons to the flat side and stall).
    fn default() -> Self {
        NonlinearLab {
            dataset: DatasetKind::Xor,
            activation: Activation::Linear,
            depth: 4,
            width: 8,
            learning_rate: 0.1,
            seed: 1,
        }
    }
}

impl NonlinearLab {
    /// The playground state this lab trains (see the module docs).
    pub fn playground_state(&self) -> State {
        let mut s = State {
            dataset: DatasetSpec::new(self.dataset),
            features: vec![Feature::X1, Feature::X2],
            seed: self.seed,
            ..State::default()
        };
        s.network.hidden = vec![LayerSpec::new(self.width, self.activation); self.depth];
        s.training.optimizer.learning_rate = self.learning_rate;
        s
    }

    /// Sets the depth (clamped to [`DEPTH`]).
    pub fn set_depth(&mut self, depth: usize) {
        self.depth = depth.clamp(*DEPTH.start(), *DEPTH.end());
    }

    /// Sets the width (clamped to [`WIDTH`]).
    pub fn set_width(&mut self, width: usize) {
        self.width = width.clamp(*WIDTH.start(), *WIDTH.end());
    }

    /// Sets the learning rate (clamped to [`LEARNING_RATE`]).
    pub fn set_learning_rate(&mut self, lr: f32) {
        self.learning_rate = LEARNING_RATE.clamp(lr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn playground_state_is_valid_and_as_set() {
        let lab = NonlinearLab {
            dataset: DatasetKind::Circle,
            activation: Activation::Relu,
            depth: 6,
            width: 8,
            learning_rate: 0.1,
            seed: 9,
        };
        let s = lab.playground_state();
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(s.network.hidden.len(), 6);
        assert!(s
            .network
            .hidden
            .iter()
            .all(|l| l.width == 8 && l.activation == Activation::Relu));
        assert_eq!((s.dataset.kind, s.seed), (DatasetKind::Circle, 9));
        assert_eq!(s.features, [Feature::X1, Feature::X2]);
        let mut l = lab;
        l.set_depth(0);
        l.set_width(100);
        l.set_learning_rate(f32::INFINITY);
        assert_eq!((l.depth, l.width, l.learning_rate), (1, 8, 10.0));
    }
}
