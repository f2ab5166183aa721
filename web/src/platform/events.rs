//! Window event listeners (detached on drop) and what an event says: whether it comes
//! from a text field, where a pointer is inside its element.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

use super::window;

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

/// The position of a pointer event inside `el`, as fractions of its size in `[0, 1]`. `el`
/// comes from a node reference: Yew delegates events, and `current_target` was measured to
/// be the app's root, not the element that declared the listener.
pub fn position_in(event: &web_sys::MouseEvent, el: &web_sys::Element) -> Option<(f64, f64)> {
    let rect = el.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    let fx = (event.client_x() as f64 - rect.left()) / rect.width();
    let fy = (event.client_y() as f64 - rect.top()) / rect.height();
    Some((fx.clamp(0.0, 1.0), fy.clamp(0.0, 1.0)))
}

/// The position of a pointer event inside the nearest element around its target matching
/// `selector`, as fractions of that element's size in `[0, 1]` (Yew delegates events to its
/// root, so the element that declared the listener is found from the target).
pub fn position_in_closest(event: &web_sys::MouseEvent, selector: &str) -> Option<(f64, f64)> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let el = target.closest(selector).ok()??;
    position_in(event, &el)
}
