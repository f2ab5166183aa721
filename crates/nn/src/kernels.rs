//! Dense-layer kernels on feature-major blocks, with a fixed summation order.
//!
//! Activations are stored `width × n`: row `i` is feature `i` for all `n` samples, so the
//! innermost loops run over samples and vectorise WITHOUT reassociating any sum:
//! - `forward`:  `z[o][s] = b[o] + Σᵢ W[o][i]·a[i][s]`, summed in increasing `i`;
//! - `backward_input`: `g[i][s] = Σₒ W[o][i]·δ[o][s]`, summed in increasing `o` from 0;
//! - `dot`/`sum` (weight and bias gradients, reductions over samples): 8 interleaved lane
//!   accumulators (lane `l` takes samples `s ≡ l mod 8`), combined in a fixed tree, then
//!   the tail in order. The order is defined by this scalar code, not by the target, so
//!   x86_64 and wasm32 give identical bits (Rust never contracts into FMA).

const LANES: usize = 8;

/// `z (out×n) = W (out×in) · a (in×n) + b`.
pub fn forward(w: &[f32], b: &[f32], a: &[f32], z: &mut [f32], inputs: usize, n: usize) {
    for (o, zr) in z.chunks_exact_mut(n).enumerate() {
        zr.fill(b[o]);
        let wr = &w[o * inputs..(o + 1) * inputs];
        // Four inputs per pass: same left-to-right order, a quarter of the row traffic.
        let mut i = 0;
        while i + 4 <= inputs {
            let (w0, w1, w2, w3) = (wr[i], wr[i + 1], wr[i + 2], wr[i + 3]);
            let a0 = &a[i * n..(i + 1) * n];
            let a1 = &a[(i + 1) * n..(i + 2) * n];
            let a2 = &a[(i + 2) * n..(i + 3) * n];
            let a3 = &a[(i + 3) * n..(i + 4) * n];
            for s in 0..n {
                zr[s] = zr[s] + w0 * a0[s] + w1 * a1[s] + w2 * a2[s] + w3 * a3[s];
            }
            i += 4;
        }
        while i < inputs {
            let wv = wr[i];
            for (zv, &av) in zr.iter_mut().zip(&a[i * n..(i + 1) * n]) {
                *zv += wv * av;
            }
            i += 1;
        }
    }
}

/// `g (in×n) = Wᵀ · δ` where `W` is `out×in` and `δ` is `out×n`.
pub fn backward_input(
    w: &[f32],
    delta: &[f32],
    g: &mut [f32],
    inputs: usize,
    outputs: usize,
    n: usize,
) {
    for (i, gr) in g.chunks_exact_mut(n).enumerate() {
        gr.fill(0.0);
        let mut o = 0;
        while o + 4 <= outputs {
            let (w0, w1, w2, w3) = (
                w[o * inputs + i],
                w[(o + 1) * inputs + i],
                w[(o + 2) * inputs + i],
                w[(o + 3) * inputs + i],
            );
            let d0 = &delta[o * n..(o + 1) * n];
            let d1 = &delta[(o + 1) * n..(o + 2) * n];
            let d2 = &delta[(o + 2) * n..(o + 3) * n];
            let d3 = &delta[(o + 3) * n..(o + 4) * n];
            for s in 0..n {
                gr[s] = gr[s] + w0 * d0[s] + w1 * d1[s] + w2 * d2[s] + w3 * d3[s];
            }
            o += 4;
        }
        while o < outputs {
            let wv = w[o * inputs + i];
            for (gv, &dv) in gr.iter_mut().zip(&delta[o * n..(o + 1) * n]) {
                *gv += wv * dv;
            }
            o += 1;
        }
    }
}

/// `Σₛ x[s]·y[s]` in the lane order described in the module docs.
#[inline]
pub fn dot(x: &[f32], y: &[f32]) -> f32 {
    let mut acc = [0.0f32; LANES];
    let cx = x.chunks_exact(LANES);
    let cy = y.chunks_exact(LANES);
    let (rx, ry) = (cx.remainder(), cy.remainder());
    for (bx, by) in cx.zip(cy) {
        for l in 0..LANES {
            acc[l] += bx[l] * by[l];
        }
    }
    let mut total = combine(acc);
    for (&a, &b) in rx.iter().zip(ry) {
        total += a * b;
    }
    total
}

