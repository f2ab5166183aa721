//! Losses on a model's output, per sample summed over the outputs and averaged over the
//! batch (as the dense engine reports them); gradients come back already divided by `n`.
//!
//! - Cross-entropy against hard (one-hot) or soft targets `t` on probabilities `p`:
//!   `L = −Σᵢ tᵢ·ln pᵢ` (`p` floored at 10⁻⁷ for the value, so a confident mistake costs
//!   ≈ 16 rather than ∞). After a softmax layer the gradient at the softmax's input is the
//!   fused `(p − t)/n`; otherwise `∂L/∂pᵢ = −tᵢ/(n·pᵢ)`.
//! - Squared error: `L = ½Σᵢ(oᵢ − tᵢ)²`, `∂L/∂oᵢ = (oᵢ − tᵢ)/n`.
//! - Binary cross-entropy on probabilities `p` (after a sigmoid), each output its own
//!   yes/no: `L = −Σᵢ[tᵢ ln pᵢ + (1 − tᵢ) ln(1 − pᵢ)]` (`p` kept in `[10⁻⁷, 1 − 10⁻⁷]` for the
//!   value), `∂L/∂pᵢ = (pᵢ − tᵢ)/(n·pᵢ(1 − pᵢ))` (the sigmoid's derivative then gives `p − t`).

use serde::{Deserialize, Serialize};

const P_FLOOR: f32 = 1e-7;

/// Which loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelLoss {
    /// `−Σ t·ln p` on probabilities.
    CrossEntropy,
    /// `½Σ(o − t)²`.
    SquaredError,
    /// `−Σ[t ln p + (1 − t) ln(1 − p)]`.
    BinaryCrossEntropy,
}

impl ModelLoss {
    /// The batch's summed loss (the caller divides by `n`), accumulated in f64.
    pub fn sum(self, out: &[f32], target: &[f32]) -> f64 {
        match self {
            ModelLoss::CrossEntropy => out
                .iter()
                .zip(target)
                .filter(|(_, &t)| t != 0.0)
                .map(|(&p, &t)| -(t as f64) * libm::log(p.max(P_FLOOR) as f64))
                .sum(),
            ModelLoss::SquaredError => out
                .iter()
                .zip(target)
                .map(|(&o, &t)| 0.5 * ((o - t) as f64) * ((o - t) as f64))
                .sum(),
            ModelLoss::BinaryCrossEntropy => out
                .iter()
                .zip(target)
                .map(|(&p, &t)| {
                    let p = p.clamp(P_FLOOR, 1.0 - P_FLOOR) as f64;
                    -(t as f64) * libm::log(p) - (1.0 - t as f64) * libm::log(1.0 - p)
                })
                .sum(),
        }
    }

    /// `∂L̄/∂output` for a batch of `n` (or, with `fused_softmax`, `∂L̄/∂logits = (p − t)/n`).
    pub fn gradient(self, out: &[f32], target: &[f32], n: usize, fused_softmax: bool) -> Vec<f32> {
        let inv = 1.0 / n.max(1) as f32;
        out.iter()
            .zip(target)
            .map(|(&o, &t)| match (self, fused_softmax) {
                (ModelLoss::CrossEntropy, true) | (ModelLoss::SquaredError, _) => (o - t) * inv,
                (ModelLoss::CrossEntropy, false) => -t * inv / o.max(P_FLOOR),
                (ModelLoss::BinaryCrossEntropy, _) => {
                    let p = o.clamp(P_FLOOR, 1.0 - P_FLOOR);
                    (o - t) * inv / (p * (1.0 - p))
                }
            })
            .collect()
    }
}

/// The index of the largest value (the first on ties).
pub fn argmax(values: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in values.iter().enumerate() {
        if v > values[best] {
            best = i;
        }
    }
    best
}
