//! Models as layer kinds composed in order: the engine's general form, for convolution,
//! pooling, embeddings, normalization, dropout and sampling (the playground's dense
//! networks keep their fused fast path in [`crate::network`]).
//!
//! A [`Model`] is an input [`Shape`], optional side inputs (a condition joined by
//! [`LayerKind::Concat`]) and a list of [`Layer`]s whose shapes were checked when it was
//! built. Its parameters are a flat list of [`Param`] tensors (layer order, then each
//! layer's own order), which the optimizer, freezing, divergence checks and snapshots use
//! without knowing the layer kinds. Any range of layers runs forward and backward on its
//! own, and backward returns `∂L/∂input`, so models chain (encoder → decoder, teacher →
//! student) and a view can show which input values moved a prediction.

pub mod arch;
pub mod build;
pub mod check;
pub mod early;
pub mod epoch;
pub mod generate;
pub mod kind;
pub mod layers;
pub mod loss;
pub mod memory;
pub mod optim;
pub mod param;
pub mod pass;
pub mod predict;
pub mod shape;
pub mod source;
pub mod train;

use crate::error::NnError;
use crate::rng::Rng;
use serde::{Deserialize, Serialize};

pub use epoch::EpochRun;
pub use kind::LayerKind;
pub use layers::Layer;
pub use param::{Param, ParamRole, WeightInit};
pub use pass::{Grads, InputGrads, Tape};
pub use shape::Shape;
pub use train::{ModelTrainConfig, ModelTrainer};

/// Most samples per forward pass in [`Model::predict`] (samples are independent in
/// inference, so chunking changes no bit).
pub const PREDICT_CHUNK: usize = 256;

/// Most values one pass may hold on its tape (64 M, 256 MB): a model whose single sample
/// needs more is refused, and batches and prediction chunks are sized under it.
pub const MAX_PASS_VALUES: usize = 1 << 26;

/// A model: layers of known kinds with checked shapes. Deserialising checks it like
/// [`check::check`], so a model read from anywhere is safe to run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "check::ModelParts")]
pub struct Model {
    input: Shape,
    side: Vec<Shape>,
    layers: Vec<Layer>,
}

impl Model {
    /// A model from parts [`check::check`] has accepted.
    fn from_checked(input: Shape, side: Vec<Shape>, layers: Vec<Layer>) -> Model {
        Model {
            input,
            side,
            layers,
        }
    }

    /// Builds `kinds` in order on `input` (and `side` inputs), drawing parameters from `rng`
    /// (normally `Rng::stream(seed, Stream::Weights)`): He-normal weights for a layer that
    /// feeds a ReLU-family activation, Glorot-uniform otherwise ([`WeightInit::before`]). Every size is checked before
    /// anything is allocated; an error names the layer (1-based) and why.
    pub fn new(
        input: Shape,
        side: &[Shape],
        kinds: &[LayerKind],
        rng: &mut Rng,
    ) -> Result<Model, NnError> {
        if kinds.is_empty() || kinds.len() > kind::MAX_LAYERS {
            return Err(NnError::InvalidSpec(format!(
                "a model has 1…{} layers, not {}",
                kind::MAX_LAYERS,
                kinds.len()
            )));
        }
        for (what, s) in
            std::iter::once(("input", &input)).chain(side.iter().map(|s| ("side input", s)))
        {
            if s.is_empty() || s.len() >= shape::MAX_VALUES {
                return Err(NnError::InvalidSpec(format!(
                    "the {what} {s} is outside 1…{} values",
                    shape::MAX_VALUES
                )));
            }
        }
        let mut layers = Vec::with_capacity(kinds.len());
        let (mut at, mut total) = (input, 0usize);
        for (i, k) in kinds.iter().enumerate() {
            k.check_settings(i)?;
            total = total.saturating_add(k.param_count(at));
            if total > kind::MAX_PARAMS {
                return Err(NnError::InvalidSpec(format!(
                    "layer {} ({}): the model would hold over {} parameters",
                    i + 1,
                    k.name(),
                    kind::MAX_PARAMS
                )));
            }
            let layer = k.build(i, at, side, WeightInit::before(kinds.get(i + 1)), rng)?;
            at = layer.output_shape();
            layers.push(layer);
        }
        let model = Model {
            input,
            side: side.to_vec(),
            layers,
        };
        let per_sample = model.values_per_sample();
        if per_sample > MAX_PASS_VALUES {
            return Err(NnError::InvalidSpec(format!(
                "one sample's pass would hold {per_sample} values (windows and activations); at most {MAX_PASS_VALUES}"
            )));
        }
        Ok(model)
    }

