//! The normalization lab (正規化 と 正則化): normalization shapes the data or the
//! activations so that learning is easy; regularization (the overfitting lab) penalises
//! complexity so that the model does not overfit.
//!
//! Two comparisons, each of identical networks (same seed: same initial weights, same batch
//! order, same learning rate, same epochs) trained side by side on the circle with x₂
//! multiplied by a factor (100 by default):
//! - input standardization: raw inputs against z-scores with the training split's mean and
//!   standard deviation ([`neurite_data::standardize`]);
//! - batch norm and layer norm: none / batch / layer normalization on every hidden layer,
//!   with each layer's values before the activation over the training batch
//!   ([`neurite_nn::Network::batch_layers`]) for the histograms.

mod data;
mod keys;
mod layers;
mod query;
mod run;
mod state;

pub use data::{LabData, DATA_KIND};
pub use layers::{layer_values, LayerValues};
pub use run::{NormRun, EPOCHS};
pub use state::{InputScaling, NormalizeLab, HIDDEN, LEARNING_RATE, SCALE, SCALINGS};
