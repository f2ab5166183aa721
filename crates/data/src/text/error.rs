//! Errors of the text tools: every limit is checked up front and reported, never a panic.

use std::fmt;

/// Why a vocabulary, a BPE model or a negative sampler could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// The input text was longer than the limit, in bytes.
    TextTooLong { bytes: usize, max: usize },
    /// More BPE merges were asked for than the limit.
    TooManyMerges { merges: usize, max: usize },
    /// A vocabulary would have more distinct tokens than the limit.
    VocabularyTooLarge { max: usize },
    /// Negative sampling needs at least one token with a positive count.
    NoCounts,
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::TextTooLong { bytes, max } => {
                write!(f, "text must be at most {max} bytes, got {bytes}")
            }
            TextError::TooManyMerges { merges, max } => {
                write!(f, "BPE takes at most {max} merges, got {merges}")
            }
            TextError::VocabularyTooLarge { max } => {
                write!(f, "a vocabulary holds at most {max} distinct tokens")
            }
            TextError::NoCounts => {
                write!(f, "negative sampling needs a token with a positive count")
            }
        }
    }
}

impl std::error::Error for TextError {}
