//! Output heads: the activation of the output layer, and which losses pair with it.
//!
//! Output block is `k × n` (feature-major: row `j` holds output `j` for all `n` samples).
//! `Linear`, `Tanh`, `Sigmoid` act elementwise (`Sigmoid` uses the output layer's gain,
//! normally 1). `Softmax` maps each sample's logits `z` to `oⱼ = e^(zⱼ−m) / Σₗ e^(zₗ−m)` with
//! `m = maxₗ zₗ` (stable), summing in index order; `exp` is `libm::expf`.

use crate::activation::Activation;
use crate::error::NnError;
use crate::loss::Loss;
use serde::{Deserialize, Serialize};

/// The output layer's activation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OutputHead {
    /// Identity: regression.
    #[default]
    Linear,
    /// `tanh`: TensorFlow Playground's classification head, targets ±1.
    Tanh,
    /// Logistic sigmoid: targets 0/1 (one or several independent labels).
    Sigmoid,
    /// Softmax over the outputs: one-hot targets, at least two outputs.
    Softmax,
}

impl OutputHead {
    /// Every head, in declaration order.
    pub const ALL: [OutputHead; 4] = [
        OutputHead::Linear,
        OutputHead::Tanh,
        OutputHead::Sigmoid,
        OutputHead::Softmax,
    ];

    /// The serde name (`linear`, `tanh`, `sigmoid`, `softmax`), as links and formulas write it.
    pub fn name(self) -> &'static str {
        match self {
            OutputHead::Linear => "linear",
            OutputHead::Tanh => "tanh",
            OutputHead::Sigmoid => "sigmoid",
            OutputHead::Softmax => "softmax",
        }
    }

    /// The natural loss: squared error for Linear/Tanh, BCE for Sigmoid, CE for Softmax.
    pub fn default_loss(self) -> Loss {
        match self {
            OutputHead::Linear | OutputHead::Tanh => Loss::SquaredError,
            OutputHead::Sigmoid => Loss::BinaryCrossEntropy,
            OutputHead::Softmax => Loss::CrossEntropy,
        }
    }

    /// Whether `loss` is a valid pairing with this head.
    pub fn supports(self, loss: Loss) -> bool {
        matches!(
            (self, loss),
            (
                OutputHead::Linear | OutputHead::Tanh,
                Loss::SquaredError | Loss::Huber
            ) | (
                OutputHead::Sigmoid,
                Loss::BinaryCrossEntropy | Loss::SquaredError
            ) | (OutputHead::Softmax, Loss::CrossEntropy)
        )
    }

    /// `Ok` if `loss` pairs with this head, else an error naming the valid choices.
    pub fn check_loss(self, loss: Loss) -> Result<(), NnError> {
        if self.supports(loss) {
            return Ok(());
        }
        let valid = match self {
            OutputHead::Linear | OutputHead::Tanh => "squared_error or huber",
            OutputHead::Sigmoid => "binary_cross_entropy or squared_error",
            OutputHead::Softmax => "cross_entropy",
        };
        Err(NnError::InvalidConfig(format!(
            "the {} loss does not pair with the {} output head; use {valid}",
            loss.name(),
            self.name()
        )))
    }

    /// The elementwise activation stored in the output layer (Softmax: identity logits).
    pub fn layer_activation(self) -> Activation {
        match self {
            OutputHead::Linear | OutputHead::Softmax => Activation::Linear,
            OutputHead::Tanh => Activation::Tanh,
            OutputHead::Sigmoid => Activation::Sigmoid,
        }
    }

    /// Whether the outputs are class scores (accuracy is meaningful).
    pub fn is_classification(self) -> bool {
        !matches!(self, OutputHead::Linear)
    }
}

/// In-place softmax over each sample (column) of a feature-major `k × n` block.
pub fn softmax_columns(block: &mut [f32], k: usize, n: usize) {
    for s in 0..n {
        let mut m = f32::NEG_INFINITY;
        for j in 0..k {
            m = m.max(block[j * n + s]);
        }
        let mut sum = 0.0f32;
        for j in 0..k {
            let e = libm::expf(block[j * n + s] - m);
            block[j * n + s] = e;
            sum += e;
        }
        let inv = 1.0 / sum;
        for j in 0..k {
            block[j * n + s] *= inv;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_and_defaults() {
        for head in OutputHead::ALL {
            assert!(head.supports(head.default_loss()));
        }
        assert!(OutputHead::Softmax.check_loss(Loss::SquaredError).is_err());
        assert!(OutputHead::Linear
            .check_loss(Loss::BinaryCrossEntropy)
            .is_err());
        assert!(OutputHead::Sigmoid.check_loss(Loss::SquaredError).is_ok());
    }

    #[test]
    fn names_are_the_serde_names() {
        for head in OutputHead::ALL {
            let json = serde_json::to_string(&head).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", head.name()));
        }
        for loss in Loss::ALL {
            let json = serde_json::to_string(&loss).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", loss.name()));
        }
        assert_eq!(
            OutputHead::Softmax.check_loss(Loss::Huber).map_err(|e| e.to_string()),
            Err("invalid training configuration: the huber loss does not pair with the softmax output head; use cross_entropy".into())
        );
    }

    #[test]
    fn softmax_is_stable_and_normalised() {
        // Two samples, three classes, feature-major; huge logits must not overflow.
        let mut b = vec![1000.0, 1.0, 1001.0, 2.0, 999.0, 3.0];
        softmax_columns(&mut b, 3, 2);
        let s0 = b[0] + b[2] + b[4];
        let s1 = b[1] + b[3] + b[5];
        assert!((s0 - 1.0).abs() < 1e-6 && (s1 - 1.0).abs() < 1e-6);
        assert!(b[2] > b[0] && b[0] > b[4]);
        assert!((b[5] - 0.665_240_9).abs() < 1e-6);
    }
}
