//! Weight and bias gradients: `gw[o][i] = Σₛ δ[o][s]·a[i][s]`, `gb[o] = Σₛ δ[o][s]`.
//!
//! Each sum starts from +0.0 and adds its terms in increasing sample order `s` — the plain
//! scalar loop `acc += δ·a`, nothing reassociated, so every target gives the same bits.
//!
//! Why a transpose: summing over samples with samples in the vector lanes needs a
//! horizontal combine per weight (that was ~45 % of this kernel for a 32-sample batch).
//! Instead the batch's activations are copied once into `aᵀ` (`n × cols`, sample-major,
//! with a column of ones for the bias and zero padding up to a multiple of 4), and the
//! gradient becomes an outer-product accumulation like the forward pass: a register tile
//! of `R` output rows × `4·V` inputs, `acc[r] += δ[o+r][s] · aᵀ[s][c..c+4V]`, looping over
//! `s` inside the tile. The bias is the ones column, and `δ·1 = δ` exactly, so it is the
//! same in-order sum.

use crate::simd::V4;

/// Output rows per tile: 2 rows × 16 inputs = 8 accumulators (measured in wasm: 4 × 8 and
/// 3 × 16 were slower on the 2-64-64-1 network).
const ROWS: usize = 2;
/// Width of a row of `aᵀ`: the inputs, the ones column, zeros up to a multiple of 4.
#[inline]
pub fn transposed_width(inputs: usize) -> usize {
    (inputs + 1).div_ceil(4) * 4
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

/// `at[s][i] = a[i][s]` for `i < inputs`, then a 1 and zeros up to `cols`. Blocks of 4
/// inputs × 4 samples go through one 4×4 register transpose (pure bit moves); the edges
/// are copied one by one.
fn transpose_into(a: &[f32], at: &mut [f32], inputs: usize, n: usize, cols: usize) {
    for row in at.chunks_exact_mut(cols) {
        row[inputs] = 1.0;
        row[inputs + 1..].fill(0.0);
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

/// Output rows `o..o+R`, every column tile (8 wide, then one 4 wide if `cols` needs it).
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
    while c + 16 <= cols {
        let acc = tile::<R, 4>(d, at, n, cols, c);
        scatter(&acc, gw, gb, inputs, o, c);
        c += 16;
    }
    while c + 8 <= cols {
        let acc = tile::<R, 2>(d, at, n, cols, c);
        scatter(&acc, gw, gb, inputs, o, c);
        c += 8;
    }
    while c < cols {
        let acc = tile::<R, 1>(d, at, n, cols, c);
        scatter(&acc, gw, gb, inputs, o, c);
        c += 4;
    }
}

/// `acc[r][v] = Σₛ d[r·n + s] · aᵀ[s][c + 4v ..]`, in increasing `s`.
#[inline(always)]
fn tile<const R: usize, const V: usize>(
    d: &[f32],
    at: &[f32],
    n: usize,
    cols: usize,
    c: usize,
) -> [[V4; V]; R] {
    let mut acc = [[V4::splat(0.0); V]; R];
    if n == 0 {
        return acc;
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
        }
    }
    acc
}

/// Writes a tile's columns: inputs to `gw`, the ones column to `gb`, padding nowhere.
#[inline(always)]
fn scatter<const R: usize, const V: usize>(
    acc: &[[V4; V]; R],
    gw: &mut [f32],
    gb: &mut [f32],
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
                let col = c + 4 * v + k;
                if col < inputs {
                    row[col] = value;
                } else if col == inputs {
                    gb[o + r] = value;
                }
            }
        }
    }
}
