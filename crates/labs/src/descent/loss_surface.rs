//! The loss surfaces of the learning-rate lab, each with its analytic gradient beside it.
//!
//! - `parabola` (1-D): `L(x) = ½x²`, `L′(x) = x`. The ½ makes the curvature exactly 1, so
//!   SGD is `x ← (1 − lr)·x`: it crawls for `lr ≪ 1`, lands on the minimum in one step at
//!   `lr = 1`, zig-zags inward for `1 < lr < 2`, and diverges for `lr > 2`.
//! - `bowl { elongation: e }`: `L(x, y) = ½(x² + e·y²)`, `∇L = (x, e·y)`. Curvatures 1 and `e`:
//!   SGD is `x ← (1 − lr)x`, `y ← (1 − lr·e)y`, stable only for `lr < 2/e`, so an elongated
//!   bowl forces a rate too small for the flat direction (the condition number at work).
//!   `e` is clamped to `1 ≤ e ≤ 100` (NaN → 1) wherever it is used.
//! - `rosenbrock`: `L(x, y) = (1 − x)² + 100(y − x²)²`, the textbook form, unscaled (learners
//!   can look it up), `∇L = (−2(1 − x) − 400x(y − x²), 200(y − x²))`. The minimum `(1, 1)`
//!   sits at the end of a long, flat, curved valley. Values span 0 … ≈ 2.5·10³ over the view
//!   box, so plot contours of `log(1 + L)`.
//!
//! Every surface has its minimum value `L* = 0`. How each is plotted (its window, a start
//! point, the contour grid) is in `plot.rs`.

use serde::{Deserialize, Serialize};

/// Smallest bowl elongation (a round bowl).
pub const MIN_ELONGATION: f32 = 1.0;
/// Largest bowl elongation (condition number 100).
pub const MAX_ELONGATION: f32 = 100.0;

/// A loss surface over the parameters `(x, y)` (1-D surfaces ignore `y`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LossSurface {
    /// `L(x) = ½x²` (1-D).
    Parabola,
    /// `L(x, y) = ½(x² + e·y²)`, `e` clamped to `1 ≤ e ≤ 100`.
    Bowl {
        /// Curvature ratio `e` between the `y` and `x` directions.
        elongation: f32,
    },
    /// `L(x, y) = (1 − x)² + 100(y − x²)²`.
    Rosenbrock,
}

impl LossSurface {
    /// Every kind with its default parameters, in declaration order.
    pub const ALL: [LossSurface; 3] = [
        LossSurface::Parabola,
        LossSurface::Bowl { elongation: 1.0 },
        LossSurface::Rosenbrock,
    ];

    /// The same surface with its parameters clamped into range (what every method uses).
    pub fn sanitized(self) -> LossSurface {
        match self {
            LossSurface::Bowl { elongation } => LossSurface::Bowl {
                elongation: clamp_elongation(elongation),
            },
            s => s,
        }
    }

    /// Number of parameters: 1 for the parabola (`y` is held at 0), else 2.
    pub fn dims(self) -> usize {
        match self {
            LossSurface::Parabola => 1,
            LossSurface::Bowl { .. } | LossSurface::Rosenbrock => 2,
        }
    }

    /// The loss `L(x, y)`.
    pub fn value(self, x: f32, y: f32) -> f32 {
        match self {
            LossSurface::Parabola => 0.5 * (x * x),
            LossSurface::Bowl { elongation } => {
                let e = clamp_elongation(elongation);
                0.5 * (x * x + e * (y * y))
            }
            LossSurface::Rosenbrock => {
                let (a, b) = (1.0 - x, y - x * x);
                a * a + 100.0 * (b * b)
            }
        }
    }

    /// The analytic gradient `(∂L/∂x, ∂L/∂y)`; `∂L/∂y = 0` on the 1-D parabola.
    pub fn gradient(self, x: f32, y: f32) -> [f32; 2] {
        match self {
            LossSurface::Parabola => [x, 0.0],
            LossSurface::Bowl { elongation } => [x, clamp_elongation(elongation) * y],
            LossSurface::Rosenbrock => {
                let (a, b) = (1.0 - x, y - x * x);
                [-2.0 * a - 400.0 * x * b, 200.0 * b]
            }
        }
    }

    /// The minimiser `(x*, y*)`.
    pub fn minimum(self) -> [f32; 2] {
        match self {
            LossSurface::Parabola | LossSurface::Bowl { .. } => [0.0, 0.0],
            LossSurface::Rosenbrock => [1.0, 1.0],
        }
    }

