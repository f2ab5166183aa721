//! The RNN lab's run: an [`RnnSession`] driven by the shared live run (see
//! [`crate::labs::live_run`]).

use neurite_labs::rnn::RnnSession;

use crate::labs::live_run::LiveSession;

impl LiveSession for RnnSession {
    fn epochs_done(&self) -> usize {
        RnnSession::epochs_done(self)
    }
    fn finished(&self, budget: usize) -> bool {
        RnnSession::finished(self, budget)
    }
    fn step(&mut self, budget: usize) {
        self.advance(budget, 1);
    }
    fn progress(&self, budget: usize) -> f64 {
        RnnSession::progress(self, budget)
    }
}
