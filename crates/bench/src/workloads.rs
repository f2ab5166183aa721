//! Building the workloads from a [`Fixture`]: trainers for A and C, the grid evaluation of B
//! (through `GridEvaluator`, as the web app does).

use crate::fixture::{Fixture, NetFixture};
use ndarray::{Array1, Array2};
use neurite_nn::{
    Activation, DataSplit, Dense, GridEvaluator, LayerSpec, Network, NetworkSpec, NnError,
    OutputHead, Samples, TrainConfig, Trainer,
};
use std::cell::RefCell;

/// A training workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainId {
    /// 2-8-8-1 tanh, batch 10.
    A,
    /// 2-64-64-1 relu, batch 32.
    C,
}

impl TrainId {
    /// The workload's network in the fixture.
    pub fn net(self, f: &Fixture) -> &NetFixture {
        match self {
            TrainId::A => &f.net_a,
            TrainId::C => &f.net_c,
        }
    }

    /// Epochs trained from the initial weights before the loss is reported.
    pub fn check_epochs(self, f: &Fixture) -> usize {
        match self {
            TrainId::A => f.protocol.check_epochs_a,
            TrainId::C => f.protocol.check_epochs_c,
        }
    }

    /// `"A"` or `"C"`.
    pub fn name(self) -> &'static str {
        match self {
            TrainId::A => "A",
            TrainId::C => "C",
        }
    }
}

fn activation(name: &str) -> Result<Activation, NnError> {
    match name {
        "tanh" => Ok(Activation::Tanh),
        "relu" => Ok(Activation::Relu),
        other => Err(NnError::InvalidData(format!(
            "fixture: unsupported activation {other:?}"
        ))),
    }
}

fn matrix(rows: usize, cols: usize, v: &[f32]) -> Result<Array2<f32>, NnError> {
    Array2::from_shape_vec((rows, cols), v.to_vec())
        .map_err(|e| NnError::ShapeMismatch(format!("fixture matrix {rows}×{cols}: {e}")))
}

/// The network of `net` with its initial parameters.
pub fn network(net: &NetFixture) -> Result<Network, NnError> {
    let hidden_act = activation(&net.hidden)?;
    if net.output != "tanh" {
        return Err(NnError::InvalidData("fixture: output must be tanh".into()));
    }
    let (inputs, outputs) = match (net.widths.first(), net.widths.last()) {
        (Some(&i), Some(&o)) if net.widths.len() >= 2 => (i, o),
        _ => return Err(NnError::InvalidData("fixture: too few widths".into())),
    };
    let hidden = &net.widths[1..net.widths.len() - 1];
    let spec = NetworkSpec {
        inputs,
        hidden: hidden
            .iter()
            .map(|&w| LayerSpec::new(w, hidden_act))
            .collect(),
        outputs,
        head: OutputHead::Tanh,
    };
    let mut layers = Vec::with_capacity(net.layers.len());
    for (l, p) in net.layers.iter().enumerate() {
        let (fan_in, fan_out) = match (net.widths.get(l), net.widths.get(l + 1)) {
            (Some(&i), Some(&o)) => (i, o),
            _ => return Err(NnError::InvalidData("fixture: too many layers".into())),
        };
        let act = if l + 1 == net.layers.len() {
            OutputHead::Tanh.layer_activation()
        } else {
            hidden_act
        };
        let w = matrix(fan_out, fan_in, &p.weights)?;
        layers.push(Dense::new(w, Array1::from(p.bias.clone()), act, 1.0, 0.0));
    }
    Network::from_parts(spec, layers)
}

/// A fresh trainer for workload `id`: initial weights, SGD, squared error, batch-order seed 1.
pub fn trainer(f: &Fixture, id: TrainId) -> Result<Trainer, NnError> {
    let net = id.net(f);
    let n = f.samples();
    let data = DataSplit {
        train: Samples::new(matrix(n, 2, &f.inputs)?, matrix(n, 1, &f.labels)?),
        validation: Samples::empty(2, 1),
        test: Samples::empty(2, 1),
    };
    let mut cfg = TrainConfig {
        batch_size: net.batch,
        seed: 1,
        ..TrainConfig::default()
    };
    cfg.optimizer.learning_rate = net.lr;
    Trainer::new(network(net)?, data, cfg)
}