/// `Σₛ x[s]` in the lane order described in the module docs.
#[inline]
pub fn sum(x: &[f32]) -> f32 {
    let mut acc = [0.0f32; LANES];
    let cx = x.chunks_exact(LANES);
    let rx = cx.remainder();
    for bx in cx {
        for l in 0..LANES {
            acc[l] += bx[l];
        }
    }
    let mut total = combine(acc);
    for &a in rx {
        total += a;
    }
    total
}

#[inline(always)]
fn combine(a: [f32; LANES]) -> f32 {
    ((a[0] + a[4]) + (a[2] + a[6])) + ((a[1] + a[5]) + (a[3] + a[7]))
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
    for (o, dr) in delta.chunks_exact(n).enumerate() {
        gb[o] = sum(dr);
        for (i, g) in gw[o * inputs..(o + 1) * inputs].iter_mut().enumerate() {
            *g = dot(dr, &a[i * n..(i + 1) * n]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(w: &[f32], b: &[f32], a: &[f32], inputs: usize, n: usize) -> Vec<f64> {
        let out = b.len();
        let mut z = vec![0.0; out * n];
        for o in 0..out {
            for s in 0..n {
                z[o * n + s] = b[o] as f64
                    + (0..inputs)
                        .map(|i| w[o * inputs + i] as f64 * a[i * n + s] as f64)
                        .sum::<f64>();
            }
        }
        z
    }

    fn vals(len: usize, seed: u32) -> Vec<f32> {
        (0..len)
            .map(|i| (((i as u32).wrapping_mul(2_654_435_761) ^ seed) % 1000) as f32 / 500.0 - 1.0)
            .collect()
    }

    #[test]
    fn kernels_match_naive_f64() {
        let (inputs, outputs, n) = (7, 6, 11);
        let (w, b, a) = (
            vals(outputs * inputs, 1),
            vals(outputs, 2),
            vals(inputs * n, 3),
        );
        let mut z = vec![0.0; outputs * n];
        forward(&w, &b, &a, &mut z, inputs, n);
        for (x, y) in z.iter().zip(naive(&w, &b, &a, inputs, n)) {
            assert!((*x as f64 - y).abs() < 1e-5);
        }
        let d = vals(outputs * n, 4);
        let mut g = vec![0.0; inputs * n];
        backward_input(&w, &d, &mut g, inputs, outputs, n);
        for i in 0..inputs {
            for s in 0..n {
                let e: f64 = (0..outputs)
                    .map(|o| w[o * inputs + i] as f64 * d[o * n + s] as f64)
                    .sum();
                assert!((g[i * n + s] as f64 - e).abs() < 1e-5);
            }
        }
        let (mut gw, mut gb) = (vec![0.0; outputs * inputs], vec![0.0; outputs]);
        weight_grads(&d, &a, &mut gw, &mut gb, inputs, n);
        for o in 0..outputs {
            let eb: f64 = (0..n).map(|s| d[o * n + s] as f64).sum();
            assert!((gb[o] as f64 - eb).abs() < 1e-5);
            for i in 0..inputs {
                let e: f64 = (0..n)
                    .map(|s| d[o * n + s] as f64 * a[i * n + s] as f64)
                    .sum();
                assert!((gw[o * inputs + i] as f64 - e).abs() < 1e-5);
            }
        }
    }

    #[test]
    fn dot_order_is_the_documented_one() {
        let x: Vec<f32> = (0..19).map(|i| 1.0 + i as f32 * 1e-3).collect();
        let y: Vec<f32> = (0..19).map(|i| 3.0 - i as f32 * 7e-4).collect();
        let mut acc = [0.0f32; 8];
        for s in 0..16 {
            acc[s % 8] += x[s] * y[s];
        }
        let mut t =
            ((acc[0] + acc[4]) + (acc[2] + acc[6])) + ((acc[1] + acc[5]) + (acc[3] + acc[7]));
        for s in 16..19 {
            t += x[s] * y[s];
        }
        assert_eq!(dot(&x, &y).to_bits(), t.to_bits());
    }
}
