//! Every browser API the app uses, in one place: location and history, localStorage, the
//! clipboard, animation frames, event listeners, canvas pixels and file reading.
//!
//! Functions degrade quietly (returning `None`/`false`) instead of panicking, because a
//! missing API (private mode storage, an insecure-context clipboard) must never take the
//! playground down. Handles that own a JS closure cancel or detach it on `Drop`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, Event, EventTarget, HtmlCanvasElement, ImageData};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The URL fragment without the leading `#` (empty when there is none).
pub fn hash() -> String {
    let raw = window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    raw.strip_prefix('#').unwrap_or(&raw).to_string()
}

/// The page address without its fragment, used to build share links.
pub fn base_url() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Replaces the fragment without adding a history entry or firing `hashchange`.
pub fn replace_hash(fragment: &str) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let url = format!("{}#{}", base_url(), fragment);
    if url != w.location().href().unwrap_or_default() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().and_then(|w| w.local_storage().ok().flatten())
}

/// Reads a localStorage entry.
pub fn storage_get(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Writes a localStorage entry; full or disabled storage is ignored on purpose.
pub fn storage_set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// Sets `<html lang>` so screen readers and fonts follow the UI language.
pub fn set_document_lang(code: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", code);
    }
}

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

/// Milliseconds from a monotonic clock.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

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

/// An event listener; dropping it removes the listener.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}

/// Listens for `kind` events on `window` (e.g. `hashchange`, `keydown`, `resize`).
pub fn listen_window(kind: &'static str, f: impl FnMut(Event) + 'static) -> Option<Listener> {
    let target: EventTarget = window()?.into();
    let closure = Closure::<dyn FnMut(Event)>::new(f);
    target
        .add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener {
        target,
        kind,
        closure,
    })
}

/// Whether a key event comes from a text field, where shortcuts must not fire.
pub fn event_in_text_field(event: &Event) -> bool {
    let Some(el) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    match tag.as_str() {
        "textarea" | "select" => true,
        "input" => {
            let kind = el.get_attribute("type").unwrap_or_default();
            !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "range")
        }
        _ => false,
    }
}

/// Paints an RGBA buffer of `w × h` pixels onto `canvas`, resizing its backing store.
pub fn paint_rgba(canvas: &HtmlCanvasElement, w: u32, h: u32, rgba: &[u8]) {
    if w == 0 || h == 0 || rgba.len() != (w * h * 4) as usize {
        return;
    }
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let Some(ctx) = context_2d(canvas) else {
        return;
    };
    if let Ok(img) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), w, h) {
        let _ = ctx.put_image_data(&img, 0.0, 0.0);
    }
}

/// The 2-D context of a canvas.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// The position of a pointer event inside an element, as fractions of its size in `[0, 1]`.
pub fn relative_position(event: &web_sys::MouseEvent) -> Option<(f64, f64)> {
    let el: web_sys::Element = event.current_target()?.dyn_into().ok()?;
    let rect = el.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    let fx = (event.client_x() as f64 - rect.left()) / rect.width();
    let fy = (event.client_y() as f64 - rect.top()) / rect.height();
    Some((fx.clamp(0.0, 1.0), fy.clamp(0.0, 1.0)))
}

/// Reads the first file chosen in an `<input type=file>` as text and passes it to `done`.
pub fn read_first_file(input: &web_sys::HtmlInputElement, done: impl FnOnce(String) + 'static) {
    let Some(file) = input.files().and_then(|list| list.get(0)) else {
        return;
    };
    let Ok(reader) = web_sys::FileReader::new() else {
        return;
    };
    let reader_in = reader.clone();
    let onload = Closure::once(move |_: Event| {
        let text = reader_in
            .result()
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        done(text);
    });
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    let _ = reader.read_as_text(&file);
}

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

/// The browser's preferred language tag (e.g. `ja-JP`), empty when unknown.
pub fn navigator_language() -> String {
    window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}
