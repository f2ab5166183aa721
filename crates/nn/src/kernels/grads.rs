//! Weight and bias gradients: `gw[o][i] = Σₛ δ[o][s]·a[i][s]`, `gb[o] = Σₛ δ[o][s]`.
//!
//! Each sum starts from +0.0 and adds its terms in increasing sample order `s` — the plain
//! scalar loop `acc += δ·a`, nothing reassociated, so every target gives the same bits.
//!
//! Why a transpose: summing over samples with samples in the vector lanes needs a
//! horizontal combine per weight (that was ~45 % of this kernel for a 32-sample batch).
//! Instead the batch's activations are copied once into `aᵀ` (`n × cols`, sample-major,
//! zero-padded up to a multiple of 4 columns), and the gradient becomes an outer-product
//! accumulation like the forward pass: a register tile of `R` output rows × `4·V` inputs,
//! `acc[r] += δ[o+r][s] · aᵀ[s][c..c+4V]`, looping over `s` inside the tile. The first
//! column tile of each row block also keeps `Σₛ δ[o+r][s]` (the broadcast `δ` it already
//! holds), in the same order, for the bias.

use crate::simd::V4;

/// Output rows per tile: 4 rows × 8 inputs = 8 accumulator vectors. Measured in wasm
/// (V8, 64×64 layer, 32 samples): 12.4 GMAC/s, against 11.4 for 2 × 16, 9.6 for 1 × 32 and
/// 8.3–9.2 for 12- or 16-accumulator tiles (register spills); unrolling the sample loop
/// by 2 also spilled (10.6).
const ROWS: usize = 4;
/// Width of a row of `aᵀ`: the inputs and zeros up to a multiple of 4 (at least 4).
#[inline]
pub fn transposed_width(inputs: usize) -> usize {
    inputs.div_ceil(4).max(1) * 4
}

/// `gw (out×in)` and `gb (out)` from `δ (out×n)` and `a (in×n)`. `scratch` holds `aᵀ`; it
/// grows to `n · transposed_width(inputs)` if shorter (a workspace sizes it once).
pub fn weight_grads(
    delta: &[f32],
    a: &[f32],
    gw: &mut [f32],
    gb: &mut [f32],
    inputs: usize,
    n: usize,
    scratch: &mut Vec<f32>,
) {
    let outputs = gb.len();
    let cols = transposed_width(inputs);
    if scratch.len() < n * cols {
        scratch.resize(n * cols, 0.0);
    }
    let at = &mut scratch[..n * cols];
    transpose_into(&a[..inputs * n], at, inputs, n, cols);
    let at = &*at;
    let delta = &delta[..outputs * n];
    let mut o = 0;
    while o + ROWS <= outputs {
        row_block::<ROWS>(delta, at, gw, gb, inputs, n, cols, o);
        o += ROWS;
    }
    while o < outputs {
        row_block::<1>(delta, at, gw, gb, inputs, n, cols, o);
        o += 1;
    }
}

/// `at[s][i] = a[i][s]` for `i < inputs`, then zeros up to `cols`. Blocks of 4
/// inputs × 4 samples go through one 4×4 register transpose (pure bit moves); the edges
/// are copied one by one.
fn transpose_into(a: &[f32], at: &mut [f32], inputs: usize, n: usize, cols: usize) {
    for row in at.chunks_exact_mut(cols) {
        row[inputs..].fill(0.0);
    }
    let (i4, s4) = (inputs - inputs % 4, n - n % 4);
    for i in (0..i4).step_by(4) {
        for s in (0..s4).step_by(4) {
            let rows: [V4; 4] = core::array::from_fn(|k| V4::load(&a[(i + k) * n + s..]));
            for (k, v) in V4::transpose(rows).into_iter().enumerate() {
                v.store(&mut at[(s + k) * cols + i..]);
            }
        }
    }
    for s in 0..n {
        let first = if s < s4 { i4 } else { 0 };
        for i in first..inputs {
            at[s * cols + i] = a[i * n + s];
        }
    }
}

/// Output rows `o..o+R`, every column tile (8 wide, then 4); the first also sums the
/// biases.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn row_block<const R: usize>(
    delta: &[f32],
    at: &[f32],
    gw: &mut [f32],
    gb: &mut [f32],
    inputs: usize,
    n: usize,
    cols: usize,
    o: usize,
) {
    let d = &delta[o * n..(o + R) * n];
    let mut c = 0;
    macro_rules! tiles {
        ($v:literal) => {
            while c + 4 * $v <= cols {
                let acc = if c == 0 {
                    let (acc, bias) = tile::<R, $v, true>(d, at, n, cols, c);
                    for (r, b) in bias.iter().enumerate() {
                        gb[o + r] = b.to_array()[0];
                    }
                    acc
                } else {
                    tile::<R, $v, false>(d, at, n, cols, c).0
                };
                scatter(&acc, gw, inputs, o, c);
                c += 4 * $v;
            }
        };
    }
    tiles!(2);
    tiles!(1);
}

/// `acc[r][v] = Σₛ d[r·n + s] · aᵀ[s][c + 4v ..]` and, with `BIAS`, `Σₛ d[r·n + s]` in every
/// lane of `bias[r]`; all in increasing `s` from +0.0.
#[inline(always)]
fn tile<const R: usize, const V: usize, const BIAS: bool>(
    d: &[f32],
    at: &[f32],
    n: usize,
    cols: usize,
    c: usize,
) -> ([[V4; V]; R], [V4; R]) {
    let mut acc = [[V4::splat(0.0); V]; R];
    let mut bias = [V4::splat(0.0); R];
    if n == 0 {
        return (acc, bias);
    }
    // One bounds check per tile: the last row read ends at `(n−1)·cols + c + 4V`.
    let at = &at[..(n - 1) * cols + c + 4 * V];
    let d = &d[..R * n];
    for s in 0..n {
        // SAFETY: `s < n`, so `s·cols + c + 4v + 4 ≤ at.len()` for `v < V` (slice above).
        let x: [V4; V] = core::array::from_fn(|v| unsafe {
            V4::load_ptr(at.as_ptr().add(s * cols + c + 4 * v))
        });
        for (r, acc) in acc.iter_mut().enumerate() {
            // SAFETY: `r < R` and `s < n`, so `r·n + s < R·n = d.len()`.
            let dv = V4::splat(unsafe { *d.get_unchecked(r * n + s) });
            for v in 0..V {
                acc[v] = acc[v].add(dv.mul(x[v]));
            }
            if BIAS {
                bias[r] = bias[r].add(dv);
            }
        }
    }
    (acc, bias)
}

/// Writes a tile's columns that are inputs (`c..c+4V` below `inputs`) to `gw`.
#[inline(always)]
fn scatter<const R: usize, const V: usize>(
    acc: &[[V4; V]; R],
    gw: &mut [f32],
    inputs: usize,
    o: usize,
    c: usize,
) {
    for (r, lanes) in acc.iter().enumerate() {
        let row = &mut gw[(o + r) * inputs..(o + r + 1) * inputs];
        if c + 4 * V <= inputs {
            for (v, x) in lanes.iter().enumerate() {
                x.store(&mut row[c + 4 * v..]);
            }
            continue;
        }
        for (v, x) in lanes.iter().enumerate() {
            for (k, value) in x.to_array().into_iter().enumerate() {
                if let Some(dst) = row.get_mut(c + 4 * v + k) {
                    *dst = value;
                }
            }
        }
    }
}
