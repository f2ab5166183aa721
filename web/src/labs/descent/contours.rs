//! Iso-lines (等高線) of a sampled loss surface, by marching squares: pure geometry over
//! values the engine computed, so the contour plot shows the engine's surface and nothing
//! else.
//!
//! The grid is `res × res` values, row-major with row 0 at the top, as
//! `neurite_nn::grid_points` lays them out. Each cell of four neighbouring samples is
//! crossed by the level-`t` line where its corners straddle `t`; the crossing on an edge is
//! placed by linear interpolation between the edge's two samples. A cell with all four
//! edges crossed (a saddle) is resolved by the value at its centre (the mean of the four).

/// A segment in grid coordinates `(column, row)`, both growing from the top-left sample.
pub type Segment = [(f64, f64); 2];

/// Where the level crosses the edge from sample `p` (value `u`) to sample `q` (value `v`).
fn cross(p: (f64, f64), q: (f64, f64), u: f32, v: f32, level: f32) -> (f64, f64) {
    let t = if u == v {
        0.5
    } else {
        f64::from((level - u) / (v - u)).clamp(0.0, 1.0)
    };
    (p.0 + t * (q.0 - p.0), p.1 + t * (q.1 - p.1))
}

/// The segments of the level-`level` iso-line. Cells with a non-finite corner are skipped;
/// a grid whose length is not `res²` gives none.
pub fn iso_segments(values: &[f32], res: usize, level: f32) -> Vec<Segment> {
    let mut out = Vec::new();
    if res < 2 || values.len() != res * res {
        return out;
    }
    let at = |r: usize, c: usize| values[r * res + c];
    for r in 0..res - 1 {
        for c in 0..res - 1 {
            let (x0, y0, x1, y1) = (c as f64, r as f64, (c + 1) as f64, (r + 1) as f64);
            // Corners clockwise from the top-left: a (top-left), b (top-right),
            // e (bottom-right), d (bottom-left).
            let (a, b, e, d) = (at(r, c), at(r, c + 1), at(r + 1, c + 1), at(r + 1, c));
            if ![a, b, e, d].iter().all(|v| v.is_finite()) {
                continue;
            }
            let above = |v: f32| v >= level;
            // Edges in order top, right, bottom, left; `None` where not crossed.
            let edge = |p, q, u, v| (above(u) != above(v)).then(|| cross(p, q, u, v, level));
            let top = edge((x0, y0), (x1, y0), a, b);
            let right = edge((x1, y0), (x1, y1), b, e);
            let bottom = edge((x0, y1), (x1, y1), d, e);
            let left = edge((x0, y0), (x0, y1), a, d);
            match (top, right, bottom, left) {
                (Some(pt), Some(pr), Some(pb), Some(pl)) => {
                    // A saddle: if the centre sides with a (and e), b and d are cut off.
                    if above((a + b + e + d) / 4.0) == above(a) {
                        out.extend([[pt, pr], [pb, pl]]);
                    } else {
                        out.extend([[pt, pl], [pr, pb]]);
                    }
                }
                _ => {
                    let pts: Vec<_> = [top, right, bottom, left].into_iter().flatten().collect();
                    if let [p, q] = pts[..] {
                        out.push([p, q]);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_circle_is_a_circle() {
        // v = (c − 10)² + (r − 10)² on a 21 × 21 grid; the level 25 is the circle of radius 5.
        let res = 21;
        let values: Vec<f32> = (0..res * res)
            .map(|i| {
                let (r, c) = ((i / res) as f32 - 10.0, (i % res) as f32 - 10.0);
                r * r + c * c
            })
            .collect();
        let segs = iso_segments(&values, res, 25.0);
        assert!(segs.len() > 20);
        for p in segs.iter().flatten() {
            let d = ((p.0 - 10.0).powi(2) + (p.1 - 10.0).powi(2)).sqrt();
            assert!((d - 5.0).abs() < 0.1, "{p:?} at {d}");
        }
        assert!(iso_segments(&values, res, -1.0).is_empty());
        assert!(iso_segments(&values[1..], res, 25.0).is_empty());
    }

    #[test]
    fn saddles_and_gaps() {
        // Corners above, below, above, below around a centre above: two segments that keep
        // the below corners (top-right, bottom-left) apart.
        let segs = iso_segments(&[1.0, 0.0, 0.0, 1.0], 2, 0.5);
        assert_eq!(
            segs,
            vec![[(0.5, 0.0), (1.0, 0.5)], [(0.5, 1.0), (0.0, 0.5)]]
        );
        assert!(iso_segments(&[1.0, f32::NAN, 0.0, 0.0], 2, 0.5).is_empty());
    }
}
