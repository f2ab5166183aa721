//! The document and the browser's own settings: `<html lang>`, the preferred language.

use super::window;

/// Sets `<html lang>` so screen readers and fonts follow the UI language.
pub fn set_document_lang(code: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", code);
    }
}

/// The browser's preferred language tag (e.g. `ja-JP`), empty when unknown.
pub fn navigator_language() -> String {
    window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// Focuses the element with id `id` (which scrolls it into view), if there is one and it can
/// take focus (`tabindex`).
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
