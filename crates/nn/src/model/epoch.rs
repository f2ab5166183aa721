//! An epoch trained a few batches at a time ([`ModelTrainer::begin_epoch`],
//! [`ModelTrainer::train_batches`]), so a page keeps drawing between them; the same
//! operations in the same order as [`ModelTrainer::train_epoch`], which is this run to its
//! end, so the bits do not depend on how the epoch was cut.

use super::optim::TensorOptimizer;
use super::source::{Batch, BatchSource};
use super::train::{ModelTrainer, StepFailure};
use super::Model;
use crate::error::NnError;
use crate::rng::{Rng, Stream};

/// An epoch under way ([`ModelTrainer::begin_epoch`]): its order, where it is, its random
/// streams and the state to put back on a divergence.
#[derive(Debug, Clone)]
pub struct EpochRun {
    epoch: usize,
    order: Vec<usize>,
    at: usize,
    dropout: Rng,
    data: Rng,
    start: Box<(Model, TensorOptimizer)>,
    total: f64,
    count: usize,
    done: bool,
    batch: Batch,
}

impl EpochRun {
    /// Samples done and samples in the epoch.
    pub fn progress(&self) -> (usize, usize) {
        (self.at.min(self.order.len()), self.order.len())
    }

    /// Which epoch (1-based) this is.
    pub fn epoch(&self) -> usize {
        self.epoch
    }
}

impl ModelTrainer {
    /// Starts the next epoch over `source`, to be trained a few batches at a time (a page
    /// keeps drawing between them): its sample order and random streams are drawn now, and
    /// the model and optimizer are kept to put back on a divergence.
    pub fn begin_epoch(&self, source: &dyn BatchSource) -> EpochRun {
        let e = self.epoch as u64 + 1;
        let seed = self.config().seed;
        let mut order: Vec<usize> = (0..source.len()).collect();
        Rng::stream_at(seed, Stream::Batches, e).shuffle(&mut order);
        EpochRun {
            epoch: e as usize,
            order,
            at: 0,
            dropout: Rng::stream_at(seed, Stream::Dropout, e),
            data: Rng::stream_at(seed, Stream::Data, e),
            start: Box::new((self.model.clone(), self.optimizer.clone())),
            total: 0.0,
            count: 0,
            done: false,
            batch: Batch::default(),
        }
    }

    /// Trains up to `max_batches` more batches of `run` (at least one). Returns the epoch's
    /// mean training loss once its last batch is done (the epoch then counts), `None` while
    /// batches remain. A divergence or a wrong batch puts back the model and optimizer of
    /// the epoch's start; the run is then over (begin a new one).
    pub fn train_batches(
        &mut self,
        run: &mut EpochRun,
        source: &dyn BatchSource,
        max_batches: usize,
    ) -> Result<Option<f64>, NnError> {
        let size = self.config().batch_size;
        if run.done {
            return Ok(None);
        }
        for _ in 0..max_batches.max(1) {
            if run.at >= run.order.len() {
                break;
            }
            let end = (run.at + size).min(run.order.len());
            source.fill(&run.order[run.at..end], &mut run.data, &mut run.batch);
            run.at = end;
            match self.step(&run.batch, &mut run.dropout) {
                Ok(loss) => {
                    run.total += loss * run.batch.n as f64;
                    run.count += run.batch.n;
                }
                Err(failure) => {
                    (self.model, self.optimizer) = (run.start.0.clone(), run.start.1.clone());
                    run.done = true;
                    return Err(match failure {
                        StepFailure::NonFinite(site, value) => NnError::Diverged {
                            epoch: run.epoch,
                            site,
                            value,
                        },
                        StepFailure::Input(error) => error,
                    });
                }
            }
        }
        if run.at < run.order.len() {
            return Ok(None);
        }
        self.epoch += 1;
        run.done = true;
        Ok(Some(if run.count == 0 {
            0.0
        } else {
            run.total / run.count as f64
        }))
    }
}
