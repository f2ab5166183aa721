//! [`Session::to_state`]: the session's current settings (including live changes made
//! through the trainer) and structure, optionally with exact weights, back as a [`State`].

use neurite_nn::Network;

use super::Session;
use crate::limits::MAX_HISTORY;
use crate::state::{thin_history, Frozen, LayerParams, LinkRef, NeuronRef, NormValues, State};

/// Removed links and frozen parameters as the network holds them now (sorted by
/// construction: layer, then `to`, then `from`).
fn structure(net: &Network) -> (Vec<LinkRef>, Frozen) {
    let mut wiring = Vec::new();
    let mut frozen = Frozen::default();
    for (layer, d) in net.layers().iter().enumerate() {
        for ((to, from), &on) in d.mask.indexed_iter() {
            if !on {
                wiring.push(LinkRef { layer, to, from });
            }
        }
        for ((to, from), &f) in d.frozen_weights.indexed_iter() {
            if f {
                frozen.weights.push(LinkRef { layer, to, from });
            }
        }
        for (neuron, &f) in d.frozen_bias.indexed_iter() {
            if f {
                frozen.biases.push(NeuronRef { layer, neuron });
            }
        }
    }
    (wiring, frozen)
}

/// Every layer's parameters, or `None` if any is not finite (such a state would not validate).
fn params(net: &Network) -> Option<Vec<LayerParams>> {
    let layers: Vec<LayerParams> = net
        .layers()
        .iter()
        .map(|d| LayerParams {
            weights: d.weights.rows().into_iter().map(|r| r.to_vec()).collect(),
            bias: d.bias.to_vec(),
            norm: d.normalization.is_on().then(|| NormValues {
                gamma: d.norm.gamma.to_vec(),
                beta: d.norm.beta.to_vec(),
                running_mean: d.norm.running_mean.to_vec(),
                running_var: d.norm.running_var.to_vec(),
            }),
        })
        .collect();
    let finite = layers.iter().all(|p| {
        p.weights
            .iter()
            .flatten()
            .chain(&p.bias)
            .chain(p.norm.iter().flat_map(|n| n.lists().into_iter().flatten()))
            .all(|w| w.is_finite())
    });
    finite.then_some(layers)
}

impl Session {
    /// The state of this session now: settings (the trainer's current optimizer, loss,
    /// regularization, batch size, early stopping), removed links, frozen parts and the
    /// state's own points. With `with_weights`, also what continues the run exactly: the
    /// weights, the epoch count, the trainer's memory and the metrics history (thinned to
    /// [`MAX_HISTORY`] epochs); all of them are left out if training left any non-finite
    /// parameter.
    pub fn to_state(&self, with_weights: bool) -> State {
        let mut s = self.state.clone();
        let config = self.trainer.config();
        s.training.optimizer = config.optimizer;
        s.training.regularization = config.regularization;
        s.training.regularization_rate = config.regularization_rate;
        s.training.batch_size = config.batch_size;
        s.training.early_stopping = config.early_stopping;
        s.network.loss = config.loss;
        let net = self.trainer.network();
        (s.wiring, s.frozen) = structure(net);
        s.weights = None;
        s.epoch = 0;
        s.history = Vec::new();
        s.memory = None;
        if with_weights {
            if let Some(layers) = params(net) {
                s.weights = Some(layers);
                s.epoch = self.trainer.epoch();
                s.history = thin_history(self.trainer.history(), MAX_HISTORY);
                // A memory that overflowed (Adam's v can reach ∞ while the weights stay
                // finite) would make the state invalid: the run then resumes without it.
                let sizes: Vec<(usize, usize)> = net
                    .layers()
                    .iter()
                    .map(|d| (d.weights.len(), d.bias.len()))
                    .collect();
                s.memory = Some(self.trainer.memory()).filter(|m| m.check(&sizes).is_ok());
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::State;

    #[test]
    fn snapshot_restores_the_same_run() {
        let mut a = Session::new(&State::default()).unwrap_or_else(|e| panic!("{e}"));
        let _ = a.trainer_mut().network_mut().set_link(0, 1, 0, false);
        let _ = a.trainer_mut().network_mut().set_bias_frozen(1, 0, true);
        a.train_epochs(2);
        let saved = a.to_state(true);
        assert_eq!(saved.epoch, 2);
        assert_eq!(
            saved.wiring,
            vec![LinkRef {
                layer: 0,
                to: 1,
                from: 0
            }]
        );
        assert_eq!(
            saved.frozen.biases,
            vec![NeuronRef {
                layer: 1,
                neuron: 0
            }]
        );
        assert_eq!(saved.validate(), Ok(()));
        let b = Session::new(&saved).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(b.to_state(true), saved);
        assert_eq!(a.to_state(false).weights, None);
    }
}
