//! One run of the lab: the playground [`Session`] trained epoch by epoch up to the lab's
//! budget (or until Early Stopping stops it), with a [`Snapshots`] of the weights so any
//! recorded epoch's model can be looked at again.
//!
//! Looking back: the model of a scrubber position is the session's network with that
//! epoch's weights put back ([`snapshots::restore`]); its losses are evaluated by the
//! trainer's own evaluation ([`neurite_nn::Trainer::evaluate_network`]), so they equal
//! the losses recorded when that epoch was trained, bit for bit. When Early Stopping stops
//! with "restore the best weights", the engine puts back the weights of the best
//! validation epoch; that restored model is the run's last position.
//!
//! [`snapshots::restore`]: super::snapshots::restore

use neurite_data::{feature_matrix, line_coords, DOMAIN};
use neurite_nn::{EpochMetrics, Network, Status, StopReason};
use neurite_playground::{GridActivations, Session, SessionError};

use super::snapshots::{flatten, restore, Snapshots};
use super::state::OverfitLab;
use super::weights::mean_abs_weights;

/// One place on the scrubber: the model after `epoch`, or the restored best weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// The epoch whose weights these are (0 = the initial weights).
    pub epoch: usize,
    /// Whether this is the model Early Stopping restored (the weights of `epoch`, put back
    /// at the end of the run).
    pub restored: bool,
}

/// A lab run in progress or done.
#[derive(Debug, Clone)]
pub struct OverfitRun {
    /// The session: data, split, network, trainer and its history.
    pub session: Session,
    snapshots: Snapshots,
    restored: Option<(usize, Vec<f32>)>,
    budget: usize,
}

impl OverfitLab {
    /// The untrained run of this lab (epoch 0).
    pub fn start(&self) -> Result<OverfitRun, SessionError> {
        let session = Session::new(&self.playground_state())?;
        Ok(OverfitRun {
            snapshots: Snapshots::new(session.trainer().network()),
            session,
            restored: None,
            budget: self.epochs,
        })
    }
}

impl OverfitRun {
    /// Epochs trained.
    pub fn epoch(&self) -> usize {
        self.session.trainer().epoch()
    }

    /// The epoch budget.
    pub fn budget(&self) -> usize {
        self.budget
    }

    /// Why training stopped before the budget, if it did.
    pub fn stopped(&self) -> Option<&StopReason> {
        match self.session.trainer().status() {
            Status::Stopped(reason) => Some(reason),
            _ => None,
        }
    }

    /// Whether the budget is spent or training stopped.
    pub fn is_done(&self) -> bool {
        self.stopped().is_some() || self.epoch() >= self.budget
    }

    /// Every recorded epoch's metrics, oldest first.
    pub fn history(&self) -> &[EpochMetrics] {
        self.session.trainer().history()
    }

    /// Trains up to `n` more epochs of the budget, recording each epoch's weights, and says
    /// whether the run is done. Chunks end bit for bit where one long call would.
    pub fn advance(&mut self, n: usize) -> bool {
        for _ in 0..n {
            if self.is_done() {
                break;
            }
            if self.session.train_epochs(1).is_empty() {
                break;
            }
            let net = self.session.trainer().network();
            match self.stopped() {
                Some(StopReason::EarlyStopped { best_epoch }) if self.restores() => {
                    self.restored = Some((*best_epoch, flatten(net)));
                }
                _ => self.snapshots.record(self.epoch(), net),
            }
        }
        self.is_done()
    }

    /// Whether Early Stopping (if on) puts the best weights back.
    fn restores(&self) -> bool {
        let es = self.session.trainer().config().early_stopping;
        es.is_some_and(|e| e.restore_best)
    }

    /// Every scrubber position, in order: the kept epochs, then the restored model if any.
    pub fn positions(&self) -> Vec<Position> {
        let kept = self.snapshots.epochs().into_iter().map(|epoch| Position {
            epoch,
            restored: false,
        });
        let restored = self.restored.as_ref().map(|(epoch, _)| Position {
            epoch: *epoch,
            restored: true,
        });
        kept.chain(restored).collect()
    }

    /// Keeps `epoch`'s model through the thinning of older epochs (the scrubber's pinned
    /// epoch; `None` lets it go), so it stays a scrubber position.
    pub fn hold(&mut self, epoch: Option<usize>) {
        self.snapshots.hold(epoch);
    }

    /// How far apart the kept epochs are (1 until older epochs were thinned).
    pub fn stride(&self) -> usize {
        self.snapshots.stride()
    }

    /// The network as it was at `at`.
    pub fn model_at(&self, at: Position) -> Option<Network> {
        let flat = match (&self.restored, at.restored) {
            (Some((epoch, flat)), true) if *epoch == at.epoch => flat.as_slice(),
            (_, true) => return None,
            (_, false) => self.snapshots.get(at.epoch)?,
        };
        restore(self.session.trainer().network(), flat)
    }

