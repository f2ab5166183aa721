//! The one adapter between the app and `neurite_playground::Session` (no yew, no browser):
//! settings changes (live, or rebuilding the session), parameter edits by UI address,
//! training, share links, and the plain snapshots of [`crate::view`] the components draw.
//!
//! The third layer: it uses `view` (and the crates), never the store or a component, and no
//! browser API, so everything here runs in native tests.
//!
//! Three kinds of change, from cheapest to dearest:
//! * live: learning rate, optimizer, regularization, batch size, early stopping go straight
//!   into the trainer's config; nothing else moves;
//! * keep-weights rebuild: dropout and edited points rebuild the session from its current
//!   state *with* weights and put the loss history back;
//! * fresh rebuild: structure and data settings rebuild from the seed, like TensorFlow
//!   Playground; wiring and freezes survive when the layer shapes do.

use neurite_nn::{DivergenceSite, NonFinite, Status, StopReason};
use neurite_playground::session::train_config;
use neurite_playground::{Session, State};

mod drawing;
mod edit;
mod fields;
mod info;
mod plots;
mod points;
mod scales;
mod share;

pub use fields::{Fields, Wanted};

/// What a training burst ended with.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Still able to train.
    Running,
    /// Early stopping fired; best epoch (1-based).
    EarlyStopped(usize),
    /// Values became non-finite in `epoch` (1-based): `value` first, at `site`.
    Diverged {
        epoch: usize,
        site: DivergenceSite,
        value: NonFinite,
    },
}

/// The live engine.
pub struct Engine {
    session: Session,
}

impl Engine {
    /// Builds the session for `state`.
    pub fn new(state: &State) -> Result<Engine, String> {
        Session::new(state)
            .map(|session| Engine { session })
            .map_err(|e| e.to_string())
    }

    /// The session itself, for tests that check the store against the engine.
    #[cfg(test)]
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The settings as they are now (live changes included), without weights.
    pub fn settings(&self) -> State {
        self.session.to_state(false)
    }

    /// Applies a training-settings change without touching weights or data.
    pub fn live(&mut self, f: impl FnOnce(&mut State)) -> Result<(), String> {
        let mut st = self.session.to_state(false);
        f(&mut st);
        let lr = st.training.optimizer.learning_rate;
        self.session
            .trainer_mut()
            .set_config(train_config(&st))
            .map_err(|e| e.to_string())?;
        self.session.set_learning_rate(lr);
        Ok(())
    }

    /// Rebuilds from the current state *with* weights after `f`, keeping the loss history.
    pub fn rebuild_keeping_weights(&mut self, f: impl FnOnce(&mut State)) -> Result<(), String> {
        let mut st = self.session.to_state(true);
        f(&mut st);
        let history = self.session.trainer().history().to_vec();
        let mut next = Engine::new(&st)?;
        next.session.trainer_mut().set_history(history);
        *self = next;
        Ok(())
    }

    /// Rebuilds from the seed after `f` (weights re-initialised, history cleared). Removed
    /// links and freezes are dropped when the layer shapes change.
    pub fn rebuild(&mut self, f: impl FnOnce(&mut State)) -> Result<(), String> {
        let mut st = self.session.to_state(false);
        let widths = st.network_spec().widths();
        f(&mut st);
        st.adapt_to_task();
        if st.network_spec().widths() != widths {
            st.wiring.clear();
            st.frozen = Default::default();
        }
        *self = Engine::new(&st)?;
        Ok(())
    }

    /// Trains up to `epochs` epochs (resuming after an early stop or divergence).
    pub fn train(&mut self, epochs: usize) -> Outcome {
        if epochs == 0 {
            return self.outcome();
        }
        self.session.trainer_mut().resume();
        self.session.train_epochs(epochs);
        self.outcome()
    }

    fn outcome(&self) -> Outcome {
        match self.session.trainer().status() {
            Status::Stopped(StopReason::EarlyStopped { best_epoch }) => {
                Outcome::EarlyStopped(*best_epoch)
            }
            Status::Stopped(StopReason::Diverged { epoch, site, value }) => Outcome::Diverged {
                epoch: *epoch,
                site: *site,
                value: *value,
            },
            _ => Outcome::Running,
        }
    }

    /// Epochs trained.
    pub fn epoch(&self) -> usize {
        self.session.trainer().epoch()
    }

    /// Train / validation / test loss of the current weights: the last epoch's figures when
    /// `just_trained` (they were measured on exactly these weights), else a fresh evaluation,
    /// so a weight edited by hand shows its effect on the loss at once.
    pub fn losses(&self, just_trained: bool) -> [Option<f32>; 3] {
        let t = self.session.trainer();
        let m = match t.history().last() {
            Some(m) if just_trained => m.clone(),
            _ => t.evaluate(),
        };
        [m.train_loss, m.val_loss, m.test_loss]
    }
}
