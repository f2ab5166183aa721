//! One update, step by step: plain gradient descent on one data point alone,
//! `w ← w − η·∂L/∂w` and `b ← b − η·∂L/∂b` with the point's own gradients
//! ([`Session::trace_point`]) and the trainer's learning rate η — through the engine's own
//! optimizer code (an SGD [`OptimizerState`], no regularization), so removed links stay at 0
//! and frozen parameters stay put exactly as in training. The trainer's epochs, history and
//! optimizer memory are untouched: this is a lesson, not an epoch.

use neurite_nn::{OptimizerConfig, OptimizerKind, OptimizerState, Regularization, SampleGradients};

use super::Session;

impl Session {
    /// Applies one plain-SGD update from data point `index` alone at the current learning
    /// rate; returns the gradients it applied, or `None` if there is no such point (or the
    /// gradients are not finite, in which case nothing changes).
    pub fn sgd_step_on_point(&mut self, index: usize) -> Option<SampleGradients> {
        let (_, grads) = self.trace_point(index)?;
        let finite = grads
            .layers
            .iter()
            .all(|l| l.weights.iter().chain(&l.bias).all(|g| g.is_finite()));
        if !finite {
            return None;
        }
        let cfg = OptimizerConfig {
            kind: OptimizerKind::Sgd,
            ..self.trainer.config().optimizer
        };
        let net = self.trainer.network_mut();
        let sizes: Vec<(usize, usize)> = net
            .layers()
            .iter()
            .map(|d| (d.weights.len(), d.bias.len()))
            .collect();
        let mut sgd = OptimizerState::new(OptimizerKind::Sgd, &sizes);
        sgd.note_layers(net.layers());
        sgd.begin_step(&cfg);
        for (l, (layer, g)) in net.layers_mut().iter_mut().zip(&grads.layers).enumerate() {
            let gw: Vec<f32> = g.weights.iter().copied().collect();
            sgd.update(l, layer, &gw, &g.bias, &cfg, Regularization::None, 0.0);
        }
        Some(grads)
    }
}

#[cfg(test)]
mod tests {
    use crate::session::Session;
    use crate::state::State;

    #[test]
    fn one_update_moves_each_weight_by_exactly_minus_rate_times_gradient() {
        let mut state = State::default();
        state.training.optimizer.learning_rate = 0.3;
        let mut s = Session::new(&state).unwrap_or_else(|e| panic!("{e}"));
        let i = s.split().train[3];
        let before = s.trainer().network().clone();
        let epoch = s.trainer().epoch();
        let grads = s
            .sgd_step_on_point(i)
            .unwrap_or_else(|| panic!("point {i}"));
        let after = s.trainer().network();
        for (l, g) in grads.layers.iter().enumerate() {
            let (b, a) = (&before.layers()[l], &after.layers()[l]);
            for ((w0, w1), gw) in b.weights.iter().zip(a.weights.iter()).zip(g.weights.iter()) {
                assert_eq!(*w1, *w0 - 0.3 * gw, "layer {l}");
            }
            for ((b0, b1), gb) in b.bias.iter().zip(a.bias.iter()).zip(&g.bias) {
                assert_eq!(*b1, *b0 - 0.3 * gb, "layer {l}");
            }
        }
        assert_eq!(s.trainer().epoch(), epoch, "not an epoch");
        assert!(s.sgd_step_on_point(s.dataset().len()).is_none());
    }

    #[test]
    fn frozen_and_removed_parameters_stay_put() {
        let mut s = Session::new(&State::default()).unwrap_or_else(|e| panic!("{e}"));
        let net = s.trainer_mut().network_mut();
        assert!(net.set_link(0, 0, 0, false).is_ok());
        assert!(net.set_weight_frozen(0, 1, 0, true).is_ok());
        assert!(net.set_bias_frozen(1, 0, true).is_ok());
        let before = s.trainer().network().clone();
        let i = s.split().train[0];
        assert!(s.sgd_step_on_point(i).is_some());
        let after = s.trainer().network();
        assert_eq!(after.layers()[0].weights[[0, 0]], 0.0);
        assert_eq!(
            after.layers()[0].weights[[1, 0]],
            before.layers()[0].weights[[1, 0]]
        );
        assert_eq!(after.layers()[1].bias[0], before.layers()[1].bias[0]);
    }
}
