//! The normalization passes over neuron-major blocks (`width` rows, a row per neuron, one
//! column per sample), each sum in increasing order so every target gets the same bits.
//! The workspace and the heatmap evaluator both go through [`standardize`] and
//! [`scale_shift`], so their values are bit-identical.

use super::{NormParams, NORM_EPSILON};
use crate::kernels::Cols;

/// `x̂ = (z − μ)·(1/√(σ² + ε))`.
#[inline(always)]
pub(crate) fn standardize(z: f32, mean: f32, inv_std: f32) -> f32 {
    (z - mean) * inv_std
}

/// `y = γ·x̂ + β`.
#[inline(always)]
pub(crate) fn scale_shift(x: f32, gamma: f32, beta: f32) -> f32 {
    gamma * x + beta
}

/// `1/√(σ² + ε)`.
#[inline(always)]
pub(crate) fn inv_std(var: f32) -> f32 {
    1.0 / libm::sqrtf(var + NORM_EPSILON)
}

/// Per row of a dense `width × n` block: mean, biased variance and `1/√(σ² + ε)`.
pub(crate) fn row_stats(z: &[f32], n: usize, mean: &mut [f32], var: &mut [f32], inv: &mut [f32]) {
    for (j, row) in z.chunks_exact(n.max(1)).enumerate() {
        let mu = row.iter().fold(0.0f32, |s, &v| s + v) / n as f32;
        let sq = row.iter().fold(0.0f32, |s, &v| s + (v - mu) * (v - mu)) / n as f32;
        (mean[j], var[j], inv[j]) = (mu, sq, inv_std(sq));
    }
}

/// Per column (sample) of a `width`-row block: mean and `1/√(σ² + ε)` over the rows.
/// `mean` and `inv` hold at least `cols.n` values.
pub(crate) fn column_stats(z: &[f32], width: usize, cols: Cols, mean: &mut [f32], inv: &mut [f32]) {
    let Cols { n, stride } = cols;
    let (mean, inv) = (&mut mean[..n], &mut inv[..n]);
    mean.fill(0.0);
    inv.fill(0.0);
    for j in 0..width {
        for (m, &v) in mean.iter_mut().zip(&z[j * stride..j * stride + n]) {
            *m += v;
        }
    }
    mean.iter_mut().for_each(|m| *m /= width as f32);
    for j in 0..width {
        let row = &z[j * stride..j * stride + n];
        for ((q, &v), &m) in inv.iter_mut().zip(row).zip(mean.iter()) {
            *q += (v - m) * (v - m);
        }
    }
    inv.iter_mut().for_each(|q| *q = inv_std(*q / width as f32));
}

/// Where a block's statistics are indexed: per row (batch norm) or per column (layer norm).
#[derive(Clone, Copy)]
pub(crate) enum StatsBy {
    Row,
    Column,
}

/// `x̂` (when given) and `y` of a dense `width × n` block from its statistics.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
pub(crate) fn normalize_rows_with(
    by: StatsBy,
    z: &[f32],
    n: usize,
    mean: &[f32],
    inv: &[f32],
    p: &NormParams,
    xhat: &mut [f32],
    y: &mut [f32],
) {
    for (j, ((zr, xr), yr)) in z
        .chunks_exact(n.max(1))
        .zip(xhat.chunks_exact_mut(n.max(1)))
        .zip(y.chunks_exact_mut(n.max(1)))
        .enumerate()
    {
        let (g, b) = (p.gamma[j], p.beta[j]);
        for s in 0..n {
            let (mu, q) = match by {
                StatsBy::Row => (mean[j], inv[j]),
                StatsBy::Column => (mean[s], inv[s]),
            };
            let x = standardize(zr[s], mu, q);
            xr[s] = x;
            yr[s] = scale_shift(x, g, b);
        }
    }
}

/// Inference normalization in place over `cols` of a `width`-row block (the heatmap
/// evaluator's path): running statistics for batch norm (`scratch` unused), per-column
/// statistics for layer norm (`scratch` holds at least `2·cols.n` values).
#[inline(never)]
pub(crate) fn normalize_columns_inference(
    batch: bool,
    block: &mut [f32],
    width: usize,
    cols: Cols,
    p: &NormParams,
    scratch: &mut [f32],
) {
    let Cols { n, stride } = cols;
    if batch {
        for j in 0..width {
            let (mu, q) = (p.running_mean[j], inv_std(p.running_var[j]));
            let (g, b) = (p.gamma[j], p.beta[j]);
            for v in &mut block[j * stride..j * stride + n] {
                *v = scale_shift(standardize(*v, mu, q), g, b);
            }
        }
        return;
    }
    let (mean, inv) = scratch.split_at_mut(n);
    column_stats(block, width, cols, mean, inv);
    for j in 0..width {
        let (g, b) = (p.gamma[j], p.beta[j]);
        let row = &mut block[j * stride..j * stride + n];
        for ((v, &mu), &q) in row.iter_mut().zip(mean.iter()).zip(inv.iter()) {
            *v = scale_shift(standardize(*v, mu, q), g, b);
        }
    }
}
