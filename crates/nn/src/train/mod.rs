//! Training: data splits, configuration, status, and the [`Trainer`] that runs epochs.

pub mod config;
pub mod data;
pub mod divergence;
pub mod epoch;
pub mod memory;
pub mod status;
pub mod trainer;

pub use config::{EarlyStopping, TrainConfig};
pub use data::{DataSplit, Samples};
pub use divergence::{DivergenceSite, NonFinite};
pub use memory::{EarlyStoppingMemory, TrainingMemory};
pub use status::{Status, StopReason};
pub use trainer::Trainer;
