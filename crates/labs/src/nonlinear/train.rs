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

    /// Trains for [`EPOCHS`] epochs.
    pub fn train(&self) -> Result<NonlinearRun, SessionError> {
        self.train_for(EPOCHS)
    }

    /// Trains for `epochs` epochs (at most [`EPOCHS`]·10, so no request can run long),
    /// stopping early if the trainer stops (divergence).
    pub fn train_for(&self, epochs: usize) -> Result<NonlinearRun, SessionError> {
        let mut session = self.session()?;
        session.train_epochs(epochs.min(EPOCHS * 10));
        let metrics = session.trainer().evaluate();
        let stopped = match session.trainer().status() {
            neurite_nn::Status::Stopped(reason) => Some(reason.clone()),
            _ => None,
        };
        Ok(NonlinearRun {
            session,
            metrics,
            stopped,
        })
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
    fn gaussian_clusters_need_no_nonlinearity() {
        let lab = NonlinearLab {
            dataset: DatasetKind::Gauss,
            ..NonlinearLab::default()
        };
        assert!(test_acc(&lab) > 0.95);
    }
}
