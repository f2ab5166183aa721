//! A parameter tensor: the unit the optimizer, regularization, freezing, divergence
//! detection and snapshots work on, whatever layer kind owns it.
//!
//! `value` is flat (the owning layer documents its layout); `fixed[i] = true` keeps
//! `value[i]` out of every update (a frozen parameter, or a removed link held at 0), an empty
//! `fixed` means every value trains. `penalized` says whether L1/L2 apply (weights and
//! kernels yes; biases, `γ`, `β` and embeddings' rows as weights do).

use serde::{Deserialize, Serialize};

/// What a parameter tensor is, for messages and views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamRole {
    /// A linear layer's `out × in` weights, or a convolution's `C_out × C_in × k × k` kernels.
    Weights,
    /// One bias per output neuron or channel.
    Bias,
    /// Normalization's scale `γ`, one per channel.
    Gamma,
    /// Normalization's shift `β`, one per channel.
    Beta,
    /// An embedding table, `vocabulary × dimension`.
    Table,
}

impl ParamRole {
    /// The name a message uses.
    pub fn name(self) -> &'static str {
        match self {
            ParamRole::Weights => "weights",
            ParamRole::Bias => "biases",
            ParamRole::Gamma => "γ",
            ParamRole::Beta => "β",
            ParamRole::Table => "embedding table",
        }
    }
}

/// One trainable tensor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Param {
    /// What it is.
    pub role: ParamRole,
    /// The values, flat.
    pub value: Vec<f32>,
    /// `true` = not updated (frozen or removed); empty = all trainable.
    #[serde(default)]
    pub fixed: Vec<bool>,
    /// Whether L1/L2 shrink it.
    pub penalized: bool,
}

impl Param {
    /// A fully trainable tensor.
    pub fn new(role: ParamRole, value: Vec<f32>) -> Param {
        let penalized = matches!(role, ParamRole::Weights | ParamRole::Table);
        Param {
            role,
            value,
            fixed: Vec::new(),
            penalized,
        }
    }

    /// Number of values.
    pub fn len(&self) -> usize {
        self.value.len()
    }

    /// Whether it holds no value.
    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    /// Whether `value[i]` is kept out of updates.
    pub fn is_fixed(&self, i: usize) -> bool {
        self.fixed.get(i).copied().unwrap_or(false)
    }

    /// Keeps every value out of updates (`true`) or lets every value train (`false`).
    pub fn freeze_all(&mut self, frozen: bool) {
        if frozen {
            self.fixed = vec![true; self.value.len()];
        } else {
            self.fixed.clear();
        }
    }

    /// Index and kind of the first non-finite value.
    pub fn first_non_finite(&self) -> Option<(usize, crate::divergence::NonFinite)> {
        self.value
            .iter()
            .enumerate()
            .find_map(|(i, &v)| crate::divergence::NonFinite::of(v).map(|k| (i, k)))
    }
}

/// How a layer's initial weights are drawn (biases start at 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeightInit {
    /// Glorot uniform, `U(±√(6/(fan_in + fan_out)))`: keeps the variance of activations and
    /// gradients for symmetric activations (tanh, sigmoid, a softmax head).
    Glorot,
    /// He normal, `N(0, 2/fan_in)`: for a layer feeding a ReLU-family activation, which zeroes
    /// about half its inputs and so needs twice the variance.
    He,
}

impl WeightInit {
    /// `count` weights drawn in order from `rng`.
    pub fn draw(
        self,
        fan_in: usize,
        fan_out: usize,
        count: usize,
        rng: &mut crate::rng::Rng,
    ) -> Vec<f32> {
        match self {
            WeightInit::Glorot => {
                let limit = libm::sqrt(6.0 / (fan_in + fan_out).max(1) as f64);
                (0..count)
                    .map(|_| rng.uniform(-limit, limit) as f32)
                    .collect()
            }
            WeightInit::He => {
                let sd = libm::sqrt(2.0 / fan_in.max(1) as f64);
                (0..count).map(|_| rng.gaussian(0.0, sd) as f32).collect()
            }
        }
    }

    /// He before a ReLU-family activation (ReLU, leaky ReLU, ELU, GELU, SiLU), else Glorot.
    pub fn before(next: Option<&super::kind::LayerKind>) -> WeightInit {
        use crate::activation::Activation as A;
        match next {
            Some(super::kind::LayerKind::Activation {
                function: A::Relu | A::LeakyRelu | A::Elu | A::Gelu | A::Silu,
                ..
            }) => WeightInit::He,
            _ => WeightInit::Glorot,
        }
    }
}
