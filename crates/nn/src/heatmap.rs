//! Heatmap grids: the sample points of a `res × res` grid and every neuron's value on them.
//!
//! Point `r·res + c` (row `r` from the top, column `c` from the left) sits at
//! `x = x₀ + c·(x₁ − x₀)/(res − 1)`, `y = y₁ − r·(y₁ − y₀)/(res − 1)` (TensorFlow
//! Playground's layout: endpoints included, `y` grows upward). `res = 1` gives the centre.
//! Feature transforms (x², sin x, …) belong to the caller, which maps these points first.

use crate::error::NnError;
use ndarray::Array2;

/// Largest accepted grid resolution per side.
pub const MAX_RESOLUTION: usize = 2048;

/// The `res² × 2` matrix of grid points `(x, y)`, row-major from the top-left corner.
pub fn grid_points(
    res: usize,
    x_range: (f32, f32),
    y_range: (f32, f32),
) -> Result<Array2<f32>, NnError> {
    if res == 0 || res > MAX_RESOLUTION {
        return Err(NnError::InvalidConfig(format!(
            "grid resolution must be 1..={MAX_RESOLUTION}, got {res}"
        )));
    }
    let finite = [x_range.0, x_range.1, y_range.0, y_range.1]
        .iter()
        .all(|v| v.is_finite());
    if !finite {
        return Err(NnError::InvalidConfig("grid ranges must be finite".into()));
    }
    let step = |lo: f32, hi: f32, i: usize| {
        if res == 1 {
            0.5 * (lo + hi)
        } else {
            lo + i as f32 * (hi - lo) / (res - 1) as f32
        }
    };
    let mut pts = Array2::zeros((res * res, 2));
    for r in 0..res {
        for c in 0..res {
            pts[[r * res + c, 0]] = step(x_range.0, x_range.1, c);
            pts[[r * res + c, 1]] = step(y_range.1, y_range.0, r);
        }
    }
    Ok(pts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Activation, Init, LayerSpec, Network, NetworkSpec, OutputHead, Rng};

    #[test]
    fn layout_and_neuron_grids() {
        let p = grid_points(3, (-6.0, 6.0), (-6.0, 6.0)).unwrap_or_default();
        assert_eq!(p.row(0).to_vec(), vec![-6.0, 6.0]);
        assert_eq!(p.row(5).to_vec(), vec![6.0, 0.0]);
        assert_eq!(p.row(8).to_vec(), vec![6.0, -6.0]);
        assert!(grid_points(0, (0.0, 1.0), (0.0, 1.0)).is_err());
        assert!(grid_points(2, (0.0, f32::NAN), (0.0, 1.0)).is_err());

        let spec = NetworkSpec {
            inputs: 2,
            hidden: vec![LayerSpec::new(3, Activation::Tanh)],
            outputs: 1,
            head: OutputHead::Tanh,
        };
        let net =
            Network::new(&spec, Init::Tfp, &mut Rng::new(1)).unwrap_or_else(|e| panic!("{e}"));
        let pts = grid_points(40, (-1.0, 1.0), (-1.0, 1.0)).unwrap_or_default();
        let by_sample = net.activations(pts.view()).unwrap_or_default();
        let by_neuron = net.neuron_activations(pts.view()).unwrap_or_default();
        assert_eq!(by_sample.len(), 3);
        for (a, b) in by_sample.iter().zip(&by_neuron) {
            assert_eq!(a.t(), b);
        }
    }
}
