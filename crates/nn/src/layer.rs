//! A wireable dense layer: `z = W·a + b`, `out = f(z)`.
//!
//! Shapes: `weights` is `out × in` (`weights[[to, from]]`), `bias` is `out`. Each link has a
//! `mask` bit (false = removed: weight held at exactly 0, never updated) and a frozen bit
//! (kept out of updates and regularisation); each bias has a frozen bit. A normalized
//! hidden layer also holds `γ`, `β` and running statistics ([`NormParams`]): then
//! `out = f(γ·x̂ + β)` with `x̂` the standardised `z` (see [`crate::norm`]).

use crate::activation::Activation;
use crate::error::NnError;
use crate::norm::{NormParams, Normalization};
use ndarray::{Array1, Array2};
use serde::{Deserialize, Serialize};

/// One parameter layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dense {
    /// `out × in` weights, `weights[[to, from]]`.
    pub weights: Array2<f32>,
    /// One bias per output neuron.
    pub bias: Array1<f32>,
    /// `false` = link removed (weight held at 0).
    pub mask: Array2<bool>,
    /// `true` = weight excluded from updates.
    pub frozen_weights: Array2<bool>,
    /// `true` = bias excluded from updates.
    pub frozen_bias: Array1<bool>,
    /// Activation of this layer's neurons (the output layer's follows the head).
    pub activation: Activation,
    /// Sigmoid input gain.
    pub gain: f32,
    /// Training-time dropout probability in `[0, 1)` (hidden layers only).
    pub dropout: f32,
    /// Normalization of `z` before the activation (hidden layers only).
    #[serde(default)]
    pub normalization: Normalization,
    /// `γ`, `β`, running statistics: `outputs` values each when normalized, else empty.
    #[serde(default)]
    pub norm: NormParams,
}

impl Dense {
    /// A fully connected, unfrozen layer around the given parameters.
    pub fn new(
        weights: Array2<f32>,
        bias: Array1<f32>,
        activation: Activation,
        gain: f32,
        dropout: f32,
    ) -> Self {
        let dim = weights.dim();
        let out = bias.len();
        Dense {
            weights,
            bias,
            mask: Array2::from_elem(dim, true),
            frozen_weights: Array2::from_elem(dim, false),
            frozen_bias: Array1::from_elem(out, false),
            activation,
            gain,
            dropout,
            normalization: Normalization::None,
            norm: NormParams::default(),
        }
    }

    /// The same layer with `kind` of normalization: fresh `γ = 1`, `β = 0`, `μ̄ = 0`,
    /// `σ̄² = 1` when it changes to a normalization, none when it changes to `None`, kept
    /// when it stays the same.
    pub fn with_normalization(mut self, kind: Normalization) -> Self {
        self.set_normalization(kind);
        self
    }

    /// In-place [`Dense::with_normalization`].
    pub fn set_normalization(&mut self, kind: Normalization) {
        let width = if kind.is_on() { self.outputs() } else { 0 };
        if kind != self.normalization || !self.norm.has_width(width) {
            self.norm = NormParams::identity(width);
        }
        self.normalization = kind;
    }

    /// Input width.
    pub fn inputs(&self) -> usize {
        self.weights.ncols()
    }

    /// Output width.
    pub fn outputs(&self) -> usize {
        self.weights.nrows()
    }

    /// Checks that every array is `outputs × inputs` (or `outputs`) and in standard layout,
    /// so kernels can use flat slices.
    pub fn check(&self, index: usize, inputs: usize, outputs: usize) -> Result<(), NnError> {
        let dim = (outputs, inputs);
        let ok = self.weights.dim() == dim
            && self.mask.dim() == dim
            && self.frozen_weights.dim() == dim
            && self.bias.len() == outputs
            && self.frozen_bias.len() == outputs;
        if !ok {
            return Err(NnError::ShapeMismatch(format!(
                "layer {index} must be {outputs}×{inputs} (weights, mask, frozen) with {outputs} biases"
            )));
        }
        let norm_width = if self.normalization.is_on() {
            outputs
        } else {
            0
        };
        if !self.norm.has_width(norm_width) {
            return Err(NnError::ShapeMismatch(format!(
                "layer {index} needs {norm_width} values each of γ, β and running statistics"
            )));
        }
        if self.norm.has_negative_variance() {
            return Err(NnError::InvalidValue(format!(
                "layer {index} has a negative running variance"
            )));
        }
        if !(self.weights.is_standard_layout()
            && self.mask.is_standard_layout()
            && self.frozen_weights.is_standard_layout())
        {
            return Err(NnError::ShapeMismatch(format!(
                "layer {index} arrays must be in standard (row-major) layout"
            )));
        }
        Ok(())
    }

    /// Whether any link is removed (some mask bit is `false`). A flat scan of the mask: the
    /// trainer asks once per epoch to pick its fast paths.
    pub fn has_removed_link(&self) -> bool {
        match self.mask.as_slice() {
            Some(m) => m.contains(&false),
            None => self.mask.iter().any(|&m| !m),
        }
    }

    /// Sets every removed link's weight to exactly 0.
    pub fn enforce_mask(&mut self) {
        if !self.has_removed_link() {
            return;
        }
        for (w, &m) in self.weights.iter_mut().zip(self.mask.iter()) {
            if !m {
                *w = 0.0;
            }
        }
    }

    /// Index of the first non-finite parameter: `Some(true)` weight, `Some(false)` bias.
    pub fn first_non_finite(&self) -> Option<bool> {
        // Flat slices take the vectorised check (the trainer calls this every batch).
        let w_bad = match self.weights.as_slice() {
            Some(s) => crate::kernels::any_non_finite(s),
            None => self.weights.iter().any(|v| !v.is_finite()),
        };
        let b_bad = || match self.bias.as_slice() {
            Some(s) => crate::kernels::any_non_finite(s),
            None => self.bias.iter().any(|v| !v.is_finite()),
        };
        if w_bad {
            Some(true)
        } else if b_bad() {
            Some(false)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_and_checks() {
        let mut d = Dense::new(
            Array2::from_elem((2, 3), 1.0),
            Array1::zeros(2),
            Activation::Relu,
            1.0,
            0.0,
        );
        assert!(d.check(0, 3, 2).is_ok());
        assert!(d.check(0, 2, 2).is_err());
        assert!(!d.has_removed_link());
        d.frozen_weights[[0, 1]] = true;
        assert!(
            !d.has_removed_link(),
            "a frozen weight is not a removed link"
        );
        d.frozen_weights[[0, 1]] = false;
        d.mask[[1, 2]] = false;
        assert!(d.has_removed_link());
        d.enforce_mask();
        assert_eq!(d.weights[[1, 2]], 0.0);
        d.bias[0] = f32::NAN;
        assert_eq!(d.first_non_finite(), Some(false));
    }
}
