//! How a surface is shown: its natural window ([`ViewBox`]), a start point that shows its
//! character, and the loss samples of its contour plot or curve ([`LossSurface::grid`]).

use super::loss_surface::LossSurface;
use neurite_nn::grid_points;
use serde::{Deserialize, Serialize};

/// Largest contour-grid resolution per side ([`LossSurface::grid`] clamps to it).
pub const MAX_GRID: usize = 256;

/// A plotting window: `x` range and `y` range (for a 1-D surface, `y` is the loss axis).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ViewBox {
    /// `(left, right)`.
    pub x: (f32, f32),
    /// `(bottom, top)`.
    pub y: (f32, f32),
}

impl LossSurface {
    /// The natural window: the parabola on `x ∈ [−3, 3]` with loss axis `[0, 5]`, the bowl
    /// on `[−3, 3]²`, Rosenbrock on `[−2, 2] × [−1, 3]` (the valley and its minimum).
    pub fn view_box(self) -> ViewBox {
        match self {
            LossSurface::Parabola => ViewBox {
                x: (-3.0, 3.0),
                y: (0.0, 5.0),
            },
            LossSurface::Bowl { .. } => ViewBox {
                x: (-3.0, 3.0),
                y: (-3.0, 3.0),
            },
            LossSurface::Rosenbrock => ViewBox {
                x: (-2.0, 2.0),
                y: (-1.0, 3.0),
            },
        }
    }

    /// A start point that shows the surface's character (clear of the minimum).
    pub fn suggested_start(self) -> [f32; 2] {
        match self {
            LossSurface::Parabola => [2.5, 0.0],
            LossSurface::Bowl { .. } => [-2.5, 2.0],
            LossSurface::Rosenbrock => [-1.5, 2.0],
        }
    }

    /// Loss samples for plotting, `res` clamped to `1 ≤ res ≤ MAX_GRID`.
    ///
    /// 2-D: `res²` values on the view box in [`grid_points`]' layout (row `r` from the top,
    /// column `c` from the left, endpoints included, `y` growing upward), for the contour
    /// plot. 1-D: `res` values `L(xᵢ)` at evenly spaced `xᵢ` across the view box's `x`
    /// range, left to right, for the curve. Every value is finite.
    pub fn grid(self, res: usize) -> Vec<f32> {
        let res = res.clamp(1, MAX_GRID);
        let b = self.view_box();
        if self.dims() == 1 {
            let (lo, hi) = b.x;
            return (0..res)
                .map(|i| {
                    let x = if res == 1 {
                        0.5 * (lo + hi)
                    } else {
                        lo + i as f32 * (hi - lo) / (res - 1) as f32
                    };
                    self.value(x, 0.0)
                })
                .collect();
        }
        match grid_points(res, b.x, b.y) {
            Ok(pts) => pts
                .rows()
                .into_iter()
                .map(|p| self.value(p[0], p[1]))
                .collect(),
            Err(_) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::loss_surface::tests::surfaces;
    use super::*;

    #[test]
    fn view_boxes_hold_the_minimum_and_the_start() {
        for s in surfaces() {
            let [x, _] = s.minimum();
            let b = s.view_box();
            assert!(b.x.0 < x && x < b.x.1 && b.x.0 < b.x.1 && b.y.0 < b.y.1);
            let [sx, sy] = s.suggested_start();
            assert!(b.x.0 < sx && sx < b.x.1 && s.value(sx, sy) > 0.5);
        }
    }

    #[test]
    fn grids_are_bounded_and_laid_out() {
        let g = LossSurface::Bowl { elongation: 2.0 }.grid(3);
        // Top-left (−3, 3), centre (0, 0), bottom-right (3, −3).
        assert_eq!(g, vec![13.5, 9.0, 13.5, 4.5, 0.0, 4.5, 13.5, 9.0, 13.5]);
        assert_eq!(
            LossSurface::Parabola.grid(7),
            vec![4.5, 2.0, 0.5, 0.0, 0.5, 2.0, 4.5]
        );
        assert_eq!(LossSurface::Rosenbrock.grid(0).len(), 1);
        let big = LossSurface::Rosenbrock.grid(usize::MAX);
        assert_eq!(big.len(), MAX_GRID * MAX_GRID);
        assert!(big
            .iter()
            .all(|v| v.is_finite() && *v >= 0.0 && *v < 3000.0));
    }
}
