//! What the panels need to know about the model besides its parameters: the choices each
//! control offers and what kind of picture the data allows.

use neurite_data::Feature;
use neurite_nn::{Activation, Normalization, OutputHead};

use super::field::PlotMode;

/// The model's shape and data, as the controls show them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModelInfo {
    /// Activation of every hidden layer.
    pub activations: Vec<Activation>,
    /// Normalization of every hidden layer.
    pub normalizations: Vec<Normalization>,
    /// Output heads that suit the task.
    pub heads: Vec<OutputHead>,
    /// Selected input features.
    pub features: Vec<Feature>,
    /// Coordinates per data point.
    pub dims: usize,
    /// Class count, `None` for regression.
    pub classes: Option<usize>,
    /// The picture the data allows.
    pub mode: PlotMode,
    /// How many points the training split holds.
    pub train_points: usize,
}
