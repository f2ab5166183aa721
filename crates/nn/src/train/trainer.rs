//! The trainer: owns the network, data, settings, optimizer state, RNG streams and every
//! scratch buffer, so the per-batch loop never allocates.
//!
//! Streams: each epoch e draws its batch order from `Rng::stream_at(seed, Stream::Batches, e)`
//! and its dropout masks from
//! `Rng::stream_at(seed, Stream::Dropout, e)`; initial weights are the caller's business.

use crate::error::NnError;
use crate::layer::Dense;
use crate::metrics::{evaluate_splits, EpochMetrics};
use crate::network::{Network, EVAL_CHUNK};
use crate::optim::OptimizerState;
use crate::propagate::Workspace;
use crate::rng::{Rng, Stream};
use crate::samples::DataSplit;
use crate::train::{Status, TrainConfig};

/// Runs training epochs on one network and one data split.
#[derive(Debug, Clone)]
pub struct Trainer {
    pub(crate) network: Network,
    pub(crate) data: DataSplit,
    pub(crate) config: TrainConfig,
    pub(crate) status: Status,
    pub(crate) epoch: usize,
    pub(crate) history: Vec<EpochMetrics>,
    pub(crate) optimizer: OptimizerState,
    pub(crate) batch_rng: Rng,
    pub(crate) dropout_rng: Rng,
    pub(crate) ws: Workspace,
    pub(crate) eval_ws: Workspace,
    pub(crate) order: Vec<usize>,
    /// Parameters at the start of the current epoch (divergence rollback).
    pub(crate) epoch_start: Vec<Dense>,
    /// Best parameters so far (early stopping with `restore_best`).
    pub(crate) best: Vec<Dense>,
    pub(crate) best_loss: f32,
    pub(crate) best_epoch: usize,
    pub(crate) since_best: usize,
}

pub(crate) fn layer_sizes(net: &Network) -> Vec<(usize, usize)> {
    net.layers()
        .iter()
        .map(|d| (d.weights.len(), d.bias.len()))
        .collect()
}

impl Trainer {
    /// Validates the head/loss pair, data shapes and values, and settings.
    pub fn new(network: Network, data: DataSplit, config: TrainConfig) -> Result<Trainer, NnError> {
        network.check()?;
        config.validate()?;
        network.spec().head.check_loss(config.loss)?;
        data.validate(network.spec().inputs, network.spec().outputs)?;
        let rows = data.train.len();
        let eval_rows = rows.max(data.validation.len()).max(data.test.len());
        Ok(Trainer {
            optimizer: OptimizerState::new(config.optimizer.kind, &layer_sizes(&network)),
            batch_rng: Rng::stream(config.seed, Stream::Batches),
            dropout_rng: Rng::stream(config.seed, Stream::Dropout),
            ws: Workspace::new(&network, config.batch_size.min(rows)),
            eval_ws: Workspace::new(&network, eval_rows.min(EVAL_CHUNK)),
            order: (0..rows).collect(),
            epoch_start: network.layers().to_vec(),
            best: network.layers().to_vec(),
            best_loss: f32::INFINITY,
            best_epoch: 0,
            since_best: 0,
            status: Status::Ready,
            epoch: 0,
            history: Vec::new(),
            network,
            data,
            config,
        })
    }

    /// The network being trained.
    pub fn network(&self) -> &Network {
        &self.network
    }
    /// Live edits between epochs (weights, links, freezing, dropout). Reshaping arrays makes
    /// the next epoch fail with `ShapeMismatch`.
    pub fn network_mut(&mut self) -> &mut Network {
        &mut self.network
    }
    /// The data.
    pub fn data(&self) -> &DataSplit {
        &self.data
    }
    /// The settings.
    pub fn config(&self) -> &TrainConfig {
        &self.config
    }
    /// Epochs completed.
    pub fn epoch(&self) -> usize {
        self.epoch
    }
    /// Current status.
    pub fn status(&self) -> &Status {
        &self.status
    }
    /// Metrics of every completed epoch, oldest first.
    pub fn history(&self) -> &[EpochMetrics] {
        &self.history
    }

    /// Changes the learning rate (ignored unless finite and ≥ 0).
    pub fn set_learning_rate(&mut self, lr: f32) {
        if lr.is_finite() && lr >= 0.0 {
            self.config.optimizer.learning_rate = lr;
        }
    }

