//! Building a session's parts from a state: dataset, split, samples (features and targets
//! per head) and the network with the state's exact weights, wiring and frozen parts.
//!
//! Targets by head (see `neurite_nn::samples`): binary labels become ±1 for tanh and
//! linear heads, 0/1 for sigmoid, one-hot pairs for softmax; K classes become one-hot
//! rows; regression values pass through.

use ndarray::{Array1, Array2};
use neurite_data::{feature_matrix, generate, stable_split, Dataset, Label, Task};
use neurite_nn::{DataSplit, Network, NormParams, OutputHead, Rng, Samples, Stream};

use super::{SessionError, SplitIndices};
use crate::state::State;

/// The state's own points, or the generated dataset (`Stream::Data`).
pub(super) fn dataset(state: &State) -> Result<Dataset, SessionError> {
    match &state.points {
        Some(points) => Ok(points.clone()),
        None => Ok(generate(
            &state.dataset,
            &mut Rng::stream(state.seed, Stream::Data),
        )?),
    }
}

/// Which points train, validate and test: ranked by a per-point key from the seed and the
/// point's content ([`stable_split`]), so drawing or erasing a point never reshuffles the
/// others between the parts.
pub(super) fn split(state: &State, data: &Dataset) -> SplitIndices {
    let (train, validation, test) = stable_split(&data.points, state.training.split, state.seed);
    SplitIndices {
        train,
        validation,
        test,
    }
}

/// One target row for `label`.
pub(super) fn target(label: Label, task: Task, head: OutputHead, row: &mut [f32]) {
    match (label, task, head) {
        (Label::Value(v), _, _) => row.fill(v),
        (Label::Class(c), Task::Binary, OutputHead::Tanh | OutputHead::Linear) => {
            row.fill(if c == 1 { 1.0 } else { -1.0 });
        }
        (Label::Class(c), Task::Binary, OutputHead::Sigmoid) => {
            row.fill(if c == 1 { 1.0 } else { 0.0 })
        }
        (Label::Class(c), _, _) => {
            row.fill(0.0);
            if let Some(slot) = row.get_mut(c) {
                *slot = 1.0;
            }
        }
    }
}

/// Features and targets of every point, then the rows of each split.
pub(super) fn samples(state: &State, data: &Dataset, split: &SplitIndices) -> DataSplit {
    let inputs = feature_matrix(data.dims, data.coords(), &state.features);
    let k = state.output_width();
    let mut targets = Array2::zeros((data.len(), k));
    for (p, mut row) in data.points.iter().zip(targets.rows_mut()) {
        if let Some(slice) = row.as_slice_mut() {
            target(p.label, data.task, state.network.head, slice);
        }
    }
    let pick = |idx: &[usize]| Samples::new(rows(&inputs, idx), rows(&targets, idx));
    DataSplit {
        train: pick(&split.train),
        validation: pick(&split.validation),
        test: pick(&split.test),
    }
}

/// The rows `idx` of `m`, in that order (what `ndarray`'s `select(Axis(0), idx)` gives; its
/// general n-dimensional version cost the browser bundle ~4 KB for this one use).
fn rows(m: &Array2<f32>, idx: &[usize]) -> Array2<f32> {
    let cols = m.ncols();
    let mut flat = Vec::with_capacity(idx.len() * cols);
    for &i in idx {
        flat.extend(m.row(i).iter());
    }
    Array2::from_shape_vec((idx.len(), cols), flat).unwrap_or_else(|_| Array2::zeros((0, cols)))
}

/// The network: initialised from `Stream::Weights`, then the state's exact weights (and
/// normalization values), removed links and frozen parameters applied (shapes were checked by `State::validate`).
pub(super) fn network(state: &State) -> Result<Network, SessionError> {
    let spec = state.network_spec();
    let mut net = Network::new(
        &spec,
        state.network.init,
        &mut Rng::stream(state.seed, Stream::Weights),
    )?;
    if let Some(layers) = &state.weights {
        for (dense, params) in net.layers_mut().iter_mut().zip(layers) {
            let (rows, cols) = dense.weights.dim();
            let flat: Vec<f32> = params.weights.iter().flatten().copied().collect();
            dense.weights = Array2::from_shape_vec((rows, cols), flat).map_err(|e| {
                SessionError::Unsupported(format!("weights do not fit the network: {e}"))
            })?;
            dense.bias = Array1::from_vec(params.bias.clone());
            if let Some(v) = &params.norm {
                dense.norm = NormParams {
                    gamma: Array1::from_vec(v.gamma.clone()),
                    beta: Array1::from_vec(v.beta.clone()),
                    running_mean: Array1::from_vec(v.running_mean.clone()),
                    running_var: Array1::from_vec(v.running_var.clone()),
                };
            }
        }
    }
    for l in &state.wiring {
        net.set_link(l.layer, l.to, l.from, false)?;
    }
    for w in &state.frozen.weights {
        net.set_weight_frozen(w.layer, w.to, w.from, true)?;
    }
    for b in &state.frozen.biases {
        net.set_bias_frozen(b.layer, b.neuron, true)?;
    }
    net.check()?;
    Ok(net)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_pick_like_ndarray_select() {
        let m = Array2::from_shape_fn((4, 3), |(r, c)| (r * 10 + c) as f32);
        let idx = [3, 0, 3];
        assert_eq!(rows(&m, &idx), m.select(ndarray::Axis(0), &idx));
        assert_eq!(rows(&m, &[]).dim(), (0, 3));
    }

    #[test]
    fn targets_per_head() {
        let mut row = [0.0f32; 1];
        target(Label::Class(0), Task::Binary, OutputHead::Tanh, &mut row);
        assert_eq!(row, [-1.0]);
        target(Label::Class(0), Task::Binary, OutputHead::Sigmoid, &mut row);
        assert_eq!(row, [0.0]);
        let mut two = [0.0f32; 2];
        target(Label::Class(1), Task::Binary, OutputHead::Softmax, &mut two);
        assert_eq!(two, [0.0, 1.0]);
        let mut three = [9.0f32; 3];
        target(
            Label::Class(2),
            Task::Multiclass { classes: 3 },
            OutputHead::Softmax,
            &mut three,
        );
        assert_eq!(three, [0.0, 0.0, 1.0]);
        target(
            Label::Value(0.25),
            Task::Regression,
            OutputHead::Linear,
            &mut row,
        );
        assert_eq!(row, [0.25]);
    }
}
