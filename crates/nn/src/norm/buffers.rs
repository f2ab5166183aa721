//! A normalized layer's share of the workspace: `x̂`, `y`, the statistics the forward pass
//! used and the `γ`/`β` gradients of the backward pass (formulas in the module docs).

use super::pass::{column_stats, inv_std, normalize_rows_with, row_stats, StatsBy};
use super::{NormParams, Normalization};
use crate::kernels::{Cols, TILE_PAD};

/// Scratch for one normalized layer of `width` neurons and batches up to `capacity`.
#[derive(Debug, Clone)]
pub(crate) struct NormBuffers {
    pub(crate) kind: Normalization,
    width: usize,
    xhat: Vec<f32>,
    /// `y = γ·x̂ + β` (`width × n`): the activation's input.
    pub(crate) y: Vec<f32>,
    /// Batch norm: per neuron; layer norm: per sample.
    mean: Vec<f32>,
    /// Batch norm's biased batch variance per neuron (for the running statistics).
    var: Vec<f32>,
    inv: Vec<f32>,
    /// Layer norm backward: per-sample `Σⱼ ĝ` and `Σⱼ ĝ·x̂`.
    sums: Vec<f32>,
    /// Whether the last forward pass used batch statistics (training mode).
    training: bool,
    samples: usize,
    pub(crate) grad_gamma: Vec<f32>,
    pub(crate) grad_beta: Vec<f32>,
}

impl NormBuffers {
    pub(crate) fn new(kind: Normalization, width: usize, capacity: usize) -> Self {
        let block = vec![0.0; width * capacity + TILE_PAD];
        let stats = if kind == Normalization::Layer {
            capacity
        } else {
            width
        };
        NormBuffers {
            kind,
            width,
            xhat: block.clone(),
            y: block,
            mean: vec![0.0; stats],
            var: vec![0.0; width],
            inv: vec![0.0; stats],
            sums: vec![0.0; 2 * capacity],
            training: false,
            samples: 0,
            grad_gamma: vec![0.0; width],
            grad_beta: vec![0.0; width],
        }
    }

    /// `x̂` and `y` of the `width × n` block `z`: batch statistics when `training` (batch
    /// norm), running statistics otherwise; layer norm always per sample.
    #[inline(never)]
    pub(crate) fn forward(&mut self, p: &NormParams, z: &[f32], n: usize, training: bool) {
        let w = self.width;
        self.training = training;
        self.samples = n;
        let by = match (self.kind, training) {
            (Normalization::Layer, _) => {
                column_stats(z, w, Cols::dense(n), &mut self.mean, &mut self.inv);
                StatsBy::Column
            }
            (_, true) => {
                row_stats(z, n, &mut self.mean, &mut self.var, &mut self.inv);
                StatsBy::Row
            }
            (_, false) => {
                for j in 0..w {
                    self.mean[j] = p.running_mean[j];
                    self.inv[j] = inv_std(p.running_var[j]);
                }
                StatsBy::Row
            }
        };
        let (xhat, y) = (&mut self.xhat[..w * n], &mut self.y[..w * n]);
        normalize_rows_with(by, z, n, &self.mean, &self.inv, p, xhat, y);
    }

    /// Turns `g = ∂L/∂y` (`width × n`, in place) into `∂L/∂z` after storing `∂L/∂γ` and
    /// `∂L/∂β`, for the statistics the last forward pass used.
    #[inline(never)]
    pub(crate) fn backward(&mut self, p: &NormParams, g: &mut [f32], n: usize) {
        let w = self.width;
        let xhat = &self.xhat[..w * n];
        for j in 0..w {
            let (gr, xr) = (&g[j * n..(j + 1) * n], &xhat[j * n..(j + 1) * n]);
            self.grad_beta[j] = gr.iter().fold(0.0f32, |s, &v| s + v);
            self.grad_gamma[j] = gr.iter().zip(xr).fold(0.0f32, |s, (&v, &x)| s + v * x);
        }
        match (self.kind, self.training) {
            (Normalization::Layer, _) => self.layer_backward(p, g, n),
            (_, true) => {
                let inv_n = 1.0 / n as f32;
                for j in 0..w {
                    let k = p.gamma[j] * self.inv[j];
                    let (mean_g, mean_gx) = (self.grad_beta[j] * inv_n, self.grad_gamma[j] * inv_n);
                    let row = &mut g[j * n..(j + 1) * n];
                    for (v, &x) in row.iter_mut().zip(&xhat[j * n..(j + 1) * n]) {
                        *v = k * (*v - mean_g - x * mean_gx);
                    }
                }
            }
            (_, false) => {
                for j in 0..w {
                    let k = p.gamma[j] * self.inv[j];
                    g[j * n..(j + 1) * n].iter_mut().for_each(|v| *v *= k);
                }
            }
        }
    }

    /// Layer norm: per sample `s`, `∂z = inv_s·(ĝ − mean_j ĝ − x̂·mean_j(ĝ·x̂))`, `ĝ = γ·g`.
    #[inline(never)]
    fn layer_backward(&mut self, p: &NormParams, g: &mut [f32], n: usize) {
        let w = self.width;
        let xhat = &self.xhat[..w * n];
        let (sum_g, sum_gx) = self.sums[..2 * n].split_at_mut(n);
        sum_g.fill(0.0);
        sum_gx.fill(0.0);
        for j in 0..w {
            let gamma = p.gamma[j];
            let rows = g[j * n..(j + 1) * n].iter().zip(&xhat[j * n..(j + 1) * n]);
            for ((a, b), (&v, &x)) in sum_g.iter_mut().zip(sum_gx.iter_mut()).zip(rows) {
                let gh = gamma * v;
                *a += gh;
                *b += gh * x;
            }
        }
        let inv_m = 1.0 / w as f32;
        for j in 0..w {
            let gamma = p.gamma[j];
            let row = &mut g[j * n..(j + 1) * n];
            for (s, (v, &x)) in row.iter_mut().zip(&xhat[j * n..(j + 1) * n]).enumerate() {
                *v = self.inv[s] * (gamma * *v - sum_g[s] * inv_m - x * (sum_gx[s] * inv_m));
            }
        }
    }

    /// `y` of the last forward pass (`width × n`).
    pub(crate) fn normalized(&self, n: usize) -> &[f32] {
        &self.y[..(self.width * n).min(self.y.len())]
    }

    /// Folds the last training batch's statistics into `p`'s running statistics (batch
    /// norm after a training-mode forward only).
    pub(crate) fn update_running(&self, p: &mut NormParams) {
        if self.kind == Normalization::Batch && self.training && self.samples > 0 {
            p.update_running(&self.mean, &self.var, self.samples);
        }
    }
}
