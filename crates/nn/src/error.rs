//! The engine's one error type.
//!
//! Every failure a user can cause (bad sizes, out-of-range indices, invalid settings,
//! non-finite data, a diverged run) is a variant with a specific message; nothing a user
//! can influence panics.

use std::fmt;

/// Everything that can go wrong in the engine.
#[derive(Debug, Clone, PartialEq)]
pub enum NnError {
    /// A network specification is out of range (zero width, too many layers, bad dropout…).
    InvalidSpec(String),
    /// A layer, neuron or link index is out of range.
    IndexOutOfRange(String),
    /// Data has the wrong number of columns, mismatched rows or non-finite values.
    InvalidData(String),
    /// A training setting is invalid (head/loss pair, batch size, learning rate…).
    InvalidConfig(String),
    /// A weight or bias value is not finite.
    InvalidValue(String),
    /// The network's arrays no longer match its specification (edited through `layers_mut`).
    ShapeMismatch(String),
    /// Training is stopped; `resume` first.
    Stopped(String),
    /// The run diverged (a loss, parameter or activation became NaN or infinite).
    Diverged {
        /// Epoch (1-based) during which the divergence happened.
        epoch: usize,
        /// First parameter layer that went non-finite.
        layer: usize,
        /// What was seen.
        detail: String,
    },
}

impl fmt::Display for NnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NnError::InvalidSpec(m) => write!(f, "invalid network specification: {m}"),
            NnError::IndexOutOfRange(m) => write!(f, "index out of range: {m}"),
            NnError::InvalidData(m) => write!(f, "invalid data: {m}"),
            NnError::InvalidConfig(m) => write!(f, "invalid training configuration: {m}"),
            NnError::InvalidValue(m) => write!(f, "invalid value: {m}"),
            NnError::ShapeMismatch(m) => {
                write!(f, "network arrays do not match its specification: {m}")
            }
            NnError::Stopped(m) => write!(f, "training is stopped: {m}"),
            NnError::Diverged {
                epoch,
                layer,
                detail,
            } => write!(
                f,
                "training diverged in epoch {epoch} at parameter layer {layer}: {detail}"
            ),
        }
    }
}

impl std::error::Error for NnError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_specific() {
        let e = NnError::Diverged {
            epoch: 3,
            layer: 1,
            detail: "weights became NaN".into(),
        };
        assert_eq!(
            e.to_string(),
            "training diverged in epoch 3 at parameter layer 1: weights became NaN"
        );
        assert!(NnError::InvalidSpec("width 0".into())
            .to_string()
            .contains("width 0"));
    }
}
