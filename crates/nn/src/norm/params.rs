//! A normalized layer's parameters: learned `γ`, `β` and batch norm's running statistics.

use ndarray::Array1;
use serde::{Deserialize, Serialize};

use super::RUNNING_MOMENTUM;
use crate::divergence::NonFinite;

/// One value per neuron each; all empty for a layer without normalization.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NormParams {
    /// Scale `γ` (init 1).
    pub gamma: Array1<f32>,
    /// Shift `β` (init 0).
    pub beta: Array1<f32>,
    /// Running mean `μ̄` (init 0; batch norm's inference statistics).
    pub running_mean: Array1<f32>,
    /// Running variance `σ̄²` (init 1).
    pub running_var: Array1<f32>,
}

impl NormParams {
    /// `γ = 1`, `β = 0`, `μ̄ = 0`, `σ̄² = 1` for `width` neurons.
    pub fn identity(width: usize) -> Self {
        NormParams {
            gamma: Array1::ones(width),
            beta: Array1::zeros(width),
            running_mean: Array1::zeros(width),
            running_var: Array1::ones(width),
        }
    }

    /// Whether all four arrays hold `width` values.
    pub fn has_width(&self, width: usize) -> bool {
        [
            &self.gamma,
            &self.beta,
            &self.running_mean,
            &self.running_var,
        ]
        .iter()
        .all(|a| a.len() == width)
    }

    /// The kind of the first non-finite value, scanning γ, β, μ̄, σ̄² in that order.
    pub fn first_non_finite(&self) -> Option<NonFinite> {
        [
            &self.gamma,
            &self.beta,
            &self.running_mean,
            &self.running_var,
        ]
        .into_iter()
        .find_map(NonFinite::first_in)
    }

    /// Whether any running variance is negative (impossible from training; a hand-made
    /// value would make `√(σ̄² + ε)` NaN).
    pub fn has_negative_variance(&self) -> bool {
        self.running_var.iter().any(|&v| v < 0.0)
    }

    /// One step of the exponential moving average from a batch's per-neuron `mean` and
    /// biased variance `var` over `n` samples (see the module docs: unbiased `σ²·n/(n−1)`
    /// enters `σ̄²`; a batch of one updates `μ̄` only).
    pub(crate) fn update_running(&mut self, mean: &[f32], var: &[f32], n: usize) {
        let keep = RUNNING_MOMENTUM;
        let take = 1.0 - RUNNING_MOMENTUM;
        for (r, &m) in self.running_mean.iter_mut().zip(mean) {
            *r = keep * *r + take * m;
        }
        if n > 1 {
            let unbias = n as f32 / (n - 1) as f32;
            for (r, &v) in self.running_var.iter_mut().zip(var) {
                *r = keep * *r + take * (v * unbias);
            }
        }
    }
}
