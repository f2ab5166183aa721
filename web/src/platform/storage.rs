//! localStorage, and the keys the app stores under. Storage can fail in two ways the app
//! must survive: it is not there at all (private mode, storage disabled: the `localStorage`
//! getter throws) or it refuses a write (full: `QuotaExceededError`). Reads degrade to
//! `None`; writes report which of the two happened, so the app can say that autosave is off.

use super::window;

/// Why a localStorage write did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// There is no usable localStorage (the getter threw or returned null).
    Unavailable,
    /// `setItem` threw: the quota is exhausted (or the browser refused for another reason).
    Refused,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Whether localStorage can be used at all.
pub fn storage_available() -> bool {
    storage().is_ok()
}

/// Reads a localStorage entry.
pub fn storage_get(key: &str) -> Option<String> {
    storage().ok().and_then(|s| s.get_item(key).ok().flatten())
}

/// Writes a localStorage entry, or says why it could not.
pub fn storage_set(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(key, value)
        .map_err(|_| StorageError::Refused)
}

/// Removes a localStorage entry (removing never needs space; a missing storage is ignored).
pub fn storage_remove(key: &str) {
    if let Ok(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Writes the autosave and the hash it belongs to. A refused write is retried once after
/// removing the previous save (a full store may have room for one save, not two). When the
/// save cannot be written the hash entry goes too, so a reload never pairs this page's hash
/// with an older save: it opens the address bar's link instead.
pub fn write_autosave(state: &str, hash: &str) -> Result<(), StorageError> {
    let saved = storage_set(SAVE_KEY, state).or_else(|_| {
        storage_remove(SAVE_KEY);
        storage_set(SAVE_KEY, state)
    });
    let paired = saved.and_then(|()| storage_set(HASH_KEY, hash));
    if paired.is_err() {
        storage_remove(HASH_KEY);
        storage_remove(SAVE_KEY);
    }
    paired
}

/// localStorage key of the autosaved state (a share-link fragment with weights).
pub const SAVE_KEY: &str = "neurite.state";
/// localStorage key of the URL hash written together with the autosave: a reload of a page
/// whose hash is still ours restores the autosave (it has the weights the hash may lack).
pub const HASH_KEY: &str = "neurite.hash";
/// localStorage key where an autosave this build could not read is kept, once, before the
/// next autosave replaces it (so a damaged or newer-version save is never silently lost).
pub const UNREADABLE_KEY: &str = "neurite.state.unreadable";
/// localStorage key of the UI language.
pub const LANG_KEY: &str = "neurite.lang";
