//! Learning the BPE merges: count adjacent pairs over the distinct words, weighted by how
//! often each word occurs, and merge the most frequent pair, again and again.

use std::collections::{BTreeSet, HashMap};

use super::split::{items, Item};
use super::{Bpe, Piece, END_OF_WORD_ID, MAX_BPE_MERGES, MAX_BPE_TEXT_BYTES};
use crate::text::error::TextError;
use crate::text::vocab::UNK;

/// Whitespace characters that are always in the base alphabet.
const ALWAYS: [char; 4] = [' ', '\t', '\n', '\r'];

/// `symbols` with every non-overlapping occurrence of `pair`, left to right, replaced by `id`.
pub(super) fn merge_pair(symbols: &[u32], pair: (u32, u32), id: u32) -> Vec<u32> {
    let mut out = Vec::with_capacity(symbols.len());
    let mut i = 0;
    while i < symbols.len() {
        if symbols.get(i) == Some(&pair.0) && symbols.get(i + 1) == Some(&pair.1) {
            out.push(id);
            i += 2;
        } else {
            out.push(symbols[i]);
            i += 1;
        }
    }
    out
}

impl Bpe {
    /// Learns up to `merges` merges from `text` (fewer when no pair occurs at least twice).
    /// Errors beyond [`MAX_BPE_MERGES`] merges or [`MAX_BPE_TEXT_BYTES`] of text. Learning
    /// costs O(merges × characters of the distinct words).
    pub fn learn(text: &str, merges: usize) -> Result<Bpe, TextError> {
        if merges > MAX_BPE_MERGES {
            return Err(TextError::TooManyMerges {
                merges,
                max: MAX_BPE_MERGES,
            });
        }
        if text.len() > MAX_BPE_TEXT_BYTES {
            return Err(TextError::TextTooLong {
                bytes: text.len(),
                max: MAX_BPE_TEXT_BYTES,
            });
        }
        let mut bpe = Bpe::alphabet(text);
        // Distinct word chunks with their counts, sorted so the order never depends on hashing.
        let mut counts: HashMap<(&str, bool), u64> = HashMap::new();
        for item in items(text) {
            if let Item::Word { text, end } = item {
                *counts.entry((text, end)).or_insert(0) += 1;
            }
        }
        let mut distinct: Vec<((&str, bool), u64)> = counts.into_iter().collect();
        distinct.sort_unstable();
        let mut words: Vec<(Vec<u32>, u64)> = distinct
            .into_iter()
            .map(|((word, end), count)| (bpe.encode_word(word, end), count))
            .collect();
        for _ in 0..merges {
            let Some(pair) = bpe.best_pair(&words) else {
                break;
            };
            let id = bpe.pieces.len() as u32;
            bpe.add_merge(pair, id);
            for (symbols, _) in &mut words {
                if symbols.windows(2).any(|w| (w[0], w[1]) == pair) {
                    *symbols = merge_pair(symbols, pair, id);
                }
            }
        }
        Ok(bpe)
    }

    /// The model with no merges: `<unk>`, `</w>`, then the base characters.
    fn alphabet(text: &str) -> Bpe {
        let mut set: BTreeSet<char> = text.chars().collect();
        for c in ALWAYS {
            set.remove(&c);
        }
        let mut pieces = vec![
            Piece {
                text: String::new(),
                end: false,
                shown: UNK.to_string(),
            },
            Piece::new(String::new(), true),
        ];
        let mut chars = HashMap::new();
        for c in ALWAYS.into_iter().chain(set) {
            // At most 2 + 0x110000 pieces, so the id fits in a u32.
            chars.insert(c, pieces.len() as u32);
            pieces.push(Piece::new(c.to_string(), false));
        }
        let base = pieces.len() as u32;
        Bpe {
            pieces,
            chars,
            merges: Vec::new(),
            ranks: HashMap::new(),
            base,
        }
    }

    /// The most frequent adjacent pair (count ≥ 2), ties to the smallest pair of strings,
    /// then of ids.
    fn best_pair(&self, words: &[(Vec<u32>, u64)]) -> Option<(u32, u32)> {
        let mut pairs: HashMap<(u32, u32), u64> = HashMap::new();
        for (symbols, count) in words {
            for w in symbols.windows(2) {
                let n = pairs.entry((w[0], w[1])).or_insert(0);
                *n = n.saturating_add(*count);
            }
        }
        let key = |&(a, b): &(u32, u32)| (self.token(a), self.token(b), a, b);
        pairs
            .into_iter()
            .filter(|&(_, n)| n >= 2)
            .max_by(|x, y| x.1.cmp(&y.1).then_with(|| key(&y.0).cmp(&key(&x.0))))
            .map(|(pair, _)| pair)
    }

    fn add_merge(&mut self, (a, b): (u32, u32), id: u32) {
        let text = |i: u32| self.pieces.get(i as usize).map_or("", |p| p.text.as_str());
        let joined = format!("{}{}", text(a), text(b));
        let end = b == END_OF_WORD_ID || self.pieces.get(b as usize).is_some_and(|p| p.end);
        let rank = self.merges.len() as u32;
        self.pieces.push(Piece::new(joined, end));
        self.merges.push((a, b));
        self.ranks.insert((a, b), rank);
        debug_assert_eq!(self.base + rank, id);
    }
}
