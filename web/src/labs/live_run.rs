//! The live training run the labs that train share (CNN, autoencoder, RNN, embeddings,
//! the three kinds of learning): a session built from the
//! lab's settings once its data is loaded, trained a batch at a time for about
//! [`FRAME_BUDGET_MS`] of each animation frame so the page keeps drawing, paused and resumed
//! at will. A link saying `trained=N` trains the same seed to N epochs again and stops there
//! — the same network, bit for bit, since runs are deterministic per seed.
//!
//! [`use_live_run`] owns the frame loop: it reports each finished epoch (so the lab's link
//! follows it) and redraws at most every [`RENDER_MS`] between epochs, so frames go to
//! training rather than to drawing.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::platform::clock::now_ms;
use crate::platform::hooks::use_animation_loop;

/// Milliseconds of training per frame.
pub const FRAME_BUDGET_MS: f64 = 10.0;
/// Milliseconds between redraws while an epoch trains.
pub const RENDER_MS: f64 = 250.0;

/// A session trained towards an epoch budget in small steps.
pub trait LiveSession: 'static {
    /// Epochs finished.
    fn epochs_done(&self) -> usize;
    /// Whether `budget` epochs are trained (or training failed).
    fn finished(&self, budget: usize) -> bool;
    /// Trains one small step (a batch) towards `budget`.
    fn step(&mut self, budget: usize);
    /// Progress through `budget` in [0, 1].
    fn progress(&self, budget: usize) -> f64;
}

/// Where a run stands. `K` is what decides the run (the settings with `trained` = 0).
pub struct LiveRun<S, K> {
    /// The session, once the data is loaded.
    pub session: Option<S>,
    key: Option<K>,
    /// Bumped whenever the session is rebuilt, so caches keyed on it go stale.
    pub generation: u64,
    /// Training frame by frame.
    pub running: bool,
    /// Epochs to stop at.
    pub target: usize,
    /// When this stretch of training began, and the progress then.
    started: Option<(f64, f64)>,
    /// Why the session could not be built.
    pub error: Option<String>,
    /// Milliseconds spent training since the session was built (the frames' training
    /// time, not the waits between them).
    pub busy_ms: f64,
}

impl<S, K> Default for LiveRun<S, K> {
    fn default() -> Self {
        LiveRun {
            session: None,
            key: None,
            generation: 0,
            running: false,
            target: 0,
            started: None,
            error: None,
            busy_ms: 0.0,
        }
    }
}

impl<S: LiveSession, K: PartialEq> LiveRun<S, K> {
    /// Builds the session with `build` when `key` changed, then trains again to `trained`.
    pub fn sync(&mut self, key: K, trained: usize, build: impl FnOnce() -> Result<S, String>) {
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.key = Some(key);
        self.generation += 1;
        self.started = None;
        self.busy_ms = 0.0;
        match build() {
            Ok(s) => {
                self.session = Some(s);
                self.error = None;
                self.target = trained;
                self.running = trained > 0;
            }
            Err(e) => {
                self.session = None;
                self.error = Some(e);
                self.running = false;
            }
        }
    }

    /// Forgets the session (start over).
    pub fn reset(&mut self) {
        self.key = None;
        self.session = None;
        self.running = false;
    }

    /// The train button: pauses a running session, else trains on to `budget`.
    pub fn toggle(&mut self, budget: usize) {
        let was = self.running;
        self.target = budget;
        self.running = !was && self.session.as_ref().is_some_and(|s| !s.finished(budget));
        self.started = None;
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
            s.step(target);
        }
        self.busy_ms += now_ms() - t0;
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

    /// "done", "running" or "idle", for `budget` (the train button's `data-status`).
    pub fn status(&self, budget: usize) -> &'static str {
        let done = self
            .session
            .as_ref()
            .is_some_and(|s| s.epochs_done() >= budget && s.finished(budget));
        if done {
            "done"
        } else if self.running {
            "running"
        } else {
            "idle"
        }
    }
}

/// A run shared by a view's callbacks.
pub type SharedRun<S, K> = Rc<RefCell<LiveRun<S, K>>>;

/// The run and its buttons.
pub struct LiveHandle<S, K> {
    /// The run.
    pub run: SharedRun<S, K>,
    /// Train / pause / continue.
    pub toggle: Callback<MouseEvent>,
    /// Start over: forget the session; `on_epochs(0)` follows.
    pub reset: Callback<MouseEvent>,
}

/// A live run for a lab whose budget is `budget` epochs and whose link says `trained`;
/// `on_epochs(n)` is called when the epochs trained differ from `trained` (after an epoch,
/// or with 0 on start over).
#[hook]
pub fn use_live_run<S: LiveSession, K: PartialEq + 'static>(
    budget: usize,
    trained: usize,
    on_epochs: Callback<usize>,
) -> LiveHandle<S, K> {
    let run: SharedRun<S, K> = use_mut_ref(LiveRun::default);
    let render = use_force_update();
    let drawn_at = use_mut_ref(|| 0.0f64);
    let frame = {
        let (run, render, on_epochs) = (run.clone(), render.clone(), on_epochs.clone());
        Callback::from(move |t: f64| {
            let epoch_done = run.borrow_mut().frame();
            let (done, running) = {
                let r = run.borrow();
                (r.session.as_ref().map_or(0, |s| s.epochs_done()), r.running)
            };
            if epoch_done && done != trained {
                on_epochs.emit(done);
            }
            if epoch_done || !running || t - *drawn_at.borrow() >= RENDER_MS {
                *drawn_at.borrow_mut() = t;
                render.force_update();
            }
        })
    };
    let running = run.borrow().running;
    use_animation_loop(running, frame);
    // The view syncs the session after this hook has run: when that sync starts a replay,
    // render once more so the loop above starts.
    {
        let (run, render) = (run.clone(), render.clone());
        use_effect(move || {
            if run.borrow().running && !running {
                render.force_update();
            }
        });
    }
    let toggle = {
        let (run, render) = (run.clone(), render.clone());
        Callback::from(move |_: MouseEvent| {
            run.borrow_mut().toggle(budget);
            render.force_update();
        })
    };
    let reset = {
        let run = run.clone();
        Callback::from(move |_: MouseEvent| {
            run.borrow_mut().reset();
            on_epochs.emit(0);
            render.force_update();
        })
    };
    LiveHandle { run, toggle, reset }
}