    /// Values one sample's training pass holds (input, every layer's output and saved
    /// values), saturating.
    pub fn values_per_sample(&self) -> usize {
        self.layers.iter().fold(self.input.len(), |total, l| {
            total.saturating_add(l.values_per_sample())
        })
    }

    /// One sample's input shape.
    pub fn input_shape(&self) -> Shape {
        self.input
    }

    /// The side inputs' shapes.
    pub fn side_shapes(&self) -> &[Shape] {
        &self.side
    }

    /// One sample's output shape.
    pub fn output_shape(&self) -> Shape {
        self.layers.last().map_or(self.input, Layer::output_shape)
    }

    /// The layers.
    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    /// The layers, for editing parameters, wiring and freezes (shapes stay as built).
    pub fn layers_mut(&mut self) -> &mut [Layer] {
        &mut self.layers
    }

    /// Every parameter tensor with its layer index, in order.
    pub fn params(&self) -> impl Iterator<Item = (usize, &Param)> {
        self.layers
            .iter()
            .enumerate()
            .flat_map(|(l, layer)| layer.params().iter().map(move |p| (l, p)))
    }

    /// Number of parameter values.
    pub fn param_count(&self) -> usize {
        self.params().map(|(_, p)| p.len()).sum()
    }

    /// Zeroed gradient buffers for this model.
    pub fn zero_grads(&self) -> Grads {
        Grads::zeros(&self.layers)
    }

    fn range(&self, from: usize, to: usize) -> Result<&[Layer], NnError> {
        if from >= to || to > self.layers.len() {
            return Err(NnError::IndexOutOfRange(format!(
                "layers {from}…{to} of a model with {} layers",
                self.layers.len()
            )));
        }
        Ok(&self.layers[from..to])
    }

    /// Forward through layers `from..to` (0-based, `to` exclusive) for `n` samples of `x`
    /// (shaped as layer `from`'s input). `training` takes batch statistics and, with `rng`,
    /// draws dropout masks and ε.
    #[allow(clippy::too_many_arguments)]
    pub fn forward_range(
        &self,
        from: usize,
        to: usize,
        x: &[f32],
        side: &[&[f32]],
        n: usize,
        training: bool,
        rng: Option<&mut Rng>,
    ) -> Result<Tape, NnError> {
        pass::forward(self.range(from, to)?, from, x, side, n, training, rng)
    }

    /// Forward through every layer.
    pub fn forward(
        &self,
        x: &[f32],
        side: &[&[f32]],
        n: usize,
        training: bool,
        rng: Option<&mut Rng>,
    ) -> Result<Tape, NnError> {
        self.forward_range(0, self.layers.len(), x, side, n, training, rng)
    }

    /// Backward through the layers `tape` ran, from `∂L/∂output`; adds parameter gradients
    /// into `grads` and returns `∂L/∂input` (and side inputs).
    pub fn backward(
        &self,
        tape: &Tape,
        side: &[&[f32]],
        g_out: &[f32],
        grads: &mut Grads,
    ) -> Result<InputGrads, NnError> {
        let to = tape.from + tape.acts.len().saturating_sub(1);
        pass::backward(self.range(tape.from, to)?, tape, side, g_out, grads, true)
    }

    /// Backward through all but the top `skip` layers `tape` ran, from the gradient at the
    /// input of the lowest skipped layer (e.g. below a softmax, with the fused `(p − t)/n`),
    /// for the parameters' gradients: `∂L/∂input` is left empty when a first linear or
    /// convolution layer can skip it.
    pub fn backward_below(
        &self,
        tape: &Tape,
        skip: usize,
        side: &[&[f32]],
        g: &[f32],
        grads: &mut Grads,
    ) -> Result<InputGrads, NnError> {
        let to = (tape.from + tape.acts.len().saturating_sub(1)).saturating_sub(skip);
        pass::backward(self.range(tape.from, to)?, tape, side, g, grads, false)
    }

    /// The loss terms the layers add (the VAE's `β·KL`), as the batch's mean.
    pub fn extra_loss(&self, tape: &Tape) -> f64 {
        let to = tape.from + tape.acts.len().saturating_sub(1);
        self.range(tape.from, to)
            .map_or(0.0, |l| pass::extra_loss(l, tape))
    }

    /// Folds a training pass's batch statistics into batch norm's running ones.
    pub fn commit_running(&mut self, tape: &Tape) {
        if !tape.training {
            return;
        }
        for (i, layer) in self.layers.iter_mut().skip(tape.from).enumerate() {
            if let (Layer::Norm(nl), Some(saved)) = (layer, tape.saved.get(i)) {
                nl.commit_running(saved, tape.n);
            }
        }
    }
}
