//! An autoencoder trained live on a digit set's 80/20 split, a few batches at a time
//! ([`AeSession::advance`]) so the page keeps drawing. Adam at 0.01, batches of 32, the
//! squared reconstruction error `½Σᵢ(x̂ᵢ − xᵢ)²` per image (plus `β·KL` in a VAE, added by
//! the engine's sampling layer).
//!
//! After every epoch the validation images are scored without sampling (z = μ): the
//! reconstruction error and, for a VAE, the KL divergence `½Σⱼ(μⱼ² + σⱼ² − ln σⱼ² − 1)` of
//! each code from N(0, I), both per image. Epoch 0 is scored too, so the curve starts
//! where the untrained network stands.

use neurite_data::ImageSet;
use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::layers::join::kl_sum;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::source::Reconstruct;
use neurite_nn::model::{EpochRun, Model, ModelTrainConfig, ModelTrainer, Shape};
use neurite_nn::{OptimizerConfig, OptimizerKind, Regularization, Rng, Stream};

use super::state::{AutoencoderLab, Parts, LATENT};

/// Share of the images held out for validation, in percent.
pub const VALIDATION_PERCENT: u32 = 20;
/// Batch size.
pub const BATCH: usize = 32;
/// Adam's learning rate.
pub const LEARNING_RATE: f32 = 0.01;

/// One epoch's figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpochScore {
    /// The mean training loss of the epoch (reconstruction + β·KL, z sampled); `None` for
    /// epoch 0.
    pub train_loss: Option<f64>,
    /// Validation reconstruction error per image, `½Σ(x̂ − x)²`, with z = μ.
    pub recon: f64,
    /// Validation KL divergence per image (unweighted; 0 for an AE).
    pub kl: f64,
}

/// The network, its data, and where training stands.
pub struct AeSession {
    /// The settings it was made with.
    pub lab: AutoencoderLab,
    /// The trainer (the model is `trainer.model`).
    pub trainer: ModelTrainer,
    run: Option<EpochRun>,
    train: Reconstruct,
    /// Validation images, `n × pixels`.
    pub val_x: Vec<f32>,
    /// Their classes.
    pub val_labels: Vec<usize>,
    /// Epoch 0, then one score per epoch trained.
    pub history: Vec<EpochScore>,
    /// Why training stopped (a divergence), if it did.
    pub failure: Option<String>,
}

impl AeSession {
    /// The network at epoch 0 on `set`'s split by the lab's seed.
    pub fn new(lab: &AutoencoderLab, set: &ImageSet) -> Result<AeSession, String> {
        let side = lab.side();
        if set.height() != side || set.width() != side {
            return Err(format!(
                "the set's images are {}×{}, not {side}×{side}",
                set.height(),
                set.width()
            ));
        }
        let (train_idx, val_idx) = set.split_indices(lab.seed, VALIDATION_PERCENT);
        let images =
            |ix: &[usize]| -> Vec<f32> { ix.iter().flat_map(|&i| set.pixel_f32(i)).collect() };
        let kinds = parse_arch(&lab.arch()).map_err(|e| e.to_string())?;
        let model = Model::new(
            Shape::image(1, side, side),
            &[],
            &kinds,
            &mut Rng::stream(lab.seed, Stream::Weights),
        )
        .map_err(|e| e.to_string())?;
        let config = ModelTrainConfig {
            optimizer: OptimizerConfig {
                kind: OptimizerKind::Adam,
                learning_rate: LEARNING_RATE,
                ..OptimizerConfig::default()
            },
            batch_size: BATCH,
            loss: ModelLoss::SquaredError,
            regularization: Regularization::None,
            regularization_rate: 0.0,
            seed: lab.seed,
        };
        let mut s = AeSession {
            lab: lab.run_key(),
            trainer: ModelTrainer::new(model, config).map_err(|e| e.to_string())?,
            run: None,
            train: Reconstruct::new(images(&train_idx), lab.pixels()).map_err(|e| e.to_string())?,
            val_x: images(&val_idx),
            val_labels: val_idx
                .iter()
                .map(|&i| usize::from(set.labels()[i]))
                .collect(),
            history: Vec::new(),
            failure: None,
        };
        let first = s.score(None)?;
        s.history.push(first);
        Ok(s)
    }

    /// The parts' layer indices.
    pub fn parts(&self) -> Parts {
        self.lab.parts()
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.trainer.model
    }

    /// Validation images.
    pub fn val_count(&self) -> usize {
        self.val_labels.len()
    }

    /// Training images.
    pub fn train_count(&self) -> usize {
        neurite_nn::model::source::BatchSource::len(&self.train)
    }

    fn score(&self, train_loss: Option<f64>) -> Result<EpochScore, String> {
        let n = self.val_count();
        let model = &self.trainer.model;
        let parts = self.parts();
        let codes = model
            .predict_range(0, parts.code, &self.val_x, &[], n)
            .map_err(|e| e.to_string())?;
        let out = model
            .predict_range(parts.code, parts.layers, &codes, &[], n)
            .map_err(|e| e.to_string())?;
        let recon = ModelLoss::SquaredError.sum(&out, &self.val_x) / n.max(1) as f64;
        let kl = match parts.sample {
            Some(_) => kl_sum(&codes, n, LATENT, 1.0) / n.max(1) as f64,
            None => 0.0,
        };
        if !(recon.is_finite() && kl.is_finite()) {
            return Err("the validation loss is not a finite number".into());
        }
        Ok(EpochScore {
            train_loss,
            recon,
            kl,
        })
    }

    /// Epochs finished.
    pub fn epochs_done(&self) -> usize {
        self.history.len().saturating_sub(1)
    }

    /// Whether `budget` epochs are trained (or training failed).
    pub fn finished(&self, budget: usize) -> bool {
        self.failure.is_some() || self.epochs_done() >= budget
    }

    /// Trains up to `batches` batches while behind `budget`; returns whether an epoch ended.
    /// A divergence (the trainer's non-finite check) stops the run and says where in
    /// [`Self::failure`].
    pub fn advance(&mut self, budget: usize, batches: usize) -> bool {
        if self.finished(budget) {
            return false;
        }
        let mut run = match self.run.take() {
            Some(run) => run,
            None => self.trainer.begin_epoch(&self.train),
        };
        match self.trainer.train_batches(&mut run, &self.train, batches) {
            Ok(Some(loss)) => match self.score(Some(loss)) {
                Ok(score) => {
                    self.history.push(score);
                    true
                }
                Err(e) => {
                    self.failure = Some(e);
                    false
                }
            },
            Ok(None) => {
                self.run = Some(run);
                false
            }
            Err(e) => {
                self.failure = Some(e.to_string());
                false
            }
        }
    }

    /// Progress through `budget` epochs in [0, 1], counting the epoch under way.
    pub fn progress(&self, budget: usize) -> f64 {
        let within = self.run.as_ref().map_or(0.0, |r| {
            let (done, all) = r.progress();
            done as f64 / all.max(1) as f64
        });
        ((self.epochs_done() as f64 + within) / budget.max(1) as f64).clamp(0.0, 1.0)
    }

    /// The latest score.
    pub fn last(&self) -> EpochScore {
        self.history.last().copied().unwrap_or(EpochScore {
            train_loss: None,
            recon: f64::NAN,
            kl: f64::NAN,
        })
    }
}
