//! Errors from validating a [`DatasetSpec`](crate::DatasetSpec) or a
//! [`SplitPercent`](crate::SplitPercent). CSV import has its own
//! [`CsvError`](crate::CsvError), which carries a line number.

use std::fmt;

/// Why a dataset could not be generated or a split is invalid.
#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    /// `points` was outside `1..=max`.
    PointCount { points: usize, max: usize },
    /// `noise` was not a finite percentage in `0..=max`.
    Noise { noise: f32, max: f32 },
    /// A multi-class dataset asked for a class count outside `min..=max`.
    Classes {
        classes: usize,
        min: usize,
        max: usize,
    },
    /// Train + validation + test percentages did not add up to 100.
    SplitSum { sum: u32 },
    /// k-fold cross-validation asked for `k` folds of `n` items, outside `2..=n`.
    Folds { k: usize, n: usize },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::PointCount { points, max } => {
                write!(
                    f,
                    "number of points must be between 1 and {max}, got {points}"
                )
            }
            DataError::Noise { noise, max } => {
                write!(f, "noise must be between 0 and {max} percent, got {noise}")
            }
            DataError::Classes { classes, min, max } => {
                write!(
                    f,
                    "number of classes must be between {min} and {max}, got {classes}"
                )
            }
            DataError::SplitSum { sum } => {
                write!(
                    f,
                    "train, validation and test percentages must add up to 100, got {sum}"
                )
            }
            DataError::Folds { k, n } => {
                write!(
                    f,
                    "k-fold needs 2 ≤ k ≤ the number of points ({n}), got k = {k}"
                )
            }
        }
    }
}

impl std::error::Error for DataError {}
