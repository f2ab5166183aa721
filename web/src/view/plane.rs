//! Where a data point sits on the output plane (pure). 2-D data: (x₁, x₂) over the domain.
//! 1-D data: (x, y) with y the target value, over `±line_span` vertically, so the data and
//! the prediction curve share one picture. N-D data has no plane.

use neurite_data::{Dataset, Point, DOMAIN};

/// Smallest half-height of the 1-D value axis.
const MIN_SPAN: f32 = 1.5;

/// Half-height of the value axis of a 1-D plot: `[-span, span]` holds every target with a
/// margin, and never less than ±1.5 (so the noisy sine keeps a fixed frame).
pub fn line_span(ds: &Dataset) -> f32 {
    let max = ds
        .points
        .iter()
        .map(|p| p.label.as_f32().abs())
        .filter(|v| v.is_finite())
        .fold(0.0f32, f32::max);
    (max * 1.1).max(MIN_SPAN)
}

fn frac(v: f32) -> f32 {
    let (lo, hi) = DOMAIN;
    ((v - lo) / (hi - lo)).clamp(0.0, 1.0)
}

/// Plane fractions `(fx, fy)` of a point, (0, 0) top-left; `span` from [`line_span`].
pub fn to_plane(p: &Point, dims: usize, span: f32) -> (f32, f32) {
    let x = p.coords.first().copied().unwrap_or(0.0);
    if dims == 1 {
        (frac(x), value_to_fy(p.label.as_f32(), span))
    } else {
        let y = p.coords.get(1).copied().unwrap_or(0.0);
        (frac(x), 1.0 - frac(y))
    }
}

/// Vertical fraction of a value on a 1-D plot.
pub fn value_to_fy(v: f32, span: f32) -> f32 {
    (0.5 - v / (2.0 * span)).clamp(0.0, 1.0)
}

/// Plane fractions → data coordinates: `(x₁, x₂)` in 2-D, `(x, value)` in 1-D.
pub fn from_plane(fx: f64, fy: f64, dims: usize, span: f32) -> (f32, f32) {
    let (lo, hi) = DOMAIN;
    let x = lo + fx as f32 * (hi - lo);
    if dims == 1 {
        (x, span * (1.0 - 2.0 * fy as f32))
    } else {
        (x, hi - fy as f32 * (hi - lo))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_data::{Label, Task};

    fn ds(values: &[f32]) -> Dataset {
        Dataset {
            task: Task::Regression,
            dims: 1,
            points: values
                .iter()
                .map(|&v| Point {
                    coords: vec![0.0],
                    label: Label::Value(v),
                })
                .collect(),
            class_names: Vec::new(),
            column_names: Vec::new(),
        }
    }

    #[test]
    fn one_d_points_round_trip_through_the_plane() {
        let d = ds(&[0.5, -2.0]);
        let span = line_span(&d);
        assert!((span - 2.2).abs() < 1e-5);
        let p = Point {
            coords: vec![3.0],
            label: Label::Value(-1.0),
        };
        let (fx, fy) = to_plane(&p, 1, span);
        let (x, v) = from_plane(fx as f64, fy as f64, 1, span);
        assert!((x - 3.0).abs() < 1e-4 && (v + 1.0).abs() < 1e-4);
        assert_eq!(line_span(&ds(&[0.1])), MIN_SPAN);
    }
}
