//! Training settings: optimizer, loss, regularisation, batch size, early stopping, seed.

use crate::error::NnError;
use crate::loss::Loss;
use crate::optim::OptimizerConfig;
use crate::regularization::Regularization;
use serde::{Deserialize, Serialize};

/// Largest mini-batch accepted (bounds scratch memory).
pub const MAX_BATCH: usize = 1 << 16;

/// Stop when the monitored loss has not improved for `patience` epochs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlyStopping {
    /// Epochs without a strict improvement before stopping.
    pub patience: usize,
    /// Put back the weights of the best epoch when stopping.
    pub restore_best: bool,
}

/// Everything the trainer needs besides the network and data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainConfig {
    /// Update rule and its settings.
    pub optimizer: OptimizerConfig,
    /// Objective (must pair with the network's head).
    pub loss: Loss,
    /// Weight penalty.
    pub regularization: Regularization,
    /// Penalty strength.
    pub regularization_rate: f32,
    /// Samples per gradient step (≥ 1); the last batch of an epoch may be smaller.
    pub batch_size: usize,
    /// Optional early stopping.
    pub early_stopping: Option<EarlyStopping>,
    /// Seed of the batch-order and dropout streams.
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            optimizer: OptimizerConfig::default(),
            loss: Loss::SquaredError,
            regularization: Regularization::None,
            regularization_rate: 0.0,
            batch_size: 10,
            early_stopping: None,
            seed: 0,
        }
    }
}

impl TrainConfig {
    /// Checks every field except the head/loss pairing (the trainer checks that).
    pub fn validate(&self) -> Result<(), NnError> {
        self.optimizer.validate()?;
        if self.batch_size == 0 || self.batch_size > MAX_BATCH {
            return Err(NnError::InvalidConfig(format!(
                "batch size must be 1..={MAX_BATCH}, got {}",
                self.batch_size
            )));
        }
        if !(self.regularization_rate.is_finite() && self.regularization_rate >= 0.0) {
            return Err(NnError::InvalidConfig(format!(
                "regularization rate must be finite and ≥ 0, got {}",
                self.regularization_rate
            )));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_bad_values_rejected() {
        assert!(TrainConfig::default().validate().is_ok());
        let c = TrainConfig {
            batch_size: 0,
            ..TrainConfig::default()
        };
        assert!(c.validate().unwrap_err().to_string().contains("batch size"));
        let c = TrainConfig {
            regularization_rate: -1.0,
            ..TrainConfig::default()
        };
        assert!(c.validate().is_err());
    }
}
