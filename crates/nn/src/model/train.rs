//! Training a [`Model`] from a [`BatchSource`]: shuffled mini-batches, one optimizer step
//! each, the same determinism and divergence handling as the dense trainer.
//!
//! Epoch `e` (1-based) takes its sample order from `Rng::stream_at(seed, Batches, e)`, its
//! dropout masks and ε from `Rng::stream_at(seed, Dropout, e)` and what the source draws
//! (noise, negatives) from `Rng::stream_at(seed, Data, e)`; so a seed fixes the run. A
//! non-finite loss, layer output or parameter puts the model and optimizer back as they
//! were when the epoch began and returns [`NnError::Diverged`] naming the model layer.

use super::layers::Layer;
use super::loss::{argmax, ModelLoss};
use super::optim::TensorOptimizer;
use super::param::ParamRole;
use super::pass::Grads;
use super::source::{Batch, BatchSource};
use super::Model;
use crate::divergence::{DivergenceSite, NonFinite};
use crate::error::NnError;
use crate::optim::OptimizerConfig;
use crate::regularization::Regularization;
use crate::rng::{Rng, Stream};

/// Settings of a model's training.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelTrainConfig {
    /// Update rule and learning rate.
    pub optimizer: OptimizerConfig,
    /// Samples per step.
    pub batch_size: usize,
    /// Loss on the output.
    pub loss: ModelLoss,
    /// L1/L2 on weights and tables.
    pub regularization: Regularization,
    /// Its rate.
    pub regularization_rate: f32,
    /// The run's seed.
    pub seed: u64,
}

/// A split's mean loss (data loss plus the layers' own terms) and, for classification
/// targets, the fraction whose largest output is the target's (for a single output, whose
/// side of ½ is the target's).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// Mean loss per sample.
    pub loss: f64,
    /// Accuracy in `[0, 1]`.
    pub accuracy: f64,
}

/// A model, its optimizer and where the run stands.
#[derive(Debug, Clone)]
pub struct ModelTrainer {
    /// The model being trained.
    pub model: Model,
    pub(super) optimizer: TensorOptimizer,
    config: ModelTrainConfig,
    pub(super) epoch: usize,
    grads: Grads,
}

/// Why a step did not complete: a value went non-finite (a divergence), or the batch itself
/// was wrong (a token id out of range, mismatched lengths), which is the input's error, not
/// the run's.
pub(super) enum StepFailure {
    NonFinite(DivergenceSite, NonFinite),
    Input(NnError),
}

fn check_output(layer: usize, values: &[f32]) -> Result<(), StepFailure> {
    match NonFinite::first_in(values) {
        Some(k) => Err(StepFailure::NonFinite(
            DivergenceSite::PreActivations { layer },
            k,
        )),
        None => Ok(()),
    }
}

impl ModelTrainer {
    /// A trainer at epoch 0; checks the settings.
    pub fn new(model: Model, config: ModelTrainConfig) -> Result<ModelTrainer, NnError> {
        config.optimizer.validate()?;
        if config.batch_size == 0 || config.batch_size > 4096 {
            return Err(NnError::InvalidConfig(format!(
                "batch size {} is outside 1…4096",
                config.batch_size
            )));
        }
        if !(config.regularization_rate.is_finite() && config.regularization_rate >= 0.0) {
            return Err(NnError::InvalidConfig(format!(
                "regularization rate {} must be finite and ≥ 0",
                config.regularization_rate
            )));
        }
        let per_sample = model.values_per_sample();
        if config.batch_size.saturating_mul(per_sample) > super::MAX_PASS_VALUES {
            return Err(NnError::InvalidConfig(format!(
                "a batch of {} would hold {} values in one pass, over {}: at most {} samples a batch for this model",
                config.batch_size,
                config.batch_size.saturating_mul(per_sample),
                super::MAX_PASS_VALUES,
                (super::MAX_PASS_VALUES / per_sample.max(1)).max(1)
            )));
        }
        Ok(ModelTrainer {
            optimizer: TensorOptimizer::new(config.optimizer.kind, &model),
            grads: model.zero_grads(),
            model,
            config,
            epoch: 0,
        })
    }

    /// Epochs completed.
    pub fn epoch(&self) -> usize {
        self.epoch
    }

    /// The optimizer's memory.
    pub fn optimizer(&self) -> &TensorOptimizer {
        &self.optimizer
    }

    /// Sets the optimizer's memory and the epoch count (for [`super::memory`], which checks
    /// them first).
    pub(crate) fn restore_run(&mut self, optimizer: TensorOptimizer, epoch: usize) {
        self.optimizer = optimizer;
        self.epoch = epoch;
    }

    /// The settings.
    pub fn config(&self) -> &ModelTrainConfig {
        &self.config
    }

