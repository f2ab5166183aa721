//! Byte-pair encoding (BPE) on characters: a subword vocabulary learned from a corpus.
//!
//! Maths in one line: start from single characters (each word ending in the marker `</w>`),
//! then repeat `merges` times: count every adjacent symbol pair over the corpus's words,
//! weighted by word frequency, and replace the most frequent pair (a, b) by a new symbol ab.
//! Ties go to the lexicographically smallest (a, b) by their strings; learning stops early
//! when no pair occurs at least twice.
//!
//! Ids: 0 is `<unk>`, 1 is `</w>`, then the base characters (`' '`, `'\t'`, `'\n'`, `'\r'`
//! always, then every other character of the learning text by code point), then one id per
//! merge in the order learned. Encoding applies the learned merges in that order; decoding
//! concatenates the pieces and puts a single space after each word-ending piece that is
//! followed by another word, so text made of known characters round-trips exactly (any
//! whitespace included). Unknown characters encode to `<unk>` and decode to U+FFFD.
//!
//! Limits: at most [`MAX_BPE_MERGES`] merges and [`MAX_BPE_TEXT_BYTES`] of learning text;
//! words are merged within chunks of [`MAX_WORD_CHARS`] characters.

mod learn;
mod split;

use std::collections::HashMap;

pub use split::MAX_WORD_CHARS;
use split::{items, Item};

/// Most merges [`Bpe::learn`] performs.
pub const MAX_BPE_MERGES: usize = 10_000;
/// Most bytes of learning text [`Bpe::learn`] accepts (16 MiB).
pub const MAX_BPE_TEXT_BYTES: usize = 16 << 20;
/// The end-of-word marker as shown in token strings.
pub const END_OF_WORD: &str = "</w>";
/// The id of `<unk>` in a BPE model.
pub const BPE_UNK_ID: u32 = 0;
/// The id of the bare end-of-word marker.
pub const END_OF_WORD_ID: u32 = 1;

/// One symbol: the text it stands for and whether it ends a word.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    text: String,
    end: bool,
    /// `text`, followed by `</w>` when `end`; `<unk>` for the unknown symbol.
    shown: String,
}

impl Piece {
    fn new(text: String, end: bool) -> Piece {
        let shown = if end {
            format!("{text}{END_OF_WORD}")
        } else {
            text.clone()
        };
        Piece { text, end, shown }
    }
}

/// A learned BPE model: base characters, merges, and the pieces they make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bpe {
    pieces: Vec<Piece>,
    chars: HashMap<char, u32>,
    /// Merge rank → the pair it merges; the merged piece's id is `base + rank`.
    merges: Vec<(u32, u32)>,
    ranks: HashMap<(u32, u32), u32>,
    base: u32,
}

impl Bpe {
    /// The ids of `text`. Never panics; empty text gives no ids.
    pub fn encode(&self, text: &str) -> Vec<u32> {
        let mut cache: HashMap<(&str, bool), Vec<u32>> = HashMap::new();
        let mut out = Vec::new();
        for item in items(text) {
            match item {
                Item::Blank(c) => out.push(self.char_id(c)),
                Item::Word { text, end } => {
                    let ids = cache
                        .entry((text, end))
                        .or_insert_with(|| self.encode_word(text, end));
                    out.extend_from_slice(ids);
                }
            }
        }
        out
    }

    fn char_id(&self, c: char) -> u32 {
        self.chars.get(&c).copied().unwrap_or(BPE_UNK_ID)
    }

    /// One word chunk: its characters, the marker when it ends the word, then the merges by
    /// rank, each merging every occurrence left to right.
    fn encode_word(&self, word: &str, end: bool) -> Vec<u32> {
        let mut symbols: Vec<u32> = word.chars().map(|c| self.char_id(c)).collect();
        if end {
            symbols.push(END_OF_WORD_ID);
        }
        loop {
            let best = symbols
                .windows(2)
                .filter_map(|w| self.ranks.get(&(w[0], w[1])).copied())
                .min();
            let Some(rank) = best else { break };
            let pair = self.merges.get(rank as usize).copied();
            if let Some(pair) = pair {
                symbols = learn::merge_pair(&symbols, pair, self.base + rank);
            } else {
                break;
            }
        }
        symbols
    }

    /// The text of `ids`: pieces concatenated, a space between words, U+FFFD for `<unk>`
    /// and out-of-range ids.
    pub fn decode(&self, ids: &[u32]) -> String {
        let mut out = String::new();
        let mut space_pending = false;
        for &id in ids {
            let piece = self.pieces.get(id as usize).filter(|_| id != BPE_UNK_ID);
            let blank = piece.is_some_and(|p| p.text.chars().all(char::is_whitespace) && !p.end);
            if blank {
                space_pending = false;
            } else if space_pending && !(piece.is_some_and(|p| p.text.is_empty())) {
                out.push(' ');
                space_pending = false;
            }
            match piece {
                Some(p) => {
                    out.push_str(&p.text);
                    space_pending |= p.end;
                }
                None => out.push('\u{FFFD}'),
            }
        }
        out
    }

    /// The piece shown for `id` (`"king</w>"`, `"<unk>"`), `None` when out of range.
    pub fn token(&self, id: u32) -> Option<&str> {
        self.pieces.get(id as usize).map(|p| p.shown.as_str())
    }

    /// The id of a piece as [`Bpe::token`] shows it (the first such id: a learning text
    /// containing a literal `</w>` can make two pieces look alike).
    pub fn id(&self, token: &str) -> Option<u32> {
        (0..self.pieces.len() as u32).find(|&id| self.token(id) == Some(token))
    }

    /// Number of ids: `<unk>`, `</w>`, the base characters and the merges.
    pub fn len(&self) -> usize {
        self.pieces.len()
    }

    /// Always false (`<unk>` and `</w>` are always there).
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Number of base symbols (`<unk>`, `</w>` and the characters): the first merge's id.
    pub fn base_len(&self) -> usize {
        self.base as usize
    }

    /// The merges in the order learned, as the two pieces' strings.
    pub fn merges(&self) -> Vec<(&str, &str)> {
        self.merges
            .iter()
            .map(|&(a, b)| (self.token(a).unwrap_or(""), self.token(b).unwrap_or("")))
            .collect()
    }
}
