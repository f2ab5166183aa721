//! Training: data splits, configuration, status, and the [`Trainer`] that runs epochs.

pub mod config;
pub mod epoch;
pub mod memory;
pub mod status;
pub mod trainer;

pub use config::{EarlyStopping, TrainConfig};
// Defined below the trainer (the passes, metrics and the error type use them too); named
// here as well so `neurite_nn::train::…` paths keep working.
pub use crate::divergence::{DivergenceSite, NonFinite};
pub use crate::samples::{DataSplit, Samples};
pub use memory::{EarlyStoppingMemory, TrainingMemory};
pub use status::{Status, StopReason};
pub use trainer::Trainer;
