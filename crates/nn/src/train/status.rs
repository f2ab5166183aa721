//! Where a trainer is: ready, training, or stopped (and why).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why training stopped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// The monitored loss stopped improving; `best_epoch` had the lowest.
    EarlyStopped {
        /// Epoch (1-based) with the best monitored loss.
        best_epoch: usize,
    },
    /// A loss, parameter or activation became NaN/±Inf; weights were restored to the
    /// start of `epoch`.
    Diverged {
        /// Epoch (1-based) that diverged.
        epoch: usize,
        /// First parameter layer (0-based) that went non-finite.
        layer: usize,
        /// What was seen.
        detail: String,
    },
    /// `run` reached its epoch limit.
    MaxEpochs,
    /// An unexpected error (e.g. the network was reshaped through `layers_mut`).
    Error {
        /// The error's message.
        message: String,
    },
}

impl fmt::Display for StopReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StopReason::EarlyStopped { best_epoch } => {
                write!(f, "Stopped early: the monitored loss last improved in epoch {best_epoch}.")
            }
            StopReason::Diverged { epoch, layer, detail } => write!(
                f,
                "Training diverged in epoch {epoch} ({detail} in layer {layer}); the weights from the start of that epoch were restored. Try a smaller learning rate."
            ),
            StopReason::MaxEpochs => write!(f, "Reached the maximum number of epochs."),
            StopReason::Error { message } => write!(f, "Training stopped: {message}."),
        }
    }
}

/// Trainer state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// No epoch run yet.
    #[default]
    Ready,
    /// At least one epoch run; more may follow.
    Training,
    /// No further epochs until `resume`.
    Stopped(StopReason),
}

impl Status {
    /// Whether training is stopped.
    pub fn is_stopped(&self) -> bool {
        matches!(self, Status::Stopped(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_serde() {
        let r = StopReason::EarlyStopped { best_epoch: 4 };
        assert!(r.to_string().ends_with("epoch 4."));
        let s = serde_json::to_string(&Status::Stopped(StopReason::MaxEpochs)).unwrap_or_default();
        assert_eq!(s, r#"{"stopped":"max_epochs"}"#);
        assert!(Status::Stopped(r).is_stopped() && !Status::Ready.is_stopped());
    }
}
