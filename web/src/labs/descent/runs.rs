//! The lab's live runs (pure, no yew): a [`Descent`] for the chosen optimizer,
//! and with "compare" also the other two from the same start at the same rate, and how
//! many steps are still to be played.
//!
//! "Run n steps" is played visibly: the steps are taken a few per animation frame,
//! `⌈n / PLAY_FRAMES⌉` per frame, so any n up to the lab's 1000 finishes in about
//! [`PLAY_FRAMES`] frames (1.5 s at 60 frames per second) and short runs go one step a frame.

use neurite_labs::descent::OPTIMIZERS;
use neurite_labs::{Descent, DescentLab, DescentStatus};

/// Frames a run of n steps is spread over (at most).
pub const PLAY_FRAMES: usize = 90;

/// What the `status` read-out says (its `data-status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// At the start, or paused between runs (also after the run's step limit).
    Ready,
    /// Steps are being played.
    Running,
    Converged,
    Diverged,
}

impl Shown {
    /// The `data-status` value.
    pub fn name(self) -> &'static str {
        match self {
            Shown::Ready => "ready",
            Shown::Running => "running",
            Shown::Converged => "converged",
            Shown::Diverged => "diverged",
        }
    }

    /// The run's status while steps are (or are not) being played. The run's
    /// `Running` means "stepped, not finished": while playing that is `running`, once the
    /// steps asked for are taken it is `ready` for more. `StepLimit` (10,000 steps taken in
    /// all) is `ready` too, with the run's sentence saying the run is over.
    pub fn of(status: DescentStatus, playing: bool) -> Shown {
        match status {
            DescentStatus::Converged { .. } => Shown::Converged,
            DescentStatus::Diverged { .. } => Shown::Diverged,
            DescentStatus::Ready | DescentStatus::Running if playing => Shown::Running,
            _ => Shown::Ready,
        }
    }
}

/// The runs of one setting.
#[derive(Debug, Clone)]
pub struct Runs {
    /// The settings they started from.
    pub lab: DescentLab,
    pub compare: bool,
    /// The chosen optimizer's run first, then (comparing) the others in menu order.
    pub runs: Vec<Descent>,
    /// Steps still to be played.
    pub pending: usize,
    /// Steps played per frame for the current request.
    per_frame: usize,
    /// Why `Descent::new` refused the settings, if it did.
    pub error: Option<String>,
}

impl Runs {
    /// Fresh runs at iteration 0.
    pub fn new(lab: DescentLab, compare: bool) -> Runs {
        let kinds = std::iter::once(lab.optimizer).chain(
            OPTIMIZERS
                .into_iter()
                .filter(|k| compare && *k != lab.optimizer),
        );
        let built: Result<Vec<Descent>, _> = kinds.map(|k| lab.descent(k)).collect();
        let (runs, error) = match built {
            Ok(runs) => (runs, None),
            Err(e) => (Vec::new(), Some(e.to_string())),
        };
        Runs {
            lab,
            compare,
            runs,
            pending: 0,
            per_frame: 1,
            error,
        }
    }

    /// Whether these runs belong to `lab` (and the compare toggle): a changed surface,
    /// start, optimizer or rate needs new runs; a changed step count does not.
    pub fn belongs_to(&self, lab: &DescentLab, compare: bool) -> bool {
        self.compare == compare && self.lab.same_run(lab)
    }

    /// The chosen optimizer's run.
    pub fn primary(&self) -> Option<&Descent> {
        self.runs.first()
    }

    /// Whether every run is finished (converged, diverged or at the step limit).
    pub fn finished(&self) -> bool {
        self.runs.iter().all(|r| r.status().is_finished())
    }

    /// Whether steps are being played.
    pub fn playing(&self) -> bool {
        self.pending > 0
    }

    /// Asks for `n` more steps, to be played over the next frames.
    pub fn play(&mut self, n: usize) {
        self.pending = if self.finished() { 0 } else { n };
        self.per_frame = n.div_ceil(PLAY_FRAMES).max(1);
    }

    /// One step of every run, at once.
    pub fn step(&mut self) {
        self.pending = 0;
        self.runs.iter_mut().for_each(|r| {
            r.step();
        });
    }

    /// One animation frame: the next few pending steps of every run.
    pub fn frame(&mut self) {
        let n = self.per_frame.min(self.pending);
        self.runs.iter_mut().for_each(|r| {
            r.run(n);
        });
        self.pending = if self.finished() { 0 } else { self.pending - n };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::OptimizerKind;

    #[test]
    fn plays_over_frames_and_stops_when_finished() {
        let lab = DescentLab::default();
        let mut runs = Runs::new(
            DescentLab {
                learning_rate: 0.001,
                ..lab
            },
            false,
        );
        assert_eq!((runs.runs.len(), runs.error.clone()), (1, None));
        runs.play(200);
        assert_eq!(runs.per_frame, 3);
        let mut frames = 0;
        while runs.playing() {
            runs.frame();
            frames += 1;
        }
        assert_eq!(frames, 67);
        assert_eq!(runs.primary().map(Descent::steps), Some(200));
        // A too-large rate diverges; the remaining steps are dropped.
        let mut big = Runs::new(
            DescentLab {
                learning_rate: 2.5,
                ..lab
            },
            false,
        );
        big.play(50);
        while big.playing() {
            big.frame();
        }
        let status = big.primary().map(Descent::status).unwrap_or_default();
        assert_eq!(Shown::of(status, big.playing()), Shown::Diverged);
        big.play(10);
        assert!(!big.playing());
    }

    #[test]
    fn compare_runs_all_three_from_one_start() {
        let lab = DescentLab {
            optimizer: OptimizerKind::Momentum,
            ..DescentLab::default()
        };
        let mut runs = Runs::new(lab, true);
        let kinds: Vec<_> = runs.runs.iter().map(|r| r.config().kind).collect();
        assert_eq!(
            kinds,
            [
                OptimizerKind::Momentum,
                OptimizerKind::Sgd,
                OptimizerKind::Adam
            ]
        );
        runs.step();
        assert!(runs
            .runs
            .iter()
            .all(|r| r.steps() == 1 && r.path()[0] == [-4.0, 3.0]));
        assert!(runs.belongs_to(&DescentLab { steps: 9, ..lab }, true));
        assert!(!runs.belongs_to(&lab, false));
    }

    #[test]
    fn shown_status() {
        use DescentStatus as S;
        assert_eq!(Shown::of(S::Ready, false), Shown::Ready);
        assert_eq!(Shown::of(S::Running, true), Shown::Running);
        assert_eq!(Shown::of(S::Running, false), Shown::Ready);
        assert_eq!(Shown::of(S::StepLimit, true), Shown::Ready);
        assert_eq!(
            Shown::of(S::Converged { step: 3 }, false).name(),
            "converged"
        );
    }
}
