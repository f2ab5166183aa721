//! Input features: what the network sees of a point.
//!
//! For 2-D data the user picks from TensorFlow Playground's nine features, computed from
//! the raw coordinates (x₁, x₂ ∈ [−6, 6] for the generators, exactly as TFP does):
//! x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂, cos x₁, cos x₂.
//! 1-D data (the sine) uses the features that only involve x₁. N-dimensional (CSV) data
//! with N ≥ 3 ignores the selection: the network sees the (standardized) coordinates.
//! Features are computed in f64 with `libm` (bit-identical natively and in wasm) and
//! stored as f32.

use ndarray::Array2;
use serde::{Deserialize, Serialize};

/// One input feature of 2-D data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    X1,
    X2,
    X1Squared,
    X2Squared,
    X1X2,
    SinX1,
    SinX2,
    CosX1,
    CosX2,
}

impl Feature {
    /// Every feature, in TFP's display order.
    pub const ALL: [Feature; 9] = [
        Feature::X1,
        Feature::X2,
        Feature::X1Squared,
        Feature::X2Squared,
        Feature::X1X2,
        Feature::SinX1,
        Feature::SinX2,
        Feature::CosX1,
        Feature::CosX2,
    ];

    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Feature::X1 => "x₁",
            Feature::X2 => "x₂",
            Feature::X1Squared => "x₁²",
            Feature::X2Squared => "x₂²",
            Feature::X1X2 => "x₁x₂",
            Feature::SinX1 => "sin(x₁)",
            Feature::SinX2 => "sin(x₂)",
            Feature::CosX1 => "cos(x₁)",
            Feature::CosX2 => "cos(x₂)",
        }
    }

    /// The key TensorFlow Playground uses for this feature in its URLs.
    pub fn tfp_key(self) -> &'static str {
        match self {
            Feature::X1 => "x",
            Feature::X2 => "y",
            Feature::X1Squared => "xSquared",
            Feature::X2Squared => "ySquared",
            Feature::X1X2 => "xTimesY",
            Feature::SinX1 => "sinX",
            Feature::SinX2 => "sinY",
            Feature::CosX1 => "cosX",
            Feature::CosX2 => "cosY",
        }
    }

    /// True when the feature only involves x₁ (so it also applies to 1-D data).
    pub fn uses_only_x1(self) -> bool {
        matches!(
            self,
            Feature::X1 | Feature::X1Squared | Feature::SinX1 | Feature::CosX1
        )
    }

    /// The feature's value at `(x1, x2)`.
    pub fn eval(self, x1: f64, x2: f64) -> f64 {
        match self {
            Feature::X1 => x1,
            Feature::X2 => x2,
            Feature::X1Squared => x1 * x1,
            Feature::X2Squared => x2 * x2,
            Feature::X1X2 => x1 * x2,
            Feature::SinX1 => libm::sin(x1),
            Feature::SinX2 => libm::sin(x2),
            Feature::CosX1 => libm::cos(x1),
            Feature::CosX2 => libm::cos(x2),
        }
    }
}

/// The features of `selected` that apply to data with `dims` coordinates, in the order of
/// [`Feature::ALL`] (duplicates dropped): all of them for 2-D data, the x₁-only ones for
/// 1-D data, none for N-D data (which uses its raw coordinates instead).
pub fn active_features(dims: usize, selected: &[Feature]) -> Vec<Feature> {
    Feature::ALL
        .into_iter()
        .filter(|f| selected.contains(f))
        .filter(|f| match dims {
            1 => f.uses_only_x1(),
            2 => true,
            _ => false,
        })
        .collect()
}

/// Number of network inputs for data with `dims` coordinates and the `selected` features.
pub fn input_width(dims: usize, selected: &[Feature]) -> usize {
    if dims <= 2 {
        active_features(dims, selected).len()
    } else {
        dims
    }
}

/// The network input matrix, one row per point (`rows × input_width(dims, selected)`).
///
/// 1-D and 2-D data: one column per [`active_features`] entry. N-D data: the coordinates
/// themselves. Missing coordinates (a malformed point) read as 0 rather than panicking.
pub fn feature_matrix<'a>(
    dims: usize,
    coords: impl Iterator<Item = &'a [f32]>,
    selected: &[Feature],
) -> Array2<f32> {
    let width = input_width(dims, selected);
    let active = active_features(dims, selected);
    let mut data = Vec::new();
    let mut rows = 0;
    for c in coords {
        rows += 1;
        let at = |i: usize| c.get(i).copied().unwrap_or(0.0);
        if dims <= 2 {
            let (x1, x2) = (f64::from(at(0)), f64::from(at(1)));
            data.extend(active.iter().map(|f| f.eval(x1, x2) as f32));
        } else {
            data.extend((0..dims).map(at));
        }
    }
    // The length is rows × width by construction; fall back to an empty matrix otherwise.
    Array2::from_shape_vec((rows, width), data).unwrap_or_else(|_| Array2::zeros((0, width)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_values() {
        let pts: Vec<Vec<f32>> = vec![vec![2.0, -3.0], vec![0.0, 1.5]];
        let m = feature_matrix(2, pts.iter().map(|p| p.as_slice()), &Feature::ALL);
        assert_eq!(m.shape(), &[2, 9]);
        let expect = [
            2.0,
            -3.0,
            4.0,
            9.0,
            -6.0,
            0.909_297_4,
            -0.141_120_01,
            -0.416_146_84,
            -0.989_992_5,
        ];
        for (j, e) in expect.iter().enumerate() {
            assert!(
                (m[[0, j]] - e).abs() < 1e-6,
                "col {j}: {} vs {e}",
                m[[0, j]]
            );
        }
        assert_eq!(m[[1, 4]], 0.0);
        assert_eq!(m[[1, 7]], 1.0);
    }

    #[test]
    fn selection_order_follows_all_and_dedups() {
        let sel = [Feature::CosX2, Feature::X1, Feature::X1];
        assert_eq!(active_features(2, &sel), vec![Feature::X1, Feature::CosX2]);
        let pts = [[1.0f32, 0.0]];
        let m = feature_matrix(2, pts.iter().map(|p| &p[..]), &sel);
        assert_eq!(m.row(0).to_vec(), vec![1.0, 1.0]);
    }

    #[test]
    fn one_d_uses_x1_features_only() {
        let sel = Feature::ALL;
        assert_eq!(input_width(1, &sel), 4);
        let pts = [[3.0f32]];
        let m = feature_matrix(1, pts.iter().map(|p| &p[..]), &sel);
        assert_eq!(m.row(0)[0], 3.0);
        assert_eq!(m.row(0)[1], 9.0);
    }

    #[test]
    fn n_d_passes_coordinates_through() {
        let pts = [[1.0f32, 2.0, 3.0], [4.0, 5.0, 6.0]];
        let m = feature_matrix(3, pts.iter().map(|p| &p[..]), &[Feature::X1]);
        assert_eq!(m.shape(), &[2, 3]);
        assert_eq!(m.row(1).to_vec(), vec![4.0, 5.0, 6.0]);
        // A short point reads missing coordinates as 0.
        let short = [[7.0f32]];
        let m = feature_matrix(3, short.iter().map(|p| &p[..]), &[]);
        assert_eq!(m.row(0).to_vec(), vec![7.0, 0.0, 0.0]);
    }

    #[test]
    fn labels_and_keys_are_distinct() {
        for (i, a) in Feature::ALL.iter().enumerate() {
            for b in &Feature::ALL[i + 1..] {
                assert_ne!(a.label(), b.label());
                assert_ne!(a.tfp_key(), b.tfp_key());
            }
        }
    }
}