    /// The prediction of the model at `at` at `samples` evenly spaced x across the data
    /// domain (1-D data), by the engine's forward pass.
    pub fn curve_at(&self, at: Position, samples: usize) -> Option<Vec<f32>> {
        let net = self.model_at(at)?;
        let xs = line_coords(samples, DOMAIN);
        let features = &self.session.state().features;
        let inputs = feature_matrix(1, xs.iter().map(std::slice::from_ref), features);
        let out = net.forward(inputs.view()).ok()?;
        Some(out.column(0).to_vec())
    }

    /// Every neuron of the model at `at` over a `resolution²` grid (2-D data).
    pub fn grid_at(&self, at: Position, resolution: usize) -> Option<GridActivations> {
        let net = self.model_at(at)?;
        self.session.grid_activations_of(&net, resolution).ok()
    }

    /// The mean |w| of each parameter layer's weights now (biases excluded): what L1/L2
    /// shrink.
    pub fn mean_abs_weights(&self) -> Vec<f32> {
        mean_abs_weights(self.session.trainer().network())
    }

    /// The metrics of the model at `at`, recomputed from its weights on every split.
    pub fn metrics_at(&self, at: Position) -> Option<EpochMetrics> {
        let net = self.model_at(at)?;
        self.session.trainer().evaluate_network(&net, at.epoch).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(lab: &OverfitLab) -> OverfitRun {
        let mut r = lab.start().unwrap_or_else(|e| panic!("{e}"));
        while !r.advance(37) {}
        r
    }

    #[test]
    fn every_position_recomputes_its_recorded_losses() {
        let lab = OverfitLab {
            epochs: 300,
            ..OverfitLab::default()
        };
        let r = run(&lab);
        assert_eq!((r.epoch(), r.stride()), (300, 4));
        let positions = r.positions();
        assert_eq!(positions.first().map(|p| p.epoch), Some(0));
        assert_eq!(positions.last().map(|p| p.epoch), Some(300));
        for at in positions {
            let m = r.metrics_at(at).unwrap_or_else(|| panic!("{at:?}"));
            match at.epoch {
                0 => {
                    let fresh = lab.start().map(|f| f.session.trainer().evaluate());
                    assert_eq!(Ok(m), fresh, "epoch 0 is the untrained network");
                }
                e => assert_eq!(m, r.history()[e - 1], "epoch {e}"),
            }
        }
        assert!(
            r.metrics_at(Position {
                epoch: 3,
                restored: false
            })
            .is_none(),
            "thinned"
        );
        // The latest position's pictures are the session's own network's.
        let now = r.positions().last().copied();
        let now = now.unwrap_or_else(|| panic!("positions"));
        let grid = r.session.grid_activations(20).ok();
        assert_eq!(r.grid_at(now, 20), grid, "1-D grids are bands");
        let curve = r.curve_at(now, 9).unwrap_or_default();
        let xs = line_coords(9, DOMAIN);
        assert!(xs[4].abs() < 1e-6, "the middle cell is centred on 0");
        let x = ndarray::Array2::from_elem((1, 1), xs[2]);
        let out = r.session.trainer().network().forward(x.view()).ok();
        assert_eq!(out.map(|o| o[[0, 0]]), curve.get(2).copied());
    }

    #[test]
    fn chunks_end_where_one_run_does() {
        let lab = OverfitLab {
            epochs: 120,
            ..OverfitLab::default()
        };
        let mut whole = lab.start().unwrap_or_else(|e| panic!("{e}"));
        assert!(whole.advance(1000));
        let chunked = run(&lab);
        assert_eq!(whole.history(), chunked.history());
        assert_eq!(whole.positions(), chunked.positions());
        assert!(
            whole.advance(5) && whole.epoch() == 120,
            "the budget is spent"
        );
    }

    #[test]
    fn early_stopping_restores_the_best_epoch_as_the_last_position() {
        let lab = OverfitLab {
            patience: 40,
            restore_best: true,
            ..OverfitLab::default()
        };
        let r = run(&lab);
        let Some(StopReason::EarlyStopped { best_epoch }) = r.stopped().cloned() else {
            panic!("{:?}", r.stopped());
        };
        assert!(r.epoch() < lab.epochs && r.epoch() == best_epoch + 40);
        let last = r.positions().last().copied();
        assert_eq!(
            last,
            Some(Position {
                epoch: best_epoch,
                restored: true
            })
        );
        let m = last.and_then(|at| r.metrics_at(at));
        assert_eq!(m.as_ref(), r.history().get(best_epoch - 1));
        // Without restoring, the last position is the stopping epoch's own model.
        let keep = run(&OverfitLab {
            restore_best: false,
            ..lab
        });
        let last = keep.positions().last().copied();
        assert_eq!(
            last,
            Some(Position {
                epoch: keep.epoch(),
                restored: false
            })
        );
    }
}
