//! The engine's one error type.
//!
//! Every failure a user can cause (bad sizes, out-of-range indices, invalid settings,
//! non-finite data, a diverged run) is a variant with a specific message; nothing a user
//! can influence panics.

use crate::divergence::{DivergenceSite, NonFinite};
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
    /// The run diverged (a loss, parameter or pre-activation became NaN or infinite); the
    /// same fields as `StopReason::Diverged`.
    Diverged {
        /// Epoch (1-based) during which the divergence happened.
        epoch: usize,
        /// Where the first non-finite value was found.
        site: DivergenceSite,
        /// The kind of that first value.
        value: NonFinite,
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
            NnError::Diverged { epoch, site, value } => {
                write!(
                    f,
                    "training diverged in epoch {epoch}: {site} became {value}"
                )
            }
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
            site: DivergenceSite::Weights { layer: 1 },
            value: NonFinite::Nan,
        };
        assert_eq!(
            e.to_string(),
            "training diverged in epoch 3: the weights of parameter layer 1 became NaN"
        );
        assert!(NnError::InvalidSpec("width 0".into())
            .to_string()
            .contains("width 0"));
    }
}
