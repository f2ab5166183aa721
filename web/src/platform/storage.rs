//! localStorage, and the keys the app stores under. Full or disabled storage (private
//! mode) is ignored on purpose: losing an autosave must never take the page down.

use super::window;

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

/// localStorage key of the autosaved state (a share-link fragment with weights).
pub const SAVE_KEY: &str = "neurite.state";
/// localStorage key of the URL hash written together with the autosave: a reload of a page
/// whose hash is still ours restores the autosave (it has the weights the hash may lack).
pub const HASH_KEY: &str = "neurite.hash";
/// localStorage key of the UI language.
pub const LANG_KEY: &str = "neurite.lang";
