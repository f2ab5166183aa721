//! Data: `Samples` (`inputs` n×d, `targets` n×k) and a train/validation/test split — what the
//! passes, the metrics and the trainer all read (so it lives below all of them).
//!
//! Targets by head: a value (Linear), ±1 (Tanh), 0/1 (Sigmoid), one-hot (Softmax).

use crate::error::NnError;
use ndarray::Array2;
use serde::{Deserialize, Serialize};

/// A set of samples, one per row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Samples {
    /// `n × d` inputs.
    pub inputs: Array2<f32>,
    /// `n × k` targets.
    pub targets: Array2<f32>,
}

impl Samples {
    /// Wraps the arrays (checked later by whoever uses them).
    pub fn new(inputs: Array2<f32>, targets: Array2<f32>) -> Self {
        Samples { inputs, targets }
    }

    /// No samples with `d` inputs and `k` targets.
    pub fn empty(d: usize, k: usize) -> Self {
        Samples {
            inputs: Array2::zeros((0, d)),
            targets: Array2::zeros((0, k)),
        }
    }

    /// Number of samples.
    pub fn len(&self) -> usize {
        self.inputs.nrows()
    }

    /// Whether there are no samples.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Checks widths, matching row counts, finite values, and (silently) makes both arrays
    /// standard-layout so kernels can read flat rows.
    pub fn validate(&self, d: usize, k: usize, name: &str) -> Result<(), NnError> {
        let bad = |m: String| Err(NnError::InvalidData(format!("{name} split: {m}")));
        if self.inputs.ncols() != d {
            return bad(format!(
                "expected {d} input columns, got {}",
                self.inputs.ncols()
            ));
        }
        if self.targets.ncols() != k {
            return bad(format!(
                "expected {k} target columns, got {}",
                self.targets.ncols()
            ));
        }
        if self.targets.nrows() != self.inputs.nrows() {
            return bad(format!(
                "{} input rows but {} target rows",
                self.inputs.nrows(),
                self.targets.nrows()
            ));
        }
        if !self.inputs.is_standard_layout() || !self.targets.is_standard_layout() {
            return bad("arrays must be in standard (row-major) layout".into());
        }
        if let Some(r) = self
            .inputs
            .rows()
            .into_iter()
            .position(|r| r.iter().any(|v| !v.is_finite()))
        {
            return bad(format!("input row {r} has a non-finite value"));
        }
        if let Some(r) = self
            .targets
            .rows()
            .into_iter()
            .position(|r| r.iter().any(|v| !v.is_finite()))
        {
            return bad(format!("target row {r} has a non-finite value"));
        }
        Ok(())
    }
}

/// Train / validation / test samples; any may be empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataSplit {
    /// Used for gradient steps.
    pub train: Samples,
    /// Monitored for early stopping.
    pub validation: Samples,
    /// Reported only.
    pub test: Samples,
}

impl DataSplit {
    /// All three splits, checked.
    pub fn validate(&self, d: usize, k: usize) -> Result<(), NnError> {
        self.train.validate(d, k, "train")?;
        self.validation.validate(d, k, "validation")?;
        self.test.validate(d, k, "test")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_messages() {
        let s = Samples::new(Array2::zeros((3, 2)), Array2::zeros((3, 1)));
        assert!(s.validate(2, 1, "train").is_ok());
        assert!(s
            .validate(3, 1, "train")
            .unwrap_err()
            .to_string()
            .contains("input columns"));
        let mut t = s.clone();
        t.inputs[[1, 0]] = f32::NAN;
        assert!(t
            .validate(2, 1, "test")
            .unwrap_err()
            .to_string()
            .contains("row 1"));
        let u = Samples::new(Array2::zeros((3, 2)), Array2::zeros((2, 1)));
        assert!(u.validate(2, 1, "x").is_err());
        assert!(Samples::empty(2, 1).is_empty());
        let v = Samples::new(Array2::zeros((2, 3)).reversed_axes(), Array2::zeros((3, 1)));
        assert!(v.validate(2, 1, "x").is_err());
    }
}
