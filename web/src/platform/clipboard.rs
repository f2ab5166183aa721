//! Copying text to the clipboard.

use wasm_bindgen::prelude::*;

use super::window;

/// Copies `text`; `done(true)` once the clipboard accepted it, `done(false)` otherwise.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = window() else {
        return done(false);
    };
    let promise = w.navigator().clipboard().write_text(text);
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let (ok, err) = (done.clone(), done);
    let on_ok = Closure::once(move |_: JsValue| {
        if let Some(f) = ok.borrow_mut().take() {
            f(true)
        }
    });
    let on_err = Closure::once(move |_: JsValue| {
        if let Some(f) = err.borrow_mut().take() {
            f(false)
        }
    });
    let _ = promise.then2(&on_ok, &on_err);
    // The promise owns the callbacks from here on.
    on_ok.forget();
    on_err.forget();
}
