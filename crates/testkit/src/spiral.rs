//! TensorFlow Playground's two-class spiral without noise, written once for the engine's
//! learning tests and the benchmark fixture.
//!
//! `n/2` points per arm (at least 1); point `j` of an arm lies at radius `r = 5j/half` and
//! angle `t = 1.75·2π·j/half + δ` (arm 0: `δ = 0`, label +1; arm 1: `δ = π`, label −1), at
//! `(r·sin t, r·cos t)`. Arm 0 comes first. `sin`/`cos` are `libm`'s, so the f32 values are
//! the same on every target: the benchmark compares engines on exactly these points.

use ndarray::Array2;
use neurite_nn::Samples;

/// `n` points as flat `[x₀, y₀, x₁, y₁, …]` inputs and `[±1, …]` labels.
pub fn spiral(n: usize) -> (Vec<f32>, Vec<f32>) {
    let half = (n / 2).max(1);
    let mut inputs = Vec::with_capacity(2 * n);
    let mut labels = Vec::with_capacity(n);
    for i in 0..n {
        let (j, delta, label) = if i < half {
            (i, 0.0, 1.0)
        } else {
            (i - half, std::f32::consts::PI, -1.0)
        };
        let r = j as f32 / half as f32 * 5.0;
        let t = 1.75 * j as f32 / half as f32 * 2.0 * std::f32::consts::PI + delta;
        inputs.push(r * libm::sinf(t));
        inputs.push(r * libm::cosf(t));
        labels.push(label);
    }
    (inputs, labels)
}

/// The same `n` points as [`Samples`]: inputs `n × 2`, targets `n × 1` (±1).
pub fn spiral_samples(n: usize) -> Samples {
    let (inputs, labels) = spiral(n);
    // `spiral` returns exactly 2n inputs and n labels.
    let x = Array2::from_shape_fn((n, 2), |(i, j)| inputs[2 * i + j]);
    let y = Array2::from_shape_fn((n, 1), |(i, _)| labels[i]);
    Samples::new(x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arms_labels_and_layout() {
        let (x, y) = spiral(6);
        assert_eq!(x.len(), 12);
        assert_eq!(y, [1.0, 1.0, 1.0, -1.0, -1.0, -1.0]);
        // The first point of each arm sits at the origin; the second arm is the first
        // rotated by π.
        assert_eq!((x[0], x[1], x[6], x[7]), (0.0, 0.0, 0.0, 0.0));
        assert!((x[2] + x[8]).abs() < 1e-6 && (x[3] + x[9]).abs() < 1e-6);
        let s = spiral_samples(6);
        assert_eq!(s.inputs.as_slice(), Some(&x[..]));
        assert_eq!(s.targets.as_slice(), Some(&y[..]));
        assert_eq!(spiral(1).0.len(), 2);
    }
}
