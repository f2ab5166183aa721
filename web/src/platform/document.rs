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
