//! One training epoch: shuffle, mini-batch steps, divergence watch, metrics, early stopping.
//!
//! Per batch of `n` samples: forward (training mode: dropout, batch statistics) → backward
//! (`δ` averaged over `n`) → optimizer step and regularisation on every layer (and `γ`, `β`)
//! → running statistics of batch-norm layers → finiteness check of the batch's
//! pre-activations and of every parameter (normalization parameters included). After the batches, each split's mean loss is
//! checked. The first non-finite value rolls the network back to its state at the start of
//! the epoch and stops with `Diverged` (see [`crate::train::divergence`] for the sites).

use crate::divergence::{DivergenceSite, NonFinite};
use crate::error::NnError;
use crate::metrics::{evaluate_splits, EpochMetrics, SplitMetrics};
use crate::propagate::Mode;
use crate::rng::{Rng, Stream};
use crate::train::trainer::copy_params;
use crate::train::{Status, StopReason, Trainer};

impl Trainer {
    /// Trains one epoch and appends its metrics to the history. Fails if stopped (call
    /// `resume`), if the network was reshaped, or if the run diverged (status says why).
    pub fn train_epoch(&mut self) -> Result<&EpochMetrics, NnError> {
        if let Status::Stopped(reason) = &self.status {
            return Err(NnError::Stopped(reason.to_string()));
        }
        if let Err(e) = self.prepare() {
            self.status = Status::Stopped(StopReason::Error {
                message: e.to_string(),
            });
            return Err(e);
        }
        let epoch = self.epoch + 1;
        copy_params(&mut self.epoch_start, self.network.layers());
        self.run_batches(epoch)?;
        let m = self.epoch_metrics(epoch);
        if let Some((site, value)) = m.1 {
            return Err(self.diverge(epoch, site, value));
        }
        self.epoch = epoch;
        self.history.push(m.0);
        self.status = Status::Training;
        self.watch_early_stopping(epoch);
        self.history
            .last()
            .ok_or_else(|| NnError::Stopped("no metrics recorded".into()))
    }

    /// Trains until stopped or until `max_epochs` epochs have completed in total.
    pub fn run(&mut self, max_epochs: usize) -> &Status {
        while !self.status.is_stopped() {
            if self.epoch >= max_epochs {
                self.status = Status::Stopped(StopReason::MaxEpochs);
                break;
            }
            if self.train_epoch().is_err() {
                break;
            }
        }
        &self.status
    }

    /// Re-checks the network after live edits: shapes, masks held at 0, dropout buffers.
    fn prepare(&mut self) -> Result<(), NnError> {
        self.network.check()?;
        self.network.enforce_masks();
        if !self.ws.fits(&self.network) {
            self.ws = crate::propagate::Workspace::new(&self.network, self.ws.capacity());
        }
        self.ws.sync_links(&self.network);
        self.optimizer.note_layers(self.network.layers());
        Ok(())
    }

    fn run_batches(&mut self, epoch: usize) -> Result<(), NnError> {
        let rows = self.data.train.len();
        for (i, v) in self.order.iter_mut().enumerate() {
            *v = i;
        }
        // Each epoch has its own batch-order and dropout generators (see `Rng::stream_at`),
        // so a run resumed at any epoch continues exactly like the uninterrupted one.
        self.batch_rng = Rng::stream_at(self.config.seed, Stream::Batches, epoch as u64);
        self.dropout_rng = Rng::stream_at(self.config.seed, Stream::Dropout, epoch as u64);
        self.batch_rng.shuffle(&mut self.order);
        let (cfg, loss) = (self.config.optimizer, self.config.loss);
        let (reg, rate) = (self.config.regularization, self.config.regularization_rate);
        // Without a normalized layer the per-batch normalization steps are skipped outright.
        let normalized = self
            .network
            .layers()
            .iter()
            .any(|d| d.normalization.is_on());
        let mut start = 0;
        while start < rows {
            let end = (start + self.config.batch_size).min(rows);
            let n = self
                .ws
                .load(&self.data.train, self.order[start..end].iter().copied());
            if n == 0 {
                break;
            }
            let dropout = Some(&mut self.dropout_rng);
            self.ws
                .forward(&self.network, n, Mode::Training { dropout });
            self.ws.backward(&self.network, loss, n);
            self.optimizer.begin_step(&cfg);
            for (l, layer) in self.network.layers_mut().iter_mut().enumerate() {
                self.optimizer.update(
                    l,
                    layer,
                    &self.ws.grad_w[l],
                    &self.ws.grad_b[l],
                    &cfg,
                    reg,
                    rate,
                );
                if let (true, Some(Some(buf))) = (normalized, self.ws.norms.get(l)) {
                    let (gg, gb) = (&buf.grad_gamma, &buf.grad_beta);
                    self.optimizer.update_norm(l, layer, gg, gb, &cfg);
                }
            }
            if normalized {
                self.ws.update_running_stats(&mut self.network);
            }
            if let Some((site, value)) = self.batch_non_finite(n, normalized) {
                return Err(self.diverge(epoch, site, value));
            }
            start += n;
        }
        Ok(())
    }

