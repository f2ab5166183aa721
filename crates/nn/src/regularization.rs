//! Weight regularisation applied TensorFlow-Playground style, AFTER the gradient step:
//! with `w₀` the weight before the step and `w₁` after it,
//! - L1: `w₂ = w₁ − lr·rate·sign(w₀)`, but if `w₁·w₂ < 0` (the shrink crossed zero) `w₂ = 0`;
//! - L2: `w₂ = w₁ − lr·rate·w₀`.
//!
//! Biases, removed links and frozen weights are never regularised, and reported losses
//! exclude the penalty (as in TFP). TFP additionally marks an L1-zeroed link "dead" forever;
//! Neurite does not — the link keeps learning.

use serde::{Deserialize, Serialize};

/// Penalty on weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Regularization {
    /// No penalty.
    #[default]
    None,
    /// `rate·Σ|w|`
    L1,
    /// `rate·½Σw²`
    L2,
}

impl Regularization {
    /// Every kind, in declaration order.
    pub const ALL: [Regularization; 3] =
        [Regularization::None, Regularization::L1, Regularization::L2];

    /// The penalty's derivative at `w` (`sign(w)` with `sign(0) = 0`, or `w`).
    #[inline(always)]
    pub fn derivative(self, w: f32) -> f32 {
        match self {
            Regularization::None => 0.0,
            Regularization::L1 => {
                if w > 0.0 {
                    1.0
                } else if w < 0.0 {
                    -1.0
                } else {
                    0.0
                }
            }
            Regularization::L2 => w,
        }
    }

    /// `w₂` from the weight before (`before`) and after (`after`) the gradient step, with
    /// `lr_rate = learning_rate·regularization_rate`.
    #[inline(always)]
    pub fn shrink(self, before: f32, after: f32, lr_rate: f32) -> f32 {
        match self {
            Regularization::None => after,
            Regularization::L1 | Regularization::L2 => {
                let next = after - lr_rate * self.derivative(before);
                if self == Regularization::L1 && after * next < 0.0 {
                    0.0
                } else {
                    next
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn l1_clamps_at_zero_and_l2_decays() {
        // L1: 0.05 − 0.1 would cross zero → 0.
        assert_eq!(Regularization::L1.shrink(0.05, 0.05, 0.1), 0.0);
        assert_eq!(Regularization::L1.shrink(-0.5, -0.5, 0.1), -0.4);
        assert_eq!(Regularization::L2.shrink(2.0, 1.0, 0.25), 0.5);
        assert_eq!(Regularization::None.shrink(2.0, 1.0, 0.25), 1.0);
        assert_eq!(Regularization::L1.derivative(0.0), 0.0);
    }
}