    fn fused_softmax(&self) -> bool {
        self.config.loss == ModelLoss::CrossEntropy
            && matches!(self.model.layers().last(), Some(Layer::Softmax { .. }))
    }

    /// One epoch over `source`; returns the mean training loss of its batches (as they
    /// were before each step). The same as [`ModelTrainer::begin_epoch`] followed by
    /// [`ModelTrainer::train_batches`] until the epoch ends.
    pub fn train_epoch(&mut self, source: &dyn BatchSource) -> Result<f64, NnError> {
        let mut run = self.begin_epoch(source);
        loop {
            if let Some(loss) = self.train_batches(&mut run, source, usize::MAX)? {
                return Ok(loss);
            }
        }
    }

    /// One step on `batch`: forward, loss, backward, update, checks.
    pub(super) fn step(&mut self, batch: &Batch, rng: &mut Rng) -> Result<f64, StepFailure> {
        let side: Vec<&[f32]> = batch.side.iter().map(|s| s.as_slice()).collect();
        let n = batch.n;
        let tape = self
            .model
            .forward(&batch.x, &side, n, true, Some(rng))
            .map_err(StepFailure::Input)?;
        if batch.target.len() != tape.output().len() {
            return Err(StepFailure::Input(NnError::InvalidData(format!(
                "the batch has {} target values for {} outputs",
                batch.target.len(),
                tape.output().len()
            ))));
        }
        for (l, out) in tape.acts.iter().skip(1).enumerate() {
            check_output(l, out)?;
        }
        let loss = self.config.loss.sum(tape.output(), &batch.target) / n.max(1) as f64
            + self.model.extra_loss(&tape);
        if let Some(k) = NonFinite::of(loss as f32) {
            return Err(StepFailure::NonFinite(DivergenceSite::Loss, k));
        }
        let fused = self.fused_softmax();
        let g = self
            .config
            .loss
            .gradient(tape.output(), &batch.target, n, fused);
        self.grads.clear();
        let layers = self.model.layers().len();
        let result = match (fused, layers) {
            // Start below the softmax: its input's gradient is the fused (p − t)/n.
            (true, 1) => Ok(()),
            (true, _) => self
                .model
                .backward_below(&tape, 1, &side, &g, &mut self.grads)
                .map(|_| ()),
            (false, _) => self
                .model
                .backward_below(&tape, 0, &side, &g, &mut self.grads)
                .map(|_| ()),
        };
        result.map_err(StepFailure::Input)?;
        self.model.commit_running(&tape);
        let c = self.config;
        self.optimizer.step(
            &mut self.model,
            &self.grads,
            &c.optimizer,
            c.regularization,
            c.regularization_rate,
        );
        for (l, p) in self.model.params() {
            if let Some((_, k)) = p.first_non_finite() {
                let site = match p.role {
                    ParamRole::Weights | ParamRole::Table => DivergenceSite::Weights { layer: l },
                    ParamRole::Bias => DivergenceSite::Biases { layer: l },
                    ParamRole::Gamma | ParamRole::Beta => {
                        DivergenceSite::Normalization { layer: l }
                    }
                };
                return Err(StepFailure::NonFinite(site, k));
            }
        }
        Ok(loss)
    }

    /// Loss and accuracy of the model in inference over all of `source`.
    pub fn evaluate(&self, source: &dyn BatchSource) -> Result<Score, NnError> {
        let n = source.len();
        let mut batch = Batch::default();
        let (mut loss, mut right) = (0.0f64, 0usize);
        let out_len = self.model.output_shape().len();
        let indices: Vec<usize> = (0..n).collect();
        let mut rng = Rng::stream(self.config.seed, Stream::Data);
        for chunk in indices.chunks(self.model.chunk()) {
            source.fill(chunk, &mut rng, &mut batch);
            let side: Vec<&[f32]> = batch.side.iter().map(|s| s.as_slice()).collect();
            let tape = self.model.forward(&batch.x, &side, batch.n, false, None)?;
            let out = tape.output();
            loss += self.config.loss.sum(out, &batch.target)
                + self.model.extra_loss(&tape) * batch.n as f64;
            for s in 0..batch.n {
                let r = s * out_len..(s + 1) * out_len;
                let hit = if out_len == 1 {
                    // One output: a yes/no, right when on the target's side of ½.
                    (out[s] > 0.5) == (batch.target[s] > 0.5)
                } else {
                    argmax(&out[r.clone()]) == argmax(&batch.target[r])
                };
                right += usize::from(hit);
            }
        }
        let d = n.max(1) as f64;
        Ok(Score {
            loss: loss / d,
            accuracy: right as f64 / d,
        })
    }
}
