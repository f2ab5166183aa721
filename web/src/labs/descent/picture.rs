//! What the surface plot draws (pure, no yew): the window, the loss values painted as a
//! heatmap with iso-lines (2-D), or the loss curve (1-D).
//!
//! The window is the surface's own view box, widened (as a square about its centre) when
//! the start lies outside it, so the start is always on the plot. The loss values are
//! `neurite_labs::LossSurface::value` at `neurite_nn::grid_points` — cell centres, so the
//! canvas covers exactly the plot area. Colours and iso-lines show `√L` on the bowl (the rings of
//! a quadratic come out evenly spaced in distance) and `log(1 + L)` on Rosenbrock, whose
//! values span 0 … thousands.

use std::rc::Rc;

use neurite_labs::LossSurface;
use neurite_nn::grid_points;

use super::contours::iso_segments;
use crate::view::colors::Scale;
use crate::view::{Field, FieldKind};

/// Samples per side of the 2-D grid.
pub const GRID: usize = 80;
/// Samples of the 1-D curve.
const CURVE: usize = 161;
/// Iso-lines drawn.
const LEVELS: usize = 10;

/// A segment in data coordinates.
pub type Line = [(f64, f64); 2];

/// The picture of one surface and window.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub x: (f64, f64),
    pub y: (f64, f64),
    /// 2-D: the painted loss (row 0 at the top).
    pub field: Option<Rc<Field>>,
    /// 2-D: iso-line segments.
    pub contours: Vec<Line>,
    /// 1-D: `(x, L(x))` across the window.
    pub curve: Vec<(f64, f64)>,
}

/// The shown quantity of a loss value (see the module docs).
fn shade(surface: LossSurface, l: f32) -> f32 {
    match surface {
        LossSurface::Rosenbrock => l.ln_1p(),
        _ => l.max(0.0).sqrt(),
    }
}

/// The plot window for `surface` with the run starting at `start`.
pub fn window(surface: LossSurface, start: [f32; 2]) -> ((f64, f64), (f64, f64)) {
    let b = surface.view_box();
    let (x, y) = (
        (f64::from(b.x.0), f64::from(b.x.1)),
        (f64::from(b.y.0), f64::from(b.y.1)),
    );
    let (sx, sy) = (f64::from(start[0]), f64::from(start[1]));
    if surface.dims() == 1 {
        let half = x.1.max(sx.abs() * 1.15);
        let top = f64::from(surface.value(half as f32, 0.0)) * 1.1;
        return ((-half, half), (0.0, top.max(1.0)));
    }
    let inside = |v: f64, (lo, hi): (f64, f64)| v >= lo && v <= hi;
    if inside(sx, x) && inside(sy, y) {
        return (x, y);
    }
    let (cx, cy) = ((x.0 + x.1) / 2.0, (y.0 + y.1) / 2.0);
    let half = ((x.1 - x.0) / 2.0).max((sx - cx).abs().max((sy - cy).abs()) * 1.15);
    ((cx - half, cx + half), (cy - half, cy + half))
}

/// The picture of `surface` over [`window`].
pub fn picture(surface: LossSurface, start: [f32; 2]) -> Picture {
    let (x, y) = window(surface, start);
    if surface.dims() == 1 {
        let curve = (0..CURVE)
            .map(|i| {
                let v = x.0 + (x.1 - x.0) * i as f64 / (CURVE - 1) as f64;
                (v, f64::from(surface.value(v as f32, 0.0)))
            })
            .collect();
        return Picture {
            x,
            y,
            field: None,
            contours: Vec::new(),
            curve,
        };
    }
    let (hx, hy) = ((x.1 - x.0) / GRID as f64, (y.1 - y.0) / GRID as f64);
    let centres = |(lo, hi): (f64, f64), h: f64| ((lo + h / 2.0) as f32, (hi - h / 2.0) as f32);
    let data: Vec<f32> = grid_points(GRID, centres(x, hx), centres(y, hy))
        .map(|pts| {
            pts.rows()
                .into_iter()
                .map(|p| shade(surface, surface.value(p[0], p[1])))
                .collect()
        })
        .unwrap_or_default();
    let top = data
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0f32, f32::max);
    // Grid coordinates (column, row) of sample centres → data.
    let to_data = |(c, r): (f64, f64)| (x.0 + (c + 0.5) * hx, y.1 - (r + 0.5) * hy);
    let contours = (1..LEVELS)
        .flat_map(|k| iso_segments(&data, GRID, top * k as f32 / LEVELS as f32))
        .map(|[p, q]| [to_data(p), to_data(q)])
        .collect();
    let field = (data.len() == GRID * GRID).then(|| {
        Rc::new(Field {
            res: GRID,
            channels: 1,
            data,
            // Neutral at the minimum, deepening blue as the loss grows.
            scale: Scale::Range(-top.max(f32::MIN_POSITIVE), top.max(f32::MIN_POSITIVE)),
            kind: FieldKind::Plane,
        })
    });
    Picture {
        x,
        y,
        field,
        contours,
        curve: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_hold_the_start() {
        let bowl = LossSurface::Bowl { elongation: 5.0 };
        assert_eq!(window(bowl, [1.0, -2.0]), ((-3.0, 3.0), (-3.0, 3.0)));
        let ((x0, x1), (y0, y1)) = window(bowl, [-4.0, 3.0]);
        assert!(x0 < -4.0 && x1 > 4.0 && (x1 - x0 - (y1 - y0)).abs() < 1e-9);
        let (x, y) = window(LossSurface::Parabola, [8.0, 0.0]);
        assert!(x.0 < -8.0 && y.1 > 32.0);
        let (x, y) = window(LossSurface::Rosenbrock, [-1.5, 2.0]);
        assert_eq!((x, y), ((-2.0, 2.0), (-1.0, 3.0)));
    }

    #[test]
    fn the_bowl_is_painted_and_ringed() {
        let bowl = LossSurface::Bowl { elongation: 1.0 };
        let p = picture(bowl, [-2.5, 2.0]);
        let field = p.field.unwrap_or_else(|| panic!("a 2-D field"));
        assert_eq!(field.data.len(), GRID * GRID);
        // A round bowl: every ring point is at one distance from the minimum per level, and
        // the iso-lines of √L = √(½r²) are circles.
        assert!(!p.contours.is_empty());
        let r = |(x, y): (f64, f64)| (x * x + y * y).sqrt();
        let top = field.data.iter().copied().fold(0.0f32, f32::max);
        let first = f64::from(top / LEVELS as f32) * 2f64.sqrt();
        let inner = p
            .contours
            .iter()
            .flatten()
            .map(|&q| r(q))
            .fold(f64::MAX, f64::min);
        assert!((inner - first).abs() < 0.05, "{inner} vs {first}");
        let curve = picture(LossSurface::Parabola, [2.5, 0.0]).curve;
        assert_eq!((curve.len(), curve[80]), (CURVE, (0.0, 0.0)));
    }
}
