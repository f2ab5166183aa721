//! Input standardization (z-scores) with the training split's statistics.
//!
//! For each input column j, [`standardize`] takes the mean and the population standard
//! deviation over the *training* rows only,
//!
//! ```text
//! μⱼ = (1/n)·Σₛ xₛⱼ        σⱼ = √((1/n)·Σₛ (xₛⱼ − μⱼ)²)
//! ```
//!
//! and [`Standardization::apply`] maps any rows — training, validation, test, a queried
//! point — to `zₛⱼ = (xₛⱼ − μⱼ)/σⱼ` with those same μ and σ. Validation and test data must
//! not contribute to μ and σ: they stand for data the model has not seen, and the model
//! must treat a new point exactly as it will after deployment. Why standardize at all: a
//! weight's gradient is proportional to its input, so a feature 100× larger than another
//! gets 100× larger steps — one learning rate is then too large for one weight and too
//! small for the other. After standardization every feature has mean 0 and sd 1.
//!
//! Sums are accumulated in f64 in row order (deterministic natively and in wasm). A
//! constant column (σ < 10⁻¹²·max|x|, or 0) is only centred (σ taken as 1), never divided
//! by 0; with no training rows nothing changes (μ = 0, σ = 1).

use ndarray::{Array2, ArrayView2};

/// Per-column mean and standard deviation of the training inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct Standardization {
    /// μⱼ per column.
    pub mean: Vec<f32>,
    /// σⱼ per column (1 for a constant column).
    pub sd: Vec<f32>,
}

/// The statistics of `train` (`n × d`, one row per training sample), see the module docs.
pub fn standardize(train: ArrayView2<f32>) -> Standardization {
    let n = train.nrows();
    let (mean, sd) = train
        .columns()
        .into_iter()
        .map(|c| {
            if n == 0 {
                return (0.0, 1.0);
            }
            let mu = c.iter().map(|&v| f64::from(v)).sum::<f64>() / n as f64;
            let var = c.iter().map(|&v| (f64::from(v) - mu).powi(2)).sum::<f64>() / n as f64;
            let sd = libm::sqrt(var);
            let scale = c.iter().fold(0.0f64, |m, &v| m.max(f64::from(v).abs()));
            let sd = if sd > 1e-12 * scale && sd.is_finite() {
                sd
            } else {
                1.0
            };
            (mu as f32, sd as f32)
        })
        .unzip();
    Standardization { mean, sd }
}

impl Standardization {
    /// `rows` (`m × d`) as z-scores `(x − μ)/σ` of the training statistics (computed in
    /// f64, stored as f32). Columns beyond those the statistics cover pass unchanged.
    pub fn apply(&self, rows: ArrayView2<f32>) -> Array2<f32> {
        Array2::from_shape_fn(rows.dim(), |(s, j)| {
            let x = rows[[s, j]];
            match (self.mean.get(j), self.sd.get(j)) {
                (Some(&mu), Some(&sd)) => ((f64::from(x) - f64::from(mu)) / f64::from(sd)) as f32,
                _ => x,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn hand_computed_statistics_and_z_scores() {
        // Column 0: 1, 3, 5 → μ = 3, σ = √(8/3). Column 1: 100× column 0 → μ = 300,
        // σ = 100·√(8/3): after standardizing the two columns are identical.
        let train = array![[1.0f32, 100.0], [3.0, 300.0], [5.0, 500.0]];
        let s = standardize(train.view());
        let sd = (8.0f64 / 3.0).sqrt();
        assert_eq!(s.mean, vec![3.0, 300.0]);
        assert!((f64::from(s.sd[0]) - sd).abs() < 1e-6, "{:?}", s.sd);
        assert!((f64::from(s.sd[1]) - 100.0 * sd).abs() < 1e-4, "{:?}", s.sd);
        let z = s.apply(train.view());
        let want = [-2.0 / sd, 0.0, 2.0 / sd];
        for (row, w) in z.rows().into_iter().zip(want) {
            assert!((f64::from(row[0]) - w).abs() < 1e-6 && (f64::from(row[1]) - w).abs() < 1e-6);
        }
    }

    #[test]
    fn validation_and_test_use_the_training_statistics() {
        let train = array![[0.0f32], [2.0]]; // μ = 1, σ = 1
        let s = standardize(train.view());
        assert_eq!((s.mean.clone(), s.sd.clone()), (vec![1.0], vec![1.0]));
        // A validation set with its own mean 11: its z-scores are 9 and 11, not ±1.
        let validation = array![[10.0f32], [12.0]];
        assert_eq!(s.apply(validation.view()), array![[9.0f32], [11.0]]);
    }

    #[test]
    fn constant_and_empty_columns_are_never_divided_by_zero() {
        let s = standardize(array![[7.0f32, 1.0], [7.0, 3.0]].view());
        assert_eq!(
            (s.mean.clone(), s.sd.clone()),
            (vec![7.0, 2.0], vec![1.0, 1.0])
        );
        assert_eq!(
            s.apply(array![[8.0f32, 2.0, 5.0]].view()),
            array![[1.0f32, 0.0, 5.0]]
        );
        let none = standardize(Array2::<f32>::zeros((0, 2)).view());
        assert_eq!((none.mean, none.sd), (vec![0.0, 0.0], vec![1.0, 1.0]));
    }
}