/// Mean `½(o − y)²` of the trainer's current network over the training set.
pub fn train_loss(t: &Trainer) -> f64 {
    t.evaluate().train_loss.map_or(f64::NAN, f64::from)
}

/// The fixture's grid as an `res² × 2` matrix.
pub fn grid_array(f: &Fixture) -> Result<Array2<f32>, NnError> {
    matrix(f.grid_res * f.grid_res, 2, &f.grid)
}

/// Workload B's result: every layer's activations over the grid, neuron-major, held in the
/// allocation-free [`GridEvaluator`] the web app uses for its heatmaps. Dropping it hands
/// the evaluator back to a per-thread cache, so repeated evaluations reuse its buffers
/// (what a frame loop does) instead of allocating fresh matrices each time.
#[derive(Debug)]
pub struct GridMaps(Option<GridEvaluator>);

thread_local! {
    static EVALUATOR: RefCell<Option<GridEvaluator>> = const { RefCell::new(None) };
}

impl GridMaps {
    /// Number of layers including the inputs (`hidden + 2`).
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, GridEvaluator::layers)
    }

    /// Whether there are no layers (never, after a successful evaluation).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Layer `l`'s values, `width × points` (row `j` = neuron `j`'s heatmap).
    pub fn layer(&self, l: usize) -> Option<&[f32]> {
        self.0.as_ref()?.layer(l)
    }
}

impl Drop for GridMaps {
    fn drop(&mut self) {
        if let Some(eval) = self.0.take() {
            EVALUATOR.with_borrow_mut(|slot| *slot = Some(eval));
        }
    }
}

/// Workload B: every layer's activations over the grid (`width × res²` each: row `j` is
/// neuron `j`'s heatmap), through the thread's reused [`GridEvaluator`].
pub fn grid_eval(net: &Network, grid: &Array2<f32>) -> Result<GridMaps, NnError> {
    let mut eval = EVALUATOR.with_borrow_mut(Option::take).unwrap_or_default();
    eval.evaluate(net, grid.view())?;
    Ok(GridMaps(Some(eval)))
}

/// Sum of the output neuron over the grid (a cross-engine check that weights match).
pub fn grid_checksum(maps: &GridMaps) -> f64 {
    maps.len()
        .checked_sub(1)
        .and_then(|l| maps.layer(l))
        .map_or(f64::NAN, |a| a.iter().map(|&v| f64::from(v)).sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workloads_build_and_learn() {
        let f = Fixture::generate().unwrap_or_else(|e| panic!("{e}"));
        for id in [TrainId::A, TrainId::C] {
            let mut t = trainer(&f, id).unwrap_or_else(|e| panic!("{e}"));
            let before = train_loss(&t);
            for _ in 0..id.check_epochs(&f) {
                t.train_epoch().unwrap_or_else(|e| panic!("{e}"));
            }
            assert!(train_loss(&t) < before, "{} did not learn", id.name());
        }
        let net = network(&f.net_a).unwrap_or_else(|e| panic!("{e}"));
        let grid = grid_array(&f).unwrap_or_else(|e| panic!("{e}"));
        let acts = grid_eval(&net, &grid).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(acts.len(), 4);
        assert_eq!(acts.layer(1).map(<[f32]>::len), Some(8 * 10_000));
        // Same values as `Network::neuron_activations` (what B used before), bit for bit.
        let want = net
            .neuron_activations(grid.view())
            .unwrap_or_else(|e| panic!("{e}"));
        for (l, w) in want.iter().enumerate() {
            let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(acts.layer(l).map(bits), w.as_slice().map(bits));
        }
        let sum = grid_checksum(&acts);
        assert!(sum.is_finite());
        drop(acts);
        let again = grid_eval(&net, &grid).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(grid_checksum(&again).to_bits(), sum.to_bits());
    }
}
