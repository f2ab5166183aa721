//! Colour scales, shared by every heatmap, point, link and legend (pure: no browser, no yew).
//!
//! Values follow TensorFlow Playground's convention so its users feel at home: negative is
//! orange, positive is blue, zero is near-white. K-class outputs use a fixed palette whose
//! first two entries are the same orange and blue, so binary and K-class views agree.

/// An RGB colour.
pub type Rgb = [u8; 3];

/// Orange for negative values / class 0.
pub const NEGATIVE: Rgb = [245, 147, 34];
/// Blue for positive values / class 1.
pub const POSITIVE: Rgb = [8, 119, 189];
/// The neutral middle of the diverging scale.
pub const NEUTRAL: Rgb = [232, 234, 235];

/// Class colours; class `k` uses `PALETTE[k % len]`.
pub const PALETTE: [Rgb; 6] = [
    NEGATIVE,
    POSITIVE,
    [46, 160, 67],
    [200, 60, 140],
    [130, 90, 200],
    [120, 110, 90],
];

fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let t = t.clamp(0.0, 1.0);
    let ch = |i: usize| (a[i] as f32 + (b[i] as f32 - a[i] as f32) * t).round() as u8;
    [ch(0), ch(1), ch(2)]
}

/// The diverging scale: `v` in `[-1, 1]` → orange … neutral … blue. NaN is grey.
pub fn diverging(v: f32) -> Rgb {
    if v.is_nan() {
        return [128, 128, 128];
    }
    if v < 0.0 {
        mix(NEUTRAL, NEGATIVE, -v)
    } else {
        mix(NEUTRAL, POSITIVE, v)
    }
}

/// The colour of class `k`.
pub fn class_color(k: usize) -> Rgb {
    PALETTE[k % PALETTE.len()]
}

/// CSS `rgb(…)` text for SVG fills and strokes.
pub fn css(c: Rgb) -> String {
    format!("rgb({},{},{})", c[0], c[1], c[2])
}

/// How a scalar field maps to `[-1, 1]` before colouring.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scale {
    /// Values already in `[-1, 1]` (tanh outputs, hidden activations).
    Symmetric,
    /// Probabilities in `[0, 1]` (sigmoid outputs): 0.5 is neutral.
    Probability,
    /// A value range `[lo, hi]` (regression targets, unbounded activations).
    Range(f32, f32),
}

impl Scale {
    /// Maps `v` to `[-1, 1]`.
    pub fn normalize(self, v: f32) -> f32 {
        match self {
            Scale::Symmetric => v,
            Scale::Probability => 2.0 * v - 1.0,
            Scale::Range(lo, hi) => {
                let span = hi - lo;
                if span.abs() < f32::EPSILON || !span.is_finite() {
                    0.0
                } else {
                    2.0 * (v - lo) / span - 1.0
                }
            }
        }
    }
}

/// RGBA pixels for a scalar field; `discrete` snaps to the two end colours.
pub fn scalar_rgba(values: &[f32], scale: Scale, discrete: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(values.len() * 4);
    for &v in values {
        let mut n = scale.normalize(v);
        if discrete && !n.is_nan() {
            n = if n < 0.0 { -1.0 } else { 1.0 };
        }
        let c = diverging(n);
        out.extend_from_slice(&[c[0], c[1], c[2], 255]);
    }
    out
}

/// RGBA pixels of one class's probabilities: neutral at 0, the class colour at 1 (the
/// output neurons of a K-class network, each in its class colour).
pub fn tint_rgba(probs: &[f32], class: usize, discrete: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(probs.len() * 4);
    for &p in probs {
        let p = if p.is_finite() {
            p.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let t = if discrete {
            f32::from(p >= 0.5) * 0.85
        } else {
            p
        };
        let c = mix(NEUTRAL, class_color(class), t);
        out.extend_from_slice(&[c[0], c[1], c[2], 255]);
    }
    out
}

/// RGBA pixels for a K-channel field of class probabilities laid out pixel-major
/// (`probs[p * k + c]`): the winning class colour, faded towards neutral when unsure.
pub fn classes_rgba(probs: &[f32], k: usize, discrete: bool) -> Vec<u8> {
    if k == 0 {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(probs.len() / k * 4);
    for px in probs.chunks_exact(k) {
        let (best, p) = px
            .iter()
            .copied()
            .enumerate()
            .fold(
                (0, f32::MIN),
                |acc, (i, v)| if v > acc.1 { (i, v) } else { acc },
            );
        // Confidence 1/k (uniform) is neutral; certainty is the full class colour.
        let conf = if discrete {
            0.85
        } else {
            ((p - 1.0 / k as f32) / (1.0 - 1.0 / k as f32)).clamp(0.0, 1.0)
        };
        let c = mix(NEUTRAL, class_color(best), conf);
        out.extend_from_slice(&[c[0], c[1], c[2], 255]);
    }
    out
}

/// `Scale::Range` spanning the finite values of `data` (symmetric around 0 when the data
/// has both signs, so 0 stays neutral).
pub fn auto_scale(data: &[f32]) -> Scale {
    let (lo, hi) = data
        .iter()
        .filter(|v| v.is_finite())
        .fold((f32::MAX, f32::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    if lo > hi {
        return Scale::Symmetric;
    }
    if lo < 0.0 && hi > 0.0 {
        let m = lo.abs().max(hi);
        Scale::Range(-m, m)
    } else {
        Scale::Range(lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tint_runs_from_neutral_to_the_class_colour() {
        let px = tint_rgba(&[0.0, 1.0, f32::NAN], 2, false);
        assert_eq!(px.len(), 12);
        assert_eq!(&px[0..3], &NEUTRAL[..]);
        assert_eq!(&px[4..7], &class_color(2)[..]);
        assert_eq!(&px[8..11], &NEUTRAL[..]);
    }

    #[test]
    fn diverging_ends_and_middle() {
        assert_eq!(diverging(-1.0), NEGATIVE);
        assert_eq!(diverging(1.0), POSITIVE);
        assert_eq!(diverging(0.0), NEUTRAL);
        assert_eq!(diverging(5.0), POSITIVE);
    }

    #[test]
    fn auto_scale_spans_the_finite_values() {
        assert_eq!(auto_scale(&[]), Scale::Symmetric);
        assert_eq!(auto_scale(&[-1.0, 3.0, f32::NAN]), Scale::Range(-3.0, 3.0));
        assert_eq!(auto_scale(&[1.0, 3.0]), Scale::Range(1.0, 3.0));
    }

    #[test]
    fn scales_normalize() {
        assert_eq!(Scale::Probability.normalize(0.5), 0.0);
        assert_eq!(Scale::Range(0.0, 4.0).normalize(4.0), 1.0);
        assert_eq!(Scale::Range(1.0, 1.0).normalize(3.0), 0.0);
    }

    #[test]
    fn rgba_lengths() {
        assert_eq!(scalar_rgba(&[0.0, 1.0], Scale::Symmetric, true).len(), 8);
        let px = classes_rgba(&[0.1, 0.8, 0.1], 3, false);
        assert_eq!(px.len(), 4);
        assert_eq!(classes_rgba(&[], 0, false).len(), 0);
    }
}
