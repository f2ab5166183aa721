//! The two loops every layer kind's products reduce to, written so LLVM vectorises them
//! without reordering a sum differently on different targets (no FMA, no reassociation):
//! - [`dot`]: `Σᵢ aᵢbᵢ` in eight interleaved partial sums `s_j = Σ_{i ≡ j (mod 8)} aᵢbᵢ`,
//!   then `((s₀+s₄)+(s₁+s₅))+((s₂+s₆)+(s₃+s₇))`, then the tail in order. The lanes are
//!   explicit, so native SSE, wasm SIMD128 and scalar code all perform the same roundings.
//! - [`axpy`]: `y ← y + α·x`, element by element (no sum to reorder).

/// `Σ aᵢ·bᵢ` over the common length, in the fixed order described above.
#[inline]
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let mut s = [0.0f32; 8];
    let chunks = n / 8;
    for (ca, cb) in a.chunks_exact(8).zip(b.chunks_exact(8)) {
        for j in 0..8 {
            s[j] += ca[j] * cb[j];
        }
    }
    let mut total = ((s[0] + s[4]) + (s[1] + s[5])) + ((s[2] + s[6]) + (s[3] + s[7]));
    for i in chunks * 8..n {
        total += a[i] * b[i];
    }
    total
}

/// `y ← y + α·x` over the common length.
#[inline]
pub fn axpy(alpha: f32, x: &[f32], y: &mut [f32]) {
    for (yi, &xi) in y.iter_mut().zip(x) {
        *yi += alpha * xi;
    }
}

/// `out[r][c] = bias[r] + dot(a[r], b[c])` for `a: rows × k`, `b: cols × k` (both
/// row-major), `out: rows × cols` written at `out[r·cols + c]`.
pub fn matmul_nt(a: &[f32], b: &[f32], k: usize, bias: Option<&[f32]>, out: &mut [f32]) {
    if k == 0 {
        return;
    }
    let rows = a.len() / k;
    let cols = b.len() / k;
    for r in 0..rows {
        let ar = &a[r * k..(r + 1) * k];
        let b0 = bias.and_then(|b| b.get(r)).copied().unwrap_or(0.0);
        for c in 0..cols {
            out[r * cols + c] = b0 + dot(ar, &b[c * k..(c + 1) * k]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_is_the_sum_of_products_and_fixed_in_order() {
        let a: Vec<f32> = (0..19).map(|i| i as f32 * 0.5 - 3.0).collect();
        let b: Vec<f32> = (0..19).map(|i| (i % 5) as f32 - 1.5).collect();
        let exact: f64 = a.iter().zip(&b).map(|(x, y)| *x as f64 * *y as f64).sum();
        assert!((dot(&a, &b) as f64 - exact).abs() < 1e-4);
        // The documented order, written out.
        let mut s = [0.0f32; 8];
        for i in 0..16 {
            s[i % 8] += a[i] * b[i];
        }
        let mut t = ((s[0] + s[4]) + (s[1] + s[5])) + ((s[2] + s[6]) + (s[3] + s[7]));
        for i in 16..19 {
            t += a[i] * b[i];
        }
        assert_eq!(dot(&a, &b).to_bits(), t.to_bits());
    }

    #[test]
    fn matmul_nt_by_hand() {
        // a = [[1,2],[3,4]], b rows = [[5,6],[7,8],[1,0]] → a·bᵀ + bias
        let mut out = [0.0; 6];
        matmul_nt(
            &[1., 2., 3., 4.],
            &[5., 6., 7., 8., 1., 0.],
            2,
            Some(&[1., -1.]),
            &mut out,
        );
        assert_eq!(out, [18., 24., 2., 38., 52., 2.]);
    }
}
