//! The CNN lab's training run: one [`CnnSession`] per setting (the link's `trained` aside),
//! trained a few batches per animation frame (about 10 ms of each frame, so the page keeps
//! drawing), paused and resumed at will. When a link says `trained=N`, opening it trains the
//! same seed to N epochs again and stops there: the same network, bit for bit.

use std::cell::RefCell;
use std::rc::Rc;

use neurite_data::ImageSet;
use neurite_labs::cnn::eval::{classes, shifted_accuracy};
use neurite_labs::cnn::{CnnLab, CnnSession};

use crate::platform::clock::now_ms;

/// Milliseconds of training per frame.
pub const FRAME_BUDGET_MS: f64 = 10.0;

/// Where the run stands.
#[derive(Default)]
pub struct Run {
    /// The session, once the digits are loaded.
    pub session: Option<CnnSession>,
    /// The settings it was built for (`trained` = 0).
    key: Option<CnnLab>,
    /// Training frame by frame.
    pub running: bool,
    /// Epochs to stop at.
    pub target: usize,
    /// When this stretch of training began, and the progress then.
    started: Option<(f64, f64)>,
    /// Accuracy on moved digits (CNN, dense), for the epochs done when computed.
    shifted: Option<(usize, f64, f64)>,
    /// The CNN's class for each validation image, for the epochs done when computed.
    predicted: Option<(usize, Rc<Vec<usize>>)>,
    /// Why the session could not be built.
    pub error: Option<String>,
}

/// The run, shared by the view's callbacks.
pub type SharedRun = Rc<RefCell<Run>>;

fn key_of(lab: &CnnLab) -> CnnLab {
    CnnLab {
        trained: 0,
        ..lab.clone()
    }
}

impl Run {
    /// Builds the session when the settings changed (then trains again to `lab.trained`).
    pub fn sync(&mut self, lab: &CnnLab, set: &ImageSet) {
        if self.key.as_ref() == Some(&key_of(lab)) {
            return;
        }
        self.key = Some(key_of(lab));
        self.shifted = None;
        self.predicted = None;
        self.started = None;
        match CnnSession::new(lab, set) {
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
        if self.started.is_none() {
            self.started = Some((t0, s.progress(target)));
        }
        while !s.finished(target) && now_ms() - t0 < FRAME_BUDGET_MS {
            s.advance(target, 1);
        }
        if s.finished(target) {
            self.running = false;
            self.started = None;
        }
        s.epochs_done() != before
    }

    /// Seconds left at the rate so far, once it can be estimated.
    pub fn seconds_left(&self) -> Option<f64> {
        let s = self.session.as_ref()?;
        let (t0, p0) = self.started?;
        let p = s.progress(self.target);
        let rate = (p - p0) / ((now_ms() - t0) / 1000.0);
        (rate > 0.0 && p < 1.0).then(|| (1.0 - p) / rate)
    }

    /// The CNN's answer for every validation image, once per number of epochs.
    pub fn predicted(&mut self) -> Option<Rc<Vec<usize>>> {
        let s = self.session.as_ref()?;
        let done = s.epochs_done();
        match &self.predicted {
            Some((at, p)) if *at == done => Some(p.clone()),
            _ => {
                let side = s.lab.side();
                let p = Rc::new(classes(&s.cnn.trainer.model, s.val.inputs(), side * side));
                self.predicted = Some((done, p.clone()));
                Some(p)
            }
        }
    }

    /// (CNN, dense) accuracy on the validation digits moved two pixels, computed once per
    /// number of epochs (it runs four passes over the validation set).
    pub fn shifted(&mut self) -> Option<(f64, f64)> {
        let s = self.session.as_ref()?;
        let done = s.epochs_done();
        if done == 0 {
            return None;
        }
        if let Some((at, a, b)) = self.shifted {
            if at == done {
                return Some((a, b));
            }
        }
        if self.running {
            return self.shifted.map(|(_, a, b)| (a, b));
        }
        let side = s.lab.side();
        let a = shifted_accuracy(&s.cnn.trainer.model, s.val.inputs(), side, &s.val_labels);
        let b = shifted_accuracy(&s.dense.trainer.model, s.val.inputs(), side, &s.val_labels);
        self.shifted = Some((done, a, b));
        Some((a, b))
    }
}
