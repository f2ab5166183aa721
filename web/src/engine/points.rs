//! The data points with their split and place on the plane, the metric curves, and one point
//! traced through the network for the formula panel.

use neurite_data::{Label, Point};
use neurite_nn::Loss;

use super::Engine;
use crate::view::plane::{from_plane, line_span, to_plane};
use crate::view::query::read_class;
use crate::view::{Curves, LossKind, PointView, QueryView, Split, Trace};

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
        let (_, target) = self.session.point_sample(index)?;
        let loss_kind = match self.session.trainer().config().loss {
            Loss::SquaredError => LossKind::Squared,
            Loss::Huber => LossKind::Huber,
            Loss::BinaryCrossEntropy => LossKind::BinaryCrossEntropy,
            Loss::CrossEntropy => LossKind::CrossEntropy,
        };
        Some(Trace {
            inputs: trace.inputs,
            target,
            loss_kind,
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

    /// The model asked about the raw coordinates `at` (`Session::query`: inference and
    /// training mode), or `None` when they do not fit the data (N-D data, non-finite).
    pub fn query(&self, at: &[f32]) -> Option<QueryView> {
        let q = self.session.query(at).ok()?;
        let ds = self.session.dataset();
        let head = self.session.trainer().network().spec().head;
        // On 1-D data the marker sits on the curve: at (x, predicted value).
        let answer = Point {
            coords: at.to_vec(),
            label: Label::Value(q.inference.first().copied().unwrap_or(0.0)),
        };
        let plane = to_plane(&answer, ds.dims, line_span(ds));
        Some(QueryView {
            at: at.to_vec(),
            plane,
            class: read_class(head, ds.task.classes(), &q.inference),
            inference: q.inference,
            training: q.training,
        })
    }

    /// [`Engine::query`] at the plane position `(fx, fy)` (fractions of the plane): the
    /// point (x₁, x₂) on 2-D data, x on 1-D data.
    pub fn query_at(&self, fx: f64, fy: f64) -> Option<QueryView> {
        let ds = self.session.dataset();
        let (x, y) = from_plane(fx, fy, ds.dims, line_span(ds));
        match ds.dims {
            1 => self.query(&[x]),
            2 => self.query(&[x, y]),
            _ => None,
        }
    }
}
