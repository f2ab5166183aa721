//! The embeddings lab's run: an [`EmbedSession`] driven by the shared live run (see
//! [`crate::labs::live_run`]), four batches a step.

use neurite_labs::embed::EmbedSession;

use crate::labs::live_run::LiveSession;

impl LiveSession for EmbedSession {
    fn epochs_done(&self) -> usize {
        EmbedSession::epochs_done(self)
    }
    fn finished(&self, budget: usize) -> bool {
        EmbedSession::finished(self, budget)
    }
    fn step(&mut self, budget: usize) {
        self.advance(budget, 4);
    }
    fn progress(&self, budget: usize) -> f64 {
        EmbedSession::progress(self, budget)
    }
}
