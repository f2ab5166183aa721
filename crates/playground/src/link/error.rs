//! [`LinkError`]: every way a share link can be refused, each with a specific message.

use std::fmt;

use crate::state::StateError;

/// Longest excerpt of a bad value quoted back in an error message.
const QUOTE_CHARS: usize = 40;

/// Why a link could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The link text is longer than [`crate::limits::MAX_LINK_BYTES`].
    TooLong { bytes: usize, max: usize },
    /// A known key has a value that cannot be read, e.g. `learningRate: 'abc' is not a number`.
    Value {
        key: String,
        value: String,
        expected: String,
    },
    /// A known key appears more than once.
    Duplicate(String),
    /// Settings that contradict each other (e.g. 3 activations for 2 layers).
    Conflict(String),
    /// The `w=` blob cannot be read (bad base64, bad deflate, too large, malformed).
    Blob(String),
    /// The decoded state is out of range or inconsistent.
    Invalid(StateError),
}

impl LinkError {
    /// A [`LinkError::Value`], quoting at most a short prefix of `value`.
    pub(crate) fn value(key: &str, value: &str, expected: impl Into<String>) -> Self {
        let mut quoted: String = value.chars().take(QUOTE_CHARS).collect();
        if value.chars().count() > QUOTE_CHARS {
            quoted.push('…');
        }
        LinkError::Value {
            key: key.to_owned(),
            value: quoted,
            expected: expected.into(),
        }
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong { bytes, max } => {
                write!(
                    f,
                    "link is {bytes} bytes long, more than the limit of {max}"
                )
            }
            LinkError::Value {
                key,
                value,
                expected,
            } => {
                write!(f, "{key}: '{value}' is not {expected}")
            }
            LinkError::Duplicate(key) => write!(f, "{key}: given more than once"),
            LinkError::Conflict(m) => f.write_str(m),
            LinkError::Blob(m) => write!(f, "w (weights/points blob): {m}"),
            LinkError::Invalid(e) => write!(f, "link settings are invalid: {e}"),
        }
    }
}

impl std::error::Error for LinkError {}

/// Why a state has no share link the decoder accepts: its exact parts (weights, wiring,
/// frozen parameters, points) exceed a limit of [`crate::limits`]. Settings alone always fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTooLarge {
    /// The blob of exact parts is over [`crate::limits::MAX_BLOB_BYTES`] before deflate.
    Blob { bytes: usize, max: usize },
    /// The link text is over [`crate::limits::MAX_LINK_BYTES`].
    Link { bytes: usize, max: usize },
}

impl fmt::Display for LinkTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkTooLarge::Blob { bytes, max } => write!(
                f,
                "the weights, points and history take {bytes} bytes, more than a link's limit of {max}"
            ),
            LinkTooLarge::Link { bytes, max } => {
                write!(
                    f,
                    "the link would be {bytes} bytes long, more than the limit of {max}"
                )
            }
        }
    }
}

impl std::error::Error for LinkTooLarge {}

impl From<StateError> for LinkError {
    fn from(e: StateError) -> Self {
        LinkError::Invalid(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        let e = LinkError::value("learningRate", "abc", "a number");
        assert_eq!(e.to_string(), "learningRate: 'abc' is not a number");
        let long = "x".repeat(100);
        let e = LinkError::value("seed", &long, "a seed");
        assert!(e.to_string().len() < 80);
    }
}
