//! Hold-out against k-fold cross-validation on the page (pure, no yew): the engine's
//! `CrossValidation` advanced a chunk of epochs per animation frame, within a time budget,
//! so k + 1 trainings never freeze the page; the busiest frame is recorded for the tests.

use neurite_labs::overfit::CrossValidation;
use neurite_labs::OverfitLab;

/// Epochs per `advance` call.
const CHUNK: usize = 10;

/// The cross-validation runs of one lab setting.
pub struct Validation {
    pub lab: OverfitLab,
    pub cv: Option<CrossValidation>,
    pub error: Option<String>,
    /// Whether runs are queued and training.
    pub running: bool,
    /// Milliseconds of training work, frames it took, and the longest frame's work.
    pub busy_ms: f64,
    pub frames: usize,
    pub longest_ms: f64,
}

impl Validation {
    /// The folds of `lab`, nothing trained.
    pub fn new(lab: OverfitLab) -> Validation {
        let cv = CrossValidation::new(&lab);
        Validation {
            lab,
            error: cv.as_ref().err().map(ToString::to_string),
            cv: cv.ok(),
            running: false,
            busy_ms: 0.0,
            frames: 0,
            longest_ms: 0.0,
        }
    }

    /// Runs the hold-out and the k folds from scratch.
    pub fn run(&mut self) {
        *self = Validation::new(self.lab);
        self.running = self.cv.is_some();
    }

    /// Queues more hold-out runs on other partitions (after the first round).
    pub fn rerun_holdout(&mut self) {
        if let Some(cv) = &mut self.cv {
            cv.rerun_holdout();
            self.running = true;
        }
    }

    /// Whether the hold-out and every fold have a score.
    pub fn is_done(&self) -> bool {
        self.cv
            .as_ref()
            .is_some_and(|cv| cv.kfold_estimate().is_some())
    }

    /// Trains chunks until `budget_ms` of `now()` has passed or every queued run is done.
    pub fn frame(&mut self, budget_ms: f64, now: impl Fn() -> f64) {
        let Some(cv) = self.cv.as_mut().filter(|_| self.running) else {
            return;
        };
        let t0 = now();
        loop {
            match cv.advance(CHUNK) {
                Ok(false) => {}
                Ok(true) => {
                    self.running = false;
                    break;
                }
                Err(e) => {
                    self.error = Some(e.to_string());
                    self.running = false;
                    break;
                }
            }
            if now() - t0 >= budget_ms {
                break;
            }
        }
        let spent = now() - t0;
        self.busy_ms += spent;
        self.longest_ms = self.longest_ms.max(spent);
        self.frames += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_every_fold_then_reruns_the_hold_out() {
        let lab = OverfitLab {
            epochs: 50,
            folds: 3,
            ..OverfitLab::default()
        };
        let mut v = Validation::new(lab);
        assert!(!v.running && !v.is_done());
        v.run();
        while v.running {
            v.frame(0.0, || 0.0);
        }
        assert!(v.is_done() && v.frames > 1);
        let scores = v.cv.as_ref().map(|cv| cv.holdout_scores().len());
        assert_eq!(scores, Some(1));
        v.rerun_holdout();
        while v.running {
            v.frame(0.0, || 0.0);
        }
        let scores = v.cv.as_ref().map(|cv| cv.holdout_scores().len());
        assert_eq!(scores, Some(1 + neurite_labs::overfit::HOLDOUT_RERUNS));
    }
}
