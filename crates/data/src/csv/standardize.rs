//! Per-column standardization: z = (x − μ) / σ with the population standard deviation
//! σ = √(Σ(x − μ)² / n). A constant column (σ ≈ 0) is only centred, never divided by 0.
//!
//! To survive any finite input (values near f64::MAX would overflow the sum), the column
//! is first divided by its largest magnitude; z is unchanged by that rescaling.
//! Regression targets are mapped linearly onto [−1, 1] (min → −1, max → 1, a constant
//! target → 0) so that CSV targets live in the range of TFP's regression datasets.

/// Standardize `column` in place.
pub fn standardize(column: &mut [f64]) {
    let scale = column.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if column.is_empty() || scale == 0.0 || !scale.is_finite() {
        column.iter_mut().for_each(|v| *v = 0.0);
        return;
    }
    column.iter_mut().for_each(|v| *v /= scale);
    let n = column.len() as f64;
    let mean = column.iter().sum::<f64>() / n;
    let var = column.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n;
    let sd = libm::sqrt(var);
    // Values are now within [−1, 1]; a spread this small is rounding noise.
    let divisor = if sd > 1e-12 { sd } else { 1.0 };
    column.iter_mut().for_each(|v| *v = (*v - mean) / divisor);
}

/// Map `values` linearly onto [−1, 1].
pub fn rescale_to_unit(values: &mut [f64]) {
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // Halves keep hi − lo finite even for values near ±f64::MAX.
    let half_range = hi / 2.0 - lo / 2.0;
    if !(half_range > 0.0 && half_range.is_finite()) {
        values.iter_mut().for_each(|v| *v = 0.0);
        return;
    }
    values
        .iter_mut()
        .for_each(|v| *v = ((*v / 2.0 - lo / 2.0) / half_range * 2.0 - 1.0).clamp(-1.0, 1.0));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standardized_column_has_zero_mean_unit_variance() {
        let mut c = vec![1.0, 2.0, 3.0, 4.0];
        standardize(&mut c);
        // μ = 2.5, σ = √1.25.
        let s = libm::sqrt(1.25);
        let want = [-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s];
        for (a, b) in c.iter().zip(want) {
            assert!((a - b).abs() < 1e-12, "{a} {b}");
        }
    }

    #[test]
    fn constant_and_huge_columns() {
        let mut c = vec![7.0; 5];
        standardize(&mut c);
        assert!(c.iter().all(|v| v.abs() < 1e-12));
        let mut z = vec![0.0; 3];
        standardize(&mut z);
        assert_eq!(z, vec![0.0; 3]);
        let mut h = vec![f64::MAX, -f64::MAX];
        standardize(&mut h);
        assert_eq!(h, vec![1.0, -1.0]);
    }

    #[test]
    fn rescale_maps_min_max_to_unit() {
        let mut v = vec![10.0, 20.0, 15.0];
        rescale_to_unit(&mut v);
        assert_eq!(v, vec![-1.0, 1.0, 0.0]);
        let mut c = vec![3.0, 3.0];
        rescale_to_unit(&mut c);
        assert_eq!(c, vec![0.0, 0.0]);
        let mut h = vec![f64::MAX, -f64::MAX, 0.0];
        rescale_to_unit(&mut h);
        assert_eq!(h, vec![1.0, -1.0, 0.0]);
    }
}
