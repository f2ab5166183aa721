//! `setTimeout` as a handle that clears on drop.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::window;

/// A pending `setTimeout`; dropping it clears the timer.
pub struct Timeout {
    id: i32,
    _closure: Closure<dyn FnMut()>,
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(w) = window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}

/// Calls `f` after `ms` milliseconds unless the returned handle is dropped first.
pub fn set_timeout(ms: i32, f: impl FnOnce() + 'static) -> Option<Timeout> {
    let mut f = Some(f);
    let closure = Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            f()
        }
    });
    let id = window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), ms)
        .ok()?;
    Some(Timeout {
        id,
        _closure: closure,
    })
}
