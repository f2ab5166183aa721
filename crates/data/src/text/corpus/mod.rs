//! A small bilingual corpus written for the token, embedding (単語ベクトル, 分散表現) and
//! cosine-similarity (コサイン類似度) labs.
//!
//! The sentences are generated from templates and fixed word lists, without randomness, so the
//! corpus is the same on every build. Word relations are built in: each word of a relation
//! (king / queen / man / woman, 王 / 女王 / 男 / 女, Paris / France, dog / barks, one / two,
//! red / blue, big / bigger, walk / walked) fills the same templates as its partners, and only
//! the words carrying the relation differ, so a skip-gram model can learn
//! king − man + woman ≈ queen from co-occurrence alone.
//!
//! English comes as ordinary sentences. Japanese comes twice: natural, without spaces (for the
//! character and BPE tokenizers), and segmented into words with single spaces (分かち書き, for
//! the word tokenizer); the two differ only by the spaces. The accessors build the sentences
//! once and hand out `&'static str`s.

mod english;
mod japanese;

use std::sync::OnceLock;

/// A language of the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Japanese,
}

/// `template` with each `{i}` replaced by `args[i]` (at most ten arguments).
fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_string();
    for (i, arg) in args.iter().enumerate().take(10) {
        out = out.replace(&format!("{{{i}}}"), arg);
    }
    out
}

/// Every template filled with every row, row by row.
fn table<const N: usize>(out: &mut Vec<String>, rows: &[[&str; N]], templates: &[&str]) {
    for row in rows {
        for template in templates {
            out.push(fill(template, row));
        }
    }
}

/// `s` with its first character in upper case.
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn leak(sentences: &'static [String]) -> Vec<&'static str> {
    sentences.iter().map(String::as_str).collect()
}

/// The English sentences, in a fixed order (people, countries, animals, numbers, colours,
/// sizes, verbs).
pub fn english_sentences() -> Vec<&'static str> {
    static EN: OnceLock<Vec<String>> = OnceLock::new();
    leak(EN.get_or_init(|| english::sentences().iter().map(|s| capitalize(s)).collect()))
}

/// The Japanese sentences segmented into words with single spaces (分かち書き), in the same
/// order as [`japanese_sentences`].
pub fn japanese_segmented_sentences() -> Vec<&'static str> {
    static JA_SEG: OnceLock<Vec<String>> = OnceLock::new();
    leak(JA_SEG.get_or_init(japanese::segmented))
}

/// The Japanese sentences as natural text, without spaces.
pub fn japanese_sentences() -> Vec<&'static str> {
    static JA: OnceLock<Vec<String>> = OnceLock::new();
    leak(JA.get_or_init(|| {
        japanese::segmented()
            .iter()
            .map(|s| s.replace(' ', ""))
            .collect()
    }))
}

/// The natural sentences of `language`.
pub fn sentences(language: Language) -> Vec<&'static str> {
    match language {
        Language::English => english_sentences(),
        Language::Japanese => japanese_sentences(),
    }
}

/// The sentences of `language` as the word tokenizer should see them: English as is,
/// Japanese segmented.
pub fn word_sentences(language: Language) -> Vec<&'static str> {
    match language {
        Language::English => english_sentences(),
        Language::Japanese => japanese_segmented_sentences(),
    }
}
