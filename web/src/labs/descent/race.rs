//! "Three learning rates, one network": the same playground network trained from the same
//! initial weights at a too-small, a good and a too-large learning rate.
//!
//! A playground [`Session`] is deterministic from its [`State`]: the seed fixes the data,
//! the split, the initial weights and the batch order. So three sessions built from one
//! state that differ only in `training.optimizer.learning_rate` start from identical
//! weights and see identical batches; any difference between their loss curves is the rate.

use neurite_nn::{Loss, OutputHead, StopReason};
use neurite_playground::{Session, SessionError, State};

/// The three rates: too small (crawls), good, too large (diverges in epoch 5).
pub const RATES: [f32; 3] = [0.0003, 0.1, 1.5];
/// Epochs each network trains for.
pub const EPOCHS: usize = 200;

/// The race's network: the playground's default circle and its two tanh hidden layers
/// (4 and 2 neurons), with a linear output trained on squared error. The linear output
/// matters: a tanh or sigmoid output saturates and stalls at a too-large rate, whereas a
/// linear one lets the overshoot grow until the numbers overflow, which the engine reports
/// as `StopReason::Diverged`.
pub fn race_state(learning_rate: f32) -> State {
    let mut s = State::default();
    s.network.head = OutputHead::Linear;
    s.network.loss = Loss::SquaredError;
    s.training.optimizer.learning_rate = learning_rate;
    s
}

/// One network of the race.
#[derive(Debug, Clone)]
pub struct Lane {
    pub session: Session,
    /// The training loss of the initial weights (epoch 0).
    start: Option<f32>,
}

impl Lane {
    fn new(state: &State) -> Result<Lane, SessionError> {
        let session = Session::new(state)?;
        let start = session.trainer().evaluate().train_loss;
        Ok(Lane { session, start })
    }

    /// Whether this network is done: its budget spent, or the trainer stopped.
    pub fn is_done(&self) -> bool {
        let t = self.session.trainer();
        t.status().is_stopped() || t.epoch() >= EPOCHS
    }

    /// The training loss after each epoch, the untrained loss first (index = epoch).
    pub fn losses(&self) -> Vec<f32> {
        let history = self.session.trainer().history();
        self.start
            .into_iter()
            .chain(history.iter().map(|m| m.train_loss.unwrap_or(f32::NAN)))
            .collect()
    }

    /// Why the trainer stopped, if it did.
    pub fn stopped(&self) -> Option<&StopReason> {
        match self.session.trainer().status() {
            neurite_nn::Status::Stopped(r) => Some(r),
            _ => None,
        }
    }

    /// Trains one more epoch unless done.
    fn epoch(&mut self) {
        if !self.is_done() {
            self.session.train_epochs(1);
        }
    }
}

/// The three networks.
#[derive(Debug, Clone)]
pub struct Race {
    pub lanes: Vec<Lane>,
}

impl Race {
    /// Three untrained networks, one per rate of [`RATES`], from one state.
    pub fn new() -> Result<Race, SessionError> {
        let base = race_state(RATES[0]);
        let lanes = RATES
            .iter()
            .map(|&lr| {
                let mut s = base.clone();
                s.training.optimizer.learning_rate = lr;
                Lane::new(&s)
            })
            .collect::<Result<_, _>>()?;
        Ok(Race { lanes })
    }

    /// Trains one epoch of every network that is not done; whether all are done.
    pub fn epoch(&mut self) -> bool {
        self.lanes.iter_mut().for_each(Lane::epoch);
        self.is_done()
    }

    /// Whether every network is done.
    pub fn is_done(&self) -> bool {
        self.lanes.iter().all(Lane::is_done)
    }

    /// Epochs trained by the furthest network.
    pub fn epochs(&self) -> usize {
        self.lanes
            .iter()
            .map(|l| l.session.trainer().epoch())
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_small_crawls_good_learns_too_large_diverges() {
        let mut race = Race::new().unwrap_or_else(|e| panic!("{e}"));
        let first: Vec<_> = race.lanes.iter().map(|l| l.losses()).collect();
        assert!(
            first.iter().all(|l| l.len() == 1 && l[0] == first[0][0]),
            "one start"
        );
        let same = |a: &Lane, b: &Lane| {
            a.session.trainer().network().layers() == b.session.trainer().network().layers()
        };
        assert!(
            same(&race.lanes[0], &race.lanes[2]),
            "the same initial weights"
        );
        let mut epochs = 0;
        while !race.epoch() {
            epochs += 1;
        }
        assert_eq!((epochs + 1, race.epochs()), (EPOCHS, EPOCHS));
        let [small, good, large] = [0, 1, 2].map(|i| race.lanes[i].losses());
        let start = small[0];
        assert_eq!(small.len(), EPOCHS + 1);
        assert!(
            small[EPOCHS] > 0.9 * start,
            "crawls: {start} → {}",
            small[EPOCHS]
        );
        assert!(
            good[EPOCHS] < 0.1 * start,
            "learns: {start} → {}",
            good[EPOCHS]
        );
        assert!(matches!(
            race.lanes[2].stopped(),
            Some(StopReason::Diverged { epoch: 5, .. })
        ));
        assert_eq!(
            large.len(),
            5,
            "the start and four epochs before the fifth diverged"
        );
        assert!(race.lanes[..2].iter().all(|l| l.stopped().is_none()));
    }
}
