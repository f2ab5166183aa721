//! The data points with their split and place on the plane, the metric curves, and one point
//! traced through the network for the formula panel.

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
        Curves::from_history(self.session.trainer().history())
    }

    /// Point `index` traced forward and backward by the engine.
    pub fn trace(&self, index: usize) -> Option<Trace> {
        let (trace, grads) = self.session.trace_point(index)?;
        Some(Trace {
            inputs: trace.inputs,
            z: trace.layers.iter().map(|l| l.z.clone()).collect(),
            a: trace.layers.into_iter().map(|l| l.a).collect(),
            loss: grads.loss,
            delta: grads.layers.iter().map(|l| l.delta.clone()).collect(),
            weight_grads: grads
                .layers
                .into_iter()
                .map(|l| l.weights.iter().copied().collect())
                .collect(),
        })
    }
}
