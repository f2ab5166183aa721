//! Layers that join or split values: concatenation of a side input (a condition joined to a
//! signal) and Gaussian sampling for a VAE.
//!
//! - Concat: `y = [x ; c]` with `c` the model's side input `k` (both read flat): output
//!   `(len x + len c, 1, 1)`; backward splits `g` into `∂L/∂x` and `∂L/∂c`.
//! - Gaussian sampling: the input is `[μ ; log σ²]` (`2D` values), the output
//!   `z = μ + σ·ε` (`D` values) with `σ = e^{½ log σ²}` and `ε ~ N(0, 1)` from the pass's
//!   stream (training); in inference, and without a stream, `z = μ`. It adds
//!   `β·KL(N(μ, σ²) ‖ N(0, I)) = β·½Σ(μ² + σ² − log σ² − 1)` per sample to the loss
//!   (the batch's mean, like the data loss). Backward with `g = ∂L/∂z` (already divided by
//!   the batch size `n`): `∂L/∂μ = g + β·μ/n`, `∂L/∂log σ² = g·½σε + β·½(σ² − 1)/n`.
//! - Dot product of a sample's two halves `[a ; b]` (e.g. two looked-up word vectors):
//!   `y = Σᵢ aᵢbᵢ` (the [`super::gemm::dot`] order), `∂L/∂a = g·b`, `∂L/∂b = g·a`.

use crate::rng::Rng;

/// `y = [x ; c]` per sample.
pub fn concat_forward(x: &[f32], c: &[f32], n: usize, out: &mut [f32]) {
    let (a, b) = (x.len() / n.max(1), c.len() / n.max(1));
    for s in 0..n {
        out[s * (a + b)..s * (a + b) + a].copy_from_slice(&x[s * a..(s + 1) * a]);
        out[s * (a + b) + a..(s + 1) * (a + b)].copy_from_slice(&c[s * b..(s + 1) * b]);
    }
}

/// Splits `g` into `g_in` (first `a` of each sample) and `g_side` (the rest).
pub fn concat_backward(g_out: &[f32], n: usize, a: usize, g_in: &mut [f32], g_side: &mut [f32]) {
    let b = g_side.len() / n.max(1);
    for s in 0..n {
        g_in[s * a..(s + 1) * a].copy_from_slice(&g_out[s * (a + b)..s * (a + b) + a]);
        g_side[s * b..(s + 1) * b].copy_from_slice(&g_out[s * (a + b) + a..(s + 1) * (a + b)]);
    }
}

/// `z = μ + σ·ε`; `eps` keeps the draws (empty when `z = μ`).
pub fn sample_forward(
    x: &[f32],
    n: usize,
    d: usize,
    out: &mut [f32],
    rng: Option<&mut Rng>,
    eps: &mut Vec<f32>,
) {
    eps.clear();
    let draw = rng.is_some();
    if let Some(rng) = rng {
        eps.extend((0..n * d).map(|_| rng.normal() as f32));
    }
    for s in 0..n {
        for j in 0..d {
            let mu = x[s * 2 * d + j];
            out[s * d + j] = if draw {
                let sigma = libm::expf(0.5 * x[s * 2 * d + d + j]);
                mu + sigma * eps[s * d + j]
            } else {
                mu
            };
        }
    }
}

/// `β·½Σ(μ² + σ² − log σ² − 1)` summed over the batch (the caller divides by `n`).
pub fn kl_sum(x: &[f32], n: usize, d: usize, beta: f32) -> f64 {
    let mut total = 0.0f64;
    for s in 0..n {
        for j in 0..d {
            let mu = x[s * 2 * d + j] as f64;
            let lv = x[s * 2 * d + d + j] as f64;
            total += 0.5 * (mu * mu + libm::exp(lv) - lv - 1.0);
        }
    }
    beta as f64 * total
}

/// Writes `∂L/∂[μ ; log σ²]` from `g = ∂L/∂z`, adding the KL term's gradient.
pub fn sample_backward(
    x: &[f32],
    n: usize,
    d: usize,
    beta: f32,
    eps: &[f32],
    g_out: &[f32],
    g_in: &mut [f32],
) {
    let scale = beta / n.max(1) as f32;
    for s in 0..n {
        for j in 0..d {
            let mu = x[s * 2 * d + j];
            let lv = x[s * 2 * d + d + j];
            let var = libm::expf(lv);
            let g = g_out[s * d + j];
            let e = eps.get(s * d + j).copied().unwrap_or(0.0);
            g_in[s * 2 * d + j] = g + scale * mu;
            g_in[s * 2 * d + d + j] =
                g * 0.5 * libm::expf(0.5 * lv) * e + scale * 0.5 * (var - 1.0);
        }
    }
}

/// `y = a·b` for each sample `[a ; b]` of `2·half` values.
pub fn dot_forward(x: &[f32], n: usize, half: usize, out: &mut [f32]) {
    for s in 0..n {
        let xs = &x[s * 2 * half..(s + 1) * 2 * half];
        out[s] = super::gemm::dot(&xs[..half], &xs[half..]);
    }
}

/// `∂L/∂a = g·b`, `∂L/∂b = g·a`.
pub fn dot_backward(x: &[f32], n: usize, half: usize, g_out: &[f32], g_in: &mut [f32]) {
    for (s, &g) in g_out.iter().enumerate().take(n) {
        let at = s * 2 * half;
        for i in 0..half {
            g_in[at + i] = g * x[at + half + i];
            g_in[at + half + i] = g * x[at + i];
        }
    }
}
