//! K-class datasets (K = 3..=6). `f` is the noise fraction in [0, 0.5].
//!
//! - Blobs: class k is an isotropic Gaussian centred at radius 4, angle π/2 + 2πk/K
//!   (class 0 at the top), standard deviation 0.5 + 2f.
//! - Spirals: K arms of TFP's spiral (r = 5i/m, θ = 1.75·2π·i/m + 2πk/K) with TFP's
//!   uniform jitter U(−1, 1)·f per axis.
//!
//! Class sizes differ by at most one and sum to n.

use std::f64::consts::{FRAC_PI_2, TAU};

use neurite_nn::rng::Rng;

use super::class_sizes;
use super::classify::spiral_arm;
use crate::point::{Label, Point};

/// Radius of the circle the blob centres sit on.
pub const BLOB_RING: f64 = 4.0;

/// Centre of blob `k` of `classes`.
pub fn blob_centre(k: usize, classes: usize) -> (f64, f64) {
    let angle = FRAC_PI_2 + TAU * k as f64 / classes.max(1) as f64;
    (BLOB_RING * libm::cos(angle), BLOB_RING * libm::sin(angle))
}

/// K Gaussian blobs on a circle.
pub fn blobs(n: usize, classes: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    let std_dev = 0.5 + 2.0 * f;
    let mut points = Vec::with_capacity(n);
    for (k, count) in class_sizes(n, classes).into_iter().enumerate() {
        let (cx, cy) = blob_centre(k, classes);
        for _ in 0..count {
            let x = rng.gaussian(cx, std_dev);
            let y = rng.gaussian(cy, std_dev);
            points.push(Point::xy(x, y, Label::Class(k)));
        }
    }
    points
}

/// K interleaved spiral arms.
pub fn spirals(n: usize, classes: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    let mut points = Vec::with_capacity(n);
    for (k, count) in class_sizes(n, classes).into_iter().enumerate() {
        let delta = TAU * k as f64 / classes.max(1) as f64;
        points.extend(spiral_arm(count, delta, f, Label::Class(k), rng));
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blob_centres_are_on_the_ring_and_distinct() {
        let (x, y) = blob_centre(0, 4);
        assert!(x.abs() < 1e-12 && (y - 4.0).abs() < 1e-12);
        let (x, y) = blob_centre(1, 4);
        assert!((x + 4.0).abs() < 1e-12 && y.abs() < 1e-12);
    }

    #[test]
    fn blobs_are_nearest_to_their_own_centre() {
        let classes = 5;
        let pts = blobs(500, classes, 0.0, &mut Rng::new(11));
        let mut correct = 0;
        for p in &pts {
            let (x, y) = (f64::from(p.coords[0]), f64::from(p.coords[1]));
            let nearest = (0..classes)
                .min_by(|&a, &b| {
                    let (ax, ay) = blob_centre(a, classes);
                    let (bx, by) = blob_centre(b, classes);
                    libm::hypot(x - ax, y - ay).total_cmp(&libm::hypot(x - bx, y - by))
                })
                .unwrap_or(0);
            correct += usize::from(Label::Class(nearest) == p.label);
        }
        assert!(correct > 490, "{correct}");
    }

    #[test]
    fn spiral_arms_are_rotations_of_each_other() {
        let classes = 3;
        let pts = spirals(300, classes, 0.0, &mut Rng::new(12));
        let rot = TAU / 3.0;
        for i in 0..100 {
            let (a, b) = (&pts[i], &pts[100 + i]);
            // Arm 1 is arm 0 turned by 2π/3 in θ, where (x, y) = r(sin θ, cos θ).
            let (ax, ay) = (f64::from(a.coords[0]), f64::from(a.coords[1]));
            let bx = ax * libm::cos(rot) + ay * libm::sin(rot);
            let by = -ax * libm::sin(rot) + ay * libm::cos(rot);
            assert!((bx - f64::from(b.coords[0])).abs() < 1e-4);
            assert!((by - f64::from(b.coords[1])).abs() < 1e-4);
            assert_eq!(b.label, Label::Class(1));
        }
    }
}
