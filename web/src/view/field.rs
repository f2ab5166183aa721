//! Sampled pictures of a neuron or of the prediction: heatmaps, curves, histograms, and the
//! fit summary that stands in for the output plane on N-D data.

use super::colors::Scale;
use super::data::Split;

/// What the output panel and the neuron thumbnails can show for the current data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlotMode {
    /// Heatmaps over the (x₁, x₂) plane (2-D data, and 1-D classification as bands).
    #[default]
    Plane,
    /// Curves over x (1-D regression).
    Line,
    /// Histograms and a fit summary (N-D data).
    Points,
}

/// What a [`Field`]'s samples are.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum FieldKind {
    /// 2-D data: `res × res` pixels over the plane, row 0 at the top.
    #[default]
    Plane,
    /// 1-D data: `res` values at increasing x across the domain, drawn as a curve.
    Line,
    /// N-D data: `res` bin counts of the values over the data points, the bins spanning
    /// `[lo, hi]` evenly.
    Histogram { lo: f32, hi: f32 },
}

/// A sampled neuron output (or the prediction): a heatmap, a curve or a histogram, with
/// `channels` values per sample (1 for scalar outputs, K for class probabilities).
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub res: usize,
    pub channels: usize,
    pub data: Vec<f32>,
    pub scale: Scale,
    pub kind: FieldKind,
}

/// How the prediction fits the data when there is no plane to draw it on (N-D data).
#[derive(Debug, Clone, PartialEq)]
pub enum Fit {
    /// Regression: `(actual, predicted, split)` per point; both axes span `[lo, hi]`.
    Scatter {
        points: Vec<(f32, f32, Split)>,
        lo: f32,
        hi: f32,
    },
    /// Classification: `counts[actual * k + predicted]` over every point.
    Confusion { k: usize, counts: Vec<u32> },
}

impl Field {
    /// A one-pixel neutral field: what is drawn before there is anything to draw.
    pub fn empty() -> Field {
        Field {
            res: 1,
            channels: 1,
            data: vec![0.0],
            scale: Scale::Symmetric,
            kind: FieldKind::Plane,
        }
    }
}

/// Bin counts of the finite `values` over `[lo, hi]`.
pub fn histogram(values: &[f32], lo: f32, hi: f32, bins: usize) -> Vec<f32> {
    let mut counts = vec![0.0; bins.max(1)];
    let span = (hi - lo).max(f32::EPSILON);
    for v in values.iter().filter(|v| v.is_finite()) {
        let b = (((v - lo) / span) * bins as f32)
            .floor()
            .clamp(0.0, (bins.max(1) - 1) as f32);
        counts[b as usize] += 1.0;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_counts_every_finite_value_once() {
        let h = histogram(&[-1.0, -0.9, 0.0, 1.0, f32::NAN, 7.0], -1.0, 1.0, 4);
        assert_eq!(h, vec![2.0, 0.0, 1.0, 2.0]);
        assert_eq!(histogram(&[0.5], 0.0, 1.0, 0), vec![1.0]);
    }
}
