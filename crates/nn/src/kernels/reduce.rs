//! Reductions over samples: `dot`, `sum`, the weight/bias gradients built from them, and
//! the finiteness check.
//!
//! `Σₛ` uses 8 interleaved lane accumulators (lane `l` takes samples `s ≡ l mod 8`, one
//! [`Lanes`] pair of vectors), combined as `((a₀+a₄)+(a₂+a₆))+((a₁+a₅)+(a₃+a₇))`, then the
//! tail samples added in order. `weight_grads` computes `ROWS` such dots at once so the
//! loads of `δ` are shared.

use super::{load, Lanes, LANES, ROWS};
use crate::simd::V4;

/// `Σₛ x[s]·y[s]` in the lane order described in the module docs.
#[inline]
pub fn dot(x: &[f32], y: &[f32]) -> f32 {
    let n = x.len().min(y.len());
    dots::<1>(&x[..n], &y[..n], n, 0)[0]
}

/// `Σₛ x[s]` in the lane order described in the module docs.
#[inline]
pub fn sum(x: &[f32]) -> f32 {
    let mut acc = [V4::splat(0.0); 2];
    let cx = x.chunks_exact(LANES);
    let rx = cx.remainder();
    for bx in cx {
        let v = load(bx);
        acc = [acc[0].add(v[0]), acc[1].add(v[1])];
    }
    let mut total = combine(acc);
    for &a in rx {
        total += a;
    }
    total
}

/// `((a₀ + a₄) + (a₂ + a₆)) + ((a₁ + a₅) + (a₃ + a₇))` of the 8 lane accumulators; the
/// first level is one vector add (`lo + hi` = `[a₀+a₄, a₁+a₅, a₂+a₆, a₃+a₇]`).
#[inline(always)]
fn combine(a: Lanes) -> f32 {
    let s = a[0].add(a[1]).to_array();
    (s[0] + s[2]) + (s[1] + s[3])
}

/// `R` dot products `Σₛ d[s]·a[(i+r)·n + s]` at once (each in `dot`'s order), sharing the
/// loads of `d` across the rows.
#[inline(always)]
fn dots<const R: usize>(d: &[f32], a: &[f32], n: usize, i: usize) -> [f32; R] {
    let d = &d[..n];
    let rows: [&[f32]; R] = core::array::from_fn(|r| &a[(i + r) * n..(i + r + 1) * n]);
    let full = n - n % LANES;
    let mut acc = [[V4::splat(0.0); 2]; R];
    let mut s = 0;
    while s < full {
        let dv = load(&d[s..]);
        for r in 0..R {
            let av = load(&rows[r][s..]);
            acc[r] = [
                acc[r][0].add(dv[0].mul(av[0])),
                acc[r][1].add(dv[1].mul(av[1])),
            ];
        }
        s += LANES;
    }
    core::array::from_fn(|r| {
        let mut total = combine(acc[r]);
        for s in full..n {
            total += d[s] * rows[r][s];
        }
        total
    })
}

/// `gw[o][i] = Σₛ δ[o][s]·a[i][s]` (out×in), `gb[o] = Σₛ δ[o][s]`.
pub fn weight_grads(
    delta: &[f32],
    a: &[f32],
    gw: &mut [f32],
    gb: &mut [f32],
    inputs: usize,
    n: usize,
) {
    if n == 0 {
        gw.fill(0.0);
        gb.fill(0.0);
        return;
    }
    for (o, dr) in delta.chunks_exact(n).enumerate() {
        gb[o] = sum(dr);
        let row = &mut gw[o * inputs..(o + 1) * inputs];
        let mut i = 0;
        while i + ROWS <= inputs {
            row[i..i + ROWS].copy_from_slice(&dots::<ROWS>(dr, a, n, i));
            i += ROWS;
        }
        while i < inputs {
            row[i] = dots::<1>(dr, a, n, i)[0];
            i += 1;
        }
    }
}

/// Whether any value is NaN or ±∞ (exponent bits all ones). Integer OR-reduction, so it
/// vectorises and never stops early: checking every parameter each batch stays cheap.
#[inline]
pub fn any_non_finite(x: &[f32]) -> bool {
    const EXP: u32 = 0x7f80_0000;
    x.iter()
        .fold(0u32, |acc, v| acc | u32::from(v.to_bits() & EXP == EXP))
        != 0
}
