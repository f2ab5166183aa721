//! TensorFlow Playground's four classification datasets, reproducing the geometry of
//! `classifyCircleData`, `classifyXORData`, `classifyTwoGaussData` and
//! `classifySpiralData` in TFP's `src/dataset.ts`. `f` is the noise fraction in [0, 0.5].
//! TFP's +1 is `Class(1)`, its −1 is `Class(0)`.
//!
//! - Circle: class 1 has radius r ~ U(0, 2.5), class 0 r ~ U(3.5, 5), angle ~ U(0, 2π),
//!   (x, y) = (r sin θ, r cos θ). The label is re-evaluated at the point shifted by
//!   U(−5, 5)·f per axis: 1 iff that shifted point lies within radius 2.5.
//! - XOR: x, y ~ U(−5, 5), each pushed 0.3 away from 0; label 1 iff
//!   (x + U(−5,5)·f)·(y + U(−5,5)·f) ≥ 0.
//! - Gauss: class 1 around (2, 2), class 0 around (−2, −2), variance 0.5 + 7f
//!   (TFP's linear map [0, 0.5] → [0.5, 4]).
//! - Spiral: arm point i of m: r = 5i/m, θ = 1.75·2π·i/m + δ (δ = 0 for class 1, π for
//!   class 0), (x, y) = (r sin θ + U(−1,1)·f, r cos θ + U(−1,1)·f).
//!
//! Unlike TFP (which emits ⌈n/2⌉ per class) the class sizes sum to exactly n.

use std::f64::consts::{PI, TAU};

use neurite_nn::rng::Rng;

use super::class_sizes;
use crate::point::{Label, Point};

fn binary(positive: bool) -> Label {
    Label::Class(usize::from(positive))
}

/// TFP's circle dataset.
pub fn circle(n: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    const RADIUS: f64 = 5.0;
    let sizes = class_sizes(n, 2);
    let mut points = Vec::with_capacity(n);
    for (count, (r_lo, r_hi)) in sizes
        .into_iter()
        .zip([(0.0, RADIUS * 0.5), (RADIUS * 0.7, RADIUS)])
    {
        for _ in 0..count {
            let r = rng.uniform(r_lo, r_hi);
            let angle = rng.uniform(0.0, TAU);
            let x = r * libm::sin(angle);
            let y = r * libm::cos(angle);
            let nx = rng.uniform(-RADIUS, RADIUS) * f;
            let ny = rng.uniform(-RADIUS, RADIUS) * f;
            let inside = libm::hypot(x + nx, y + ny) < RADIUS * 0.5;
            points.push(Point::xy(x, y, binary(inside)));
        }
    }
    points
}

/// TFP's XOR dataset.
pub fn xor(n: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    const PADDING: f64 = 0.3;
    let pad = |v: f64| if v > 0.0 { v + PADDING } else { v - PADDING };
    (0..n)
        .map(|_| {
            let x = pad(rng.uniform(-5.0, 5.0));
            let y = pad(rng.uniform(-5.0, 5.0));
            let nx = rng.uniform(-5.0, 5.0) * f;
            let ny = rng.uniform(-5.0, 5.0) * f;
            Point::xy(x, y, binary((x + nx) * (y + ny) >= 0.0))
        })
        .collect()
}

/// TFP's two-Gaussians dataset.
pub fn gauss(n: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    let std_dev = libm::sqrt(0.5 + 7.0 * f);
    let sizes = class_sizes(n, 2);
    let mut points = Vec::with_capacity(n);
    for (count, (centre, label)) in sizes.into_iter().zip([(2.0, 1), (-2.0, 0)]) {
        for _ in 0..count {
            let x = rng.gaussian(centre, std_dev);
            let y = rng.gaussian(centre, std_dev);
            points.push(Point::xy(x, y, Label::Class(label)));
        }
    }
    points
}

/// One spiral arm of `m` points rotated by `delta`, TFP's `genSpiral`.
pub fn spiral_arm(m: usize, delta: f64, f: f64, label: Label, rng: &mut Rng) -> Vec<Point> {
    (0..m)
        .map(|i| {
            let s = i as f64 / m as f64;
            let r = 5.0 * s;
            let t = 1.75 * s * TAU + delta;
            let x = r * libm::sin(t) + rng.uniform(-1.0, 1.0) * f;
            let y = r * libm::cos(t) + rng.uniform(-1.0, 1.0) * f;
            Point::xy(x, y, label)
        })
        .collect()
}

/// TFP's two-spiral dataset.
pub fn spiral(n: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    let sizes = class_sizes(n, 2);
    let mut points = spiral_arm(sizes[0], 0.0, f, Label::Class(1), rng);
    points.extend(spiral_arm(sizes[1], PI, f, Label::Class(0), rng));
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn radius(p: &Point) -> f64 {
        libm::hypot(f64::from(p.coords[0]), f64::from(p.coords[1]))
    }

    #[test]
    fn circle_without_noise_is_separated_by_radius() {
        let pts = circle(400, 0.0, &mut Rng::new(1));
        for p in &pts {
            let r = radius(p);
            match p.label {
                Label::Class(1) => assert!(r < 2.5 + 1e-6),
                _ => assert!((3.5 - 1e-6..=5.0 + 1e-6).contains(&r)),
            }
        }
    }

    #[test]
    fn xor_without_noise_is_sign_of_product_with_padding() {
        for p in xor(400, 0.0, &mut Rng::new(2)) {
            let (x, y) = (p.coords[0], p.coords[1]);
            assert!(x.abs() >= 0.3 - 1e-6 && y.abs() >= 0.3 - 1e-6);
            assert!(x.abs() <= 5.3 + 1e-6 && y.abs() <= 5.3 + 1e-6);
            assert_eq!(p.label, binary(x * y >= 0.0));
        }
    }

    #[test]
    fn gauss_class_means_near_centres() {
        let pts = gauss(2000, 0.0, &mut Rng::new(3));
        for (label, centre) in [(1, 2.0), (0, -2.0)] {
            let cls: Vec<&Point> = pts
                .iter()
                .filter(|p| p.label == Label::Class(label))
                .collect();
            let mx = cls.iter().map(|p| f64::from(p.coords[0])).sum::<f64>() / cls.len() as f64;
            let my = cls.iter().map(|p| f64::from(p.coords[1])).sum::<f64>() / cls.len() as f64;
            assert!(
                (mx - centre).abs() < 0.1 && (my - centre).abs() < 0.1,
                "{mx} {my}"
            );
            // Variance 0.5 at zero noise.
            let var = cls
                .iter()
                .map(|p| (f64::from(p.coords[0]) - mx).powi(2))
                .sum::<f64>()
                / cls.len() as f64;
            assert!((var - 0.5).abs() < 0.08, "var {var}");
        }
    }

    #[test]
    fn spiral_without_noise_lies_on_the_arms() {
        let pts = spiral(200, 0.0, &mut Rng::new(4));
        // Point i of class 1 (first 100) has r = 5i/100.
        for (i, p) in pts.iter().take(100).enumerate() {
            assert!((radius(p) - 5.0 * i as f64 / 100.0).abs() < 1e-5);
        }
        // Class 0 is class 1 rotated by π: the mirrored point.
        for i in 0..100 {
            let (a, b) = (&pts[i], &pts[100 + i]);
            assert!((a.coords[0] + b.coords[0]).abs() < 1e-5);
            assert!((a.coords[1] + b.coords[1]).abs() < 1e-5);
            assert_eq!(b.label, Label::Class(0));
        }
    }
}
