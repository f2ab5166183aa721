//! Hooks that own browser resources, so that unmounting or a dependency change releases them.
//!
//! * [`use_animation_loop`]: a `requestAnimationFrame` loop that runs while `active` is true.
//!   The pending frame lives in the effect; its teardown drops the handle, which cancels it.
//! * [`use_window_listener`]: a window event listener with the same drop-to-detach rule.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use super::events::{listen_window, Listener};
use super::frames::{request_animation_frame, AnimationFrame};

/// Calls `on_frame(timestamp_ms)` once per animation frame while `active` is true, with the
/// frame's own timestamp (the time base of `performance.now()`). The latest `on_frame` is
/// always used, so callers may pass a fresh callback on every render.
#[hook]
pub fn use_animation_loop(active: bool, on_frame: Callback<f64>) {
    let latest = use_mut_ref(|| on_frame.clone());
    *latest.borrow_mut() = on_frame;
    use_effect_with(active, move |active| {
        let pending: Pending = Rc::new(RefCell::new(None));
        let alive = Rc::new(Cell::new(*active));
        if *active {
            schedule(pending.clone(), alive.clone(), latest);
        }
        // Dropping the pending frame cancels it; `alive` stops a frame already running from
        // scheduling another one after this teardown.
        move || {
            alive.set(false);
            pending.borrow_mut().take();
        }
    });
}

type Pending = Rc<RefCell<Option<AnimationFrame>>>;

fn schedule(pending: Pending, alive: Rc<Cell<bool>>, on_frame: Rc<RefCell<Callback<f64>>>) {
    let next = pending.clone();
    let frame = request_animation_frame(move |t| {
        let cb = on_frame.borrow().clone();
        cb.emit(t);
        if alive.get() {
            schedule(next, alive, on_frame);
        }
    });
    *pending.borrow_mut() = frame;
}

/// Keeps a window listener for `kind` attached while the component is mounted.
#[hook]
pub fn use_window_listener(kind: &'static str, on_event: Callback<web_sys::Event>) {
    let latest = use_mut_ref(|| on_event.clone());
    *latest.borrow_mut() = on_event;
    use_effect_with(kind, move |kind| {
        let listener: Option<Listener> = listen_window(kind, move |e| {
            let cb = latest.borrow().clone();
            cb.emit(e);
        });
        move || drop(listener)
    });
}
