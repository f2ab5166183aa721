//! Normalization with a learned scale and shift per channel: `y = γ_c·x̂ + β_c`,
//! `x̂ = (x − μ)/√(σ² + ε)`, ε = 10⁻⁵ (as the dense layers' normalization).
//!
//! - Batch norm: `μ`, `σ²` per channel over the batch and the channel's plane
//!   (`m = n·H·W` values, biased variance) in training; the running statistics in inference,
//!   updated after each training batch as `μ̄ ← 0.9μ̄ + 0.1μ`, `σ̄² ← 0.9σ̄² + 0.1σ²·m/(m−1)`
//!   (`m = 1` updates `μ̄` only). For a vector (`H = W = 1`) each neuron is a channel: the
//!   dense layers' batch norm.
//! - Layer norm: `μ`, `σ²` per sample over all its `m = C·H·W` values, the same in both modes.
//!
//! Backward over each group of `m` values normalised together, with `ĝ = γ·g`:
//! `∂L/∂x = (1/√(σ²+ε))·(ĝ − mean(ĝ) − x̂·mean(ĝ·x̂))`; `∂L/∂γ_c += Σ g·x̂`, `∂L/∂β_c += Σ g`.

use crate::model::param::{Param, ParamRole};
use crate::model::shape::Shape;
use crate::norm::{NORM_EPSILON, RUNNING_MOMENTUM};
use serde::{Deserialize, Serialize};

/// Batch or layer statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NormKind {
    /// Per channel over the batch.
    Batch,
    /// Per sample over its values.
    Layer,
}

/// A normalization layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Norm {
    /// Batch or layer.
    pub kind: NormKind,
    /// Input (= output) shape.
    pub shape: Shape,
    /// `[γ, β]`, one value per channel.
    pub params: Vec<Param>,
    /// Batch norm's running mean per channel.
    pub running_mean: Vec<f32>,
    /// Batch norm's running variance per channel.
    pub running_var: Vec<f32>,
}

impl Norm {
    /// `γ = 1`, `β = 0`, `μ̄ = 0`, `σ̄² = 1`.
    pub fn new(kind: NormKind, shape: Shape) -> Norm {
        let c = shape.channels;
        Norm {
            kind,
            shape,
            params: vec![
                Param::new(ParamRole::Gamma, vec![1.0; c]),
                Param::new(ParamRole::Beta, vec![0.0; c]),
            ],
            running_mean: vec![0.0; c],
            running_var: vec![1.0; c],
        }
    }

    /// Forward. `saved` keeps `x̂` (n·len values), then per group `1/√(σ²+ε)`, then for
    /// batch norm in training the batch's per-channel `μ` and `σ²` (for
    /// [`Norm::commit_running`]).
    pub fn forward(
        &self,
        x: &[f32],
        n: usize,
        training: bool,
        out: &mut [f32],
        saved: &mut Vec<f32>,
    ) {
        let (len, plane, channels) = (self.shape.len(), self.shape.plane(), self.shape.channels);
        let (gamma, beta) = (&self.params[0].value, &self.params[1].value);
        saved.clear();
        saved.resize(n * len, 0.0);
        match (self.kind, training) {
            (NormKind::Batch, _) => {
                let mut inv = vec![0.0f32; channels];
                let mut stats = Vec::with_capacity(2 * channels);
                for c in 0..channels {
                    let (mean, var) = if training {
                        let m = (n * plane) as f32;
                        let mut sum = 0.0f32;
                        for s in 0..n {
                            sum += x[s * len + c * plane..s * len + (c + 1) * plane]
                                .iter()
                                .sum::<f32>();
                        }
                        let mean = sum / m;
                        let mut sq = 0.0f32;
                        for s in 0..n {
                            for &v in &x[s * len + c * plane..s * len + (c + 1) * plane] {
                                sq += (v - mean) * (v - mean);
                            }
                        }
                        (mean, sq / m)
                    } else {
                        (self.running_mean[c], self.running_var[c])
                    };
                    stats.push(mean);
                    stats.push(var);
                    inv[c] = 1.0 / libm::sqrtf(var + NORM_EPSILON);
                    for s in 0..n {
                        let at = s * len + c * plane;
                        for i in at..at + plane {
                            let xh = (x[i] - mean) * inv[c];
                            saved[i] = xh;
                            out[i] = gamma[c] * xh + beta[c];
                        }
                    }
                }
                saved.extend_from_slice(&inv);
                if training {
                    saved.extend_from_slice(&stats);
                }
            }
            (NormKind::Layer, _) => {
                let mut inv = vec![0.0f32; n];
                for s in 0..n {
                    let xs = &x[s * len..(s + 1) * len];
                    let mean = xs.iter().sum::<f32>() / len as f32;
                    let var = xs.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / len as f32;
                    inv[s] = 1.0 / libm::sqrtf(var + NORM_EPSILON);
                    for (i, &v) in xs.iter().enumerate() {
                        let c = i / plane.max(1);
                        let xh = (v - mean) * inv[s];
                        saved[s * len + i] = xh;
                        out[s * len + i] = gamma[c] * xh + beta[c];
                    }
                }
                saved.extend_from_slice(&inv);
            }
        }
    }

