//! The autosave's health: what went wrong with browser storage, as the storage note says it.
//!
//! The playground's state always lives in the address bar too, so a storage problem loses
//! nothing on the page; the note says that autosave is off (or that the old save could not
//! be read) and what still holds the state. The browser side (`platform::storage`) reports;
//! this module keeps what the note shows and the save's envelope.
//!
//! The envelope: a save is stored as `neurite-save/1;<checksum>;<link>`, the checksum being
//! FNV-1a (64 bit, 16 hex digits) of the link text. A save cut short or altered no longer
//! matches its checksum, so it is refused instead of opening as some other valid link (the
//! link format ignores unknown keys and fills in missing ones, so a damaged link often still
//! decodes). A bare link with a `v=` key is a save of the versions before the envelope and is still
//! read;
//! `neurite-save/<n>` of another `n` is another version's, and is not.

use neurite_playground::{decode_link, LinkError, StateError};

use super::AppState;
use crate::engine::Engine;

/// What is wrong with the autosave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser offers no storage (private mode, storage disabled): nothing is saved.
    Unavailable,
    /// The browser refused to save (storage full): the latest state is not saved.
    Full,
    /// The saved state is damaged or cut short; the text says what the decoder found.
    Unreadable(String),
    /// The saved state was written by a version this build does not read.
    OtherVersion(String),
}

/// The storage note: its problem, and whether the learner closed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageNote {
    pub problem: StorageProblem,
    pub dismissed: bool,
}

impl StorageNote {
    pub fn new(problem: StorageProblem) -> Self {
        StorageNote {
            problem,
            dismissed: false,
        }
    }
}

/// The envelope's prefix and format version.
const SEAL: &str = "neurite-save/";
const SEAL_VERSION: &str = "1";

/// FNV-1a, 64 bit.
fn checksum(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The text to store for the autosaved `link`.
pub fn seal(link: &str) -> String {
    format!("{SEAL}{SEAL_VERSION};{:016x};{link}", checksum(link))
}

/// The link inside a stored save, checked against its checksum.
pub fn unseal(text: &str) -> Result<&str, StorageProblem> {
    let Some(rest) = text.strip_prefix(SEAL) else {
        // Saved before the envelope existed: every such save names its state version (`v=`);
        // other text is not a save, though the lenient link format would read it.
        if text.split('&').any(|kv| kv.starts_with("v=")) {
            return Ok(text);
        }
        return Err(StorageProblem::Unreadable(
            "it is not a saved session".into(),
        ));
    };
    let (version, rest) = rest.split_once(';').unwrap_or((rest, ""));
    if version != SEAL_VERSION {
        let shown: String = version.chars().take(12).collect();
        return Err(StorageProblem::OtherVersion(format!(
            "save format {shown}; this build reads {SEAL_VERSION}"
        )));
    }
    let damaged =
        || StorageProblem::Unreadable("its checksum does not match: damaged or cut short".into());
    let (sum, link) = rest.split_once(';').ok_or_else(damaged)?;
    if u64::from_str_radix(sum, 16).ok() != Some(checksum(link)) || sum.len() != 16 {
        return Err(damaged());
    }
    Ok(link)
}

/// The engine of a stored save, or what is wrong with it.
pub fn engine_for_save(text: &str) -> Result<Engine, StorageProblem> {
    let state = decode_link(unseal(text)?).map_err(|e| match &e {
        LinkError::Value { key, .. } if key == "v" => StorageProblem::OtherVersion(e.to_string()),
        LinkError::Invalid(StateError::Version(_)) => StorageProblem::OtherVersion(e.to_string()),
        _ => StorageProblem::Unreadable(e.to_string()),
    })?;
    Engine::new(&state).map_err(StorageProblem::Unreadable)
}

/// A storage write failed: the note says so (again only if the problem is a new one, so a
/// closed note stays closed while every autosave keeps failing the same way).
pub fn storage_failed(s: &mut AppState, problem: StorageProblem) -> bool {
    if s.storage.as_ref().is_some_and(|n| n.problem == problem) {
        return false;
    }
    s.storage = Some(StorageNote::new(problem));
    true
}

/// An autosave succeeded: a note that saving fails is no longer true.
pub fn storage_saved(s: &mut AppState) -> bool {
    let stale = matches!(
        s.storage.as_ref().map(|n| &n.problem),
        Some(StorageProblem::Full | StorageProblem::Unavailable)
    );
    if stale {
        s.storage = None;
    }
    stale
}

/// Closes the storage note.
pub fn dismiss_storage_note(s: &mut AppState) -> bool {
    match &mut s.storage {
        Some(n) if !n.dismissed => {
            n.dismissed = true;
            true
        }
        _ => false,
    }
}
