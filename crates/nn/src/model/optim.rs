//! The optimizer over a model's parameter tensors: SGD, momentum or Adam with the same
//! per-value arithmetic as the dense layers' optimizer ([`crate::optim`]), L1/L2 on
//! penalized tensors, `fixed` values (frozen, removed links) left exactly as they are.
//!
//! Per step `t`: `βᵗ` kept as running products; each value `w` with gradient `g` moves by
//! `w ← shrink(w, w − lr·d(g))` where `d` is the rule's direction (see [`crate::optim`]).

use super::pass::Grads;
use super::Model;
use crate::optim::{OptimizerConfig, OptimizerKind, Rule};
use crate::regularization::Regularization;

/// Per-tensor optimizer memory.
#[derive(Debug, Clone, PartialEq)]
pub struct TensorOptimizer {
    kind: OptimizerKind,
    /// Momentum's velocity or Adam's first moment, per layer, per tensor.
    first: Vec<Vec<Vec<f32>>>,
    /// Adam's second moment.
    second: Vec<Vec<Vec<f32>>>,
    beta1_pow: f32,
    beta2_pow: f32,
    steps: u64,
}

impl TensorOptimizer {
    /// Zeroed memory for `model`'s tensors.
    pub fn new(kind: OptimizerKind, model: &Model) -> TensorOptimizer {
        let zeros = |on: bool| {
            model
                .layers()
                .iter()
                .map(|l| {
                    l.params()
                        .iter()
                        .map(|p| if on { vec![0.0; p.len()] } else { Vec::new() })
                        .collect()
                })
                .collect()
        };
        TensorOptimizer {
            kind,
            first: zeros(kind != OptimizerKind::Sgd),
            second: zeros(kind == OptimizerKind::Adam),
            beta1_pow: 1.0,
            beta2_pow: 1.0,
            steps: 0,
        }
    }

    /// Mini-batch steps taken.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// One update of every tensor from `grads`.
    pub fn step(
        &mut self,
        model: &mut Model,
        grads: &Grads,
        cfg: &OptimizerConfig,
        reg: Regularization,
        reg_rate: f32,
    ) {
        self.beta1_pow *= cfg.beta1;
        self.beta2_pow *= cfg.beta2;
        self.steps += 1;
        let rule = Rule {
            kind: self.kind,
            cfg,
            c1: 1.0 - self.beta1_pow,
            c2: 1.0 - self.beta2_pow,
        };
        let (lr, lr_rate) = (cfg.learning_rate, cfg.learning_rate * reg_rate);
        for (l, layer) in model.layers_mut().iter_mut().enumerate() {
            for (p, param) in layer.params_mut().iter_mut().enumerate() {
                let Some(g) = grads.layers.get(l).and_then(|gl| gl.get(p)) else {
                    continue;
                };
                let reg = if param.penalized {
                    reg
                } else {
                    Regularization::None
                };
                let mut first = self.first.get_mut(l).and_then(|x| x.get_mut(p));
                let mut second = self.second.get_mut(l).and_then(|x| x.get_mut(p));
                for (i, w) in param.value.iter_mut().enumerate() {
                    if param.fixed.get(i).copied().unwrap_or(false) {
                        continue;
                    }
                    let f = first.as_mut().and_then(|v| v.get_mut(i));
                    let s = second.as_mut().and_then(|v| v.get_mut(i));
                    let before = *w;
                    let after = before - lr * rule.direction(g[i], f, s);
                    *w = reg.shrink(before, after, lr_rate);
                }
            }
        }
    }
}
