//! The normalization lab's state: what the learner sets.

use serde::{Deserialize, Serialize};

use crate::bounds::Bounds;

/// Range of the factor x₂ is multiplied by.
pub const SCALE: Bounds = Bounds::log(1.0, 1000.0);
/// Range of the learning rate.
pub const LEARNING_RATE: Bounds = Bounds::log(1e-4, 10.0);
/// Hidden layers of the lab's network (each of [`WIDTH`] tanh neurons).
pub const HIDDEN: usize = 2;
/// Neurons per hidden layer.
pub const WIDTH: usize = 8;

/// What the normalization comparison feeds its three networks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputScaling {
    /// The scaled coordinates as they are.
    #[default]
    Raw,
    /// Their z-scores with the training split's statistics.
    Standardized,
}

/// Every input scaling, in menu order.
pub const SCALINGS: [InputScaling; 2] = [InputScaling::Raw, InputScaling::Standardized];

/// What the learner set in the normalization lab.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NormalizeLab {
    /// The factor x₂ is multiplied by, in [`SCALE`].
    pub scale: f32,
    /// SGD's step size, the same for every network.
    pub learning_rate: f32,
    /// The inputs of the none / batch / layer comparison.
    pub norm_inputs: InputScaling,
    /// The one seed of data, split, initial weights and batch order.
    pub seed: u64,
}

impl Default for NormalizeLab {
    /// x₂ × 100 at the playground's learning rate 0.03: in [`super::EPOCHS`] epochs the
    /// standardized network fits the circle (training loss ≈ 0.01 for seeds 1–4) while the
    /// raw one stays near chance (≈ 0.47–0.50). The normalization comparison starts on the
    /// raw inputs, where batch norm visibly helps.
    fn default() -> Self {
        NormalizeLab {
            scale: 100.0,
            learning_rate: 0.03,
            norm_inputs: InputScaling::Raw,
            seed: 1,
        }
    }
}

impl NormalizeLab {
    /// Sets the factor (clamped to [`SCALE`]).
    pub fn set_scale(&mut self, scale: f32) {
        self.scale = SCALE.clamp(scale);
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
    fn setters_clamp() {
        let mut l = NormalizeLab::default();
        l.set_scale(1e9);
        l.set_learning_rate(f32::NAN);
        assert_eq!((l.scale, l.learning_rate), (1000.0, 1e-4));
        l.set_scale(0.0);
        assert_eq!(l.scale, 1.0);
    }
}