    /// The lowest layer with non-finite pre-activations (this batch, before the update) or
    /// parameters (after it), and the kind of its first non-finite value; on a tie the
    /// pre-activations, which went wrong first.
    fn batch_non_finite(&self, n: usize, normalized: bool) -> Option<(DivergenceSite, NonFinite)> {
        let act = self.ws.first_non_finite_layer(n);
        let layers = self.network.layers();
        let par = layers.iter().position(|d| {
            d.first_non_finite().is_some() || (normalized && d.norm.first_non_finite().is_some())
        });
        match (act, par) {
            (Some((a, value)), p) if p.is_none_or(|p| a <= p) => {
                Some((DivergenceSite::PreActivations { layer: a }, value))
            }
            (_, Some(layer)) => {
                let d = &layers[layer];
                let weights = NonFinite::first_in(&d.weights);
                let bias = || NonFinite::first_in(&d.bias);
                match (weights, bias()) {
                    (Some(v), _) => Some((DivergenceSite::Weights { layer }, v)),
                    (None, Some(v)) => Some((DivergenceSite::Biases { layer }, v)),
                    (None, None) => d
                        .norm
                        .first_non_finite()
                        .map(|v| (DivergenceSite::Normalization { layer }, v)),
                }
            }
            _ => None,
        }
    }

    /// Restores the epoch-start parameters and stops with `Diverged`.
    fn diverge(&mut self, epoch: usize, site: DivergenceSite, value: NonFinite) -> NnError {
        copy_params(self.network.layers_mut(), &self.epoch_start);
        self.status = Status::Stopped(StopReason::Diverged { epoch, site, value });
        NnError::Diverged { epoch, site, value }
    }

    /// Metrics on every split, plus where the first non-finite split loss came from: the
    /// pre-activations that evaluation found non-finite, else the loss itself.
    fn epoch_metrics(
        &mut self,
        epoch: usize,
    ) -> (EpochMetrics, Option<(DivergenceSite, NonFinite)>) {
        let (net, loss, ws) = (&self.network, self.config.loss, &mut self.eval_ws);
        let splits = evaluate_splits(net, ws, &self.data, loss);
        let blame = splits.iter().find_map(loss_divergence);
        (EpochMetrics::from_splits(epoch, &splits), blame)
    }

    fn watch_early_stopping(&mut self, epoch: usize) {
        let Some(es) = self.config.early_stopping else {
            return;
        };
        let Some(m) = self.history.last() else { return };
        let monitored = if self.data.validation.is_empty() {
            m.train_loss
        } else {
            m.val_loss
        };
        let Some(value) = monitored else { return };
        if value < self.best_loss {
            self.best_loss = value;
            self.best_epoch = epoch;
            self.since_best = 0;
            copy_params(&mut self.best, self.network.layers());
            return;
        }
        self.since_best += 1;
        if self.since_best >= es.patience {
            if es.restore_best {
                copy_params(self.network.layers_mut(), &self.best);
            }
            self.status = Status::Stopped(StopReason::EarlyStopped {
                best_epoch: self.best_epoch,
            });
        }
    }
}

/// Where a split's non-finite mean loss came from, if it is non-finite.
fn loss_divergence(m: &SplitMetrics) -> Option<(DivergenceSite, NonFinite)> {
    let value = NonFinite::of(m.loss?)?;
    Some(match m.non_finite {
        Some((layer, v)) => (DivergenceSite::PreActivations { layer }, v),
        None => (DivergenceSite::Loss, value),
    })
}
