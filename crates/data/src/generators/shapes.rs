//! Two extra binary datasets. `f` is the noise fraction in [0, 0.5].
//!
//! - Moons: two interleaving half circles (scikit-learn's `make_moons` geometry). Class 1:
//!   (cos t, sin t); class 0: (1 − cos t, ½ − sin t), t ~ U(0, π). Moved so the pair is
//!   centred on 0 ((0.5, 0.25) subtracted) and scaled by 3.5 into the domain: x ∈ [−5.25,
//!   5.25], y ∈ [−2.625, 2.625]. Noise is Gaussian jitter of the coordinates (as in
//!   scikit-learn) with standard deviation 2f domain units.
//! - Checkerboard: 4×4 cells of side 3 over [−6, 6]², cell (i, j) has class (i + j) mod 2.
//!   Classes alternate point by point (exact balance); each point is uniform within a
//!   uniformly chosen cell of its class. As in TFP's XOR, noise relabels: the class is
//!   re-read at the point shifted by U(−3, 3)·f per axis.

use std::f64::consts::PI;

use neurite_nn::rng::Rng;

use super::class_sizes;
use crate::point::{Label, Point};

const MOON_SCALE: f64 = 3.5;

/// Two interleaving half circles.
pub fn moons(n: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    let sizes = class_sizes(n, 2);
    let mut points = Vec::with_capacity(n);
    for (count, upper) in sizes.into_iter().zip([true, false]) {
        for _ in 0..count {
            let t = rng.uniform(0.0, PI);
            let (x, y) = if upper {
                (libm::cos(t), libm::sin(t))
            } else {
                (1.0 - libm::cos(t), 0.5 - libm::sin(t))
            };
            let x = (x - 0.5) * MOON_SCALE + rng.gaussian(0.0, 2.0 * f);
            let y = (y - 0.25) * MOON_SCALE + rng.gaussian(0.0, 2.0 * f);
            points.push(Point::xy(x, y, Label::Class(usize::from(upper))));
        }
    }
    points
}

const CELL: f64 = 3.0;

/// The checkerboard class of `(x, y)`; defined everywhere (cells repeat outside).
pub fn checker_class(x: f64, y: f64) -> usize {
    let i = libm::floor((x + 6.0) / CELL) as i64;
    let j = libm::floor((y + 6.0) / CELL) as i64;
    (i + j).rem_euclid(2) as usize
}

/// A 4×4 checkerboard.
pub fn checkerboard(n: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    (0..n)
        .map(|k| {
            let class = (k + 1) % 2; // class 1 first, like the other generators
            let j = rng.below(4);
            let i = 2 * rng.below(2) + (class + j) % 2;
            let x = -6.0 + CELL * i as f64 + rng.uniform(0.0, CELL);
            let y = -6.0 + CELL * j as f64 + rng.uniform(0.0, CELL);
            let nx = rng.uniform(-CELL, CELL) * f;
            let ny = rng.uniform(-CELL, CELL) * f;
            Point::xy(x, y, Label::Class(checker_class(x + nx, y + ny)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checker_class_hand_checked() {
        assert_eq!(checker_class(-5.0, -5.0), 0);
        assert_eq!(checker_class(-2.0, -5.0), 1);
        assert_eq!(checker_class(1.0, 1.0), 0);
        assert_eq!(checker_class(4.0, 1.0), 1);
        assert_eq!(checker_class(-7.0, -5.0), 1);
    }

    #[test]
    fn checkerboard_without_noise_is_exact_and_balanced() {
        let pts = checkerboard(401, 0.0, &mut Rng::new(5));
        let ones = pts.iter().filter(|p| p.label == Label::Class(1)).count();
        assert_eq!(ones, 201);
        for p in &pts {
            let (x, y) = (f64::from(p.coords[0]), f64::from(p.coords[1]));
            assert!((-6.0..=6.0).contains(&x) && (-6.0..=6.0).contains(&y));
        }
    }

    #[test]
    fn moons_without_noise_lie_on_their_arcs() {
        for p in moons(300, 0.0, &mut Rng::new(6)) {
            let x = f64::from(p.coords[0]) / MOON_SCALE + 0.5;
            let y = f64::from(p.coords[1]) / MOON_SCALE + 0.25;
            let (cx, cy) = if p.label == Label::Class(1) {
                (0.0, 0.0)
            } else {
                (1.0, 0.5)
            };
            assert!((libm::hypot(x - cx, y - cy) - 1.0).abs() < 1e-5);
            // The upper moon is above its centre, the lower below.
            if p.label == Label::Class(1) {
                assert!(y >= -1e-6);
            } else {
                assert!(y <= 0.5 + 1e-6);
            }
        }
    }
}
