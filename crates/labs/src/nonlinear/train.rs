//! Training the lab's network with the playground's [`Session`] for a fixed epoch budget,
//! and the accuracies it reaches.
//!
//! The budget, [`EPOCHS`], is small enough to finish far under a second (natively in
//! release 5–20 ms even at the largest size, 6 × 8; `examples/nonlinear_timing.rs`), and
//! large enough that on XOR at the default size (width 8, learning rate 0.1) a ReLU network
//! reached ≥ 0.987 and a tanh one ≥ 0.973 test accuracy for each of 40 seeds and every depth
//! 1–6, while a linear one stayed at 0.31–0.73 (≤ 0.693 at depth 4): its whole network is one
//! affine map, whose boundary is a line (see [`super::collapse`]).

use neurite_nn::{EpochMetrics, StopReason};
use neurite_playground::{Session, SessionError};

use super::state::NonlinearLab;

/// Epochs the lab trains for.
pub const EPOCHS: usize = 100;

/// A trained lab network and how well it does.
#[derive(Debug, Clone)]
pub struct NonlinearRun {
    /// The trained session: network, data, split (for heatmaps and the warped grid).
    pub session: Session,
    /// Loss and accuracy on every split after training.
    pub metrics: EpochMetrics,
    /// Why training stopped early (e.g. the learning rate made it diverge), if it did.
    pub stopped: Option<StopReason>,
}

impl NonlinearRun {
    /// The run of `session` as it stands: its metrics evaluated now, and why it stopped.
    fn of(session: Session) -> NonlinearRun {
        let mut run = NonlinearRun {
            session,
            metrics: EpochMetrics::default(),
            stopped: None,
        };
        run.refresh();
        run
    }

    /// Re-reads the metrics and the stop reason from the session.
    fn refresh(&mut self) {
        self.metrics = self.session.trainer().evaluate();
        self.stopped = match self.session.trainer().status() {
            neurite_nn::Status::Stopped(reason) => Some(reason.clone()),
            _ => None,
        };
    }

    /// Trains `n` more epochs (stopping early if the trainer stops), then re-evaluates.
    fn train_epochs(&mut self, n: usize) {
        if n > 0 {
            self.session.train_epochs(n);
            self.refresh();
        }
    }

    /// Epochs trained so far.
    pub fn epoch(&self) -> usize {
        self.session.trainer().epoch()
    }

    /// Whether the lab's budget of [`EPOCHS`] is spent or training stopped early.
    pub fn is_done(&self) -> bool {
        self.stopped.is_some() || self.epoch() >= EPOCHS
    }

    /// Trains up to `n` more epochs of the [`EPOCHS`] budget and says whether the run is
    /// done. A run advanced in chunks ends bit for bit where [`NonlinearLab::train`] does
    /// (training is deterministic, epoch by epoch), so a page can spread it over frames.
    pub fn advance(&mut self, n: usize) -> bool {
        self.train_epochs(n.min(EPOCHS.saturating_sub(self.epoch())));
        self.is_done()
    }

    /// Accuracy on the training points, in [0, 1].
    pub fn train_accuracy(&self) -> Option<f32> {
        self.metrics.train_acc
    }

    /// Accuracy on the held-out test points, in [0, 1].
    pub fn test_accuracy(&self) -> Option<f32> {
        self.metrics.test_acc
    }
}

impl NonlinearLab {
    /// The untrained session of [`NonlinearLab::playground_state`].
    pub fn session(&self) -> Result<Session, SessionError> {
        Session::new(&self.playground_state())
    }

    /// The untrained run (epoch 0, metrics of the initial weights), to [`NonlinearRun::advance`].
    pub fn start(&self) -> Result<NonlinearRun, SessionError> {
        Ok(NonlinearRun::of(self.session()?))
    }

    /// Trains for [`EPOCHS`] epochs.
    pub fn train(&self) -> Result<NonlinearRun, SessionError> {
        self.train_for(EPOCHS)
    }

    /// Trains for `epochs` epochs (at most [`EPOCHS`]·10, so no request can run long),
    /// stopping early if the trainer stops (divergence).
    pub fn train_for(&self, epochs: usize) -> Result<NonlinearRun, SessionError> {
        let mut run = self.start()?;
        run.train_epochs(epochs.min(EPOCHS * 10));
        Ok(run)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_data::DatasetKind;
    use neurite_nn::Activation;

    fn xor(activation: Activation, seed: u64) -> NonlinearLab {
        NonlinearLab {
            activation,
            seed,
            ..NonlinearLab::default()
        }
    }

    fn test_acc(lab: &NonlinearLab) -> f32 {
        let run = lab.train().unwrap_or_else(|e| panic!("{e}"));
        assert!(run.stopped.is_none(), "{lab:?}: {:?}", run.stopped);
        run.test_accuracy().unwrap_or(f32::NAN)
    }

    #[test]
    fn linear_layers_cannot_learn_xor_but_nonlinear_ones_can() {
        for seed in [1, 2, 3, 4, 5] {
            let linear = test_acc(&xor(Activation::Linear, seed));
            assert!(linear <= 0.7, "linear, seed {seed}: {linear}");
            for act in [Activation::Relu, Activation::Tanh] {
                let acc = test_acc(&xor(act, seed));
                assert!(acc > 0.95, "{act:?}, seed {seed}: {acc}");
            }
        }
    }

    #[test]
    fn chunks_end_where_one_run_does() {
        let lab = xor(Activation::Tanh, 3);
        let whole = lab.train().unwrap_or_else(|e| panic!("{e}"));
        let mut run = lab.start().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((run.epoch(), run.is_done()), (0, false));
        let mut chunks = 0;
        while !run.advance(7) {
            chunks += 1;
        }
        assert_eq!((chunks, run.epoch()), (EPOCHS / 7, EPOCHS));
        assert_eq!(run.metrics, whole.metrics);
        assert_eq!(
            run.session.trainer().network().layers(),
            whole.session.trainer().network().layers()
        );
        assert!(
            run.advance(5) && run.epoch() == EPOCHS,
            "the budget is spent"
        );
    }

    #[test]
    fn gaussian_clusters_need_no_nonlinearity() {
        let lab = NonlinearLab {
            dataset: DatasetKind::Gauss,
            ..NonlinearLab::default()
        };
        assert!(test_acc(&lab) > 0.95);
    }
}
