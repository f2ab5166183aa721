//! Optimizers and the parameter update, one layer at a time. With gradient `g`, step `t`:
//! - SGD: `w −= lr·g`
//! - Momentum: `v = μ·v + g`, `w −= lr·v`
//! - Adam: `m = β₁m + (1−β₁)g`, `v = β₂v + (1−β₂)g²`, `w −= lr·m̂/(√v̂ + ε)` with
//!   `m̂ = m/(1−β₁ᵗ)`, `v̂ = v/(1−β₂ᵗ)`; `βᵗ` kept as running products (no `powf`).
//!
//! What a rule remembers between steps (velocity, moments, `βᵗ`, the step count) can be read
//! out and put back as plain data ([`OptimizerMemory`], `memory.rs`), so a saved run resumes
//! bit for bit.
//!
//! Removed links and frozen values are skipped entirely (no update, no state change, no
//! regularisation); removed links are re-zeroed. Then weights get [`Regularization::shrink`].
//! A normalized layer's `γ` and `β` ([`OptimizerState::update_norm`]) follow the same rule
//! as biases, with their own moments and no penalty.

use crate::error::NnError;
use crate::layer::Dense;
use crate::regularization::Regularization;
use serde::{Deserialize, Serialize};

mod memory;
mod norm;

pub use memory::OptimizerMemory;

/// Which update rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OptimizerKind {
    /// Plain stochastic gradient descent (TFP).
    #[default]
    Sgd,
    /// Heavy-ball momentum.
    Momentum,
    /// Adam.
    Adam,
}

/// Update-rule settings (unused fields are ignored by a given kind).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OptimizerConfig {
    /// Which rule.
    pub kind: OptimizerKind,
    /// Step size `lr`.
    pub learning_rate: f32,
    /// Momentum `μ`.
    pub momentum: f32,
    /// Adam `β₁`.
    pub beta1: f32,
    /// Adam `β₂`.
    pub beta2: f32,
    /// Adam `ε`.
    pub epsilon: f32,
}

impl Default for OptimizerConfig {
    fn default() -> Self {
        OptimizerConfig {
            kind: OptimizerKind::Sgd,
            learning_rate: 0.03,
            momentum: 0.9,
            beta1: 0.9,
            beta2: 0.999,
            epsilon: 1e-8,
        }
    }
}

impl OptimizerConfig {
    /// Checks ranges: `lr ≥ 0` finite, `μ, β₁, β₂ ∈ [0, 1)`, `ε > 0`.
    pub fn validate(&self) -> Result<(), NnError> {
        let unit = |v: f32| (0.0..1.0).contains(&v);
        let msg = if !(self.learning_rate.is_finite() && self.learning_rate >= 0.0) {
            format!(
                "learning rate must be finite and ≥ 0, got {}",
                self.learning_rate
            )
        } else if !unit(self.momentum) {
            format!("momentum must be in [0, 1), got {}", self.momentum)
        } else if !unit(self.beta1) || !unit(self.beta2) {
            format!(
                "Adam betas must be in [0, 1), got {} and {}",
                self.beta1, self.beta2
            )
        } else if !(self.epsilon.is_finite() && self.epsilon > 0.0) {
            format!("Adam epsilon must be finite and > 0, got {}", self.epsilon)
        } else {
            return Ok(());
        };
        Err(NnError::InvalidConfig(msg))
    }
}

/// Per-parameter optimizer memory, shaped like the network's layers.
#[derive(Debug, Clone, PartialEq)]
pub struct OptimizerState {
    kind: OptimizerKind,
    /// Momentum velocity or Adam first moment, per layer: weights then biases.
    first: Vec<(Vec<f32>, Vec<f32>)>,
    /// Adam second moment.
    second: Vec<(Vec<f32>, Vec<f32>)>,
    beta1_pow: f32,
    beta2_pow: f32,
    /// Mini-batch steps taken (`t`).
    steps: u64,
    /// Per layer: every link present and no weight frozen (see [`Self::note_layers`]).
    all_trainable: Vec<bool>,
    /// Per layer: first and second moments of `γ` then `β` (`2·width` each, or empty),
    /// created at a normalized layer's first update.
    norm_moments: Vec<(Vec<f32>, Vec<f32>)>,
}

impl OptimizerState {
    /// Zeroed state for layers of the given `(weights, biases)` sizes.
    pub fn new(kind: OptimizerKind, sizes: &[(usize, usize)]) -> Self {
        let zeros = |on: bool| {
            sizes
                .iter()
                .map(|&(w, b)| {
                    if on {
                        (vec![0.0; w], vec![0.0; b])
                    } else {
                        (vec![], vec![])
                    }
                })
                .collect()
        };
        OptimizerState {
            kind,
            first: zeros(kind != OptimizerKind::Sgd),
            second: zeros(kind == OptimizerKind::Adam),
            beta1_pow: 1.0,
            beta2_pow: 1.0,
            steps: 0,
            all_trainable: Vec::new(),
            norm_moments: Vec::new(),
        }
    }