    /// Replaces the settings without a reset. Optimizer state is kept when the kind is
    /// unchanged; a new seed restarts the batch and dropout streams; a new batch size
    /// resizes the scratch buffers.
    pub fn set_config(&mut self, config: TrainConfig) -> Result<(), NnError> {
        config.validate()?;
        self.network.spec().head.check_loss(config.loss)?;
        if config.optimizer.kind != self.config.optimizer.kind {
            self.optimizer =
                OptimizerState::new(config.optimizer.kind, &layer_sizes(&self.network));
        }
        if config.seed != self.config.seed {
            self.batch_rng = Rng::stream(config.seed, Stream::Batches);
            self.dropout_rng = Rng::stream(config.seed, Stream::Dropout);
        }
        if config.batch_size != self.config.batch_size {
            self.ws = Workspace::new(&self.network, config.batch_size.min(self.data.train.len()));
        }
        self.config = config;
        Ok(())
    }

    /// Sets the completed-epoch count (to resume a saved run).
    pub fn set_epoch(&mut self, epoch: usize) {
        self.epoch = epoch;
    }

    /// Replaces the metrics history (to resume a saved run).
    pub fn set_history(&mut self, history: Vec<EpochMetrics>) {
        self.history = history;
    }

    /// Clears a stop so training can continue. After a divergence the optimizer state is
    /// reset (it holds non-finite values); early stopping starts counting afresh.
    pub fn resume(&mut self) {
        if let Status::Stopped(reason) = &self.status {
            if matches!(reason, crate::train::StopReason::Diverged { .. }) {
                self.optimizer =
                    OptimizerState::new(self.config.optimizer.kind, &layer_sizes(&self.network));
            }
            self.status = if self.epoch == 0 {
                Status::Ready
            } else {
                Status::Training
            };
            self.since_best = 0;
        }
    }

    /// Metrics of the current weights on every split, without training (the same
    /// evaluation and assembly as the metrics `train_epoch` records).
    pub fn evaluate(&self) -> EpochMetrics {
        let mut ws = self.eval_ws.clone();
        let splits = evaluate_splits(&self.network, &mut ws, &self.data, self.config.loss);
        EpochMetrics::from_splits(self.epoch, &splits)
    }

    /// Metrics of `network` — e.g. a saved snapshot of this trainer's network from an
    /// earlier epoch — on this trainer's splits, by the very evaluation `train_epoch`
    /// records, so a snapshot taken after epoch e reproduces that epoch's metrics bit for
    /// bit. `epoch` is stored in the result as given. Errors unless `network` has the
    /// trainer's input and output widths.
    pub fn evaluate_network(
        &self,
        network: &Network,
        epoch: usize,
    ) -> Result<EpochMetrics, NnError> {
        network.check()?;
        let (ours, theirs) = (self.network.spec(), network.spec());
        if (ours.inputs, ours.outputs) != (theirs.inputs, theirs.outputs) {
            return Err(NnError::ShapeMismatch(format!(
                "a {}-input, {}-output network cannot be evaluated on {}-input, {}-output data",
                theirs.inputs, theirs.outputs, ours.inputs, ours.outputs
            )));
        }
        let mut ws = if self.eval_ws.fits(network) {
            self.eval_ws.clone()
        } else {
            Workspace::new(network, self.eval_ws.capacity())
        };
        let splits = evaluate_splits(network, &mut ws, &self.data, self.config.loss);
        Ok(EpochMetrics::from_splits(epoch, &splits))
    }
}

/// Copies weights, biases and normalization parameters from `src` into same-shaped `dst` without allocating
/// (shapes are checked by the caller; mismatched pairs are skipped, never panic).
pub(crate) fn copy_params(dst: &mut [Dense], src: &[Dense]) {
    for (d, s) in dst.iter_mut().zip(src) {
        if d.weights.dim() == s.weights.dim() && d.bias.len() == s.bias.len() {
            d.weights.assign(&s.weights);
            d.bias.assign(&s.bias);
            if d.normalization == s.normalization && d.norm.has_width(s.norm.gamma.len()) {
                d.norm.clone_from(&s.norm); // same lengths: no allocation
            } else {
                d.normalization = s.normalization;
                d.norm = s.norm.clone();
            }
        } else {
            *d = s.clone();
        }
    }
}
