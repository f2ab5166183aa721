//! Layers that act value by value or per sample without parameters: an activation `f` with
//! its gain, softmax over a sample, and dropout.
//!
//! - Activation: `y = f(x)`, `∂L/∂x = f'(x)·g` (the engine's [`Activation`] functions and
//!   derivatives, so every activation the playground has is available).
//! - Softmax over all of a sample's values: `yᵢ = e^{xᵢ − m}/Σⱼ e^{xⱼ − m}` (`m` the max, for
//!   range), `∂L/∂xᵢ = yᵢ·(gᵢ − Σⱼ gⱼyⱼ)`. With cross-entropy the trainer skips this and
//!   uses the fused `y − t` instead.
//! - Dropout at rate `r` (training only): each value kept with probability `1 − r` and scaled
//!   by `1/(1 − r)` (inverted dropout, so inference is the identity); the mask is drawn from
//!   the pass's random stream, sample by sample, value by value; `∂L/∂x = mask·g`.

use crate::activation::Activation;
use crate::rng::Rng;

/// `y = f(x)` over a block.
pub fn activation_forward(f: Activation, gain: f32, x: &[f32], out: &mut [f32]) {
    f.apply_slice(gain, x, out);
}

/// `∂L/∂x = f'(x)·g`.
pub fn activation_backward(
    f: Activation,
    gain: f32,
    x: &[f32],
    y: &[f32],
    g_out: &[f32],
    g_in: &mut [f32],
) {
    g_in.copy_from_slice(g_out);
    f.backprop_slice(gain, x, y, g_in);
}

/// Softmax of each sample's `len` values.
pub fn softmax_forward(x: &[f32], len: usize, out: &mut [f32]) {
    if len == 0 {
        return;
    }
    for (xs, ys) in x.chunks_exact(len).zip(out.chunks_exact_mut(len)) {
        let m = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut sum = 0.0f32;
        for (y, &v) in ys.iter_mut().zip(xs) {
            *y = libm::expf(v - m);
            sum += *y;
        }
        for y in ys.iter_mut() {
            *y /= sum;
        }
    }
}

/// `∂L/∂xᵢ = yᵢ·(gᵢ − Σⱼ gⱼyⱼ)` per sample.
pub fn softmax_backward(y: &[f32], len: usize, g_out: &[f32], g_in: &mut [f32]) {
    if len == 0 {
        return;
    }
    for ((ys, gs), dx) in y
        .chunks_exact(len)
        .zip(g_out.chunks_exact(len))
        .zip(g_in.chunks_exact_mut(len))
    {
        let inner: f32 = ys.iter().zip(gs).map(|(a, b)| a * b).sum();
        for ((d, &yi), &gi) in dx.iter_mut().zip(ys).zip(gs) {
            *d = yi * (gi - inner);
        }
    }
}

/// Dropout in training: fills `mask` with `0` or `1/(1 − rate)` from `rng` and applies it.
/// Without a stream (exact gradients, inference) it is the identity and `mask` is empty.
pub fn dropout_forward(
    rate: f32,
    x: &[f32],
    out: &mut [f32],
    rng: Option<&mut Rng>,
    mask: &mut Vec<f32>,
) {
    mask.clear();
    match rng {
        Some(rng) if rate > 0.0 => {
            let scale = 1.0 / (1.0 - rate);
            mask.extend(
                x.iter()
                    .map(|_| if rng.next_f32() < rate { 0.0 } else { scale }),
            );
            for ((o, &v), &m) in out.iter_mut().zip(x).zip(mask.iter()) {
                *o = v * m;
            }
        }
        _ => out.copy_from_slice(x),
    }
}

/// `∂L/∂x = mask·g` (the identity when no mask was drawn).
pub fn dropout_backward(mask: &[f32], g_out: &[f32], g_in: &mut [f32]) {
    if mask.is_empty() {
        g_in.copy_from_slice(g_out);
    } else {
        for ((d, &g), &m) in g_in.iter_mut().zip(g_out).zip(mask) {
            *d = g * m;
        }
    }
}
