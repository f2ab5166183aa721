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
use serde::{Deserialize, Serialize};

/// Per-tensor optimizer memory. Plain data (serde): with the model and the epoch count it is
/// everything the next step depends on, so a saved run resumes bit for bit
/// ([`super::memory`]); `βᵗ` are kept as the exact running products, not recomputed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

    /// Whether this memory fits `model` and `kind`: one moment buffer per tensor, of its
    /// length, where the rule keeps one (none for SGD's, or Adam's second moment only with
    /// Adam), and finite running products in `(0, 1]`.
    pub fn fits(&self, kind: OptimizerKind, model: &Model) -> bool {
        let shaped = |moments: &Vec<Vec<Vec<f32>>>, on: bool| {
            moments.len() == model.layers().len()
                && moments.iter().zip(model.layers()).all(|(m, l)| {
                    m.len() == l.params().len()
                        && m.iter().zip(l.params()).all(|(v, p)| {
                            v.len() == if on { p.len() } else { 0 }
                                && v.iter().all(|x| x.is_finite())
                        })
                })
        };
        let pow = |p: f32| p > 0.0 && p <= 1.0;
        self.kind == kind
            && shaped(&self.first, kind != OptimizerKind::Sgd)
            && shaped(&self.second, kind == OptimizerKind::Adam)
            && pow(self.beta1_pow)
            && pow(self.beta2_pow)
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
