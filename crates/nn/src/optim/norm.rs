//! The update of a normalized layer's `γ` and `β`: the rule biases follow, on moments of
//! their own (`OptimizerState::norm_moments`), with no regularization penalty.

use super::{OptimizerConfig, OptimizerKind, OptimizerState, Rule};
use crate::layer::Dense;

impl OptimizerState {
    /// Applies one update to `layer`'s `γ` and `β` from their gradients (nothing for a
    /// layer without normalization): the rule biases follow, on moments of their own.
    #[inline(never)]
    pub fn update_norm(
        &mut self,
        l: usize,
        layer: &mut Dense,
        g_gamma: &[f32],
        g_beta: &[f32],
        cfg: &OptimizerConfig,
    ) {
        let width = layer.norm.gamma.len();
        if !layer.normalization.is_on() || g_gamma.len() != width || g_beta.len() != width {
            return;
        }
        let rule = Rule {
            kind: self.kind,
            cfg,
            c1: 1.0 - self.beta1_pow,
            c2: 1.0 - self.beta2_pow,
        };
        if self.norm_moments.len() <= l {
            self.norm_moments.resize_with(l + 1, Default::default);
        }
        let (first, second) = &mut self.norm_moments[l];
        let size = |on: bool| if on { 2 * width } else { 0 };
        first.resize(size(self.kind != OptimizerKind::Sgd), 0.0);
        second.resize(size(self.kind == OptimizerKind::Adam), 0.0);
        let lr = cfg.learning_rate;
        let params = layer
            .norm
            .gamma
            .iter_mut()
            .chain(layer.norm.beta.iter_mut());
        for (i, (p, &g)) in params.zip(g_gamma.iter().chain(g_beta)).enumerate() {
            *p -= lr * rule.direction(g, first.get_mut(i), second.get_mut(i));
        }
    }
}
