//! Linear layers collapse: with f(z) = z in every hidden layer, the network before its output
//! head is the affine map x ↦ W·x + c with
//!
//!   W = W_L ⋯ W₂ · W₁,   c = W_L(⋯(W₂·b₁ + b₂)⋯) + b_L,
//!
//! one matrix and one bias however many layers there are — stacking them adds no power.
//! The head (tanh or σ) is monotone, so the class boundary o = 0 (or ½) is z = 0: a line
//! W·x + c = 0 in the input plane. Computed in f64 from the engine's f32 parameters, in a
//! fixed order.

use ndarray::{Array1, Array2};
use neurite_data::DOMAIN;
use neurite_nn::{Activation, Network};

use crate::geometry::{clip_line, Segment};

/// The collapsed affine map of a network whose hidden layers are all linear.
#[derive(Debug, Clone, PartialEq)]
pub struct AffineMap {
    /// The factors W₁, …, W_L as the engine holds them (`out × in`, input side first), to
    /// show the product being formed.
    pub factors: Vec<Array2<f32>>,
    /// W = W_L ⋯ W₁ (`outputs × inputs`).
    pub weights: Array2<f64>,
    /// c, the composed bias (`outputs`).
    pub bias: Array1<f64>,
}

/// The affine map `net` computes before its head, or `None` if any hidden layer is not
/// linear (then there is no such map).
pub fn collapse(net: &Network) -> Option<AffineMap> {
    let layers = net.layers();
    let (_, hidden) = layers.split_last()?;
    if hidden.iter().any(|d| d.activation != Activation::Linear) {
        return None;
    }
    let (first, rest) = layers.split_first()?;
    let mut weights = first.weights.mapv(f64::from);
    let mut bias = first.bias.mapv(f64::from);
    for d in rest {
        let w = d.weights.mapv(f64::from);
        weights = product(&w, &weights);
        bias = times_vector(&w, &bias) + d.bias.mapv(f64::from);
    }
    Some(AffineMap {
        factors: layers.iter().map(|d| d.weights.clone()).collect(),
        weights,
        bias,
    })
}

/// `a · b`, summing over the inner index in order (deterministic, no BLAS).
fn product(a: &Array2<f64>, b: &Array2<f64>) -> Array2<f64> {
    Array2::from_shape_fn((a.nrows(), b.ncols()), |(i, j)| {
        a.row(i).iter().zip(b.column(j)).map(|(x, y)| x * y).sum()
    })
}

/// `a · v`, summing in order.
fn times_vector(a: &Array2<f64>, v: &Array1<f64>) -> Array1<f64> {
    a.rows()
        .into_iter()
        .map(|row| row.iter().zip(v).map(|(x, y)| x * y).sum())
        .collect()
}

impl AffineMap {
    /// W·x + c at `x` (missing coordinates count as 0, extra ones are ignored).
    pub fn apply(&self, x: &[f64]) -> Vec<f64> {
        self.weights
            .rows()
            .into_iter()
            .zip(&self.bias)
            .map(|(row, c)| row.iter().zip(x).map(|(w, v)| w * v).sum::<f64>() + c)
            .collect()
    }

    /// For one output and two inputs, the boundary W·x + c = 0 clipped to the data square:
    /// always a straight line (or `None` if it misses the square or W = 0).
    pub fn boundary(&self) -> Option<Segment> {
        if self.weights.dim() != (1, 2) {
            return None;
        }
        let (Some(&a), Some(&b), Some(&c)) = (
            self.weights.get((0, 0)),
            self.weights.get((0, 1)),
            self.bias.get(0),
        ) else {
            return None;
        };
        clip_line(a, b, c, f64::from(DOMAIN.1.max(-DOMAIN.0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nonlinear::NonlinearLab;
    use neurite_nn::{Rng, Stream};

    fn trained_linear(depth: usize) -> Network {
        let lab = NonlinearLab {
            depth,
            ..NonlinearLab::default()
        };
        let run = lab.train_for(5).unwrap_or_else(|e| panic!("{e}"));
        run.session.trainer().network().clone()
    }

    #[test]
    fn the_collapsed_map_is_the_network() {
        for depth in [1, 4] {
            let net = trained_linear(depth);
            let map = collapse(&net).unwrap_or_else(|| panic!("linear layers collapse"));
            assert_eq!(map.factors.len(), depth + 1);
            assert_eq!(map.weights.dim(), (1, 2));
            let mut rng = Rng::stream(7, Stream::Data);
            let points = Array2::from_shape_fn((200, 2), |_| rng.next_f32() * 12.0 - 6.0);
            let out = net.forward(points.view()).unwrap_or_else(|e| panic!("{e}"));
            for (p, o) in points.rows().into_iter().zip(out.column(0)) {
                let z = map.apply(&[f64::from(p[0]), f64::from(p[1])])[0];
                assert!((z.tanh() - f64::from(*o)).abs() < 1e-4, "{p} {z} {o}");
            }
        }
    }

    #[test]
    fn the_boundary_is_the_line() {
        let net = trained_linear(4);
        let map = collapse(&net).unwrap_or_else(|| panic!("linear layers collapse"));
        let grid = Array2::from_shape_fn((41 * 41, 2), |(i, j)| {
            let k = if j == 0 { i % 41 } else { i / 41 };
            -6.0 + 0.3 * k as f32
        });
        let out = net.forward(grid.view()).unwrap_or_else(|e| panic!("{e}"));
        for (p, o) in grid.rows().into_iter().zip(out.column(0)) {
            let z = map.apply(&[f64::from(p[0]), f64::from(p[1])])[0];
            if z.abs() > 1e-3 {
                assert_eq!(z > 0.0, *o > 0.0, "{p}: z {z}, o {o}");
            }
        }
        let ends = map.boundary().map(|s| [s.from, s.to]).unwrap_or_default();
        for e in ends {
            let z = map.apply(&[f64::from(e[0]), f64::from(e[1])])[0];
            assert!(z.abs() < 1e-4, "{e:?}: {z}");
        }
    }

    #[test]
    fn a_nonlinear_network_does_not_collapse() {
        let lab = NonlinearLab {
            activation: Activation::Relu,
            ..NonlinearLab::default()
        };
        let session = lab.session().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(collapse(session.trainer().network()), None);
    }
}
