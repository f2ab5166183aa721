//! Early stopping for a model's run: watch a loss after every epoch (normally the
//! validation split's), stop once it has not improved for `patience` epochs, and optionally
//! put back the model of the best epoch — a snapshot of its tensors (and batch norm's
//! running statistics), taken when it was best. "Improved" means strictly lower; a
//! non-finite loss never improves.

use super::train::ModelTrainer;
use super::Model;
use crate::error::NnError;

/// Most epochs of patience.
pub const MAX_PATIENCE: usize = 10_000;

/// The watch over one run.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlyStop {
    patience: usize,
    restore_best: bool,
    best: Option<(f64, usize, Model)>,
    since: usize,
}

impl EarlyStop {
    /// Stops after `patience` epochs (1…[`MAX_PATIENCE`]) without improvement.
    pub fn new(patience: usize, restore_best: bool) -> Result<EarlyStop, NnError> {
        if !(1..=MAX_PATIENCE).contains(&patience) {
            return Err(NnError::InvalidConfig(format!(
                "patience {patience} is outside 1…{MAX_PATIENCE}"
            )));
        }
        Ok(EarlyStop {
            patience,
            restore_best,
            best: None,
            since: 0,
        })
    }

    /// The best loss so far and its epoch.
    pub fn best(&self) -> Option<(f64, usize)> {
        self.best.as_ref().map(|(loss, epoch, _)| (*loss, *epoch))
    }

    /// Records the loss `trainer`'s last epoch reached; `true` when the run should stop
    /// (then, with `restore_best`, the best epoch's model is back in `trainer`).
    pub fn observe(&mut self, trainer: &mut ModelTrainer, loss: f64) -> bool {
        let improved = loss.is_finite() && self.best.as_ref().is_none_or(|(b, _, _)| loss < *b);
        if improved {
            self.best = Some((loss, trainer.epoch(), trainer.snapshot()));
            self.since = 0;
            return false;
        }
        self.since += 1;
        if self.since < self.patience {
            return false;
        }
        if let (true, Some((_, _, model))) = (self.restore_best, &self.best) {
            // The snapshot is of this trainer's own model, so its shape always fits.
            let _ = trainer.restore(model);
        }
        true
    }
}