    /// Folds a training batch's statistics (kept by forward) into the running ones.
    pub fn commit_running(&mut self, saved: &[f32], n: usize) {
        if self.kind != NormKind::Batch {
            return;
        }
        let (len, channels) = (self.shape.len(), self.shape.channels);
        let m = (n * self.shape.plane()) as f32;
        let Some(stats) = saved.get(n * len + channels..) else {
            return;
        };
        let keep = RUNNING_MOMENTUM;
        for (c, pair) in stats.chunks_exact(2).enumerate().take(channels) {
            self.running_mean[c] = keep * self.running_mean[c] + (1.0 - keep) * pair[0];
            if m > 1.0 {
                let unbiased = pair[1] * m / (m - 1.0);
                self.running_var[c] = keep * self.running_var[c] + (1.0 - keep) * unbiased;
            }
        }
    }

    /// Accumulates `∂L/∂γ`, `∂L/∂β`; writes `∂L/∂x`. `batch_stats` says whether forward
    /// used the batch's statistics (training batch norm) rather than constants.
    pub fn backward(
        &self,
        saved: &[f32],
        n: usize,
        batch_stats: bool,
        g_out: &[f32],
        g_in: &mut [f32],
        grads: &mut [Vec<f32>],
    ) {
        let [dgamma, dbeta] = grads else { return };
        let (len, plane, channels) = (self.shape.len(), self.shape.plane(), self.shape.channels);
        let gamma = &self.params[0].value;
        let (xhat, inv) = saved.split_at(n * len);
        for i in 0..n * len {
            let c = (i % len) / plane.max(1);
            dgamma[c] += g_out[i] * xhat[i];
            dbeta[c] += g_out[i];
        }
        match self.kind {
            NormKind::Batch => {
                for c in 0..channels {
                    let idx = |s: usize| s * len + c * plane..s * len + (c + 1) * plane;
                    if !batch_stats {
                        for s in 0..n {
                            for i in idx(s) {
                                g_in[i] = gamma[c] * g_out[i] * inv[c];
                            }
                        }
                        continue;
                    }
                    let m = (n * plane) as f32;
                    let (mut mean_g, mut mean_gx) = (0.0f32, 0.0f32);
                    for s in 0..n {
                        for i in idx(s) {
                            mean_g += gamma[c] * g_out[i];
                            mean_gx += gamma[c] * g_out[i] * xhat[i];
                        }
                    }
                    mean_g /= m;
                    mean_gx /= m;
                    for s in 0..n {
                        for i in idx(s) {
                            g_in[i] = inv[c] * (gamma[c] * g_out[i] - mean_g - xhat[i] * mean_gx);
                        }
                    }
                }
            }
            NormKind::Layer => {
                for (s, &inv_s) in inv.iter().enumerate().take(n) {
                    let r = s * len..(s + 1) * len;
                    let gh = |i: usize| gamma[(i % len) / plane.max(1)] * g_out[i];
                    let mean_g = r.clone().map(gh).sum::<f32>() / len as f32;
                    let mean_gx = r.clone().map(|i| gh(i) * xhat[i]).sum::<f32>() / len as f32;
                    for i in r {
                        g_in[i] = inv_s * (gh(i) - mean_g - xhat[i] * mean_gx);
                    }
                }
            }
        }
    }
}