    /// The minimum value `L* = L(x*, y*)` (0 for every surface).
    pub fn min_value(self) -> f32 {
        let [x, y] = self.minimum();
        self.value(x, y)
    }
}

/// `e` clamped to `[MIN_ELONGATION, MAX_ELONGATION]`; NaN becomes a round bowl.
fn clamp_elongation(e: f32) -> f32 {
    if e.is_nan() {
        MIN_ELONGATION
    } else {
        e.clamp(MIN_ELONGATION, MAX_ELONGATION)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Every kind; the bowl round, elongated and at its largest elongation.
    pub(crate) fn surfaces() -> [LossSurface; 5] {
        [
            LossSurface::Parabola,
            LossSurface::Bowl { elongation: 1.0 },
            LossSurface::Bowl { elongation: 7.5 },
            LossSurface::Bowl { elongation: 100.0 },
            LossSurface::Rosenbrock,
        ]
    }

    #[test]
    fn gradients_match_finite_differences() {
        // Central differences of the f32 function would mostly measure rounding, so the
        // reference differentiates an f64 copy of each formula (h = 1e-5), and the f32
        // value is checked against that copy.
        let value64 = |s: LossSurface, x: f64, y: f64| -> f64 {
            match s.sanitized() {
                LossSurface::Parabola => 0.5 * x * x,
                LossSurface::Bowl { elongation } => 0.5 * (x * x + f64::from(elongation) * y * y),
                LossSurface::Rosenbrock => (1.0 - x).powi(2) + 100.0 * (y - x * x).powi(2),
            }
        };
        let h = 1e-5;
        for s in surfaces() {
            for i in 0..9 {
                for j in 0..9 {
                    let b = s.view_box();
                    let x = b.x.0 + (b.x.1 - b.x.0) * (i as f32 + 0.37) / 9.0;
                    let y = if s.dims() == 1 {
                        0.0
                    } else {
                        b.y.0 + (b.y.1 - b.y.0) * (j as f32 + 0.61) / 9.0
                    };
                    let (xd, yd) = (f64::from(x), f64::from(y));
                    let fd = [
                        (value64(s, xd + h, yd) - value64(s, xd - h, yd)) / (2.0 * h),
                        (value64(s, xd, yd + h) - value64(s, xd, yd - h)) / (2.0 * h),
                    ];
                    let g = s.gradient(x, y);
                    for k in 0..2 {
                        let err = (f64::from(g[k]) - fd[k]).abs();
                        assert!(err <= 1e-3 * fd[k].abs().max(1.0), "{s:?} ({x}, {y}) ∂{k}");
                    }
                    let v = f64::from(s.value(x, y));
                    assert!((v - value64(s, xd, yd)).abs() <= 1e-5 * v.abs().max(1.0));
                }
            }
        }
    }

    #[test]
    fn minima_and_dims() {
        for s in surfaces() {
            let [x, y] = s.minimum();
            assert_eq!(s.value(x, y), 0.0);
            assert_eq!(s.min_value(), 0.0);
            assert_eq!(s.gradient(x, y), [0.0, 0.0]);
        }
        assert_eq!(LossSurface::Parabola.dims(), 1);
        assert_eq!(LossSurface::Rosenbrock.dims(), 2);
        assert_eq!(LossSurface::Parabola.value(3.0, 7.0), 4.5);
    }

    #[test]
    fn elongation_is_clamped() {
        let bowl = |e| LossSurface::Bowl { elongation: e };
        assert_eq!(bowl(f32::NAN).sanitized(), bowl(1.0));
        assert_eq!(bowl(f32::INFINITY).sanitized(), bowl(100.0));
        assert_eq!(bowl(-5.0).sanitized(), bowl(1.0));
        assert_eq!(bowl(1e30).gradient(0.0, 1.0), [0.0, 100.0]);
        assert_eq!(bowl(f32::NAN).value(0.0, 2.0), 2.0);
    }

    #[test]
    fn serde_names() {
        let names: Vec<String> = LossSurface::ALL
            .iter()
            .map(|s| serde_json::to_string(s).unwrap_or_default())
            .collect();
        assert_eq!(
            names,
            [
                r#""parabola""#,
                r#"{"bowl":{"elongation":1.0}}"#,
                r#""rosenbrock""#
            ]
        );
        let s: Result<LossSurface, _> = serde_json::from_str(r#"{"bowl":{"elongation":4.0}}"#);
        assert_eq!(s.ok(), Some(LossSurface::Bowl { elongation: 4.0 }));
    }
}
