//! Text for the token and embedding labs (トークン化, 埋め込み, 単語ベクトル, 分散表現):
//! a bilingual corpus, three tokenizers, a vocabulary, and skip-gram training pairs.
//!
//! - [`corpus`]: English and Japanese sentences with word relations built in
//!   (king − man + woman ≈ queen; 王 − 男 + 女 ≈ 女王).
//! - [`words`]: lower-cased words, punctuation kept or dropped.
//! - [`CharTokenizer`]: one token per character, the natural choice for Japanese.
//! - [`Bpe`]: subwords learned by merging the most frequent adjacent pair.
//! - [`Vocabulary`]: token ↔ id, `<unk>` first, then by frequency.
//! - [`skipgram_pairs`], [`NegativeSampler`]: (center, context) pairs and unigram^0.75
//!   negatives; [`SkipGramSource`]: them as a model's training batches.
//!
//! Every function is total: empty or huge input and any Unicode give a result or a
//! [`TextError`], never a panic; the limits are the `MAX_*` constants.

pub mod bpe;
pub mod chars;
pub mod corpus;
pub mod error;
pub mod pairs_source;
pub mod skipgram;
pub mod vectors;
pub mod vocab;
pub mod words;

pub use bpe::{Bpe, BPE_UNK_ID, END_OF_WORD, END_OF_WORD_ID, MAX_BPE_MERGES, MAX_BPE_TEXT_BYTES};
pub use chars::{chars, CharTokenizer, MAX_CHAR_TEXT_BYTES};
pub use corpus::{
    english_sentences, japanese_segmented_sentences, japanese_sentences, sentences, word_sentences,
    Language,
};
pub use error::TextError;
pub use pairs_source::SkipGramSource;
pub use skipgram::{
    skipgram_pairs, skipgram_pairs_in, NegativeSampler, MAX_NEGATIVES, MAX_WINDOW, UNIGRAM_POWER,
};
pub use vectors::{analogy, cosine, nearest};
pub use vocab::{Vocabulary, MAX_VOCABULARY, UNK, UNK_ID};
pub use words::{is_punctuation, words, Punctuation};
