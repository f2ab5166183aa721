//! The embeddings lab's text, built once from the bilingual corpus (`neurite_data::text`):
//! one word vocabulary for both languages (English lower-cased, Japanese as the corpus
//! segments it, 分かち書き), a character vocabulary and a BPE subword vocabulary learned on
//! the natural sentences, and the skip-gram pairs the word vectors train on.
//!
//! Why function words leave the pairs: a word carrying over 0.8 % of its language's tokens
//! ("the", "is", は, の, …) is everyone's context, so it teaches nothing about meaning, and
//! as everyone's negative it would pull every vector together — word2vec's subsampling of
//! frequent words does the same in expectation. Punctuation has ids (the tokenizer shows
//! them) but no pairs either. Words without pairs are not *trained*: they are left out of
//! the lab's word lists, neighbours and plot, and never drawn as negatives.

use std::sync::OnceLock;

use neurite_data::text::{
    skipgram_pairs_in, word_sentences, words, Bpe, CharTokenizer, Language, Punctuation, Vocabulary,
};

/// Skip-gram window: each word predicts the two words on either side.
pub const WINDOW: usize = 2;
/// BPE merges learned on the corpus (a "small learned vocabulary").
pub const BPE_MERGES: usize = 300;
/// A word above this share of its language's tokens, in per mille, is a function word.
pub const FREQUENT_PER_MILLE: u64 = 8;

/// Everything the lab derives from the corpus.
pub struct LabCorpus {
    /// Words of both languages (punctuation included) ↔ ids.
    pub vocab: Vocabulary,
    /// Whether each id has skip-gram pairs (its vector is trained).
    pub trained: Vec<bool>,
    /// Counts for negative sampling: the vocabulary's, zero for untrained ids.
    pub sampling_counts: Vec<u64>,
    /// (center, context) pairs of both languages, no pair across a sentence.
    pub pairs: Vec<(u32, u32)>,
    /// Characters of both languages' natural sentences.
    pub chars: CharTokenizer,
    /// Subwords learned on both languages' natural sentences.
    pub bpe: Option<Bpe>,
    /// Japanese words, longest first (the word tokenizer's dictionary for unsegmented text).
    pub ja_words: Vec<String>,
}

/// The corpus, built on first use (`None` only if the corpus outgrew the text tools'
/// limits, which the tests rule out: under 1,000 words and 200 KB of text).
pub fn corpus() -> Option<&'static LabCorpus> {
    static CORPUS: OnceLock<Option<LabCorpus>> = OnceLock::new();
    CORPUS.get_or_init(build).as_ref()
}

/// Whether `word` is written in Japanese script (the corpus's English is ASCII).
pub fn is_japanese(word: &str) -> bool {
    !word.is_ascii()
}

fn build() -> Option<LabCorpus> {
    let langs = [Language::English, Language::Japanese];
    let kept: Vec<Vec<Vec<String>>> = langs
        .iter()
        .map(|&l| {
            let s = word_sentences(l);
            s.iter().map(|s| words(s, Punctuation::Keep)).collect()
        })
        .collect();
    let vocab = Vocabulary::build(kept.iter().flatten().flatten(), 1).ok()?;
    let mut trained = vec![false; vocab.len()];
    let mut pairs = Vec::new();
    for sentences in &kept {
        let total: u64 = sentences
            .iter()
            .flatten()
            .map(|w| u64::from(!is_punct(w)))
            .sum();
        let keep = |w: &String| {
            let id = vocab.id_or_unk(w);
            !is_punct(w) && vocab.count(id) * 1000 <= total * FREQUENT_PER_MILLE
        };
        let ids: Vec<Vec<u32>> = sentences
            .iter()
            .map(|s| {
                s.iter()
                    .filter(|w| keep(w))
                    .map(|w| vocab.id_or_unk(w))
                    .collect()
            })
            .collect();
        for s in &ids {
            for &id in s {
                if let Some(t) = trained.get_mut(id as usize) {
                    *t = true;
                }
            }
        }
        pairs.extend(skipgram_pairs_in(&ids, WINDOW));
    }
    let sampling_counts = vocab
        .counts()
        .iter()
        .zip(&trained)
        .map(|(&c, &t)| if t { c } else { 0 })
        .collect();
    let natural: String = langs
        .iter()
        .flat_map(|&l| neurite_data::text::sentences(l))
        .collect::<Vec<_>>()
        .join("\n");
    let chars = CharTokenizer::learn(&natural).ok()?;
    let mut ja_words: Vec<String> = vocab
        .tokens()
        .filter(|w| is_japanese(w))
        .map(str::to_string)
        .collect();
    ja_words.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    Some(LabCorpus {
        trained,
        sampling_counts,
        pairs,
        bpe: Bpe::learn(&natural, BPE_MERGES).ok(),
        chars,
        ja_words,
        vocab,
    })
}

fn is_punct(w: &str) -> bool {
    w.chars().all(neurite_data::text::is_punctuation)
}

impl LabCorpus {
    /// The trained words, in id order (the lab's word lists).
    pub fn trained_words(&self) -> impl Iterator<Item = (u32, &str)> {
        self.vocab
            .tokens()
            .enumerate()
            .filter(|&(id, _)| self.trained.get(id).copied().unwrap_or(false))
            .map(|(id, w)| (id as u32, w))
    }

    /// The id of `word` when its vector is trained.
    pub fn trained_id(&self, word: &str) -> Option<u32> {
        self.vocab
            .id(word)
            .filter(|&id| self.trained.get(id as usize).copied().unwrap_or(false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_are_in_one_vocabulary_and_function_words_are_left_out() {
        let c = corpus().expect("the corpus builds");
        for w in ["king", "queen", "paris", "王", "女王", "男", "女"] {
            assert!(c.trained_id(w).is_some(), "{w}");
        }
        for w in ["the", "is", "は", "の", ".", "。"] {
            assert!(c.vocab.id(w).is_some() && c.trained_id(w).is_none(), "{w}");
        }
        let n = c.trained_words().count();
        assert!(n > 400 && n < c.vocab.len(), "{n} of {}", c.vocab.len());
        assert!(c.pairs.len() > 10_000, "{}", c.pairs.len());
        assert!(c.bpe.as_ref().is_some_and(|b| b.len() > b.base_len()));
        assert_eq!(
            c.ja_words.first().map(|w| w.chars().count() >= 2),
            Some(true)
        );
    }
}
