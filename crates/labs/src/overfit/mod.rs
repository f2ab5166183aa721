//! The overfitting lab (過学習): a big network on few noisy points. Training loss keeps
//! falling while validation loss turns up after its best epoch; an epoch scrubber shows the
//! model of any recorded epoch again (its loss recomputed from that epoch's weights); Early
//! Stopping stops at the best validation epoch; regularization (正則化: L1/L2, dropout)
//! narrows the train–validation gap; and hold-out (ホールドアウト法) is compared with k-fold
//! cross-validation (交差検証法). Training, folds and scores are the engine's.

mod keys;
mod kfold;
mod query;
mod run;
mod snapshots;
mod state;
mod weights;

pub use kfold::{mean_sd, CrossValidation, HOLDOUT_RERUNS};
pub use run::{OverfitRun, Position};
pub use snapshots::{Snapshots, MAX_SNAPSHOTS};
pub use state::{
    OverfitLab, BATCH_SIZE, DATASETS, DEPTH, DROPOUT, EPOCHS, FOLDS, LEARNING_RATE, NOISE,
    PATIENCE, POINTS, REGULARIZATION_RATE, SPLIT, WIDTH,
};
pub use weights::{mean_abs_weight, mean_abs_weights};
