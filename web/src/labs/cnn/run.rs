//! The CNN lab's run: a [`CnnSession`] driven by the shared live run (see
//! [`crate::labs::live_run`]), and what is worth computing once per epoch rather than once
//! per frame: the CNN's class for every validation image, and both networks' accuracy on
//! digits moved two pixels.

use std::rc::Rc;

use neurite_labs::cnn::eval::{classes, shifted_accuracy};
use neurite_labs::cnn::{CnnLab, CnnSession};

use crate::labs::live_run::{LiveRun, LiveSession};

impl LiveSession for CnnSession {
    fn epochs_done(&self) -> usize {
        CnnSession::epochs_done(self)
    }
    fn finished(&self, budget: usize) -> bool {
        CnnSession::finished(self, budget)
    }
    fn step(&mut self, budget: usize) {
        self.advance(budget, 1);
    }
    fn progress(&self, budget: usize) -> f64 {
        CnnSession::progress(self, budget)
    }
}

/// The CNN lab's run.
pub type Run = LiveRun<CnnSession, CnnLab>;

/// The settings that decide a run.
pub fn key_of(lab: &CnnLab) -> CnnLab {
    CnnLab {
        trained: 0,
        ..lab.clone()
    }
}

/// What a cached result is for: (run generation, epochs done).
type At = (u64, usize);

/// Per-epoch results.
#[derive(Default)]
pub struct Caches {
    /// Accuracy on moved digits (CNN, dense).
    shifted: Option<(At, f64, f64)>,
    /// The CNN's class for each validation image.
    predicted: Option<(At, Rc<Vec<usize>>)>,
}

impl Caches {
    /// The CNN's answer for every validation image, once per number of epochs.
    pub fn predicted(&mut self, run: &Run) -> Option<Rc<Vec<usize>>> {
        let s = run.session.as_ref()?;
        let at = (run.generation, s.epochs_done());
        match &self.predicted {
            Some((k, p)) if *k == at => Some(p.clone()),
            _ => {
                let side = s.lab.side();
                let p = Rc::new(classes(&s.cnn.trainer.model, s.val.inputs(), side * side));
                self.predicted = Some((at, p.clone()));
                Some(p)
            }
        }
    }

    /// (CNN, dense) accuracy on the validation digits moved two pixels, computed once per
    /// number of epochs while paused (it runs four passes over the validation set); while
    /// training, the last figures.
    pub fn shifted(&mut self, run: &Run) -> Option<(f64, f64)> {
        let s = run.session.as_ref()?;
        let at = (run.generation, s.epochs_done());
        if at.1 == 0 {
            return None;
        }
        match self.shifted {
            Some((k, a, b)) if k == at => return Some((a, b)),
            Some((k, a, b)) if run.running && k.0 == at.0 => return Some((a, b)),
            _ if run.running => return None,
            _ => {}
        }
        let side = s.lab.side();
        let a = shifted_accuracy(&s.cnn.trainer.model, s.val.inputs(), side, &s.val_labels);
        let b = shifted_accuracy(&s.dense.trainer.model, s.val.inputs(), side, &s.val_labels);
        self.shifted = Some((at, a, b));
        Some((a, b))
    }
}
