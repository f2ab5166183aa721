//! What a model's run needs to go on exactly where it stopped, as plain data: the model
//! itself (its parameters and batch norm's running statistics), the optimizer's memory and
//! the epochs done. Epoch `e` draws its batch order, masks and the source's noise from
//! `Rng::stream_at(seed, …, e)`, so nothing about randomness needs saving: a run trained
//! for `a` epochs, saved, read back and trained `b` more ends with the same bits as one
//! trained `a + b` epochs at once (`tests/model_resume.rs`).
//!
//! Snapshots for restore-best and scrubbing are the model's tensors ([`ModelTrainer::snapshot`]).

use super::optim::TensorOptimizer;
use super::train::{ModelTrainConfig, ModelTrainer};
use super::Model;
use crate::error::NnError;
use serde::{Deserialize, Serialize};

/// A run's state between epochs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelMemory {
    /// The model, checked when read back.
    pub model: Model,
    /// The optimizer's moments and step count.
    pub optimizer: TensorOptimizer,
    /// Epochs completed.
    pub epoch: usize,
}

impl ModelTrainer {
    /// The run's state now.
    pub fn memory(&self) -> ModelMemory {
        ModelMemory {
            model: self.model.clone(),
            optimizer: self.optimizer().clone(),
            epoch: self.epoch(),
        }
    }

    /// A trainer that goes on from `memory` under `config` (which must use the same update
    /// rule: the moments are that rule's).
    pub fn resume(memory: ModelMemory, config: ModelTrainConfig) -> Result<ModelTrainer, NnError> {
        if !memory.optimizer.fits(config.optimizer.kind, &memory.model) {
            return Err(NnError::InvalidConfig(
                "the saved optimizer memory does not fit this model and update rule".into(),
            ));
        }
        let mut trainer = ModelTrainer::new(memory.model, config)?;
        trainer.restore_run(memory.optimizer, memory.epoch);
        Ok(trainer)
    }

    /// Every parameter tensor's values and batch norm's running statistics: the model as it
    /// is now, to put back later (restore-best, a scrubbed epoch).
    pub fn snapshot(&self) -> Model {
        self.model.clone()
    }

    /// Puts a snapshot's values back; refused (nothing changes) unless it is this model's
    /// shape, layer by layer.
    pub fn restore(&mut self, snapshot: &Model) -> Result<(), NnError> {
        let same = snapshot.input_shape() == self.model.input_shape()
            && snapshot.side_shapes() == self.model.side_shapes()
            && snapshot.layers().len() == self.model.layers().len()
            && snapshot
                .layers()
                .iter()
                .zip(self.model.layers())
                .all(|(a, b)| {
                    a.output_shape() == b.output_shape()
                        && a.params().len() == b.params().len()
                        && a.params()
                            .iter()
                            .zip(b.params())
                            .all(|(p, q)| p.len() == q.len())
                });
        if !same {
            return Err(NnError::ShapeMismatch(
                "the snapshot is of another model".into(),
            ));
        }
        self.model = snapshot.clone();
        Ok(())
    }
}
