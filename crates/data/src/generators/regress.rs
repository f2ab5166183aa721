//! Regression datasets. `f` is the noise fraction in [0, 0.5].
//!
//! TensorFlow Playground's two (geometry of `regressPlane` / `regressGaussian` in TFP's
//! `src/dataset.ts`): x, y ~ U(−6, 6); the value is computed at the point shifted by
//! U(−6, 6)·f per axis (so noise blurs the target, the point stays where it is).
//! - Plane: value = (x + y) / 10 (TFP's linear map [−10, 10] → [−1, 1], not clamped,
//!   so corners reach ±1.2).
//! - Gaussian: six bumps at (±4 or 0, ±2.5) with signs +,−,+ / −,+,−; a bump contributes
//!   sign·clamp(1 − d/2, 0, 1) at distance d and the value is the contribution of largest
//!   magnitude (first one wins ties), so it lies in [−1, 1].
//!
//! Ours: the 1-D sine, x ~ U(−6, 6), y = 0.8·sin x + N(0, f²) (standard deviation f).

use neurite_nn::rng::Rng;

use crate::point::{Label, Point};

const RADIUS: f64 = 6.0;

/// TFP's plane target at `(x, y)`.
pub fn plane_value(x: f64, y: f64) -> f64 {
    (x + y) / 10.0
}

/// TFP's six-Gaussians target at `(x, y)`.
pub fn gaussian_value(x: f64, y: f64) -> f64 {
    const BUMPS: [(f64, f64, f64); 6] = [
        (-4.0, 2.5, 1.0),
        (0.0, 2.5, -1.0),
        (4.0, 2.5, 1.0),
        (-4.0, -2.5, -1.0),
        (0.0, -2.5, 1.0),
        (4.0, -2.5, -1.0),
    ];
    let mut value: f64 = 0.0;
    for (cx, cy, sign) in BUMPS {
        let d = libm::hypot(x - cx, y - cy);
        let v = sign * (1.0 - d / 2.0).clamp(0.0, 1.0);
        if v.abs() > value.abs() {
            value = v;
        }
    }
    value
}

fn blurred(n: usize, f: f64, rng: &mut Rng, target: fn(f64, f64) -> f64) -> Vec<Point> {
    (0..n)
        .map(|_| {
            let x = rng.uniform(-RADIUS, RADIUS);
            let y = rng.uniform(-RADIUS, RADIUS);
            let nx = rng.uniform(-RADIUS, RADIUS) * f;
            let ny = rng.uniform(-RADIUS, RADIUS) * f;
            Point::xy(x, y, Label::Value(target(x + nx, y + ny) as f32))
        })
        .collect()
}

/// TFP's plane regression dataset.
pub fn plane(n: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    blurred(n, f, rng, plane_value)
}

/// TFP's six-Gaussians regression dataset.
pub fn gaussian(n: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    blurred(n, f, rng, gaussian_value)
}

/// Amplitude of the sine, so that noisy targets mostly stay within [−1, 1].
pub const SINE_AMPLITUDE: f64 = 0.8;

/// The noise-free sine target.
pub fn sine_value(x: f64) -> f64 {
    SINE_AMPLITUDE * libm::sin(x)
}

/// The 1-D noisy sine.
pub fn sine(n: usize, f: f64, rng: &mut Rng) -> Vec<Point> {
    (0..n)
        .map(|_| {
            let x = rng.uniform(-RADIUS, RADIUS);
            let y = sine_value(x) + rng.gaussian(0.0, f);
            Point {
                coords: vec![x as f32],
                label: Label::Value(y as f32),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaussian_value_hand_checked() {
        assert_eq!(gaussian_value(-4.0, 2.5), 1.0);
        assert_eq!(gaussian_value(0.0, 2.5), -1.0);
        assert_eq!(gaussian_value(4.0, -2.5), -1.0);
        // Distance 1 from the (0, −2.5) bump only: 1 − 1/2.
        assert!((gaussian_value(0.0, -1.5) - 0.5).abs() < 1e-12);
        // At least 2 away from every bump.
        assert_eq!(gaussian_value(0.0, 0.0), 0.0);
    }

    #[test]
    fn plane_matches_formula_without_noise() {
        for p in plane(300, 0.0, &mut Rng::new(8)) {
            let (x, y) = (f64::from(p.coords[0]), f64::from(p.coords[1]));
            assert!((p.label.as_f32() as f64 - plane_value(x, y)).abs() < 1e-5);
        }
        assert_eq!(plane_value(6.0, 4.0), 1.0);
    }

    #[test]
    fn sine_without_noise_is_the_curve() {
        for p in sine(100, 0.0, &mut Rng::new(9)) {
            assert_eq!(p.coords.len(), 1);
            let x = f64::from(p.coords[0]);
            assert!((-6.0..6.0).contains(&x));
            assert!((f64::from(p.label.as_f32()) - sine_value(x)).abs() < 1e-5);
        }
    }
}
