//! Plot geometry for the labs' SVG pictures (pure): a data rectangle mapped onto a pixel
//! rectangle, ticks, and polylines that skip non-finite samples.

/// A data window `[x.0, x.1] × [y.0, y.1]` drawn in a `width × height` SVG with `pad`
/// pixels of margin on every side; y grows upwards as in mathematics.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub x: (f64, f64),
    pub y: (f64, f64),
    pub width: f64,
    pub height: f64,
    pub pad: f64,
}

impl Frame {
    /// A frame over the given data ranges (an empty or non-finite range becomes `[-1, 1]`).
    pub fn new(x: (f64, f64), y: (f64, f64), width: f64, height: f64) -> Frame {
        let sane = |(lo, hi): (f64, f64)| {
            if lo.is_finite() && hi.is_finite() && hi > lo {
                (lo, hi)
            } else {
                (-1.0, 1.0)
            }
        };
        Frame {
            x: sane(x),
            y: sane(y),
            width,
            height,
            pad: 24.0,
        }
    }

    /// Pixel x of data x.
    pub fn px(&self, x: f64) -> f64 {
        self.pad + (x - self.x.0) / (self.x.1 - self.x.0) * (self.width - 2.0 * self.pad)
    }

    /// Pixel y of data y (upwards).
    pub fn py(&self, y: f64) -> f64 {
        self.height
            - self.pad
            - (y - self.y.0) / (self.y.1 - self.y.0) * (self.height - 2.0 * self.pad)
    }

    /// Data x at pixel x (the inverse of [`Frame::px`], for pointer positions).
    pub fn x_at(&self, px: f64) -> f64 {
        self.x.0 + (px - self.pad) / (self.width - 2.0 * self.pad) * (self.x.1 - self.x.0)
    }

    /// Data y at pixel y (the inverse of [`Frame::py`]).
    pub fn y_at(&self, py: f64) -> f64 {
        self.y.0
            + (self.height - self.pad - py) / (self.height - 2.0 * self.pad) * (self.y.1 - self.y.0)
    }

    /// Whether data y lies inside the window (with a little slack).
    pub fn shows_y(&self, y: f64) -> bool {
        let slack = 0.05 * (self.y.1 - self.y.0);
        y.is_finite() && y >= self.y.0 - slack && y <= self.y.1 + slack
    }

    /// An SVG path through the points, broken where a sample is non-finite or far outside
    /// the window (so a curve that shoots off does not draw a line across the plot).
    pub fn path(&self, points: impl IntoIterator<Item = (f64, f64)>) -> String {
        let mut d = String::new();
        let mut pen_down = false;
        for (x, y) in points {
            if !(x.is_finite() && self.shows_y(y)) {
                pen_down = false;
                continue;
            }
            let cmd = if pen_down { 'L' } else { 'M' };
            d.push_str(&format!("{cmd}{:.1},{:.1} ", self.px(x), self.py(y)));
            pen_down = true;
        }
        d
    }
}

/// About `n` round tick values covering `[lo, hi]` (steps of 1, 2 or 5 × 10ᵏ).
pub fn ticks(lo: f64, hi: f64, n: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite() && hi > lo) || n == 0 {
        return Vec::new();
    }
    let raw = (hi - lo) / n as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// [`plain`], in parentheses when negative: a factor written after `·` or `−`.
pub fn factor(v: f32) -> String {
    if v < 0.0 {
        format!("({})", plain(v))
    } else {
        plain(v)
    }
}

/// A number as a read-out shows it: the shortest text that reads back as the same f32.
pub fn plain(v: f32) -> String {
    if v == 0.0 {
        "0".to_string()
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_map_corners_and_back() {
        let f = Frame::new((-2.0, 2.0), (0.0, 1.0), 224.0, 124.0);
        assert_eq!((f.px(-2.0), f.py(0.0)), (24.0, 100.0));
        assert_eq!((f.px(2.0), f.py(1.0)), (200.0, 24.0));
        assert_eq!((f.x_at(24.0), f.y_at(100.0)), (-2.0, 0.0));
        assert_eq!((f.x_at(f.px(0.5)), f.y_at(f.py(0.25))), (0.5, 0.25));
    }

    #[test]
    fn paths_break_at_gaps() {
        let f = Frame::new((0.0, 2.0), (0.0, 1.0), 100.0, 100.0);
        let d = f.path([(0.0, 0.0), (1.0, f64::NAN), (2.0, 1.0)]);
        assert_eq!(d.matches('M').count(), 2);
        assert!(!d.contains('L'));
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(ticks(0.0, 10.0, 5), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(ticks(-1.0, 1.0, 4), vec![-1.0, -0.5, 0.0, 0.5, 1.0]);
        assert!(ticks(1.0, 1.0, 4).is_empty());
        assert_eq!(plain(0.25), "0.25");
        assert_eq!(plain(-0.0), "0");
    }
}
