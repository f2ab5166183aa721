//! The character tokenizer: one token per Unicode scalar value (`char`), so it needs no
//! segmentation and works the same for English and Japanese ("王は国を治める" is 7 tokens).
//!
//! Ids come from a [`Vocabulary`] learned on a text: [`UNK`](super::vocab::UNK) is 0, then
//! characters by descending count, ties by first appearance. Unknown characters encode to
//! [`UNK_ID`] and decode to U+FFFD (the replacement character), so a decoded text has exactly
//! one character per id; text made of known characters round-trips exactly.

use super::error::TextError;
use super::vocab::{Vocabulary, UNK_ID};

/// Most bytes of text [`CharTokenizer::learn`] accepts (16 MiB).
pub const MAX_CHAR_TEXT_BYTES: usize = 16 << 20;

/// The character tokens of `text`, in order.
pub fn chars(text: &str) -> Vec<String> {
    text.chars().map(String::from).collect()
}

/// A character vocabulary with encode and decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharTokenizer {
    vocab: Vocabulary,
}

impl CharTokenizer {
    /// The tokenizer for the characters of `text`. Errors beyond [`MAX_CHAR_TEXT_BYTES`].
    pub fn learn(text: &str) -> Result<CharTokenizer, TextError> {
        if text.len() > MAX_CHAR_TEXT_BYTES {
            return Err(TextError::TextTooLong {
                bytes: text.len(),
                max: MAX_CHAR_TEXT_BYTES,
            });
        }
        let mut buf = [0u8; 4];
        let tokens = text.chars().map(|c| c.encode_utf8(&mut buf).to_string());
        Ok(CharTokenizer {
            vocab: Vocabulary::build(tokens, 0)?,
        })
    }

    /// The id of each character of `text`, unknown characters as [`UNK_ID`].
    pub fn encode(&self, text: &str) -> Vec<u32> {
        let mut buf = [0u8; 4];
        text.chars()
            .map(|c| self.vocab.id_or_unk(c.encode_utf8(&mut buf)))
            .collect()
    }

    /// The text of `ids`; [`UNK_ID`] and out-of-range ids become U+FFFD.
    pub fn decode(&self, ids: &[u32]) -> String {
        ids.iter()
            .map(|&id| match self.vocab.token(id) {
                Some(token) if id != UNK_ID => token,
                _ => "\u{FFFD}",
            })
            .collect()
    }

    /// The underlying vocabulary.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }
}
