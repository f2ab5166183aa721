//! [`LabLinkError`]: every way a lab link can be refused, each naming the key and the problem.

use std::fmt;

/// Longest excerpt of a bad value quoted back in a message.
const QUOTE_CHARS: usize = 40;

/// Why a lab link could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabLinkError {
    /// The text is longer than [`super::MAX_LAB_LINK_BYTES`].
    TooLong { bytes: usize, max: usize },
    /// More `key=value` pairs than [`super::MAX_LAB_PAIRS`].
    TooManyPairs { pairs: usize, max: usize },
    /// There is no `lab=` key.
    MissingLab,
    /// `lab=` names no lab; `expected` lists the names there are.
    UnknownLab { name: String, expected: String },
    /// A known key appears more than once.
    Duplicate { key: &'static str },
    /// A known key's value cannot be read, e.g. `x: 'abc' is not a number`.
    Malformed {
        key: &'static str,
        value: String,
        expected: String,
    },
    /// A known key's value is readable but outside its range.
    OutOfRange {
        key: &'static str,
        value: String,
        range: String,
    },
}

/// At most [`QUOTE_CHARS`] characters of `value`, with `…` when cut.
fn quote(value: &str) -> String {
    let mut quoted: String = value.chars().take(QUOTE_CHARS).collect();
    if value.chars().count() > QUOTE_CHARS {
        quoted.push('…');
    }
    quoted
}

impl LabLinkError {
    /// A [`LabLinkError::Malformed`], quoting a short prefix of `value`.
    pub fn malformed(key: &'static str, value: &str, expected: impl Into<String>) -> Self {
        LabLinkError::Malformed {
            key,
            value: quote(value),
            expected: expected.into(),
        }
    }

    /// A [`LabLinkError::OutOfRange`], quoting a short prefix of `value`.
    pub fn out_of_range(key: &'static str, value: &str, range: impl Into<String>) -> Self {
        LabLinkError::OutOfRange {
            key,
            value: quote(value),
            range: range.into(),
        }
    }

    /// A [`LabLinkError::UnknownLab`], quoting a short prefix of `name`.
    pub fn unknown_lab(name: &str, expected: impl Into<String>) -> Self {
        LabLinkError::UnknownLab {
            name: quote(name),
            expected: expected.into(),
        }
    }
}

impl fmt::Display for LabLinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LabLinkError::TooLong { bytes, max } => {
                write!(
                    f,
                    "lab link is {bytes} bytes long, more than the limit of {max}"
                )
            }
            LabLinkError::TooManyPairs { pairs, max } => {
                write!(
                    f,
                    "lab link has {pairs} settings, more than the limit of {max}"
                )
            }
            LabLinkError::MissingLab => f.write_str("lab link has no lab= key"),
            LabLinkError::UnknownLab { name, expected } => {
                write!(f, "lab: '{name}' is not {expected}")
            }
            LabLinkError::Duplicate { key } => write!(f, "{key}: given more than once"),
            LabLinkError::Malformed {
                key,
                value,
                expected,
            } => write!(f, "{key}: '{value}' is not {expected}"),
            LabLinkError::OutOfRange { key, value, range } => {
                write!(f, "{key}: '{value}' is outside {range}")
            }
        }
    }
}

impl std::error::Error for LabLinkError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_key_and_problem() {
        let e = LabLinkError::malformed("x", "abc", "a number");
        assert_eq!(e.to_string(), "x: 'abc' is not a number");
        let e = LabLinkError::out_of_range("bias", "99", "-20 to 20");
        assert_eq!(e.to_string(), "bias: '99' is outside -20 to 20");
        let e = LabLinkError::malformed("x", &"9".repeat(500), "a number");
        assert!(e.to_string().len() < 80);
        assert_eq!(
            LabLinkError::Duplicate { key: "n" }.to_string(),
            "n: given more than once"
        );
    }
}
