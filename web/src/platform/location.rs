//! The page address: the URL fragment that carries a share link, and `replaceState`.

use wasm_bindgen::JsValue;

use super::window;

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
