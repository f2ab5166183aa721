//! Declarative network description: input width, hidden layers, outputs, head.
//!
//! A network `inputs → hidden[0] → … → hidden[H−1] → outputs` has `H + 1` parameter layers.
//! Validation bounds sizes so hostile or mistaken specs fail with a message, not an abort.

use crate::activation::Activation;
use crate::error::NnError;
use crate::head::OutputHead;
use crate::norm::Normalization;
use serde::{Deserialize, Serialize};

/// Most hidden layers a network may have.
pub const MAX_HIDDEN_LAYERS: usize = 64;
/// Widest any layer (inputs and outputs included) may be.
pub const MAX_WIDTH: usize = 1024;

fn one() -> f32 {
    1.0
}

/// One hidden layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerSpec {
    /// Number of neurons (1..=1024).
    pub width: usize,
    /// Activation of every neuron in the layer.
    pub activation: Activation,
    /// Input scale of `Sigmoid` (`σ(gain·z)`); ignored by other activations.
    #[serde(default = "one")]
    pub gain: f32,
    /// Dropout probability during training, in `[0, 1)`.
    #[serde(default)]
    pub dropout: f32,
    /// Normalization of the pre-activations before the activation (see [`crate::norm`]).
    #[serde(default)]
    pub normalization: Normalization,
}

impl LayerSpec {
    /// A layer with gain 1, no dropout and no normalization.
    pub fn new(width: usize, activation: Activation) -> Self {
        LayerSpec {
            width,
            activation,
            gain: 1.0,
            dropout: 0.0,
            normalization: Normalization::None,
        }
    }
}

/// The whole architecture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkSpec {
    /// Input features per sample.
    pub inputs: usize,
    /// Hidden layers, first to last (may be empty).
    pub hidden: Vec<LayerSpec>,
    /// Output neurons.
    pub outputs: usize,
    /// Output activation.
    pub head: OutputHead,
}

impl NetworkSpec {
    /// Layer widths `[inputs, hidden…, outputs]`.
    pub fn widths(&self) -> Vec<usize> {
        let mut w = Vec::with_capacity(self.hidden.len() + 2);
        w.push(self.inputs);
        w.extend(self.hidden.iter().map(|l| l.width));
        w.push(self.outputs);
        w
    }

    /// Checks every size and setting; the error names the offending part.
    pub fn validate(&self) -> Result<(), NnError> {
        let bad = |m: String| Err(NnError::InvalidSpec(m));
        if self.inputs == 0 || self.inputs > MAX_WIDTH {
            return bad(format!(
                "inputs must be 1..={MAX_WIDTH}, got {}",
                self.inputs
            ));
        }
        if self.outputs == 0 || self.outputs > MAX_WIDTH {
            return bad(format!(
                "outputs must be 1..={MAX_WIDTH}, got {}",
                self.outputs
            ));
        }
        if self.head == OutputHead::Softmax && self.outputs < 2 {
            return bad("a softmax head needs at least 2 outputs".into());
        }
        if self.hidden.len() > MAX_HIDDEN_LAYERS {
            return bad(format!(
                "at most {MAX_HIDDEN_LAYERS} hidden layers, got {}",
                self.hidden.len()
            ));
        }
        for (i, l) in self.hidden.iter().enumerate() {
            if l.width == 0 || l.width > MAX_WIDTH {
                return bad(format!(
                    "hidden layer {i} width must be 1..={MAX_WIDTH}, got {}",
                    l.width
                ));
            }
            if !l.gain.is_finite() {
                return bad(format!(
                    "hidden layer {i} gain must be finite, got {}",
                    l.gain
                ));
            }
            if !(l.dropout >= 0.0 && l.dropout < 1.0) {
                return bad(format!(
                    "hidden layer {i} dropout must be in [0, 1), got {}",
                    l.dropout
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> NetworkSpec {
        NetworkSpec {
            inputs: 2,
            hidden: vec![LayerSpec::new(4, Activation::Tanh)],
            outputs: 1,
            head: OutputHead::Tanh,
        }
    }

    #[test]
    fn validation_catches_bad_sizes() {
        assert!(spec().validate().is_ok());
        let mut s = spec();
        s.hidden[0].width = 0;
        assert!(s.validate().unwrap_err().to_string().contains("width"));
        let mut s = spec();
        s.hidden[0].dropout = 1.0;
        assert!(s.validate().is_err());
        let mut s = spec();
        s.hidden[0].dropout = f32::NAN;
        assert!(s.validate().is_err());
        let mut s = spec();
        s.inputs = 5000;
        assert!(s.validate().is_err());
        let mut s = spec();
        s.head = OutputHead::Softmax;
        assert!(s.validate().is_err());
        assert_eq!(spec().widths(), vec![2, 4, 1]);
    }

    #[test]
    fn serde_defaults_gain_and_dropout() {
        let l: LayerSpec = serde_json::from_str(r#"{"width":3,"activation":"leaky_relu"}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l, LayerSpec::new(3, Activation::LeakyRelu));
    }
}
