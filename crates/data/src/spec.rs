//! With what settings a dataset is generated ([`DatasetSpec`]), and their limits.
//!
//! Noise is a percentage in `0..=50`, exactly TensorFlow Playground's slider; generators
//! receive it as the fraction `noise / 100 ∈ [0, 0.5]` and scale their perturbations by it
//! the way TFP's `dataset.ts` does.

use serde::{Deserialize, Serialize};

use crate::error::DataError;
use crate::kind::DatasetKind;

/// Largest number of points a generator (or a CSV file) may produce.
pub const MAX_POINTS: usize = 20_000;
/// Largest noise percentage (TFP's slider maximum).
pub const MAX_NOISE: f32 = 50.0;
/// Smallest class count of the multi-class generators.
pub const MIN_CLASSES: usize = 3;
/// Largest class count of the multi-class generators.
pub const MAX_CLASSES: usize = 6;

/// Everything a generator needs besides the random stream.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DatasetSpec {
    /// Which generator.
    pub kind: DatasetKind,
    /// How many points, `1..=MAX_POINTS`.
    pub points: usize,
    /// Noise in percent, `0..=50` (TFP's scale).
    pub noise: f32,
    /// Class count for [`DatasetKind::is_multiclass`] kinds (`3..=6`); ignored otherwise.
    pub classes: usize,
}

impl DatasetSpec {
    /// The spec with `kind`'s default point count and noise, and 3 classes where the
    /// kind is multi-class (2 otherwise).
    pub fn new(kind: DatasetKind) -> Self {
        DatasetSpec {
            kind,
            points: kind.default_points(),
            noise: kind.default_noise(),
            classes: if kind.is_multiclass() { MIN_CLASSES } else { 2 },
        }
    }

    /// Checks the ranges documented on the fields.
    pub fn validate(&self) -> Result<(), DataError> {
        if self.points == 0 || self.points > MAX_POINTS {
            return Err(DataError::PointCount {
                points: self.points,
                max: MAX_POINTS,
            });
        }
        if !(0.0..=MAX_NOISE).contains(&self.noise) {
            return Err(DataError::Noise {
                noise: self.noise,
                max: MAX_NOISE,
            });
        }
        if self.kind.is_multiclass() && !(MIN_CLASSES..=MAX_CLASSES).contains(&self.classes) {
            return Err(DataError::Classes {
                classes: self.classes,
                min: MIN_CLASSES,
                max: MAX_CLASSES,
            });
        }
        Ok(())
    }
}

impl Default for DatasetSpec {
    fn default() -> Self {
        DatasetSpec::new(DatasetKind::Circle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_rejects_out_of_range() {
        let ok = DatasetSpec::new(DatasetKind::Blobs);
        assert_eq!(ok.validate(), Ok(()));
        let bad_points = DatasetSpec { points: 0, ..ok };
        assert!(matches!(
            bad_points.validate(),
            Err(DataError::PointCount { .. })
        ));
        let too_many = DatasetSpec {
            points: MAX_POINTS + 1,
            ..ok
        };
        assert!(too_many.validate().is_err());
        let bad_noise = DatasetSpec { noise: 51.0, ..ok };
        assert!(matches!(bad_noise.validate(), Err(DataError::Noise { .. })));
        let nan_noise = DatasetSpec {
            noise: f32::NAN,
            ..ok
        };
        assert!(nan_noise.validate().is_err());
        let bad_classes = DatasetSpec { classes: 7, ..ok };
        assert!(matches!(
            bad_classes.validate(),
            Err(DataError::Classes { .. })
        ));
        // Binary kinds ignore `classes`.
        let circle = DatasetSpec {
            classes: 9,
            ..DatasetSpec::new(DatasetKind::Circle)
        };
        assert_eq!(circle.validate(), Ok(()));
    }
}
