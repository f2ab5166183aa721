//! Training pairs for skip-gram embeddings (単語ベクトル): each word predicts its neighbours,
//! and negative sampling contrasts them with random words.
//!
//! Maths in one line: a negative id `w` is drawn with probability
//! P(w) = count(w)^0.75 / Σ_v count(v)^0.75 — the unigram distribution flattened by the
//! power 3/4 (word2vec), so rare words are drawn more often than their raw share.
//! Powers come from `libm::pow` and draws from a passed-in [`Rng`], so samples are
//! bit-identical natively and in wasm.

use neurite_nn::rng::Rng;

use super::error::TextError;

/// Largest skip-gram window; larger windows are clamped to it.
pub const MAX_WINDOW: usize = 16;
/// Most negatives one [`NegativeSampler::sample`] call returns; larger `k` is clamped.
pub const MAX_NEGATIVES: usize = 4096;
/// Exponent of the negative-sampling distribution.
pub const UNIGRAM_POWER: f64 = 0.75;

/// The (center, context) pairs of `ids` for a window of `window` tokens on each side
/// (clamped to [`MAX_WINDOW`]). Order: centers left to right; for each center, its contexts
/// left to right (i − window … i − 1, then i + 1 … i + window), skipping positions outside
/// the sequence.
///
/// ```
/// use neurite_data::text::skipgram_pairs;
/// assert_eq!(skipgram_pairs(&[7, 8, 9], 1), [(7, 8), (8, 7), (8, 9), (9, 8)]);
/// ```
pub fn skipgram_pairs(ids: &[u32], window: usize) -> Vec<(u32, u32)> {
    let window = window.min(MAX_WINDOW);
    let mut out = Vec::with_capacity(ids.len().saturating_mul(2 * window));
    for (i, &center) in ids.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = i.saturating_add(window).min(ids.len().saturating_sub(1));
        for j in lo..=hi {
            if let (true, Some(&context)) = (j != i, ids.get(j)) {
                out.push((center, context));
            }
        }
    }
    out
}

/// [`skipgram_pairs`] of each sentence in turn, so no pair crosses a sentence boundary.
pub fn skipgram_pairs_in<S: AsRef<[u32]>>(sentences: &[S], window: usize) -> Vec<(u32, u32)> {
    sentences
        .iter()
        .flat_map(|s| skipgram_pairs(s.as_ref(), window))
        .collect()
}

/// Draws negative ids from the unigram^0.75 distribution of a vocabulary's counts.
#[derive(Debug, Clone, PartialEq)]
pub struct NegativeSampler {
    /// Running sums of count^0.75, indexed by id.
    cumulative: Vec<f64>,
    /// The largest id with a positive count (every draw is at most this).
    last: usize,
}

impl NegativeSampler {
    /// The sampler for `counts[id]` (e.g. [`Vocabulary::counts`](super::Vocabulary::counts)).
    /// Ids with count 0 (such as an unused `<unk>`) are never drawn. Errors when no count is
    /// positive.
    pub fn new(counts: &[u64]) -> Result<NegativeSampler, TextError> {
        let mut cumulative = Vec::with_capacity(counts.len());
        let mut total = 0.0;
        let mut last = None;
        for (id, &count) in counts.iter().enumerate() {
            if count > 0 {
                // u64 → f64 rounds to nearest for huge counts: deterministic everywhere.
                total += libm::pow(count as f64, UNIGRAM_POWER);
                last = Some(id);
            }
            cumulative.push(total);
        }
        match last {
            Some(last) if total.is_finite() => Ok(NegativeSampler { cumulative, last }),
            _ => Err(TextError::NoCounts),
        }
    }

    /// P(id) under the sampler's distribution (0 for out-of-range ids).
    pub fn probability(&self, id: u32) -> f64 {
        let id = id as usize;
        let (Some(&hi), Some(&total)) = (self.cumulative.get(id), self.cumulative.last()) else {
            return 0.0;
        };
        let lo = if id == 0 {
            0.0
        } else {
            self.cumulative.get(id - 1).copied().unwrap_or(0.0)
        };
        (hi - lo) / total
    }

    /// One id: a uniform draw in [0, total) located by binary search in the running sums.
    pub fn draw(&self, rng: &mut Rng) -> u32 {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let u = rng.next_f64() * total;
        let id = self.cumulative.partition_point(|&c| c <= u).min(self.last);
        // `last` is below the length of the counts, which the constructor's caller indexes
        // with u32 ids.
        id as u32
    }

    /// `k` ids drawn independently (the same id may repeat, as in word2vec); `k` is clamped
    /// to [`MAX_NEGATIVES`].
    pub fn sample(&self, rng: &mut Rng, k: usize) -> Vec<u32> {
        (0..k.min(MAX_NEGATIVES)).map(|_| self.draw(rng)).collect()
    }

    /// Number of ids the sampler covers (the length of the counts it was built from).
    pub fn len(&self) -> usize {
        self.cumulative.len()
    }

    /// Whether the sampler covers no ids (never true for a constructed sampler).
    pub fn is_empty(&self) -> bool {
        self.cumulative.is_empty()
    }
}
