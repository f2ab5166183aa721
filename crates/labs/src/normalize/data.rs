//! The lab's data: TensorFlow Playground's circle (500 points, seeded), split 50/20/30 as
//! the playground splits it, with inputs (x₁, s·x₂) — the second feature `s` times larger
//! than the first — and the same inputs standardized with the *training* split's mean and
//! standard deviation (validation and test rows use those same statistics, as a new point
//! would after training).

use ndarray::{Array2, Axis};
use neurite_data::{
    feature_matrix, generate, stable_split, standardize, DatasetKind, DatasetSpec, Feature,
    SplitPercent, Standardization,
};
use neurite_nn::{DataSplit, NnError, Rng, Samples, Stream};

use super::state::NormalizeLab;

/// The generator the lab's data comes from.
pub const DATA_KIND: DatasetKind = DatasetKind::Circle;

/// Both versions of the lab's data.
#[derive(Debug, Clone, PartialEq)]
pub struct LabData {
    /// Inputs (x₁, s·x₂), targets ±1 (the tanh head's).
    pub raw: DataSplit,
    /// The same rows as z-scores.
    pub standardized: DataSplit,
    /// μ and σ of each raw input over the training rows.
    pub stats: Standardization,
}

impl LabData {
    /// The data of `lab` (its seed and factor).
    pub fn of(lab: &NormalizeLab) -> Result<LabData, NnError> {
        let data = generate(
            &DatasetSpec::new(DATA_KIND),
            &mut Rng::stream(lab.seed, Stream::Data),
        )
        .map_err(|e| NnError::InvalidData(e.to_string()))?;
        let mut inputs = feature_matrix(data.dims, data.coords(), &[Feature::X1, Feature::X2]);
        inputs.column_mut(1).mapv_inplace(|x| x * lab.scale);
        let targets = Array2::from_shape_fn((data.len(), 1), |(i, _)| {
            match data.points[i].label.class() {
                Some(1) => 1.0,
                _ => -1.0,
            }
        });
        let split = SplitPercent {
            train: 50,
            validation: 20,
            test: 30,
        };
        let (train, validation, test) = stable_split(&data.points, split, lab.seed);
        let stats = standardize(inputs.select(Axis(0), &train).view());
        let scaled = stats.apply(inputs.view());
        let cut = |x: &Array2<f32>| {
            let pick =
                |idx: &[usize]| Samples::new(x.select(Axis(0), idx), targets.select(Axis(0), idx));
            DataSplit {
                train: pick(&train),
                validation: pick(&validation),
                test: pick(&test),
            }
        };
        Ok(LabData {
            raw: cut(&inputs),
            standardized: cut(&scaled),
            stats,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array1, Array2};

    /// Per-column mean and biased variance of `values` (`n × width`) over the rows,
    /// accumulated in f64.
    fn column_stats(values: &Array2<f32>) -> (Array1<f32>, Array1<f32>) {
        let n = values.nrows().max(1) as f64;
        let cols = values.columns().into_iter();
        let (mean, var): (Vec<f32>, Vec<f32>) = cols
            .map(|c| {
                let mu = c.iter().map(|&v| v as f64).sum::<f64>() / n;
                let var = c.iter().map(|&v| (v as f64 - mu).powi(2)).sum::<f64>() / n;
                (mu as f32, var as f32)
            })
            .unzip();
        (Array1::from_vec(mean), Array1::from_vec(var))
    }

    #[test]
    fn raw_and_standardized_rows_match_and_use_the_training_statistics() {
        let lab = NormalizeLab::default();
        let d = LabData::of(&lab).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (d.raw.train.len(), d.raw.validation.len(), d.raw.test.len()),
            (250, 100, 150)
        );
        assert_eq!(d.raw.train.targets, d.standardized.train.targets);
        // x₂ spans ±6·100, x₁ ±6.
        let max = |s: &Samples, j: usize| s.inputs.column(j).fold(0.0f32, |m, v| m.max(v.abs()));
        assert!(max(&d.raw.train, 0) <= 6.0 && max(&d.raw.train, 1) > 300.0);
        // Training inputs: mean 0 and variance 1 per column after standardizing.
        let (mean, var) = column_stats(&d.standardized.train.inputs);
        assert!(mean.iter().all(|m| m.abs() < 1e-5), "{mean}");
        assert!(var.iter().all(|v| (v - 1.0).abs() < 1e-4), "{var}");
        // Test rows are mapped with the training μ and σ, not their own.
        let (raw, z) = (&d.raw.test.inputs, &d.standardized.test.inputs);
        for j in 0..2 {
            let want = (raw[[0, j]] - d.stats.mean[j]) / d.stats.sd[j];
            assert!((z[[0, j]] - want).abs() < 1e-5);
        }
        let (test_mean, _) = column_stats(z);
        assert!(
            test_mean.iter().any(|m| m.abs() > 1e-3),
            "not re-centred on itself"
        );
        assert!(d.stats.sd[1] / d.stats.sd[0] > 50.0, "{:?}", d.stats.sd);
    }
}
