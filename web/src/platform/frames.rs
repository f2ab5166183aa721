//! `requestAnimationFrame` as a handle that cancels on drop.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::window;

/// A pending `requestAnimationFrame`; dropping it cancels the frame.
pub struct AnimationFrame {
    id: i32,
    _closure: Closure<dyn FnMut(f64)>,
}

impl Drop for AnimationFrame {
    fn drop(&mut self) {
        if let Some(w) = window() {
            let _ = w.cancel_animation_frame(self.id);
        }
    }
}

/// Calls `f(timestamp_ms)` on the next frame, unless the returned handle is dropped first.
pub fn request_animation_frame(f: impl FnOnce(f64) + 'static) -> Option<AnimationFrame> {
    let mut f = Some(f);
    let closure = Closure::<dyn FnMut(f64)>::new(move |t: f64| {
        if let Some(f) = f.take() {
            f(t)
        }
    });
    let id = window()?
        .request_animation_frame(closure.as_ref().unchecked_ref())
        .ok()?;
    Some(AnimationFrame {
        id,
        _closure: closure,
    })
}
