//! A [`Session`]: a [`State`] made live — its dataset, split, network and [`Trainer`].
//!
//! Randomness: dataset from `Stream::Data`, split from per-point keys of the seed (stable while
//! points are drawn or erased), initial weights from
//! `Stream::Weights` (replaced by the state's exact weights when present); the trainer draws
//! batch order and dropout from `Stream::Batches` / `Stream::Dropout`, per epoch. So the
//! same state always gives the same session and bit-identical training, and a state saved
//! with its weights, epoch and trainer memory continues exactly as the run it came from.

mod build;
mod error;
mod folds;
mod grid;
mod query;
mod snapshot;
mod trace;
mod update;

pub use error::SessionError;
pub use grid::GridActivations;
pub use query::{query_network, PointQuery};

use neurite_data::Dataset;
use neurite_nn::{EpochMetrics, TrainConfig, Trainer};

use crate::state::State;

/// Which points (indices into [`Session::dataset`]) train, validate and test.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SplitIndices {
    pub train: Vec<usize>,
    pub validation: Vec<usize>,
    pub test: Vec<usize>,
}

/// A running playground: data, split and trainer built from one state.
#[derive(Debug, Clone)]
pub struct Session {
    state: State,
    dataset: Dataset,
    split: SplitIndices,
    trainer: Trainer,
}

impl Session {
    /// Validates `state` and builds everything it describes.
    pub fn new(state: &State) -> Result<Session, SessionError> {
        state.validate()?;
        let dataset = build::dataset(state)?;
        let split = build::split(state, &dataset);
        let data = build::samples(state, &dataset, &split);
        let network = build::network(state)?;
        let mut trainer = Trainer::new(network, data, train_config(state))?;
        trainer.set_epoch(state.epoch);
        trainer.set_history(state.history.clone());
        if let Some(memory) = &state.memory {
            trainer.restore_memory(memory)?;
        }
        Ok(Session {
            state: state.clone(),
            dataset,
            split,
            trainer,
        })
    }

    /// The state this session was built from (live changes are in [`Session::to_state`]).
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The points (generated or the state's own).
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// Which points are train / validation / test.
    pub fn split(&self) -> &SplitIndices {
        &self.split
    }

    /// The trainer (network, data, settings, history, status).
    pub fn trainer(&self) -> &Trainer {
        &self.trainer
    }

    /// The trainer, for live edits: weights, links, frozen parts, settings, resume.
    pub fn trainer_mut(&mut self) -> &mut Trainer {
        &mut self.trainer
    }

    /// Changes the learning rate live (ignored unless finite and ≥ 0).
    pub fn set_learning_rate(&mut self, lr: f32) {
        self.trainer.set_learning_rate(lr);
    }

    /// Trains up to `n` more epochs, stopping early when the trainer stops (early stopping,
    /// divergence). Returns the metrics of the epochs actually run.
    pub fn train_epochs(&mut self, n: usize) -> &[EpochMetrics] {
        let before = self.trainer.history().len();
        for _ in 0..n {
            if self.trainer.train_epoch().is_err() {
                break;
            }
        }
        let history = self.trainer.history();
        &history[before.min(history.len())..]
    }
}

/// The engine's training settings for `state`.
pub fn train_config(state: &State) -> TrainConfig {
    let t = &state.training;
    TrainConfig {
        optimizer: t.optimizer,
        loss: state.network.loss,
        regularization: t.regularization,
        regularization_rate: t.regularization_rate,
        batch_size: t.batch_size,
        early_stopping: t.early_stopping,
        seed: state.seed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_session_trains() {
        let s = State::default();
        let mut session = Session::new(&s).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(session.dataset().len(), 500);
        let sp = session.split();
        assert_eq!(
            (sp.train.len(), sp.validation.len(), sp.test.len()),
            (250, 100, 150)
        );
        assert_eq!(session.train_epochs(3).len(), 3);
        assert_eq!(session.trainer().epoch(), 3);
    }

    #[test]
    fn invalid_state_is_an_error() {
        let mut s = State::default();
        s.training.batch_size = 0;
        assert!(matches!(Session::new(&s), Err(SessionError::State(_))));
    }
}
