//! A vocabulary: the two-way map between tokens and the integer ids an embedding table
//! (埋め込み層) is indexed by.
//!
//! Id order is stable and documented: id 0 is the unknown token [`UNK`]; then the kept tokens
//! by descending count, ties by first appearance. Frequent words get small ids, as in
//! word2vec, and the same token stream always gives the same ids.

use std::collections::HashMap;

use super::error::TextError;

/// The unknown token; every token outside the vocabulary maps to it.
pub const UNK: &str = "<unk>";
/// The id of [`UNK`].
pub const UNK_ID: u32 = 0;
/// Most distinct tokens a vocabulary holds, [`UNK`] included.
pub const MAX_VOCABULARY: usize = 1 << 20;

/// Tokens ↔ ids, with each token's count in the stream it was built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    tokens: Vec<String>,
    counts: Vec<u64>,
    ids: HashMap<String, u32>,
}

impl Vocabulary {
    /// The vocabulary of a token stream, keeping tokens seen at least `min_count` times
    /// (`min_count` 0 and 1 both keep all). Dropped tokens, and any literal `"<unk>"` in the
    /// stream, count towards [`UNK`]. Errors when more than [`MAX_VOCABULARY`] tokens would be
    /// kept, or the stream holds more than 4 × [`MAX_VOCABULARY`] distinct tokens.
    pub fn build<I, S>(tokens: I, min_count: u64) -> Result<Vocabulary, TextError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        // (count, first appearance) per distinct token.
        let mut seen: HashMap<String, (u64, usize)> = HashMap::new();
        let mut unk = 0u64;
        for token in tokens {
            let token = token.as_ref();
            if token == UNK {
                unk = unk.saturating_add(1);
                continue;
            }
            let order = seen.len();
            match seen.get_mut(token) {
                Some(entry) => entry.0 = entry.0.saturating_add(1),
                None => {
                    if seen.len() >= 4 * MAX_VOCABULARY {
                        return Err(TextError::VocabularyTooLarge {
                            max: MAX_VOCABULARY,
                        });
                    }
                    seen.insert(token.to_string(), (1, order));
                }
            }
        }
        let mut kept: Vec<(String, u64, usize)> = Vec::with_capacity(seen.len());
        for (token, (count, order)) in seen {
            if count >= min_count {
                kept.push((token, count, order));
            } else {
                unk = unk.saturating_add(count);
            }
        }
        if kept.len() >= MAX_VOCABULARY {
            return Err(TextError::VocabularyTooLarge {
                max: MAX_VOCABULARY,
            });
        }
        kept.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        let mut vocab = Vocabulary {
            tokens: vec![UNK.to_string()],
            counts: vec![unk],
            ids: HashMap::from([(UNK.to_string(), UNK_ID)]),
        };
        for (token, count, _) in kept {
            vocab.push(token, count);
        }
        Ok(vocab)
    }

    /// A vocabulary with exactly these tokens, in this order after [`UNK`], all counts zero
    /// (duplicates and `"<unk>"` skipped). Errors beyond [`MAX_VOCABULARY`] tokens.
    pub fn from_tokens<I, S>(tokens: I) -> Result<Vocabulary, TextError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut vocab = Vocabulary {
            tokens: vec![UNK.to_string()],
            counts: vec![0],
            ids: HashMap::from([(UNK.to_string(), UNK_ID)]),
        };
        for token in tokens {
            let token = token.as_ref();
            if vocab.ids.contains_key(token) {
                continue;
            }
            if vocab.tokens.len() >= MAX_VOCABULARY {
                return Err(TextError::VocabularyTooLarge {
                    max: MAX_VOCABULARY,
                });
            }
            vocab.push(token.to_string(), 0);
        }
        Ok(vocab)
    }

    fn push(&mut self, token: String, count: u64) {
        // The length is below MAX_VOCABULARY (2^20), so it fits in a u32.
        let id = self.tokens.len() as u32;
        self.ids.insert(token.clone(), id);
        self.tokens.push(token);
        self.counts.push(count);
    }

    /// The id of `token`, `None` when it is not in the vocabulary.
    pub fn id(&self, token: &str) -> Option<u32> {
        self.ids.get(token).copied()
    }

    /// The id of `token`, [`UNK_ID`] when it is not in the vocabulary.
    pub fn id_or_unk(&self, token: &str) -> u32 {
        self.id(token).unwrap_or(UNK_ID)
    }

    /// The token with id `id`, `None` when out of range.
    pub fn token(&self, id: u32) -> Option<&str> {
        self.tokens.get(id as usize).map(String::as_str)
    }

    /// How often token `id` occurred when the vocabulary was built (0 when out of range).
    pub fn count(&self, id: u32) -> u64 {
        self.counts.get(id as usize).copied().unwrap_or(0)
    }

    /// Every token's count, indexed by id (the input of the negative sampler).
    pub fn counts(&self) -> &[u64] {
        &self.counts
    }

    /// Number of tokens, [`UNK`] included (so never 0).
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Always false: [`UNK`] is always there.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The tokens in id order.
    pub fn tokens(&self) -> impl Iterator<Item = &str> {
        self.tokens.iter().map(String::as_str)
    }

    /// The ids of a token sequence, unknown tokens as [`UNK_ID`].
    pub fn encode<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<u32> {
        tokens.iter().map(|t| self.id_or_unk(t.as_ref())).collect()
    }

    /// The tokens of an id sequence, out-of-range ids as [`UNK`].
    pub fn decode(&self, ids: &[u32]) -> Vec<&str> {
        ids.iter()
            .map(|&id| self.token(id).unwrap_or(UNK))
            .collect()
    }
}
