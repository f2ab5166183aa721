//! The groups a [`State`](super::State) is made of: network and training settings, UI flags,
//! and the references used by wiring, frozen parts and exact weights.
//!
//! Layer indices are engine parameter layers: layer 0 holds the weights into the first
//! hidden layer (or into the output when there is none); `to` indexes that layer's
//! neurons and `from` the previous layer's (weights are `out × in`, `weights[to][from]`).

use neurite_data::SplitPercent;
use neurite_nn::{
    Activation, EarlyStopping, Init, LayerSpec, Loss, OptimizerConfig, OutputHead, Regularization,
};
use serde::{Deserialize, Serialize};

/// Architecture settings besides the input width (features) and output width (task).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NetworkSettings {
    /// Hidden layers, first to last (may be empty).
    pub hidden: Vec<LayerSpec>,
    /// Output activation; must suit the task (see `State::validate`).
    pub head: OutputHead,
    /// Training objective; must pair with `head`.
    pub loss: Loss,
    /// How initial weights are drawn.
    pub init: Init,
}

impl Default for NetworkSettings {
    /// TensorFlow Playground's 4–2 tanh network with a tanh output and squared error.
    fn default() -> Self {
        NetworkSettings {
            hidden: vec![
                LayerSpec::new(4, Activation::Tanh),
                LayerSpec::new(2, Activation::Tanh),
            ],
            head: OutputHead::Tanh,
            loss: Loss::SquaredError,
            init: Init::Tfp,
        }
    }
}

/// How the network is trained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrainingSettings {
    /// Optimizer and its learning rate and hyper-parameters.
    pub optimizer: OptimizerConfig,
    /// Weight penalty kind.
    pub regularization: Regularization,
    /// Weight penalty strength.
    pub regularization_rate: f32,
    /// Mini-batch size (clamped to the training set size when training).
    pub batch_size: usize,
    /// Train / validation / test percentages.
    pub split: SplitPercent,
    /// Stop when validation loss stops improving; `None` trains until stopped.
    pub early_stopping: Option<EarlyStopping>,
}

impl Default for TrainingSettings {
    /// TFP: SGD at 0.03, batch 10, no regularization, 50 % train / 50 % test.
    fn default() -> Self {
        TrainingSettings {
            optimizer: OptimizerConfig::default(),
            regularization: Regularization::None,
            regularization_rate: 0.0,
            batch_size: 10,
            split: SplitPercent::default(),
            early_stopping: None,
        }
    }
}

/// TensorFlow Playground's display flags; they do not affect training.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiSettings {
    /// Draw the test points too (`showTestData`).
    pub show_test_data: bool,
    /// Show the output heatmap with discrete classes (`discretize`).
    pub discretize: bool,
    /// Collect training statistics (`collectStats`).
    pub collect_stats: bool,
    /// Hide the explanatory text (`hideText`).
    pub hide_text: bool,
}

/// One link (weight): parameter layer `layer`, from neuron `from` of the previous layer to
/// neuron `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LinkRef {
    pub layer: usize,
    pub to: usize,
    pub from: usize,
}

/// One neuron's bias: parameter layer `layer`, neuron `neuron`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct NeuronRef {
    pub layer: usize,
    pub neuron: usize,
}

/// Parameters kept fixed during training; each list sorted, without duplicates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Frozen {
    /// Frozen weights.
    pub weights: Vec<LinkRef>,
    /// Frozen biases.
    pub biases: Vec<NeuronRef>,
}

impl Frozen {
    /// True when nothing is frozen.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty() && self.biases.is_empty()
    }
}

/// The exact parameters of one layer: `weights[to][from]` (`out × in`) and `bias[to]`,
/// and for a normalized hidden layer its `γ`, `β` and running statistics (`None` = fresh:
/// γ = 1, β = 0, μ̄ = 0, σ̄² = 1, as links from before normalization existed decode).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LayerParams {
    pub weights: Vec<Vec<f32>>,
    pub bias: Vec<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub norm: Option<NormValues>,
}

/// A normalized layer's learned and running values, one per neuron each (see
/// `neurite_nn::norm`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NormValues {
    pub gamma: Vec<f32>,
    pub beta: Vec<f32>,
    pub running_mean: Vec<f32>,
    pub running_var: Vec<f32>,
}

impl NormValues {
    /// The four lists in blob order: γ, β, μ̄, σ̄².
    pub fn lists(&self) -> [&Vec<f32>; 4] {
        [
            &self.gamma,
            &self.beta,
            &self.running_mean,
            &self.running_var,
        ]
    }
}

impl LayerParams {
    /// `(outputs, inputs)` as stored (rows, columns of the first row).
    pub fn shape(&self) -> (usize, usize) {
        (self.weights.len(), self.weights.first().map_or(0, Vec::len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_sort_layer_first() {
        let mut v = [
            LinkRef {
                layer: 1,
                to: 0,
                from: 0,
            },
            LinkRef {
                layer: 0,
                to: 3,
                from: 1,
            },
            LinkRef {
                layer: 0,
                to: 3,
                from: 0,
            },
        ];
        v.sort();
        assert_eq!(
            v[0],
            LinkRef {
                layer: 0,
                to: 3,
                from: 0
            }
        );
        assert_eq!(v[2].layer, 1);
        assert!(Frozen::default().is_empty());
        let p = LayerParams {
            weights: vec![vec![1.0, 2.0]; 3],
            bias: vec![0.0; 3],
            norm: None,
        };
        assert_eq!(p.shape(), (3, 2));
    }
}
