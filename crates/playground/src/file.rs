//! The state as a file: the share link's text inside a small JSON envelope,
//! `{"format": "neurite-playground-state", "version": 1, "link": "…"}`, for states too big
//! for a URL (a large CSV dataset) and for keeping work.
//!
//! The link is the same versioned format as the address bar's (settings as `key=value`,
//! exact parts in the `w=` blob), so there is one schema and one total decoder; a file only
//! allows a larger text and blob ([`MAX_FILE_BYTES`], [`MAX_FILE_BLOB_BYTES`]), large
//! enough that every valid state has a file. The envelope's own `version` is for the
//! envelope; what is inside carries its own versions (`v=`, the blob's first byte).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::limits::{MAX_FILE_BLOB_BYTES, MAX_FILE_BYTES};
use crate::link::{decode_within, encode_within, Bounds, LinkError, LinkTooLarge};
use crate::state::State;

/// The envelope's `format`.
pub const FILE_FORMAT: &str = "neurite-playground-state";
/// The envelope's `version`.
pub const FILE_VERSION: u32 = 1;

const FILE: Bounds = Bounds {
    text: MAX_FILE_BYTES,
    blob: MAX_FILE_BLOB_BYTES,
};

/// A state file as JSON reads it (before the link inside is checked).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StateFile {
    /// Must be [`FILE_FORMAT`].
    pub format: String,
    /// Must be [`FILE_VERSION`].
    pub version: u32,
    /// A share link's text (the fragment, without `#`).
    pub link: String,
}

/// Why a file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Longer than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize, max: usize },
    /// Not JSON of the envelope's shape (the parser's message).
    NotJson(String),
    /// JSON, but another kind of file (its `format`).
    Format(String),
    /// An envelope version this build does not read.
    Version(u32),
    /// The link inside is refused.
    Link(LinkError),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { bytes, max } => {
                write!(f, "the file is {bytes} bytes, more than the limit of {max}")
            }
            FileError::NotJson(m) => write!(
                f,
                "not a Neurite state file (not JSON of the expected shape: {m})"
            ),
            FileError::Format(name) => write!(
                f,
                "not a Neurite state file: its format is '{}', not '{FILE_FORMAT}'",
                name.chars().take(40).collect::<String>()
            ),
            FileError::Version(v) => write!(
                f,
                "state file version {v} is not supported (this build reads {FILE_VERSION})"
            ),
            FileError::Link(e) => write!(f, "the state in the file is refused: {e}"),
        }
    }
}

impl std::error::Error for FileError {}

impl StateFile {
    /// The envelope for `state`, or the limit it breaks (no valid state does).
    pub fn of(state: &State) -> Result<StateFile, LinkTooLarge> {
        Ok(StateFile {
            format: FILE_FORMAT.into(),
            version: FILE_VERSION,
            link: encode_within(state, FILE)?,
        })
    }

    /// The state inside, checked as thoroughly as a link.
    pub fn open(&self) -> Result<State, FileError> {
        if self.format != FILE_FORMAT {
            return Err(FileError::Format(self.format.clone()));
        }
        if self.version != FILE_VERSION {
            return Err(FileError::Version(self.version));
        }
        decode_within(&self.link, FILE).map_err(FileError::Link)
    }
}

impl StateFile {
    /// The envelope as pretty JSON, the link last. Written by hand rather than through
    /// `serde_json` so the browser bundle carries no JSON writer (the browser parses files
    /// with its own `JSON.parse`); [`json_string`] escapes the one free-form field.
    pub fn to_json(&self) -> String {
        format!(
            "{{\n  \"format\": {},\n  \"version\": {},\n  \"link\": {}\n}}\n",
            json_string(&self.format),
            self.version,
            json_string(&self.link)
        )
    }
}

/// `text` as a JSON string literal: quotes, backslashes and control characters escaped.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The file text for `state`.
pub fn encode_file(state: &State) -> Result<String, LinkTooLarge> {
    Ok(StateFile::of(state)?.to_json())
}

/// The size check every reader of a file makes first.
pub fn check_file_size(bytes: usize) -> Result<(), FileError> {
    match bytes > MAX_FILE_BYTES {
        true => Err(FileError::TooLarge {
            bytes,
            max: MAX_FILE_BYTES,
        }),
        false => Ok(()),
    }
}

/// The state a file's text holds, or exactly why not. Total: any text gives one or the other.
/// (The browser app parses the JSON with `JSON.parse` and calls [`StateFile::open`], the
/// same checks after the same size limit.)
pub fn decode_file(text: &str) -> Result<State, FileError> {
    check_file_size(text.len())?;
    let file: StateFile =
        serde_json::from_str(text).map_err(|e| FileError::NotJson(e.to_string()))?;
    file.open()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_round_trips_and_bad_files_say_why() {
        let s = State {
            seed: 42,
            ..State::default()
        };
        let text = encode_file(&s).unwrap_or_default();
        assert!(
            text.contains("\"format\": \"neurite-playground-state\""),
            "{text}"
        );
        assert_eq!(decode_file(&text), Ok(s));
        let e = |t: &str| {
            decode_file(t)
                .map_err(|e| e.to_string())
                .err()
                .unwrap_or_default()
        };
        assert!(e("").starts_with("not a Neurite state file (not JSON"));
        assert!(e("{\"format\": 3}").starts_with("not a Neurite state file (not JSON"));
        let other = r#"{"format": "photo", "version": 1, "link": ""}"#;
        assert_eq!(
            e(other),
            "not a Neurite state file: its format is 'photo', not 'neurite-playground-state'"
        );
        let future = r#"{"format": "neurite-playground-state", "version": 9, "link": ""}"#;
        assert_eq!(
            e(future),
            "state file version 9 is not supported (this build reads 1)"
        );
        let bad = r#"{"format": "neurite-playground-state", "version": 1, "link": "seed=1&w=%%"}"#;
        assert!(e(bad).starts_with("the state in the file is refused: w (weights/points blob)"));
        assert!(e(&" ".repeat(MAX_FILE_BYTES + 1)).starts_with("the file is"));
    }

    #[test]
    fn the_hand_written_json_is_json_whatever_the_text() {
        let file = StateFile {
            format: "a \"quoted\" \\ name\n\u{1}é".into(),
            version: 7,
            link: "seed=1&w=AbC-_".into(),
        };
        let back: Result<StateFile, _> = serde_json::from_str(&file.to_json());
        assert_eq!(back.ok(), Some(file));
    }
}