    /// Caches which layers have every link present and no weight frozen, so `update` can
    /// run the branch-free (vectorised) SGD loop on them. Call after editing the wiring or
    /// freezes (the trainer does, every epoch); layers never noted take the checked loop.
    pub fn note_layers(&mut self, layers: &[Dense]) {
        self.all_trainable.clear();
        self.all_trainable.extend(
            layers
                .iter()
                .map(|d| d.mask.iter().all(|&m| m) && !d.frozen_weights.iter().any(|&f| f)),
        );
    }

    /// The rule this state belongs to.
    pub fn kind(&self) -> OptimizerKind {
        self.kind
    }

    /// Advances the step counter (call once per mini-batch, before `update`).
    pub fn begin_step(&mut self, cfg: &OptimizerConfig) {
        self.beta1_pow *= cfg.beta1;
        self.beta2_pow *= cfg.beta2;
        self.steps += 1;
    }

    /// Applies one update to `layer` from gradients `gw` (out×in, flat) and `gb`.
    #[allow(clippy::too_many_arguments)]
    pub fn update(
        &mut self,
        l: usize,
        layer: &mut Dense,
        gw: &[f32],
        gb: &[f32],
        cfg: &OptimizerConfig,
        reg: Regularization,
        reg_rate: f32,
    ) {
        let lr = cfg.learning_rate;
        let lr_rate = lr * reg_rate;
        let (Some(w), Some(mask), Some(frozen)) = (
            layer.weights.as_slice_mut(),
            layer.mask.as_slice(),
            layer.frozen_weights.as_slice(),
        ) else {
            return;
        };
        let rule = Rule {
            kind: self.kind,
            cfg,
            c1: 1.0 - self.beta1_pow,
            c2: 1.0 - self.beta2_pow,
        };
        let (f_w, f_b) = self
            .first
            .get_mut(l)
            .map(|(a, b)| (a.as_mut_slice(), b.as_mut_slice()))
            .unwrap_or_default();
        let (s_w, s_b) = self
            .second
            .get_mut(l)
            .map(|(a, b)| (a.as_mut_slice(), b.as_mut_slice()))
            .unwrap_or_default();
        let all_trainable = self.all_trainable.get(l).copied().unwrap_or(false);
        if self.kind == OptimizerKind::Sgd && reg == Regularization::None && all_trainable {
            // Nothing to skip: `w − lr·g` on every weight, the same arithmetic as below.
            for (wi, &g) in w.iter_mut().zip(gw) {
                *wi -= lr * g;
            }
        } else if self.kind == OptimizerKind::Sgd && reg == Regularization::None {
            // TFP's default, the hot case: `w − lr·g`, the general loop's exact arithmetic
            // without its per-weight dispatch.
            for ((wi, &g), (&m, &f)) in w.iter_mut().zip(gw).zip(mask.iter().zip(frozen)) {
                if !m {
                    *wi = 0.0;
                } else if !f {
                    *wi -= lr * g;
                }
            }
        } else {
            for i in 0..w.len() {
                if !mask[i] {
                    w[i] = 0.0;
                    continue;
                }
                if frozen[i] {
                    continue;
                }
                let before = w[i];
                let after = before - lr * rule.direction(gw[i], f_w.get_mut(i), s_w.get_mut(i));
                w[i] = reg.shrink(before, after, lr_rate);
            }
        }
        for (i, b) in layer.bias.iter_mut().enumerate() {
            if !layer.frozen_bias[i] {
                *b -= lr * rule.direction(gb[i], f_b.get_mut(i), s_b.get_mut(i));
            }
        }
    }
}

/// One update rule with its bias corrections `c₁ = 1 − β₁ᵗ`, `c₂ = 1 − β₂ᵗ` (shared with
/// the model optimizer, [`crate::model::optim`], so both apply the same arithmetic).
pub(crate) struct Rule<'a> {
    pub(crate) kind: OptimizerKind,
    pub(crate) cfg: &'a OptimizerConfig,
    pub(crate) c1: f32,
    pub(crate) c2: f32,
}

impl Rule<'_> {
    /// The step direction for gradient `g` (before scaling by `lr`), updating the state.
    #[inline(always)]
    pub(crate) fn direction(
        &self,
        g: f32,
        first: Option<&mut f32>,
        second: Option<&mut f32>,
    ) -> f32 {
        match (self.kind, first, second) {
            (OptimizerKind::Momentum, Some(v), _) => {
                *v = self.cfg.momentum * *v + g;
                *v
            }
            (OptimizerKind::Adam, Some(m), Some(v)) => {
                *m = self.cfg.beta1 * *m + (1.0 - self.cfg.beta1) * g;
                *v = self.cfg.beta2 * *v + (1.0 - self.cfg.beta2) * g * g;
                let m_hat = *m / self.c1;
                let v_hat = *v / self.c2;
                m_hat / (libm::sqrtf(v_hat) + self.cfg.epsilon)
            }
            _ => g,
        }
    }
}

#[cfg(test)]
mod tests;
