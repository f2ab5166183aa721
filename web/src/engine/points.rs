//! The data points with their split and place on the plane, the metric curves, and one point
//! traced through the network for the formula panel.

use neurite_data::feature_matrix;
use neurite_nn::EpochMetrics;

use super::Engine;
use crate::view::plane::{line_span, to_plane};
use crate::view::{Curves, PointView, Split, Trace};

impl Engine {
    /// The split of every point, by index.
    pub(super) fn splits(&self) -> Vec<Split> {
        let ds = self.session.dataset();
        let split = self.session.split();
        let mut which = vec![Split::Train; ds.len()];
        for &i in &split.validation {
            if let Some(s) = which.get_mut(i) {
                *s = Split::Validation;
            }
        }
        for &i in &split.test {
            if let Some(s) = which.get_mut(i) {
                *s = Split::Test;
            }
        }
        which
    }

    /// Every point with its position on the plane and its split.
    pub fn points(&self) -> Vec<PointView> {
        let ds = self.session.dataset();
        let span = line_span(ds);
        ds.points
            .iter()
            .zip(self.splits())
            .map(|(p, split)| {
                let (fx, fy) = to_plane(p, ds.dims, span);
                PointView {
                    fx,
                    fy,
                    x: p.coords.clone(),
                    class: p.label.class(),
                    value: p.label.as_f32(),
                    split,
                }
            })
            .collect()
    }

    /// Loss and accuracy curves.
    pub fn curves(&self) -> Curves {
        let history = self.session.trainer().history();
        let col = |f: fn(&EpochMetrics) -> Option<f32>| -> Vec<f32> {
            history.iter().map(|m| f(m).unwrap_or(f32::NAN)).collect()
        };
        Curves {
            train_loss: col(|m| m.train_loss),
            val_loss: col(|m| m.val_loss),
            test_loss: col(|m| m.test_loss),
            train_acc: col(|m| m.train_acc),
            val_acc: col(|m| m.val_acc),
            test_acc: col(|m| m.test_acc),
            best: None,
            overfit: None,
        }
        .with_markers()
    }

    /// Point `index` pushed through the network.
    pub fn trace(&self, index: usize) -> Option<Trace> {
        let ds = self.session.dataset();
        let p = ds.points.get(index)?;
        let st = self.session.state();
        let inputs = feature_matrix(ds.dims, std::iter::once(p.coords.as_slice()), &st.features);
        let net = self.session.trainer().network();
        let acts = net.neuron_activations(inputs.view()).ok()?;
        let column = |l: usize| {
            acts.get(l)
                .map(|a| a.column(0).to_vec())
                .unwrap_or_default()
        };
        let mut trace = Trace {
            inputs: column(0),
            z: Vec::new(),
            a: Vec::new(),
        };
        for (l, d) in net.layers().iter().enumerate() {
            let prev = column(l);
            let z = (0..d.outputs())
                .map(|j| {
                    let sum: f32 = (0..d.inputs())
                        .filter(|&i| d.mask[[j, i]])
                        .map(|i| d.weights[[j, i]] * prev.get(i).copied().unwrap_or(0.0))
                        .sum();
                    sum + d.bias[j]
                })
                .collect();
            trace.z.push(z);
            trace.a.push(column(l + 1));
        }
        Some(trace)
    }
}
