//! Plane geometry the labs draw: a line `a·x + b·y + c = 0` clipped to the square
//! `[−half, half]²`, e.g. a neuron's decision line `w₁x₁ + w₂x₂ + b = 0`.
//!
//! Clipping (Liang–Barsky) is done in f64: the line is `p(t) = p₀ + t·d` with the foot of the
//! perpendicular `p₀ = −c·(a, b)/(a² + b²)` and direction `d = (−b, a)`; each side of the
//! square narrows the interval of `t`.

/// A straight segment from `from` to `to`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    /// One end, `[x, y]`.
    pub from: [f32; 2],
    /// The other end, `[x, y]`.
    pub to: [f32; 2],
}

/// The part of the line `a·x + b·y + c = 0` inside `[−half, half]²`, or `None` when
/// `a = b = 0` (no line), the line misses the square or only touches a corner, or any input
/// is not finite.
pub fn clip_line(a: f64, b: f64, c: f64, half: f64) -> Option<Segment> {
    let norm = a * a + b * b;
    if !(norm > 0.0 && norm.is_finite() && c.is_finite() && half > 0.0) {
        return None;
    }
    let p0 = [-c * a / norm, -c * b / norm];
    let d = [-b, a];
    let (mut t0, mut t1) = (f64::NEG_INFINITY, f64::INFINITY);
    for axis in 0..2 {
        if d[axis] == 0.0 {
            if p0[axis].abs() > half {
                return None;
            }
            continue;
        }
        let ta = (-half - p0[axis]) / d[axis];
        let tb = (half - p0[axis]) / d[axis];
        t0 = t0.max(ta.min(tb));
        t1 = t1.min(ta.max(tb));
    }
    if t0 >= t1 {
        return None;
    }
    let at = |t: f64| [(p0[0] + t * d[0]) as f32, (p0[1] + t * d[1]) as f32];
    Some(Segment {
        from: at(t0),
        to: at(t1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(p: [f32; 2], q: [f32; 2]) -> bool {
        (p[0] - q[0]).abs() < 1e-5 && (p[1] - q[1]).abs() < 1e-5
    }

    #[test]
    fn axis_lines_and_diagonals() {
        // x = 3 (1·x + 0·y − 3 = 0) crosses the square vertically.
        let s = clip_line(1.0, 0.0, -3.0, 6.0);
        assert!(s.is_some_and(|s| {
            let ends = [s.from, s.to];
            ends.iter().any(|&e| close(e, [3.0, -6.0]))
                && ends.iter().any(|&e| close(e, [3.0, 6.0]))
        }));
        // x + y = 0 runs corner to corner.
        let s = clip_line(1.0, 1.0, 0.0, 1.0);
        assert!(s.is_some_and(|s| close([s.from[0].abs(), s.to[0].abs()], [1.0, 1.0])));
        // Every end lies on the line and on the square's boundary.
        let s = clip_line(0.3, -0.7, 1.1, 2.0);
        assert!(s.is_some_and(|s| [s.from, s.to].iter().all(|e| {
            let on_line = (0.3 * e[0] - 0.7 * e[1] + 1.1).abs() < 1e-5;
            let on_edge = (e[0].abs() - 2.0).abs() < 1e-5 || (e[1].abs() - 2.0).abs() < 1e-5;
            on_line && on_edge
        })));
    }

    #[test]
    fn no_line_or_a_miss() {
        assert_eq!(clip_line(0.0, 0.0, 1.0, 6.0), None);
        assert_eq!(clip_line(1.0, 0.0, -7.0, 6.0), None);
        assert_eq!(clip_line(1.0, 1.0, -2.0, 1.0), None); // touches the corner (1, 1) only
        assert_eq!(clip_line(f64::NAN, 1.0, 0.0, 1.0), None);
    }
}
