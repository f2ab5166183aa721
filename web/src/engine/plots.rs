//! Neuron pictures for data that has no 2-D plane (no yew, no browser).
//!
//! * 1-D regression (the noisy sine): every neuron, and the prediction, is a curve over x —
//!   the network evaluated at evenly spaced x (`NEURON_LINE_SAMPLES` for a neuron's box,
//!   `LINE_SAMPLES` for the prediction), drawn against its value.
//! * N-D data (CSV with more than two feature columns): every neuron is a histogram of its
//!   value over the data points, and the prediction is summarised by a [`Fit`]: predicted
//!   against actual for regression, a confusion matrix for classification.

use std::rc::Rc;

use ndarray::Array2;
use neurite_data::{feature_matrix, line_coords, DOMAIN};

use super::{Engine, Fields, Wanted};
use crate::view::colors::{auto_scale, Scale};
use crate::view::field::histogram;
use crate::view::plane::line_span;
use crate::view::{Field, FieldKind, Fit};

/// Samples along x of the 1-D prediction curve.
pub const LINE_SAMPLES: usize = 96;
/// Samples along x of a neuron's 1-D curve (a 40-pixel box needs no more).
pub const NEURON_LINE_SAMPLES: usize = 32;
/// Bins of an N-D activation histogram.
pub const BINS: usize = 16;
/// Most data points pushed through the network per refresh for N-D pictures.
const MAX_POINTS: usize = 600;

/// The value range a histogram of `data` on `scale` spans.
fn hist_range(data: &[f32], scale: Scale) -> (f32, f32) {
    match scale {
        Scale::Symmetric => (-1.0, 1.0),
        Scale::Probability => (0.0, 1.0),
        Scale::Range(lo, hi) if hi > lo => (lo, hi),
        Scale::Range(..) => match auto_scale(data) {
            Scale::Range(lo, hi) if hi > lo => (lo, hi),
            _ => (-1.0, 1.0),
        },
    }
}

impl Engine {
    /// Every layer's values at `inputs`, each `width × n`.
    fn activations_at(&self, inputs: &Array2<f32>) -> Option<Vec<Array2<f32>>> {
        let net = self.session.trainer().network();
        net.neuron_activations(inputs.view()).ok()
    }

    /// Every layer's values at `n` evenly spaced x (1-D data).
    fn activations_on_line(&self, n: usize) -> Option<Vec<Array2<f32>>> {
        let xs = line_coords(n, DOMAIN);
        let st = self.session.state();
        let inputs = feature_matrix(1, xs.iter().map(std::slice::from_ref), &st.features);
        self.activations_at(&inputs)
    }

    /// Curves of every neuron and of the prediction over x (1-D regression).
    pub(super) fn line_fields(&self, wanted: Wanted) -> Fields {
        let Some(acts) = self.activations_on_line(NEURON_LINE_SAMPLES) else {
            return Fields::empty();
        };
        let span = line_span(self.session.dataset());
        let curve = |data: Vec<f32>, scale: Scale| Field {
            res: data.len(),
            channels: 1,
            data,
            scale,
            kind: FieldKind::Line,
        };
        let neurons = self.layer_fields(&acts, Scale::Range(-span, span), wanted, curve);
        // The prediction is the big picture: sampled finer than the neuron boxes.
        let output = wanted
            .output
            .then(|| self.activations_on_line(LINE_SAMPLES))
            .flatten()
            .and_then(|a| {
                a.last()
                    .and_then(|l| l.rows().into_iter().next().map(|r| r.to_vec()))
            })
            .map_or_else(Field::empty, |data| curve(data, Scale::Range(-span, span)));
        Fields {
            neurons,
            output: Rc::new(output),
            fit: None,
        }
    }

    /// Histograms of every neuron over the data, and the fit summary (N-D data).
    pub(super) fn point_fields(&self, wanted: Wanted) -> Fields {
        let ds = self.session.dataset();
        let stride = ds.len().div_ceil(MAX_POINTS).max(1);
        let picked: Vec<usize> = (0..ds.len()).step_by(stride).collect();
        let st = self.session.state();
        let coords = picked.iter().map(|&i| ds.points[i].coords.as_slice());
        let inputs = feature_matrix(ds.dims, coords, &st.features);
        let Some(acts) = self.activations_at(&inputs) else {
            return Fields::empty();
        };
        let out_scale = self.output_scale();
        let neurons = self.layer_fields(&acts, out_scale, wanted, |values, scale| {
            let (lo, hi) = hist_range(&values, scale);
            Field {
                res: BINS,
                channels: 1,
                data: histogram(&values, lo, hi, BINS),
                scale,
                kind: FieldKind::Histogram { lo, hi },
            }
        });
        let fit = acts
            .last()
            .filter(|_| wanted.output)
            .map(|out| Rc::new(self.fit(&picked, out, out_scale)));
        Fields {
            neurons,
            output: Rc::new(Field::empty()),
            fit,
        }
    }

    /// Predicted against actual (regression) or the confusion matrix (classes).
    fn fit(&self, picked: &[usize], out: &Array2<f32>, scale: Scale) -> Fit {
        let ds = self.session.dataset();
        let splits = self.splits();
        let k = out.nrows();
        match ds.task.classes() {
            None => {
                let points: Vec<(f32, f32, _)> = picked
                    .iter()
                    .zip(out.row(0))
                    .map(|(&i, &pred)| (ds.points[i].label.as_f32(), pred, splits[i]))
                    .collect();
                let m = points
                    .iter()
                    .flat_map(|p| [p.0.abs(), p.1.abs()])
                    .filter(|v| v.is_finite())
                    .fold(1.0f32, f32::max);
                Fit::Scatter {
                    points,
                    lo: -m * 1.05,
                    hi: m * 1.05,
                }
            }
            Some(classes) => {
                let threshold = if scale == Scale::Probability {
                    0.5
                } else {
                    0.0
                };
                let mut counts = vec![0u32; classes * classes];
                for (col, &i) in picked.iter().enumerate() {
                    let predicted = if k == 1 {
                        usize::from(out[[0, col]] > threshold)
                    } else {
                        (0..k)
                            .max_by(|&a, &b| out[[a, col]].total_cmp(&out[[b, col]]))
                            .unwrap_or(0)
                    };
                    if let Some(actual) = ds.points[i].label.class() {
                        if let Some(c) = counts.get_mut(actual * classes + predicted) {
                            *c += 1;
                        }
                    }
                }
                Fit::Confusion { k: classes, counts }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_ranges_follow_the_scale() {
        assert_eq!(hist_range(&[], Scale::Probability), (0.0, 1.0));
        assert_eq!(hist_range(&[2.0, 4.0], Scale::Range(0.0, 0.0)), (2.0, 4.0));
    }
}
