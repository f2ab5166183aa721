//! Dense-layer kernels on feature-major blocks, with a fixed summation order.
//!
//! Activations are stored `width × n`: row `i` is feature `i` for all `n` samples, so the
//! innermost loops run over samples and vectorise WITHOUT reassociating any sum:
//! - `forward`:  `z[o][s] = b[o] + Σᵢ W[o][i]·a[i][s]`, summed in increasing `i`;
//! - `backward_input`: `g[i][s] = Σₒ W[o][i]·δ[o][s]`, summed in increasing `o` from 0;
//! - `weight_grads`: `∂W[o][i] = Σₛ δ[o][s]·a[i][s]` and `∂b[o] = Σₛ δ[o][s]`, summed in
//!   increasing `s` from +0.0 (see [`grads`] for its transposed tiling).
//!
//! The order is defined by this scalar code, not by the target, so x86_64 and wasm32 give
//! identical bits (Rust never contracts into FMA).
//!
//! Speed comes from register tiles, not from reordering: a tile is `ROWS` output rows ×
//! `LANES` samples held in `[[f32; LANES]; ROWS]` accumulators, and the loop over the summed
//! index runs inside the tile, so each accumulator is loaded once and stored once. The
//! `LANES` samples of a tile are two [`V4`]s (SSE on x86_64, SIMD128 on wasm32); every lane
//! performs exactly the scalar sequence above (`+`/`×` are correctly rounded in both).
//! Samples past the last full tile run as one more vector tile when the caller's block is
//! padded (`TILE_PAD`; the extra lanes are read, never stored), else the scalar path.

mod backward;
mod fused;
mod grads;
mod reduce;
#[cfg(test)]
mod tests;

pub use backward::backward_input;
pub use fused::forward_act;
pub use grads::{transposed_width, weight_grads};
pub use reduce::any_non_finite;

use crate::simd::V4;
pub(crate) use fused::forward_act_cols;

/// Samples per tile.
const LANES: usize = 8;
/// Spare values a caller may leave after a block so that the last, partial sample tile
/// runs as a whole vector tile (its extra lanes are read, never stored).
pub const TILE_PAD: usize = LANES;
/// Output rows per tile (4 × 8 accumulators fill 8 of the 16 vector registers).
const ROWS: usize = 4;

/// One tile row: samples `s..s+4` and `s+4..s+8`.
type Lanes = [V4; 2];

#[inline(always)]
fn store(v: Lanes, x: &mut [f32]) {
    let x = &mut x[..LANES];
    v[0].store(x);
    v[1].store(&mut x[4..]);
}

/// The first `valid` lanes of `v` into `x[..valid]` (all of them when `valid = LANES`).
#[inline(always)]
fn store_valid(v: Lanes, x: &mut [f32], valid: usize) {
    if valid >= LANES {
        return store(v, x);
    }
    let [lo, hi] = v.map(V4::to_array);
    for (k, dst) in x[..valid].iter_mut().enumerate() {
        *dst = if k < 4 { lo[k] } else { hi[k - 4] };
    }
}

/// `acc + w·x` on both halves (that order: the scalar kernels' `acc = acc + w * x`).
#[inline(always)]
fn mul_acc(acc: Lanes, w: V4, x: Lanes) -> Lanes {
    [acc[0].add(w.mul(x[0])), acc[1].add(w.mul(x[1]))]
}

/// An element-wise map applied in the forward tile: the scalar function and the same
/// function on four lanes, bit-identical per lane.
pub(crate) trait ElementMap: Copy {
    fn scalar(self, z: f32) -> f32;
    fn lanes(self, z: V4) -> V4;
}

/// `z ↦ z`.
#[derive(Clone, Copy)]
pub(crate) struct Identity;

impl ElementMap for Identity {
    #[inline(always)]
    fn scalar(self, z: f32) -> f32 {
        z
    }
    #[inline(always)]
    fn lanes(self, z: V4) -> V4 {
        z
    }
}

/// `z (out×n) = W (out×in) · a (in×n) + b`.
pub fn forward(w: &[f32], b: &[f32], a: &[f32], z: &mut [f32], inputs: usize, n: usize) {
    affine(w, b, a, inputs, Cols::dense(n), None, z, Identity);
}

/// Which columns of the blocks a kernel touches: `n` samples, rows `stride` apart in both
/// the input and the output block (`stride = n` for a dense block; a larger stride lets
/// the heatmap evaluator work on a cache-sized slice of columns of whole-grid maps).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cols {
    pub n: usize,
    pub stride: usize,
}

