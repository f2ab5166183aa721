//! Skip-gram training batches with negative sampling, as a model's [`BatchSource`]: each
//! (center, context) pair gives one sample `[center, context]` with target 1 and `k` samples
//! `[center, w]` with target 0, `w` drawn from the unigram^0.75 distribution
//! ([`NegativeSampler`]) by the trainer's per-epoch data stream. A model
//! `embedding V×D, dot, sigmoid` with binary cross-entropy then learns word vectors whose
//! dot products say which words share contexts (word2vec's objective, one shared table).

use super::error::TextError;
use super::skipgram::{NegativeSampler, MAX_NEGATIVES};
use neurite_nn::model::source::{Batch, BatchSource};
use neurite_nn::rng::Rng;

/// (center, context) pairs with `negatives` drawn per pair.
#[derive(Debug, Clone)]
pub struct SkipGramSource {
    pairs: Vec<(u32, u32)>,
    sampler: NegativeSampler,
    negatives: usize,
}

impl SkipGramSource {
    /// Pairs from [`super::skipgram_pairs`], negatives weighted by `counts` (a
    /// [`super::Vocabulary`]'s); `negatives` is clamped to [`MAX_NEGATIVES`].
    pub fn new(
        pairs: Vec<(u32, u32)>,
        counts: &[u64],
        negatives: usize,
    ) -> Result<SkipGramSource, TextError> {
        Ok(SkipGramSource {
            pairs,
            sampler: NegativeSampler::new(counts)?,
            negatives: negatives.min(MAX_NEGATIVES),
        })
    }

    /// Samples one pair makes: the true one and its negatives.
    pub fn samples_per_pair(&self) -> usize {
        1 + self.negatives
    }
}

impl BatchSource for SkipGramSource {
    fn len(&self) -> usize {
        self.pairs.len()
    }

    fn fill(&self, indices: &[usize], rng: &mut Rng, batch: &mut Batch) {
        batch.n = 0;
        batch.x.clear();
        batch.target.clear();
        batch.side.clear();
        for &(center, context) in indices.iter().filter_map(|&i| self.pairs.get(i)) {
            batch.x.extend([center as f32, context as f32]);
            batch.target.push(1.0);
            for _ in 0..self.negatives {
                batch
                    .x
                    .extend([center as f32, self.sampler.draw(rng) as f32]);
                batch.target.push(0.0);
            }
            batch.n += self.samples_per_pair();
        }
    }
}
