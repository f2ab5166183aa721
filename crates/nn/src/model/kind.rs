//! What a layer is before it has parameters: its kind and hyper-parameters, as an
//! architecture lists them. [`build`] checks each against the shape that reaches it and
//! draws its initial parameters, failing with a message that names the layer (`build.rs`).

use super::shape::Shape;
use crate::activation::Activation;
use serde::{Deserialize, Serialize};

/// Most layers in one model.
pub const MAX_LAYERS: usize = 64;
/// Most neurons, filters or embedding dimensions in one layer.
pub const MAX_WIDTH: usize = 4096;
/// Largest embedding vocabulary.
pub const MAX_VOCABULARY: usize = 1 << 16;
/// Most parameters in one model (16 M values, 64 MB).
pub const MAX_PARAMS: usize = 1 << 24;

/// A layer kind with its settings.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum LayerKind {
    /// Fully connected to `units` neurons.
    Linear {
        /// Output neurons.
        units: usize,
    },
    /// `filters` k×k kernels at `stride` over the input padded by `pad` zeros.
    Conv {
        /// Output channels.
        filters: usize,
        /// Kernel side (1…7).
        kernel: usize,
        /// Stride (≥ 1).
        stride: usize,
        /// Zero padding per side.
        pad: usize,
    },
    /// Max pooling over `size`×`size` windows at stride `size`.
    MaxPool {
        /// Window side.
        size: usize,
    },
    /// Average pooling over `size`×`size` windows at stride `size`.
    AvgPool {
        /// Window side.
        size: usize,
    },
    /// To a vector.
    Flatten,
    /// To `(channels, height, width)` with the same number of values.
    Reshape {
        /// Target shape.
        to: Shape,
    },
    /// An activation function.
    Activation {
        /// `f`.
        function: Activation,
        /// Sigmoid's input gain.
        gain: f32,
    },
    /// Softmax over the sample.
    Softmax,
    /// Dropout at `rate`.
    Dropout {
        /// Drop probability in `[0, 1)`.
        rate: f32,
    },
    /// Batch normalization (per channel).
    BatchNorm,
    /// Layer normalization (per sample).
    LayerNorm,
    /// Token ids → `dimension`-long vectors from a `vocabulary`-row table.
    Embedding {
        /// Distinct ids.
        vocabulary: usize,
        /// Vector length.
        dimension: usize,
    },
    /// Joins the model's side input `side` after the values.
    Concat {
        /// Which side input.
        side: usize,
    },
    /// The dot product of the two halves of each sample (two word vectors' similarity).
    Dot,
    /// `z = μ + σ·ε` from `[μ ; log σ²]`, adding `β·KL` to the loss.
    Sample {
        /// KL weight.
        beta: f32,
    },
}

impl LayerKind {
    /// The kind's name as an architecture writes it.
    pub fn name(&self) -> &'static str {
        match self {
            LayerKind::Linear { .. } => "dense",
            LayerKind::Conv { .. } => "conv",
            LayerKind::MaxPool { .. } => "maxpool",
            LayerKind::AvgPool { .. } => "avgpool",
            LayerKind::Flatten => "flatten",
            LayerKind::Reshape { .. } => "reshape",
            LayerKind::Activation { function, .. } => function.name(),
            LayerKind::Softmax => "softmax",
            LayerKind::Dropout { .. } => "dropout",
            LayerKind::BatchNorm => "batchnorm",
            LayerKind::LayerNorm => "layernorm",
            LayerKind::Embedding { .. } => "embedding",
            LayerKind::Concat { .. } => "concat",
            LayerKind::Sample { .. } => "sample",
            LayerKind::Dot => "dot",
        }
    }
}
