//! Weight initialisation schemes. All randomness comes from the caller's `Rng`
//! (normally `Rng::stream(seed, Stream::Weights)`), drawn layer by layer, row-major
//! (`to`, then `from`), weights before biases.
//!
//! - `Tfp`: `w ~ U(−0.5, 0.5)`, `b = 0.1` (TensorFlow Playground).
//! - `Xavier`: `w ~ U(−√(6/(in+out)), +√(6/(in+out)))`, `b = 0` (Glorot uniform).
//! - `He`: `w ~ N(0, 2/in)`, `b = 0` (for ReLU-family layers).
//! - `Zeros`: everything 0 (symmetric: hidden neurons stay identical; for experiments).

use crate::rng::Rng;
use ndarray::{Array1, Array2};
use serde::{Deserialize, Serialize};

/// How initial weights are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Init {
    /// TensorFlow Playground: `U(−0.5, 0.5)`, bias 0.1.
    #[default]
    Tfp,
    /// Glorot uniform, bias 0.
    Xavier,
    /// He normal, bias 0.
    He,
    /// All zeros.
    Zeros,
}

impl Init {
    /// Every scheme, in declaration order.
    pub const ALL: [Init; 4] = [Init::Tfp, Init::Xavier, Init::He, Init::Zeros];

    /// Draws an `out × in` weight matrix and an `out` bias vector.
    pub fn draw(self, inputs: usize, outputs: usize, rng: &mut Rng) -> (Array2<f32>, Array1<f32>) {
        let (fan_in, fan_out) = (inputs as f64, outputs as f64);
        let w = Array2::from_shape_simple_fn((outputs, inputs), || match self {
            Init::Tfp => rng.uniform(-0.5, 0.5) as f32,
            Init::Xavier => {
                let limit = libm::sqrt(6.0 / (fan_in + fan_out));
                rng.uniform(-limit, limit) as f32
            }
            Init::He => rng.gaussian(0.0, libm::sqrt(2.0 / fan_in)) as f32,
            Init::Zeros => 0.0,
        });
        let bias = if self == Init::Tfp { 0.1 } else { 0.0 };
        (w, Array1::from_elem(outputs, bias))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_determinism() {
        let (w, b) = Init::Tfp.draw(3, 4, &mut Rng::new(1));
        assert_eq!(w.dim(), (4, 3));
        assert!(w.iter().all(|v| (-0.5..0.5).contains(v)));
        assert!(b.iter().all(|&v| v == 0.1));
        let (w2, _) = Init::Tfp.draw(3, 4, &mut Rng::new(1));
        assert_eq!(w, w2);
        let (x, b) = Init::Xavier.draw(10, 10, &mut Rng::new(2));
        let lim = (6.0f32 / 20.0).sqrt();
        assert!(x.iter().all(|v| v.abs() <= lim) && b.iter().all(|&v| v == 0.0));
        let (h, _) = Init::He.draw(200, 50, &mut Rng::new(3));
        let var = h.iter().map(|v| v * v).sum::<f32>() / h.len() as f32;
        assert!((var - 0.01).abs() < 0.002, "var {var}");
        assert!(Init::Zeros
            .draw(2, 2, &mut Rng::new(4))
            .0
            .iter()
            .all(|&v| v == 0.0));
    }
}
