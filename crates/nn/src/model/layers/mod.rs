//! The closed set of layer kinds, each in its own file with its forward beside its backward,
//! and [`Layer`], the enum a model is a list of. A closed enum (not trait objects) keeps
//! serde, the link blob and the wasm small and lets the compiler check every kind is
//! handled everywhere.
//!
//! Batches are sample-major: `n` samples of `shape.len()` values each, one after another.
//! Every backward writes `∂L/∂input` (so models chain) and adds its parameters' gradients
//! to the caller's buffers (so a layer applied several times in one step accumulates).

pub mod conv;
pub mod elementwise;
pub mod embedding;
pub mod gemm;
pub mod join;
pub mod linear;
pub mod norm;
pub mod pool;

use crate::activation::Activation;
use crate::model::param::Param;
use crate::model::shape::Shape;
use serde::{Deserialize, Serialize};

pub use conv::Conv2d;
pub use embedding::Embedding;
pub use linear::Linear;
pub use norm::{Norm, NormKind};
pub use pool::{Pool, PoolKind};

/// One layer of a model, with its input and output shapes fixed at build time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    /// Fully connected, with wiring.
    Linear(Linear),
    /// 2-D convolution.
    Conv(Conv2d),
    /// Max or average pooling.
    Pool(Pool),
    /// The same values under another shape (flatten: to a vector).
    Reshape {
        /// Input shape.
        input: Shape,
        /// Output shape (same length).
        output: Shape,
    },
    /// `y = f(x)` value by value.
    Activation {
        /// Shape in and out.
        shape: Shape,
        /// `f`.
        function: Activation,
        /// Sigmoid's input gain `a`.
        gain: f32,
    },
    /// Softmax over each sample's values.
    Softmax {
        /// Shape in and out.
        shape: Shape,
    },
    /// Inverted dropout in training.
    Dropout {
        /// Shape in and out.
        shape: Shape,
        /// Drop probability `r ∈ [0, 1)`.
        rate: f32,
    },
    /// Batch or layer normalization.
    Norm(Norm),
    /// Token ids → vectors.
    Embedding(Embedding),
    /// `[x ; side input]`.
    Concat {
        /// Input shape.
        input: Shape,
        /// Which side input of the model.
        side: usize,
        /// Its length per sample.
        side_len: usize,
    },
    /// The dot product of each sample's two halves.
    Dot {
        /// Length of each half.
        half: usize,
    },
    /// `z = μ + σ·ε` with a KL term weighted by `beta`.
    Sample {
        /// Latent size `D` (input `2D`).
        latent: usize,
        /// KL weight `β ≥ 0`.
        beta: f32,
    },
}

impl Layer {
    /// Shape of one sample's input.
    pub fn input_shape(&self) -> Shape {
        match self {
            Layer::Linear(l) => Shape::vector(l.inputs),
            Layer::Conv(c) => c.input,
            Layer::Pool(p) => p.input,
            Layer::Reshape { input, .. } | Layer::Concat { input, .. } => *input,
            Layer::Activation { shape, .. }
            | Layer::Softmax { shape }
            | Layer::Dropout { shape, .. } => *shape,
            Layer::Norm(n) => n.shape,
            Layer::Embedding(e) => Shape::vector(e.tokens),
            Layer::Sample { latent, .. } => Shape::vector(2 * latent),
            Layer::Dot { half } => Shape::vector(2 * half),
        }
    }

    /// Shape of one sample's output.
    pub fn output_shape(&self) -> Shape {
        match self {
            Layer::Linear(l) => l.output_shape(),
            Layer::Conv(c) => c.output,
            Layer::Pool(p) => p.output,
            Layer::Reshape { output, .. } => *output,
            Layer::Activation { shape, .. }
            | Layer::Softmax { shape }
            | Layer::Dropout { shape, .. } => *shape,
            Layer::Norm(n) => n.shape,
            Layer::Embedding(e) => e.output_shape(),
            Layer::Concat {
                input, side_len, ..
            } => Shape::vector(input.len() + side_len),
            Layer::Sample { latent, .. } => Shape::vector(*latent),
            Layer::Dot { .. } => Shape::vector(1),
        }
    }

    /// Values one sample leaves on a training pass's tape here: the output, plus what the
    /// backward needs (a convolution's gathered windows, normalization's `x̂`, a dropout
    /// mask, sampling's `ε`). Bounds memory before a pass runs.
    pub fn values_per_sample(&self) -> usize {
        let out = self.output_shape().len();
        let saved = match self {
            Layer::Conv(c) => c.window().saturating_mul(c.output.plane()),
            Layer::Norm(n) => n.shape.len(),
            Layer::Dropout { shape, .. } => shape.len(),
            Layer::Sample { latent, .. } => *latent,
            _ => 0,
        };
        out.saturating_add(saved)
    }

    /// The layer's parameter tensors, in their documented order (empty for none).
    pub fn params(&self) -> &[Param] {
        match self {
            Layer::Linear(l) => &l.params,
            Layer::Conv(c) => &c.params,
            Layer::Norm(n) => &n.params,
            Layer::Embedding(e) => &e.params,
            _ => &[],
        }
    }

    /// Mutable [`Layer::params`].
    pub fn params_mut(&mut self) -> &mut [Param] {
        match self {
            Layer::Linear(l) => &mut l.params,
            Layer::Conv(c) => &mut c.params,
            Layer::Norm(n) => &mut n.params,
            Layer::Embedding(e) => &mut e.params,
            _ => &mut [],
        }
    }

    /// A short description for messages and views, e.g. `conv 3×3×8`.
    pub fn describe(&self) -> String {
        match self {
            Layer::Linear(l) => format!("dense {}", l.outputs),
            Layer::Conv(c) => format!(
                "conv {k}×{k}×{} stride {} pad {}",
                c.output.channels,
                c.stride,
                c.pad,
                k = c.kernel
            ),
            Layer::Pool(p) => match p.kind {
                PoolKind::Max => format!("maxpool {}", p.size),
                PoolKind::Average => format!("avgpool {}", p.size),
            },
            Layer::Reshape { output, .. } if output.is_vector() => "flatten".into(),
            Layer::Reshape { output, .. } => format!("reshape {output}"),
            Layer::Activation { function, .. } => function.name().into(),
            Layer::Softmax { .. } => "softmax".into(),
            Layer::Dropout { rate, .. } => format!("dropout {rate}"),
            Layer::Norm(n) => match n.kind {
                NormKind::Batch => "batchnorm".into(),
                NormKind::Layer => "layernorm".into(),
            },
            Layer::Embedding(e) => format!("embedding {}×{}", e.vocabulary, e.dimension),
            Layer::Concat { side, .. } => format!("concat input {side}"),
            Layer::Sample { latent, beta } => format!("sample {latent} beta {beta}"),
            Layer::Dot { .. } => "dot".into(),
        }
    }
}
