//! Normalization of a hidden layer's pre-activations, before its activation.
//!
//! For a normalized layer, `z = W·a + b` is standardised per neuron `j` and then scaled and
//! shifted by learned `γⱼ` (init 1) and `βⱼ` (init 0):
//!
//! ```text
//! x̂ = (z − μ) / √(σ² + ε)        y = γ·x̂ + β        out = f(y)
//! ```
//!
//! - **Batch norm** ([`Normalization::Batch`]): μⱼ and σ²ⱼ are neuron `j`'s mean and
//!   *biased* variance `(1/n)·Σₛ (zⱼₛ − μⱼ)²` over the `n` samples of the mini-batch while
//!   training; for inference ([`crate::propagate::Mode::Inference`]: metrics, heatmaps,
//!   traces) they are the running statistics, an exponential moving average updated after
//!   every training batch: `μ̄ ← M·μ̄ + (1−M)·μ`, `σ̄² ← M·σ̄² + (1−M)·σ²·n/(n−1)` with
//!   [`RUNNING_MOMENTUM`] `M = 0.9` and the *unbiased* batch variance (as PyTorch does; a
//!   batch of one carries no spread, so it updates μ̄ only). They start at μ̄ = 0, σ̄² = 1.
//! - **Layer norm** ([`Normalization::Layer`]): μₛ and σ²ₛ are sample `s`'s mean and biased
//!   variance over the layer's `m` neurons; the same in training and inference (the running
//!   statistics are kept at 0 and 1 and never used).
//!
//! ε = [`NORM_EPSILON`] = 10⁻⁵ keeps the division finite: a batch of one (or a one-neuron
//! layer under layer norm) has σ² = 0 and z − μ = 0 exactly, so x̂ = 0 and the layer outputs
//! f(β) — defined, never NaN — and no gradient reaches z through the normalization.
//!
//! Backward, with `g = ∂L/∂y` and `ĝ = γ·g`, for the `N` values a statistic was taken over
//! (the batch's samples for batch norm, the layer's neurons for layer norm) and sums over
//! those same values:
//!
//! ```text
//! ∂L/∂γⱼ = Σₛ gⱼₛ·x̂ⱼₛ      ∂L/∂βⱼ = Σₛ gⱼₛ      (sums over the batch's samples, both norms)
//! ∂L/∂z = (1/√(σ²+ε)) · (ĝ − mean(ĝ) − x̂·mean(ĝ·x̂))
//! ```
//!
//! and in inference mode (statistics held constant) simply `∂L/∂z = ĝ/√(σ̄²+ε)`. Every sum
//! runs in a fixed order (samples, then neurons, increasing) in f32, so results are
//! bit-identical natively and in wasm. γ and β are trained by the optimizer like biases
//! (their own momentum/Adam moments; no L1/L2 penalty, no freeze bits).

mod buffers;
mod params;
mod pass;

pub(crate) use buffers::NormBuffers;
pub use params::NormParams;
pub(crate) use pass::normalize_columns_inference;

use serde::{Deserialize, Serialize};

/// ε in `√(σ² + ε)`.
pub const NORM_EPSILON: f32 = 1e-5;

/// `M` in the running statistics' update `μ̄ ← M·μ̄ + (1−M)·μ` (PyTorch's momentum 0.1).
pub const RUNNING_MOMENTUM: f32 = 0.9;

/// How a hidden layer's pre-activations are normalized before its activation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Normalization {
    /// `y = z` (no parameters).
    #[default]
    None,
    /// Per neuron over the batch (running statistics for inference).
    Batch,
    /// Per sample over the layer's neurons.
    Layer,
}

impl Normalization {
    /// Every option, in menu order.
    pub const ALL: [Normalization; 3] = [
        Normalization::None,
        Normalization::Batch,
        Normalization::Layer,
    ];

    /// The serde name (`none`, `batch`, `layer`).
    pub fn name(self) -> &'static str {
        match self {
            Normalization::None => "none",
            Normalization::Batch => "batch",
            Normalization::Layer => "layer",
        }
    }

    /// Whether the layer has γ, β (and running statistics).
    pub fn is_on(self) -> bool {
        self != Normalization::None
    }
}