impl Cols {
    pub fn dense(n: usize) -> Self {
        Cols { n, stride: n }
    }
}

/// `out = f(W·a + b)` tile by tile; with `z`, the pre-activations are stored there too.
/// `f` must be the element-wise activation (it sees each `z` exactly once).
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub(crate) fn affine<F: ElementMap>(
    w: &[f32],
    b: &[f32],
    a: &[f32],
    inputs: usize,
    cols: Cols,
    mut z: Option<&mut [f32]>,
    out: &mut [f32],
    f: F,
) {
    let Cols { n, stride } = cols;
    let outs = b.len();
    let full = n - n % LANES;
    let mut s = 0;
    // Sample tiles outermost: the `inputs × LANES` slab of `a` stays in L1 for every row.
    while s < full {
        affine_rows(w, b, a, inputs, stride, s, LANES, z.as_deref_mut(), out, f);
        s += LANES;
    }
    // The last partial tile as a whole tile when `a` extends far enough past the block
    // (the workspace pads its buffers): the extra lanes read neighbouring values and are
    // never stored. Each stored lane is still exactly the scalar sequence.
    if full < n && a.len() >= slab_end(inputs, stride, full + LANES) {
        affine_rows(w, b, a, inputs, stride, full, n - full, z, out, f);
        return;
    }
    for s in full..n {
        for o in 0..outs {
            let mut acc = b[o];
            for (i, &wv) in w[o * inputs..(o + 1) * inputs].iter().enumerate() {
                acc += wv * a[i * stride + s];
            }
            if let Some(z) = z.as_deref_mut() {
                z[o * stride + s] = acc;
            }
            out[o * stride + s] = f.scalar(acc);
        }
    }
}

/// Every output row's tile at samples `s..s+LANES`, storing the first `valid` lanes.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn affine_rows<F: ElementMap>(
    w: &[f32],
    b: &[f32],
    a: &[f32],
    inputs: usize,
    stride: usize,
    s: usize,
    valid: usize,
    mut z: Option<&mut [f32]>,
    out: &mut [f32],
    f: F,
) {
    let outs = b.len();
    let mut o = 0;
    while o + ROWS <= outs {
        affine_tile::<ROWS, F>(
            w,
            b,
            a,
            inputs,
            stride,
            (o, s, valid),
            z.as_deref_mut(),
            out,
            f,
        );
        o += ROWS;
    }
    while o < outs {
        affine_tile::<1, F>(
            w,
            b,
            a,
            inputs,
            stride,
            (o, s, valid),
            z.as_deref_mut(),
            out,
            f,
        );
        o += 1;
    }
}

#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn affine_tile<const R: usize, F: ElementMap>(
    w: &[f32],
    b: &[f32],
    a: &[f32],
    inputs: usize,
    stride: usize,
    (o, s, valid): (usize, usize, usize),
    z: Option<&mut [f32]>,
    out: &mut [f32],
    f: F,
) {
    let wr = &w[o * inputs..(o + R) * inputs];
    // One bounds check for the whole slab instead of one per input row (the per-row checks
    // were a third of the branches in the wasm inner loop): the last row read ends here.
    let a = &a[..slab_end(inputs, stride, s + LANES)];
    let mut acc: [Lanes; R] = core::array::from_fn(|r| [V4::splat(b[o + r]); 2]);
    for i in 0..inputs {
        // SAFETY: `i < inputs`, so `i·stride + s + LANES ≤ a.len()` (the slice above).
        let av = unsafe {
            let p = a.as_ptr().add(i * stride + s);
            [V4::load_ptr(p), V4::load_ptr(p.add(4))]
        };
        for (r, acc) in acc.iter_mut().enumerate() {
            // SAFETY: `r < R` and `i < inputs`, so `r·inputs + i < R·inputs = wr.len()`.
            let wv = unsafe { *wr.get_unchecked(r * inputs + i) };
            *acc = mul_acc(*acc, V4::splat(wv), av);
        }
    }
    if let Some(z) = z {
        for r in 0..R {
            store_valid(acc[r], &mut z[(o + r) * stride + s..], valid);
        }
    }
    for r in 0..R {
        let v = [f.lanes(acc[r][0]), f.lanes(acc[r][1])];
        store_valid(v, &mut out[(o + r) * stride + s..], valid);
    }
}

/// End of the slab a tile reads: `rows` rows `stride` apart, `tail` values of the last one
/// from its start (0 when there are no rows).
#[inline(always)]
fn slab_end(rows: usize, stride: usize, tail: usize) -> usize {
    match rows {
        0 => 0,
        _ => (rows - 1) * stride + tail,
    }
}
