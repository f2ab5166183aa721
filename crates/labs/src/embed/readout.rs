//! What the lab reads out of the trained table: cosine similarity (コサイン類似度) with the
//! numbers of its formula, nearest neighbours and analogies — each among the trained words
//! of the query's own language (the two halves of the corpus never share a sentence, so an
//! English and a Japanese vector were never compared in training and their cosine means
//! nothing).

use neurite_data::text::cosine;
use neurite_data::text::vectors::row;

use super::corpus::{is_japanese, LabCorpus};
use super::session::DIM;

/// cos θ = a·b / (‖a‖‖b‖), with its parts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similarity {
    /// a·b.
    pub dot: f64,
    /// ‖a‖.
    pub norm_a: f64,
    /// ‖b‖.
    pub norm_b: f64,
    /// The cosine (0 when a vector is zero).
    pub cosine: f64,
    /// The angle θ = arccos(cos θ), in degrees.
    pub degrees: f64,
    /// The straight-line distance ‖a − b‖.
    pub distance: f64,
}

/// The similarity of `a` and `b` (vectors of one length).
pub fn similarity(a: &[f32], b: &[f32]) -> Similarity {
    let f = |v: &[f32], w: &[f32]| -> f64 {
        v.iter()
            .zip(w)
            .map(|(&x, &y)| f64::from(x) * f64::from(y))
            .sum()
    };
    let cos = cosine(a, b);
    let d2: f64 = a
        .iter()
        .zip(b)
        .map(|(&x, &y)| (f64::from(x) - f64::from(y)).powi(2))
        .sum();
    Similarity {
        dot: f(a, b),
        norm_a: libm::sqrt(f(a, a)),
        norm_b: libm::sqrt(f(b, b)),
        cosine: cos,
        degrees: libm::acos(cos.clamp(-1.0, 1.0)).to_degrees(),
        distance: libm::sqrt(d2),
    }
}

/// Ids of the trained words in the language of `word`, skipping `exclude`.
fn candidates(corpus: &LabCorpus, word: &str, exclude: &[u32]) -> Vec<u32> {
    let ja = is_japanese(word);
    corpus
        .trained_words()
        .filter(|&(id, w)| is_japanese(w) == ja && !exclude.contains(&id))
        .map(|(id, _)| id)
        .collect()
}

/// The `k` words most similar to `query` among `ids` (ties: lower id first).
fn ranked(table: &[f32], query: &[f32], ids: Vec<u32>, k: usize) -> Vec<(u32, f64)> {
    let mut scored: Vec<(u32, f64)> = ids
        .into_iter()
        .map(|id| (id, cosine(row(table, DIM, id), query)))
        .collect();
    scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    scored.truncate(k);
    scored
}

/// The `k` nearest neighbours of word `id` by cosine, itself included (first, at cosine 1,
/// unless its vector is zero).
pub fn neighbours(corpus: &LabCorpus, table: &[f32], id: u32, k: usize) -> Vec<(u32, f64)> {
    let word = corpus.vocab.token(id).unwrap_or("");
    ranked(table, row(table, DIM, id), candidates(corpus, word, &[]), k)
}

/// The `k` words nearest a − b + c, excluding the three (as is usual: otherwise a or c is
/// nearly always the answer).
pub fn analogy(
    corpus: &LabCorpus,
    table: &[f32],
    [a, b, c]: [u32; 3],
    k: usize,
) -> Vec<(u32, f64)> {
    let (ra, rb, rc) = (row(table, DIM, a), row(table, DIM, b), row(table, DIM, c));
    if ra.len() != DIM || rb.len() != DIM || rc.len() != DIM {
        return Vec::new();
    }
    let q: Vec<f32> = (0..DIM).map(|i| ra[i] - rb[i] + rc[i]).collect();
    let word = corpus.vocab.token(a).unwrap_or("");
    ranked(table, &q, candidates(corpus, word, &[a, b, c]), k)
}

/// Relations the corpus was written to contain, as analogies a − b + c → d: the lab says
/// whether the trained vectors found d.
pub const RELATIONS: [[&str; 4]; 8] = [
    ["king", "man", "woman", "queen"],
    ["prince", "boy", "girl", "princess"],
    ["王", "男", "女", "女王"],
    ["王子", "少年", "少女", "王女"],
    ["paris", "france", "japan", "tokyo"],
    ["パリ", "フランス", "日本", "東京"],
    ["walked", "walk", "run", "ran"],
    ["bigger", "big", "small", "smaller"],
];

/// The answer the corpus was written for, when a, b, c is one of [`RELATIONS`].
pub fn expected(a: &str, b: &str, c: &str) -> Option<&'static str> {
    RELATIONS
        .iter()
        .find(|r| r[0] == a && r[1] == b && r[2] == c)
        .map(|r| r[3])
}
