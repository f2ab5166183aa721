//! Neurite's engine: small, wireable dense networks with every derivative beside its function.
//!
//! Pure Rust on `ndarray`, no browser dependency; builds for `wasm32-unknown-unknown`.
//! Deterministic: the same inputs give bit-identical results natively and in WebAssembly
//! (own fixed-order kernels, `libm`/own approximations for transcendentals, no FMA).

pub mod access;
pub mod activation;
pub mod batch;
pub mod divergence;
pub mod error;
pub mod evaluator;
pub mod fastmath;
pub mod gradients;
pub mod head;
pub mod heatmap;
pub mod init;
pub mod kernels;
pub mod layer;
pub mod loss;
pub mod metrics;
pub mod model;
pub mod network;
pub mod norm;
pub mod optim;
pub mod propagate;
pub mod regularization;
pub mod rng;
pub mod samples;
pub mod simd;
pub mod spec;
pub mod trace;
pub mod train;

pub use activation::Activation;
pub use batch::LayerBatch;
pub use divergence::{DivergenceSite, NonFinite};
pub use error::NnError;
pub use evaluator::GridEvaluator;
pub use gradients::Gradients;
pub use head::OutputHead;
pub use heatmap::grid_points;
pub use init::Init;
pub use layer::Dense;
pub use loss::Loss;
pub use metrics::EpochMetrics;
pub use network::Network;
pub use norm::{NormParams, Normalization, NORM_EPSILON, RUNNING_MOMENTUM};
pub use optim::{OptimizerConfig, OptimizerKind, OptimizerMemory, OptimizerState};
pub use propagate::{Mode, Workspace};
pub use regularization::Regularization;
pub use rng::{Rng, Stream};
pub use samples::{DataSplit, Samples};
pub use spec::{LayerSpec, NetworkSpec};
pub use trace::{LayerGradients, LayerTrace, SampleGradients, Trace};
pub use train::{
    EarlyStopping, EarlyStoppingMemory, Status, StopReason, TrainConfig, Trainer, TrainingMemory,
};
