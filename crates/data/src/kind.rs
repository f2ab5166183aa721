//! Which dataset to generate ([`DatasetKind`]): every built-in generator, its names and
//! its defaults. The settings it is generated with are a [`DatasetSpec`](crate::DatasetSpec).

use serde::{Deserialize, Serialize};

/// TensorFlow Playground's x/y range: every generator places points in (about) this square.
pub const DOMAIN: (f32, f32) = (-6.0, 6.0);

/// A built-in dataset generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatasetKind {
    /// TFP "circle": a disc of one class inside a ring of the other.
    Circle,
    /// TFP "xor": the four quadrants, label = sign(x·y).
    Xor,
    /// TFP "gauss": two Gaussian clusters at (2, 2) and (−2, −2).
    Gauss,
    /// TFP "spiral": two interleaved spiral arms.
    Spiral,
    /// TFP "reg-plane": value = (x + y) / 10.
    RegPlane,
    /// TFP "reg-gauss": six signed Gaussian bumps.
    RegGauss,
    /// Two interleaving half circles.
    Moons,
    /// A 4×4 checkerboard.
    Checkerboard,
    /// K Gaussian clusters on a circle (K = `classes`).
    Blobs,
    /// K interleaved spiral arms (K = `classes`).
    Spirals,
    /// 1-D regression: y = 0.8·sin(x) plus Gaussian noise.
    Sine,
}

impl DatasetKind {
    /// Every kind, in menu order.
    pub const ALL: [DatasetKind; 11] = [
        DatasetKind::Circle,
        DatasetKind::Xor,
        DatasetKind::Gauss,
        DatasetKind::Spiral,
        DatasetKind::RegPlane,
        DatasetKind::RegGauss,
        DatasetKind::Moons,
        DatasetKind::Checkerboard,
        DatasetKind::Blobs,
        DatasetKind::Spirals,
        DatasetKind::Sine,
    ];

    /// The serde name (`circle`, `reg_plane`, …), as Neurite's own state writes it.
    pub fn name(self) -> &'static str {
        match self {
            DatasetKind::Circle => "circle",
            DatasetKind::Xor => "xor",
            DatasetKind::Gauss => "gauss",
            DatasetKind::Spiral => "spiral",
            DatasetKind::RegPlane => "reg_plane",
            DatasetKind::RegGauss => "reg_gauss",
            DatasetKind::Moons => "moons",
            DatasetKind::Checkerboard => "checkerboard",
            DatasetKind::Blobs => "blobs",
            DatasetKind::Spirals => "spirals",
            DatasetKind::Sine => "sine",
        }
    }

    /// Human-readable name for menus.
    pub fn label(self) -> &'static str {
        match self {
            DatasetKind::Circle => "Circle",
            DatasetKind::Xor => "Exclusive or",
            DatasetKind::Gauss => "Gaussian",
            DatasetKind::Spiral => "Spiral",
            DatasetKind::RegPlane => "Plane",
            DatasetKind::RegGauss => "Multi Gaussian",
            DatasetKind::Moons => "Moons",
            DatasetKind::Checkerboard => "Checkerboard",
            DatasetKind::Blobs => "Blobs",
            DatasetKind::Spirals => "Spirals",
            DatasetKind::Sine => "Sine",
        }
    }

    /// True for the kinds whose labels are real values.
    pub fn is_regression(self) -> bool {
        matches!(
            self,
            DatasetKind::RegPlane | DatasetKind::RegGauss | DatasetKind::Sine
        )
    }

    /// True for the kinds whose class count is `DatasetSpec::classes`.
    pub fn is_multiclass(self) -> bool {
        matches!(self, DatasetKind::Blobs | DatasetKind::Spirals)
    }

    /// Default number of points: TFP's 500 for classification and 1200 for regression;
    /// the 1-D sine has only 60 so that a large network visibly overfits it.
    pub fn default_points(self) -> usize {
        match self {
            DatasetKind::Sine => 60,
            k if k.is_regression() => 1200,
            _ => 500,
        }
    }

    /// Default noise in percent: 0, except 20 for the sine, whose point of existing is a
    /// noisy target that a big network overfits.
    pub fn default_noise(self) -> f32 {
        match self {
            DatasetKind::Sine => 20.0,
            _ => 0.0,
        }
    }

    /// Number of input coordinates per point: 1 for the sine, 2 otherwise.
    pub fn dims(self) -> usize {
        match self {
            DatasetKind::Sine => 1,
            _ => 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_serde_names() {
        for kind in DatasetKind::ALL {
            let json = serde_json::to_string(&kind).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", kind.name()));
        }
    }

    #[test]
    fn kinds_partition_and_dims() {
        for k in DatasetKind::ALL {
            assert!(!(k.is_regression() && k.is_multiclass()), "{k:?}");
            assert_eq!(k.dims(), if k == DatasetKind::Sine { 1 } else { 2 });
        }
        assert_eq!(
            DatasetKind::ALL
                .iter()
                .filter(|k| k.is_regression())
                .count(),
            3
        );
        assert_eq!(DatasetKind::Circle.default_points(), 500);
        assert_eq!(DatasetKind::RegGauss.default_points(), 1200);
        assert_eq!(DatasetKind::Sine.default_points(), 60);
    }

    #[test]
    fn serde_names_are_snake_case() {
        let json = serde_json::to_string(&DatasetKind::RegPlane).unwrap_or_default();
        assert_eq!(json, "\"reg_plane\"");
    }
}
