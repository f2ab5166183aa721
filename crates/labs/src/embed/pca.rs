//! The 2-D picture of the word vectors: principal component analysis (PCA). The vectors
//! are centred on their mean; the two directions along which they spread the most are the
//! top two eigenvectors of their covariance C = (1/n) Σ (v − v̄)(v − v̄)ᵀ, found by power
//! iteration (repeat u ← C u / ‖C u‖; the second after removing the first from C); each
//! word is drawn at its coordinates along them. A flat picture of D dimensions keeps only
//! part of the spread ([`Projection::explained`] says how much), so two words close here
//! may still be far apart in the table — the cosine is computed on the full vectors.

/// Where each word lands, and the share of the spread each axis keeps.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Projection {
    /// (x, y) per input vector, in order.
    pub points: Vec<[f64; 2]>,
    /// Each axis's variance over the total (the two add up to at most 1).
    pub explained: [f64; 2],
}

const ITERATIONS: usize = 200;

/// The projection of `vectors` (each `dim` long) on their top two principal axes. Each
/// axis's sign is set so that its largest component is positive, so the picture does not
/// flip between two calls on nearby tables.
pub fn project(vectors: &[&[f32]], dim: usize) -> Projection {
    let n = vectors.len();
    if n == 0 || dim == 0 || vectors.iter().any(|v| v.len() != dim) {
        return Projection::default();
    }
    let mut mean = vec![0.0f64; dim];
    for v in vectors {
        for (m, &x) in mean.iter_mut().zip(v.iter()) {
            *m += f64::from(x) / n as f64;
        }
    }
    let centred: Vec<Vec<f64>> = vectors
        .iter()
        .map(|v| {
            v.iter()
                .zip(&mean)
                .map(|(&x, m)| f64::from(x) - m)
                .collect()
        })
        .collect();
    let mut cov = vec![0.0f64; dim * dim];
    for v in &centred {
        for i in 0..dim {
            for j in 0..dim {
                cov[i * dim + j] += v[i] * v[j] / n as f64;
            }
        }
    }
    let total: f64 = (0..dim).map(|i| cov[i * dim + i]).sum();
    let mut axes = Vec::with_capacity(2);
    let mut explained = [0.0; 2];
    for (k, share) in explained.iter_mut().enumerate() {
        // A fixed, uneven start so the iteration is the same everywhere.
        let mut u: Vec<f64> = (0..dim)
            .map(|i| 1.0 + (i + k) as f64 / dim as f64)
            .collect();
        let mut lambda = 0.0;
        for _ in 0..ITERATIONS {
            let mut w: Vec<f64> = (0..dim)
                .map(|i| (0..dim).map(|j| cov[i * dim + j] * u[j]).sum())
                .collect();
            let norm = libm::sqrt(w.iter().map(|x| x * x).sum());
            if norm == 0.0 {
                break;
            }
            w.iter_mut().for_each(|x| *x /= norm);
            lambda = norm;
            u = w;
        }
        let big = u
            .iter()
            .copied()
            .fold(0.0f64, |a, x| if x.abs() > a.abs() { x } else { a });
        if big < 0.0 {
            u.iter_mut().for_each(|x| *x = -*x);
        }
        // Deflate: C ← C − λ u uᵀ.
        for i in 0..dim {
            for j in 0..dim {
                cov[i * dim + j] -= lambda * u[i] * u[j];
            }
        }
        *share = if total > 0.0 { lambda / total } else { 0.0 };
        axes.push(u);
    }
    let points = centred
        .iter()
        .map(|v| {
            let along = |a: &[f64]| v.iter().zip(a).map(|(x, y)| x * y).sum::<f64>();
            [along(&axes[0]), along(&axes[1])]
        })
        .collect();
    Projection { points, explained }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_spread_along_a_line_land_on_the_first_axis() {
        // Points on the direction (1, 2, 2)/3 plus a small spread along (0, 1, −1)/√2.
        let rows: Vec<Vec<f32>> = (0..9)
            .map(|i| {
                let t = i as f32 - 4.0;
                let s = if i % 2 == 0 { 0.1 } else { -0.1 };
                vec![t / 3.0, 2.0 * t / 3.0 + s, 2.0 * t / 3.0 - s]
            })
            .collect();
        let refs: Vec<&[f32]> = rows.iter().map(Vec::as_slice).collect();
        let p = project(&refs, 3);
        for (i, pt) in p.points.iter().enumerate() {
            assert!((pt[0] - (i as f64 - 4.0)).abs() < 1e-5, "{pt:?}");
        }
        assert!(
            p.explained[0] > 0.99 && p.explained[0] + p.explained[1] <= 1.0 + 1e-9,
            "{:?}",
            p.explained
        );
        assert_eq!(project(&[], 3), Projection::default());
    }
}
