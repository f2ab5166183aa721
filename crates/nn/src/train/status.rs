//! Where a trainer is: ready, training, or stopped (and why).

use crate::divergence::{DivergenceSite, NonFinite};
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
    /// A loss, parameter or pre-activation became NaN/±∞; weights were restored to the
    /// start of `epoch`.
    Diverged {
        /// Epoch (1-based) that diverged.
        epoch: usize,
        /// Where the first non-finite value was found.
        site: DivergenceSite,
        /// The kind of that first value.
        value: NonFinite,
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
            StopReason::Diverged { epoch, site, value } => write!(
                f,
                "Training diverged in epoch {epoch}: {site} became {value}; the weights from the start of that epoch were restored. Try a smaller learning rate."
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
        let d = StopReason::Diverged {
            epoch: 2,
            site: DivergenceSite::Weights { layer: 1 },
            value: NonFinite::NegInf,
        };
        assert!(d.to_string().starts_with(
            "Training diverged in epoch 2: the weights of parameter layer 1 became −∞;"
        ));
        let s = serde_json::to_string(&d).unwrap_or_default();
        assert_eq!(
            s,
            r#"{"diverged":{"epoch":2,"site":{"weights":{"layer":1}},"value":"neg_inf"}}"#
        );
        assert_eq!(serde_json::from_str::<StopReason>(&s).ok(), Some(d));
    }
}
