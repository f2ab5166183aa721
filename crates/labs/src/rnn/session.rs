//! The character RNN trained live on the place names, a few words at a time
//! ([`RnnSession::advance`]) so the page keeps drawing: each batch of [`BATCH`] words is
//! read character by character, backpropagated through time, and one Adam step (rate
//! [`LEARNING_RATE`]) follows. The loss is the mean cross-entropy per character: how
//! surprised the network is by the next letter, ln 27 ≈ 3.30 for an even guess.

use neurite_nn::model::optim::TensorOptimizer;
use neurite_nn::model::{Grads, Model};
use neurite_nn::{OptimizerConfig, OptimizerKind, Regularization, Rng, Stream};

use super::cell;
use super::names::{sequence, PLACES};
use super::state::RnnLab;

/// Words per optimizer step.
pub const BATCH: usize = 8;
/// Adam's learning rate.
pub const LEARNING_RATE: f32 = 0.01;

/// The network, where training stands, and its curve.
pub struct RnnSession {
    /// The settings it was made with (`run_key`).
    pub lab: RnnLab,
    /// The model (cell and head).
    pub model: Model,
    optimizer: TensorOptimizer,
    config: OptimizerConfig,
    grads: Grads,
    /// This epoch's word order and how far it got.
    order: Vec<usize>,
    at: usize,
    /// This epoch's loss so far: (sum, characters).
    running: (f64, usize),
    /// Mean loss per character of each finished epoch.
    pub losses: Vec<f64>,
    /// Why training stopped, if it did.
    pub failure: Option<String>,
}

impl RnnSession {
    /// The untrained network of `lab`'s size and seed.
    pub fn new(lab: &RnnLab) -> Result<RnnSession, String> {
        let model = cell::model(lab.hidden, &mut Rng::stream(lab.seed, Stream::Weights))
            .map_err(|e| e.to_string())?;
        Ok(RnnSession {
            lab: lab.run_key(),
            optimizer: TensorOptimizer::new(OptimizerKind::Adam, &model),
            config: OptimizerConfig {
                kind: OptimizerKind::Adam,
                learning_rate: LEARNING_RATE,
                ..OptimizerConfig::default()
            },
            grads: model.zero_grads(),
            model,
            order: Vec::new(),
            at: 0,
            running: (0.0, 0),
            losses: Vec::new(),
            failure: None,
        })
    }

    /// Epochs finished.
    pub fn epochs_done(&self) -> usize {
        self.losses.len()
    }

    /// Whether `budget` epochs are trained (or training failed).
    pub fn finished(&self, budget: usize) -> bool {
        self.failure.is_some() || self.epochs_done() >= budget
    }

    /// Progress through `budget` epochs in [0, 1].
    pub fn progress(&self, budget: usize) -> f64 {
        let within = self.at as f64 / PLACES.len() as f64;
        ((self.epochs_done() as f64 + within) / budget.max(1) as f64).clamp(0.0, 1.0)
    }

    /// The epoch's word order: every word once, shuffled by the seed and the epoch.
    fn shuffle(&self) -> Vec<usize> {
        let mut rng = Rng::stream_at(self.lab.seed, Stream::Batches, self.epochs_done() as u64);
        let mut order: Vec<usize> = (0..PLACES.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        order
    }

    /// Trains up to `batches` batches while behind `budget`; returns whether an epoch ended.
    pub fn advance(&mut self, budget: usize, batches: usize) -> bool {
        for _ in 0..batches {
            if self.finished(budget) {
                return false;
            }
            if self.order.is_empty() {
                self.order = self.shuffle();
                self.at = 0;
            }
            let end = (self.at + BATCH).min(self.order.len());
            let words: Vec<usize> = self.order[self.at..end].to_vec();
            if let Err(e) = self.train_batch(&words) {
                self.failure = Some(e);
                return false;
            }
            self.at = end;
            if self.at >= self.order.len() {
                let (sum, count) = std::mem::take(&mut self.running);
                self.losses.push(sum / count.max(1) as f64);
                self.order.clear();
                return true;
            }
        }
        false
    }

    fn train_batch(&mut self, words: &[usize]) -> Result<(), String> {
        let seqs: Vec<(Vec<usize>, Vec<Option<usize>>)> = words
            .iter()
            .map(|&w| {
                let (input, target) = sequence(PLACES[w]);
                (input, target.into_iter().map(Some).collect())
            })
            .collect();
        let chars: usize = seqs.iter().map(|(i, _)| i.len()).sum();
        self.grads.clear();
        let mut sum = 0.0;
        for (input, targets) in &seqs {
            let steps = cell::run(&self.model, input).map_err(|e| e.to_string())?;
            sum += cell::loss(&steps, targets);
            cell::backward(&self.model, &steps, targets, chars, &mut self.grads)
                .map_err(|e| e.to_string())?;
        }
        if !sum.is_finite() {
            return Err("the loss is not a finite number".into());
        }
        let before = self.model.clone();
        self.optimizer.step(
            &mut self.model,
            &self.grads,
            &self.config,
            Regularization::None,
            0.0,
        );
        if self
            .model
            .params()
            .any(|(_, p)| p.first_non_finite().is_some())
        {
            self.model = before;
            return Err("a weight became too large to represent".into());
        }
        self.running.0 += sum;
        self.running.1 += chars;
        Ok(())
    }
}
