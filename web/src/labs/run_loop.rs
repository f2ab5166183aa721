//! The training loop the one-button labs share (non-linearity, normalization): the lab's run
//! is rebuilt whenever its settings change, and advanced by at most [`FRAME_BUDGET_MS`] of
//! training per animation frame while it is active, so the page keeps drawing at 60 fps.

use yew::prelude::*;

use crate::platform::cell::{use_cell, StateCell};
use crate::platform::clock::now_ms;
use crate::platform::hooks::use_animation_loop;

/// Training time per animation frame: a 60 Hz frame leaves about 16.7 ms, and the page's own
/// rendering needs the rest.
pub const FRAME_BUDGET_MS: f64 = 12.0;

/// A lab's training run, as the loop drives it.
pub trait LabRun: 'static {
    /// The lab's settings, which the run is built from.
    type Lab: PartialEq + Copy + 'static;
    /// The settings this run was built from.
    fn lab(&self) -> Self::Lab;
    /// Whether animation frames should train now.
    fn active(&self) -> bool;
    /// Trains one chunk of epochs of every network; true once all are done (and the phase
    /// says so).
    fn advance(&mut self) -> bool;
    /// Bookkeeping after a frame that trained for `busy_ms`.
    fn trained(&mut self, busy_ms: f64);

    /// Trains chunks while active until `budget_ms` of `now()` has passed or all are done.
    fn frame(&mut self, budget_ms: f64, now: fn() -> f64) {
        if !self.active() {
            return;
        }
        let t0 = now();
        while !self.advance() && now() - t0 < budget_ms {}
        self.trained(now() - t0);
    }
    /// The train button: from scratch, to the lab's budget.
    fn start(&mut self);
}

/// The run `new(lab)` (built again when `lab` changes) and the train button's callback.
#[hook]
pub fn use_lab_run<R: LabRun>(
    lab: R::Lab,
    new: fn(R::Lab) -> R,
) -> (StateCell<R>, Callback<MouseEvent>) {
    let run = use_cell(|| new(lab));
    if run.borrow().lab() != lab {
        // Inside this render: replaced without asking for another one.
        run.replace_quietly(new(lab));
    }
    let active = run.borrow().active();
    {
        let run = run.clone();
        use_animation_loop(
            active,
            Callback::from(move |_| run.update(|r| r.frame(FRAME_BUDGET_MS, now_ms))),
        );
    }
    let start = {
        let run = run.clone();
        Callback::from(move |_: MouseEvent| run.update(R::start))
    };
    (run, start)
}
