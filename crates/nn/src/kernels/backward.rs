//! `g = Wᵀ·δ`: the gradient flowing down to a layer's inputs, in the feature-major layout
//! and register tiles of the forward pass (see the parent module for the summation order).

use super::{mul_acc, slab_end, store_valid, LANES, ROWS};
use crate::simd::V4;

/// `g (in×n) = Wᵀ · δ` where `W` is `out×in` and `δ` is `out×n`.
pub fn backward_input(
    w: &[f32],
    delta: &[f32],
    g: &mut [f32],
    inputs: usize,
    outputs: usize,
    n: usize,
) {
    let full = n - n % LANES;
    let mut s = 0;
    while s < full {
        transpose_rows(w, delta, g, (inputs, outputs, n), s, LANES);
        s += LANES;
    }
    // The partial tile as a whole one when `delta` is padded (see `affine`).
    if full < n && delta.len() >= slab_end(outputs, n, full + LANES) {
        transpose_rows(w, delta, g, (inputs, outputs, n), full, n - full);
        return;
    }
    for s in full..n {
        for i in 0..inputs {
            let mut acc = 0.0f32;
            for o in 0..outputs {
                acc += w[o * inputs + i] * delta[o * n + s];
            }
            g[i * n + s] = acc;
        }
    }
}

/// Every input row's tile at samples `s..s+LANES`, storing the first `valid` lanes.
#[inline(always)]
fn transpose_rows(
    w: &[f32],
    delta: &[f32],
    g: &mut [f32],
    dims: (usize, usize, usize),
    s: usize,
    valid: usize,
) {
    let inputs = dims.0;
    let mut i = 0;
    while i + ROWS <= inputs {
        transpose_tile::<ROWS>(w, delta, g, dims, (i, s, valid));
        i += ROWS;
    }
    while i < inputs {
        transpose_tile::<1>(w, delta, g, dims, (i, s, valid));
        i += 1;
    }
}

#[inline(always)]
fn transpose_tile<const R: usize>(
    w: &[f32],
    delta: &[f32],
    g: &mut [f32],
    (inputs, outputs, n): (usize, usize, usize),
    (i, s, valid): (usize, usize, usize),
) {
    // Starts from +0.0 like the scalar sum (so an all −0.0 column still gives +0.0).
    let mut acc = [[V4::splat(0.0); 2]; R];
    // Checked once for all `o` (see `affine_tile`).
    let delta = &delta[..slab_end(outputs, n, s + LANES)];
    let w = &w[..slab_end(outputs, inputs, i + R)];
    for o in 0..outputs {
        // SAFETY: `o < outputs`, so `o·n + s + LANES ≤ delta.len()` and
        // `o·inputs + i + R ≤ w.len()` (the slices above), and `r < R` below.
        let (dv, wp) = unsafe {
            let p = delta.as_ptr().add(o * n + s);
            let dv = [V4::load_ptr(p), V4::load_ptr(p.add(4))];
            (dv, w.as_ptr().add(o * inputs + i))
        };
        for (r, acc) in acc.iter_mut().enumerate() {
            // SAFETY: see above.
            let wv = unsafe { *wp.add(r) };
            *acc = mul_acc(*acc, V4::splat(wv), dv);
        }
    }
    for r in 0..R {
        store_valid(acc[r], &mut g[(i + r) * n + s..], valid);
    }
}
