//! One data point through the session's network: its feature row and target built exactly
//! as the trainer's samples are (the state's selected features; the target encoded for the
//! head, see [`super::build`]), then [`Network::trace`] and [`Network::backprop_sample`]
//! with the trainer's current loss. So an app needs no feature or target code of its own
//! to explain a prediction.

use neurite_data::feature_matrix;
use neurite_nn::{SampleGradients, Trace};

use super::{build, Session};

#[cfg(doc)]
use neurite_nn::Network;

impl Session {
    /// The network input (selected features) and the training target of data point
    /// `index` of [`Session::dataset`], or `None` if there is no such point.
    pub fn point_sample(&self, index: usize) -> Option<(Vec<f32>, Vec<f32>)> {
        let data = &self.dataset;
        let point = data.points.get(index)?;
        let coords = std::iter::once(point.coords.as_slice());
        let inputs = feature_matrix(data.dims, coords, &self.state.features);
        let spec = self.trainer.network().spec();
        let mut target = vec![0.0; spec.outputs];
        build::target(point.label, data.task, spec.head, &mut target);
        Some((inputs.row(0).to_vec(), target))
    }

    /// Data point `index` traced forward (every neuron's `z` and `a`) and its data loss
    /// differentiated backward (`∂L/∂z`, `∂L/∂w`, `∂L/∂b`), or `None` if there is no such
    /// point.
    pub fn trace_point(&self, index: usize) -> Option<(Trace, SampleGradients)> {
        let (input, target) = self.point_sample(index)?;
        let net = self.trainer.network();
        let trace = net.trace(&input).ok()?;
        let grads = net
            .backprop_sample(&input, &target, self.trainer.config().loss)
            .ok()?;
        Some((trace, grads))
    }
}

#[cfg(test)]
mod tests {
    use neurite_data::{DatasetKind, DatasetSpec};
    use neurite_nn::{Loss, OutputHead, Samples};

    use crate::session::Session;
    use crate::state::State;

    /// Point `split.train[0]` is row 0 of the trainer's training samples: the same input,
    /// the same target, and the same gradients as a one-row batch of it.
    fn matches_training(state: &State) {
        let s = Session::new(state).unwrap_or_else(|e| panic!("{e}"));
        let i = s.split().train[0];
        let (input, target) = s.point_sample(i).unwrap_or_default();
        let train = &s.trainer().data().train;
        assert_eq!(input, train.inputs.row(0).to_vec());
        assert_eq!(target, train.targets.row(0).to_vec());
        let (trace, grads) = s.trace_point(i).unwrap_or_else(|| panic!("point {i}"));
        let net = s.trainer().network();
        let out = net.forward(train.inputs.slice(ndarray::s![0..1, ..]));
        assert_eq!(
            out.ok().map(|o| o.row(0).to_vec()),
            Some(trace.output().to_vec())
        );
        let one = Samples::new(
            train.inputs.slice(ndarray::s![0..1, ..]).to_owned(),
            train.targets.slice(ndarray::s![0..1, ..]).to_owned(),
        );
        let batch = net.gradients(&one, s.trainer().config().loss);
        let batch = batch.unwrap_or_else(|e| panic!("{e}"));
        for (l, g) in grads.layers.iter().enumerate() {
            assert_eq!(g.weights, batch.weights[l]);
        }
        assert!(s.trace_point(s.dataset().len()).is_none());
    }

    #[test]
    fn traced_points_are_the_training_samples() {
        let mut state = State::default();
        matches_training(&state);
        state.network.head = OutputHead::Softmax;
        state.network.loss = Loss::CrossEntropy;
        state.adapt_to_task();
        assert_eq!(state.output_width(), 2, "binary softmax: one-hot pairs");
        matches_training(&state);
        let mut multi = State {
            dataset: DatasetSpec::new(DatasetKind::Blobs),
            ..State::default()
        };
        multi.adapt_to_task();
        assert_eq!(multi.network.head, OutputHead::Softmax);
        matches_training(&multi);
    }
}
