//! The embeddings lab's training run: one [`EmbedSession`] per (seed, epochs), trained a
//! few batches per animation frame (about 10 ms of each, so the page keeps drawing),
//! paused and resumed at will. When a link says `trained=N`, opening it trains the same
//! seed to N epochs again and stops there: the same vectors, bit for bit.

use std::cell::RefCell;
use std::rc::Rc;

use neurite_labs::embed::{EmbedLab, EmbedSession};

use crate::platform::clock::now_ms;

/// Milliseconds of training per frame.
pub const FRAME_BUDGET_MS: f64 = 10.0;

/// Where the run stands.
#[derive(Default)]
pub struct Run {
    /// The session.
    pub session: Option<EmbedSession>,
    /// The (seed, epochs) it was built for.
    key: Option<(u64, usize)>,
    /// Training frame by frame.
    pub running: bool,
    /// Epochs to stop at.
    pub target: usize,
    /// Why the session could not be built.
    pub error: Option<String>,
    /// Milliseconds spent training so far (the frames' training time, not the waits).
    pub busy_ms: f64,
}

/// The run, shared by the view's callbacks.
pub type SharedRun = Rc<RefCell<Run>>;

impl Run {
    /// Builds the session when the seed or the budget changed (then trains again to
    /// `lab.trained`).
    pub fn sync(&mut self, lab: &EmbedLab) {
        let key = (lab.seed, lab.epochs);
        if self.key == Some(key) {
            return;
        }
        self.key = Some(key);
        self.busy_ms = 0.0;
        match EmbedSession::new(lab.seed) {
            Ok(s) => {
                self.session = Some(s);
                self.error = None;
                self.target = lab.trained;
                self.running = lab.trained > 0;
            }
            Err(e) => {
                self.session = None;
                self.error = Some(e);
                self.running = false;
            }
        }
    }

    /// Forgets the session (Start over).
    pub fn reset(&mut self) {
        self.key = None;
        self.session = None;
        self.running = false;
    }

    /// Trains for about [`FRAME_BUDGET_MS`]; returns whether an epoch finished.
    pub fn frame(&mut self) -> bool {
        let target = self.target;
        let Some(s) = self.session.as_mut() else {
            self.running = false;
            return false;
        };
        let before = s.epochs_done();
        let t0 = now_ms();
        while !s.finished(target) && now_ms() - t0 < FRAME_BUDGET_MS {
            s.advance(target, 4);
        }
        self.busy_ms += now_ms() - t0;
        if s.finished(target) {
            self.running = false;
        }
        s.epochs_done() != before
    }
}
