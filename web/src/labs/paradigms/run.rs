//! The three-kinds lab's run: a [`ParadigmsSession`] driven by the shared live run (see
//! [`crate::labs::live_run`]); a round stands for an epoch.

use neurite_labs::paradigms::ParadigmsSession;

use crate::labs::live_run::LiveSession;

impl LiveSession for ParadigmsSession {
    fn epochs_done(&self) -> usize {
        self.rounds
    }
    fn finished(&self, budget: usize) -> bool {
        ParadigmsSession::finished(self, budget)
    }
    fn step(&mut self, budget: usize) {
        self.round(budget);
    }
    fn progress(&self, budget: usize) -> f64 {
        ParadigmsSession::progress(self, budget)
    }
}
