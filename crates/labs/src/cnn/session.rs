//! A CNN trained live beside a dense network of about as many parameters, on the same 80/20
//! split of a digit set, a few batches at a time ([`CnnSession::advance`]) so the page keeps
//! drawing. Both use Adam at 0.01, batches of 32 and cross-entropy after a softmax, as the
//! CLI's `neurite train --data …` does; the dense network's seed is the CNN's + 1.

use neurite_data::ImageSet;
use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::source::Labelled;
use neurite_nn::model::{EpochRun, Model, ModelTrainConfig, ModelTrainer, Shape};
use neurite_nn::{OptimizerConfig, OptimizerKind, Regularization, Rng, Stream};

use super::state::CnnLab;

/// Share of the images held out for validation, in percent.
pub const VALIDATION_PERCENT: u32 = 20;
/// Batch size.
pub const BATCH: usize = 32;
/// Adam's learning rate.
pub const LEARNING_RATE: f32 = 0.01;

/// One network being trained.
pub struct Learner {
    /// Its trainer (the model is `trainer.model`).
    pub trainer: ModelTrainer,
    run: Option<EpochRun>,
    /// Validation accuracy after each epoch.
    pub accuracy: Vec<f64>,
    /// Mean training loss of each epoch.
    pub train_loss: Vec<f64>,
    /// Validation loss after each epoch.
    pub val_loss: Vec<f64>,
}

impl Learner {
    fn new(arch: &str, side: usize, seed: u64) -> Result<Learner, String> {
        let kinds = parse_arch(arch).map_err(|e| e.to_string())?;
        let input = Shape::image(1, side, side);
        let model = Model::new(input, &[], &kinds, &mut Rng::stream(seed, Stream::Weights))
            .map_err(|e| e.to_string())?;
        let config = ModelTrainConfig {
            optimizer: OptimizerConfig {
                kind: OptimizerKind::Adam,
                learning_rate: LEARNING_RATE,
                ..OptimizerConfig::default()
            },
            batch_size: BATCH,
            loss: ModelLoss::CrossEntropy,
            regularization: Regularization::None,
            regularization_rate: 0.0,
            seed,
        };
        Ok(Learner {
            trainer: ModelTrainer::new(model, config).map_err(|e| e.to_string())?,
            run: None,
            accuracy: Vec::new(),
            train_loss: Vec::new(),
            val_loss: Vec::new(),
        })
    }

    /// Trains up to `batches` batches; after an epoch's last one, scores it on `val`.
    fn advance(&mut self, train: &Labelled, val: &Labelled, batches: usize) -> Result<(), String> {
        let mut run = match self.run.take() {
            Some(run) => run,
            None => self.trainer.begin_epoch(train),
        };
        match self.trainer.train_batches(&mut run, train, batches) {
            Ok(Some(loss)) => {
                let score = self.trainer.evaluate(val).map_err(|e| e.to_string())?;
                self.train_loss.push(loss);
                self.val_loss.push(score.loss);
                self.accuracy.push(score.accuracy);
                Ok(())
            }
            Ok(None) => {
                self.run = Some(run);
                Ok(())
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// Samples done in the epoch under way.
    fn in_epoch(&self) -> usize {
        self.run.as_ref().map_or(0, |r| r.progress().0)
    }
}

/// The CNN and the dense network, their data, and where training stands.
pub struct CnnSession {
    /// The settings it was made with.
    pub lab: CnnLab,
    /// The CNN.
    pub cnn: Learner,
    /// The dense network of about as many parameters.
    pub dense: Learner,
    /// Training pairs.
    pub train: Labelled,
    /// Validation pairs.
    pub val: Labelled,
    /// The images' indices in the set, validation part (for showing them).
    pub val_indices: Vec<usize>,
    /// Validation labels.
    pub val_labels: Vec<usize>,
    /// Why training stopped early (a divergence), if it did.
    pub failure: Option<String>,
}

fn pairs(set: &ImageSet, indices: &[usize]) -> Result<Labelled, String> {
    let x: Vec<f32> = indices.iter().flat_map(|&i| set.pixel_f32(i)).collect();
    let labels: Vec<usize> = indices
        .iter()
        .map(|&i| usize::from(set.labels()[i]))
        .collect();
    Labelled::classes(x, set.height() * set.width(), &labels, 10).map_err(|e| e.to_string())
}

impl CnnSession {
    /// Both networks at epoch 0 on `set`'s split by the lab's seed.
    pub fn new(lab: &CnnLab, set: &ImageSet) -> Result<CnnSession, String> {
        if set.height() != lab.side() || set.width() != lab.side() {
            return Err(format!(
                "the set's images are {}×{}, not {}×{}",
                set.height(),
                set.width(),
                lab.side(),
                lab.side()
            ));
        }
        let (train_idx, val_idx) = set.split_indices(lab.seed, VALIDATION_PERCENT);
        let cnn = Learner::new(&lab.arch(), lab.side(), lab.seed)?;
        let hidden = CnnLab::dense_hidden(cnn.trainer.model.param_count(), lab.side() * lab.side());
        let dense = Learner::new(
            &CnnLab::dense_arch(hidden),
            lab.side(),
            lab.seed.wrapping_add(1),
        )?;
        Ok(CnnSession {
            lab: lab.clone(),
            cnn,
            dense,
            train: pairs(set, &train_idx)?,
            val: pairs(set, &val_idx)?,
            val_labels: val_idx
                .iter()
                .map(|&i| usize::from(set.labels()[i]))
                .collect(),
            val_indices: val_idx,
            failure: None,
        })
    }

    /// Epochs both networks have finished.
    pub fn epochs_done(&self) -> usize {
        self.cnn.accuracy.len().min(self.dense.accuracy.len())
    }

    /// Whether the budget is trained (or training failed).
    pub fn finished(&self, budget: usize) -> bool {
        self.failure.is_some() || self.epochs_done() >= budget
    }

    /// Trains up to `batches` batches of each network that is behind `budget` epochs.
    pub fn advance(&mut self, budget: usize, batches: usize) {
        if self.finished(budget) {
            return;
        }
        let (train, val) = (&self.train, &self.val);
        for learner in [&mut self.cnn, &mut self.dense] {
            if learner.accuracy.len() < budget {
                if let Err(e) = learner.advance(train, val, batches) {
                    self.failure = Some(e);
                    return;
                }
            }
        }
    }

    /// Progress through the budget in [0, 1], counting the epoch under way.
    pub fn progress(&self, budget: usize) -> f64 {
        let n = self.train.inputs().len() / (self.lab.side() * self.lab.side()).max(1);
        let cnn = self.cnn.accuracy.len() as f64 + self.cnn.in_epoch() as f64 / n.max(1) as f64;
        let dense =
            self.dense.accuracy.len() as f64 + self.dense.in_epoch() as f64 / n.max(1) as f64;
        ((cnn + dense) / (2.0 * budget.max(1) as f64)).clamp(0.0, 1.0)
    }
}
