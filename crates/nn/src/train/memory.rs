//! [`TrainingMemory`]: what a [`Trainer`] remembers beyond the weights, the epoch count and
//! the history, so a run saved after epoch k and resumed trains epoch k+1 exactly as the
//! uninterrupted run does.
//!
//! * the optimizer's state ([`OptimizerMemory`]: velocity, Adam's moments and `βᵗ`);
//! * early stopping's watch: the best monitored loss, its epoch, the epochs since, and (when
//!   the best weights are to be put back) those weights — with, for normalized layers, that
//!   epoch's γ, β and running statistics, which the restored network needs as much as its
//!   weights (the same weights under other statistics compute another function).
//!
//! Randomness needs nothing here: epoch e draws its batch order and dropout masks from
//! `Rng::stream_at(seed, stream, e)`, so the seed and the epoch count already fix them.

use serde::{Deserialize, Serialize};

use crate::error::NnError;
use crate::layer::Dense;
use crate::norm::{NormParams, Normalization};
use crate::optim::{OptimizerMemory, OptimizerState};
use crate::train::trainer::{layer_sizes, Trainer};

/// Early stopping's watch over the monitored loss.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EarlyStoppingMemory {
    /// Lowest monitored loss so far.
    pub best_loss: f32,
    /// Epoch (1-based) it was measured in.
    pub best_epoch: usize,
    /// Epochs since, without a strict improvement.
    pub since_best: usize,
    /// The parameters of the best epoch per layer `(weights out × in flat, biases)`, kept
    /// when early stopping puts them back (`restore_best`); empty otherwise.
    pub best_params: Vec<(Vec<f32>, Vec<f32>)>,
    /// The best epoch's normalization values per layer (empty for a layer without
    /// normalization), kept with `best_params` when any layer is normalized; empty otherwise
    /// (and in memories saved before they were kept: the layers' current values stand in).
    #[serde(default)]
    pub best_norm: Vec<NormParams>,
}

/// Everything a trainer carries between epochs besides parameters, epoch and history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingMemory {
    /// The optimizer's state.
    pub optimizer: OptimizerMemory,
    /// Early stopping's watch, once it has seen an epoch.
    pub early_stopping: Option<EarlyStoppingMemory>,
}

impl TrainingMemory {
    /// Checks the memory against layers of the given `(weights, biases)` sizes.
    pub fn check(&self, sizes: &[(usize, usize)]) -> Result<(), String> {
        self.optimizer.check(sizes)?;
        let Some(es) = &self.early_stopping else {
            return Ok(());
        };
        if !(es.best_loss.is_finite() && es.best_loss >= 0.0) {
            return Err("early stopping memory: the best loss must be finite and ≥ 0".into());
        }
        let fits = es.best_params.len() == sizes.len()
            && es.best_params.iter().zip(sizes).all(|((w, b), &(nw, nb))| {
                w.len() == nw && b.len() == nb && w.iter().chain(b).all(|v| v.is_finite())
            });
        match es.best_params.is_empty() || fits {
            true => Ok(()),
            false => Err("early stopping memory: the best weights do not fit the network".into()),
        }
    }

    /// Checks the kept normalization values against the network's layers: one entry per
    /// layer, empty where the layer is not normalized, else its width, finite, σ̄² ≥ 0.
    fn check_norm(&self, layers: &[Dense]) -> Result<(), String> {
        let Some(es) = self
            .early_stopping
            .as_ref()
            .filter(|e| !e.best_norm.is_empty())
        else {
            return Ok(());
        };
        let fits = es.best_norm.len() == layers.len()
            && es.best_norm.iter().zip(layers).all(|(n, d)| {
                let width = match d.normalization {
                    Normalization::None => 0,
                    _ => d.bias.len(),
                };
                n.has_width(width) && n.first_non_finite().is_none() && !n.has_negative_variance()
            });
        match fits {
            true => Ok(()),
            false => Err(
                "early stopping memory: the best normalization values do not fit the network"
                    .into(),
            ),
        }
    }
}

impl Trainer {
    /// What this trainer remembers beyond parameters, epoch and history.
    pub fn memory(&self) -> TrainingMemory {
        let normalized = self
            .network
            .layers()
            .iter()
            .any(|d| d.normalization != Normalization::None);
        let watching = self
            .config
            .early_stopping
            .filter(|_| self.best_loss.is_finite());
        TrainingMemory {
            optimizer: self.optimizer.memory(),
            early_stopping: watching.map(|es| EarlyStoppingMemory {
                best_loss: self.best_loss,
                best_epoch: self.best_epoch,
                since_best: self.since_best,
                best_params: match es.restore_best {
                    true => self
                        .best
                        .iter()
                        .map(|d| (d.weights.iter().copied().collect(), d.bias.to_vec()))
                        .collect(),
                    false => Vec::new(),
                },
                best_norm: match es.restore_best && normalized {
                    true => self.best.iter().map(|d| d.norm.clone()).collect(),
                    false => Vec::new(),
                },
            }),
        }
    }

    /// Puts back a memory read from a saved run (after its weights and epoch). The
    /// optimizer's rule must be the configured one; shapes must fit the network.
    pub fn restore_memory(&mut self, memory: &TrainingMemory) -> Result<(), NnError> {
        let sizes = layer_sizes(&self.network);
        memory.check(&sizes).map_err(NnError::InvalidConfig)?;
        memory
            .check_norm(self.network.layers())
            .map_err(NnError::InvalidConfig)?;
        if memory.optimizer.kind != self.config.optimizer.kind {
            return Err(NnError::InvalidConfig(
                "optimizer memory belongs to another optimizer".into(),
            ));
        }
        let optimizer = OptimizerState::from_memory(&memory.optimizer, &sizes)
            .map_err(NnError::InvalidConfig)?;
        self.optimizer = optimizer;
        if let Some(es) = &memory.early_stopping {
            self.best_loss = es.best_loss;
            self.best_epoch = es.best_epoch;
            self.since_best = es.since_best;
            for (d, (w, b)) in self.best.iter_mut().zip(&es.best_params) {
                d.weights.iter_mut().zip(w).for_each(|(x, &v)| *x = v);
                d.bias.iter_mut().zip(b).for_each(|(x, &v)| *x = v);
            }
            for (d, n) in self.best.iter_mut().zip(&es.best_norm) {
                if d.normalization != Normalization::None {
                    d.norm.clone_from(n);
                }
            }
        }
        Ok(())
    }
}
