//! Reductions over samples: `dot`, `sum`, the weight/bias gradients built from them, and
//! the finiteness check.
//!
//! `Σₛ` uses 8 interleaved lane accumulators (lane `l` takes samples `s ≡ l mod 8`, one
//! [`Lanes`] pair of vectors), combined as `((a₀+a₄)+(a₂+a₆))+((a₁+a₅)+(a₃+a₇))`, then the
//! tail samples added in order. `weight_grads` computes `ROWS` such dots at once (plus the
//! bias sum with the first group) so the loads of `δ` are shared, and combines the four
//! dots' lanes with one 4×4 transpose and vector adds: the same tree, lane by lane.

use super::{load, Lanes, LANES, ROWS};
use crate::simd::V4;

/// `Σₛ x[s]·y[s]` in the lane order described in the module docs.
#[inline]
pub fn dot(x: &[f32], y: &[f32]) -> f32 {
    let n = x.len().min(y.len());
    dots::<1, false>(&x[..n], &y[..n], n, 0).0[0]
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
/// loads of `d` across the rows; with `SUM`, also `Σₛ d[s]` in `sum`'s order.
#[inline(always)]
fn dots<const R: usize, const SUM: bool>(
    d: &[f32],
    a: &[f32],
    n: usize,
    i: usize,
) -> ([f32; R], f32) {
    let (acc, accd, full, rows) = lane_sums::<R, SUM>(d, a, n, i);
    let d = &d[..n];
    let dots = core::array::from_fn(|r| {
        let mut total = combine(acc[r]);
        for s in full..n {
            total += d[s] * rows[r][s];
        }
        total
    });
    (dots, bias_sum::<SUM>(accd, &d[full..]))
}

/// The 8-lane accumulators of `R` dots (and of `Σ d` with `SUM`) over the full tiles, the
/// number of samples they cover, and the rows of `a`.
#[inline(always)]
#[allow(clippy::type_complexity)]
fn lane_sums<'a, const R: usize, const SUM: bool>(
    d: &[f32],
    a: &'a [f32],
    n: usize,
    i: usize,
) -> ([Lanes; R], Lanes, usize, [&'a [f32]; R]) {
    let d = &d[..n];
    let rows: [&[f32]; R] = core::array::from_fn(|r| &a[(i + r) * n..(i + r + 1) * n]);
    let full = n - n % LANES;
    let mut acc = [[V4::splat(0.0); 2]; R];
    let mut accd = [V4::splat(0.0); 2];
    let mut s = 0;
    while s < full {
        let dv = load(&d[s..]);
        if SUM {
            accd = [accd[0].add(dv[0]), accd[1].add(dv[1])];
        }
        for r in 0..R {
            let av = load(&rows[r][s..]);
            acc[r] = [
                acc[r][0].add(dv[0].mul(av[0])),
                acc[r][1].add(dv[1].mul(av[1])),
            ];
        }
        s += LANES;
    }
    (acc, accd, full, rows)
}

/// `combine(accd)` plus the tail in order, as `sum` does (0 without `SUM`).
#[inline(always)]
fn bias_sum<const SUM: bool>(accd: Lanes, tail: &[f32]) -> f32 {
    if !SUM {
        return 0.0;
    }
    let mut total = combine(accd);
    for &x in tail {
        total += x;
    }
    total
}

/// Four dots as one vector (lane `r` = input `i + r`), each in `dot`'s order. The combine
/// runs on all four at once: after `lo + hi`, a 4×4 transpose puts lane `j` of every dot
/// in vector `j`, so `(t₀ + t₂) + (t₁ + t₃)` is `combine`'s tree in three vector adds
/// (instead of four spills and twelve scalar adds); the tail adds `d[s]·a[s]` per lane.
/// Written out per row (no arrays of slices) so every accumulator stays in a register.
#[inline(always)]
fn dots4<const SUM: bool>(d: &[f32], a: &[f32], n: usize, i: usize) -> (V4, f32) {
    let d = &d[..n];
    let (r0, rest) = a[i * n..(i + ROWS) * n].split_at(n);
    let (r1, rest) = rest.split_at(n);
    let (r2, r3) = rest.split_at(n);
    let mac = |acc: Lanes, dv: Lanes, x: &[f32]| {
        let av = load(x);
        [acc[0].add(dv[0].mul(av[0])), acc[1].add(dv[1].mul(av[1]))]
    };
    let zero = [V4::splat(0.0); 2];
    let (mut c0, mut c1, mut c2, mut c3, mut cd) = (zero, zero, zero, zero, zero);
    let tiles = d
        .chunks_exact(LANES)
        .zip(r0.chunks_exact(LANES))
        .zip(r1.chunks_exact(LANES))
        .zip(r2.chunks_exact(LANES))
        .zip(r3.chunks_exact(LANES));
    for ((((xd, x0), x1), x2), x3) in tiles {
        let dv = load(xd);
        if SUM {
            cd = [cd[0].add(dv[0]), cd[1].add(dv[1])];
        }
        c0 = mac(c0, dv, x0);
        c1 = mac(c1, dv, x1);
        c2 = mac(c2, dv, x2);
        c3 = mac(c3, dv, x3);
    }
    let lo_hi = |c: Lanes| c[0].add(c[1]);
    let t = V4::transpose([lo_hi(c0), lo_hi(c1), lo_hi(c2), lo_hi(c3)]);
    let mut total = t[0].add(t[2]).add(t[1].add(t[3]));
    let full = n - n % LANES;
    for s in full..n {
        let av = V4::load(&[r0[s], r1[s], r2[s], r3[s]]);
        total = total.add(V4::splat(d[s]).mul(av));
    }
    (total, bias_sum::<SUM>(cd, &d[full..]))
}

/// `gw[o][i] = Σₛ δ[o][s]·a[i][s]` (out×in), `gb[o] = Σₛ δ[o][s]`. The bias sum rides
/// along with the first group of inputs, sharing its loads of `δ`.
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
        let row = &mut gw[o * inputs..(o + 1) * inputs];
        let mut i = 0;
        let mut bias = None;
        while i + ROWS <= inputs {
            let v = if i == 0 {
                let (v, b) = dots4::<true>(dr, a, n, i);
                bias = Some(b);
                v
            } else {
                dots4::<false>(dr, a, n, i).0
            };
            v.store(&mut row[i..]);
            i += ROWS;
        }
        macro_rules! tail {
            ($r:literal) => {{
                let (v, b) = if bias.is_none() {
                    dots::<$r, true>(dr, a, n, i)
                } else {
                    dots::<$r, false>(dr, a, n, i)
                };
                row[i..].copy_from_slice(&v);
                bias.get_or_insert(b);
            }};
        }
        match inputs - i {
            1 => tail!(1),
            2 => tail!(2),
            3 => tail!(3),
            _ => {}
        }
        gb[o] = bias.unwrap_or_else(|| sum(dr));
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
