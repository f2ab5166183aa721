//! Deterministic, seedable randomness with independent streams.
//!
//! One user-visible seed feeds four separate streams (data, initial weights, batch order,
//! dropout) so that, for example, changing the batch size never changes the dataset. The
//! generator is xoshiro256++ seeded through SplitMix64; it uses only integer arithmetic,
//! and the float conversions below are exact, so the same seed gives bit-identical numbers
//! natively and in WebAssembly. Transcendental functions come from `libm` for the same reason.

use serde::{Deserialize, Serialize};

/// Which independent random stream a consumer draws from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stream {
    /// Dataset generation and noise.
    Data,
    /// Initial weights and biases.
    Weights,
    /// Per-epoch shuffling of the training set.
    Batches,
    /// Dropout masks.
    Dropout,
    /// Splitting points into train / validation / test.
    Split,
}

impl Stream {
    fn salt(self) -> u64 {
        match self {
            Stream::Data => 0x6461_7461,
            Stream::Weights => 0x7765_6967_6874,
            Stream::Batches => 0x62_6174_6368,
            Stream::Dropout => 0x6472_6f70,
            Stream::Split => 0x73_706c_6974,
        }
    }
}

/// xoshiro256++ pseudo-random generator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng {
    state: [u64; 4],
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator fully determined by `seed`.
    pub fn new(seed: u64) -> Self {
        let mut sm = seed;
        let state = [
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
        ];
        Rng { state }
    }

    /// The generator for one `stream` of the user seed `seed`.
    pub fn stream(seed: u64, stream: Stream) -> Self {
        let mut sm = seed ^ stream.salt().rotate_left(17);
        Rng::new(splitmix64(&mut sm))
    }

    /// The generator for item `index` (e.g. an epoch) of one `stream` of the user seed.
    ///
    /// Training draws each epoch's batch order and dropout masks from the epoch's own
    /// generator, so a run restored at epoch E (from a share link) continues exactly as the
    /// original did, without replaying E epochs of random draws.
    pub fn stream_at(seed: u64, stream: Stream, index: u64) -> Self {
        let mut sm = seed ^ stream.salt().rotate_left(17);
        let base = splitmix64(&mut sm);
        let mut mixed = base ^ index.wrapping_mul(0xD6E8_FEB8_6659_FD93);
        Rng::new(splitmix64(&mut mixed))
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.state;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1) with 53 random bits (exact conversion).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in [0, 1) with 24 random bits (exact conversion).
    pub fn next_f32(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 * (1.0 / (1u32 << 24) as f32)
    }

    /// Uniform in [lo, hi).
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.next_f64()
    }

    /// Uniform integer in `0..n` without modulo bias. Returns 0 when `n == 0`.
    pub fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        let n = n as u64;
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let v = self.next_u64();
            if v < zone {
                return (v % n) as usize;
            }
        }
    }

    /// Standard normal sample N(0, 1) by the Box–Muller transform (libm, so deterministic).
    pub fn normal(&mut self) -> f64 {
        // 1 - u lies in (0, 1], so the logarithm is finite.
        let u1 = 1.0 - self.next_f64();
        let u2 = self.next_f64();
        libm::sqrt(-2.0 * libm::log(u1)) * libm::cos(std::f64::consts::TAU * u2)
    }

    /// Normal sample with the given mean and standard deviation.
    pub fn gaussian(&mut self, mean: f64, std_dev: f64) -> f64 {
        mean + std_dev * self.normal()
    }

    /// Fisher–Yates shuffle in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence_and_streams_differ() {
        let mut a = Rng::stream(42, Stream::Data);
        let mut b = Rng::stream(42, Stream::Data);
        let mut c = Rng::stream(42, Stream::Weights);
        let xs: Vec<u64> = (0..8).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..8).map(|_| b.next_u64()).collect();
        let zs: Vec<u64> = (0..8).map(|_| c.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(xs, zs);
    }

    #[test]
    fn indexed_streams_are_reproducible_and_distinct() {
        let draw = |i| Rng::stream_at(5, Stream::Batches, i).next_u64();
        assert_eq!(draw(3), draw(3));
        let all: Vec<u64> = (0..100).map(draw).collect();
        let mut unique = all.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), all.len());
        assert_ne!(
            Rng::stream_at(5, Stream::Batches, 1).next_u64(),
            Rng::stream_at(5, Stream::Dropout, 1).next_u64()
        );
    }

    #[test]
    fn uniform_mean_and_range() {
        let mut r = Rng::new(7);
        let n = 100_000;
        let mut sum = 0.0;
        for _ in 0..n {
            let v = r.next_f64();
            assert!((0.0..1.0).contains(&v));
            sum += v;
        }
        let mean = sum / n as f64;
        assert!((mean - 0.5).abs() < 0.01, "mean {mean}");
    }

    #[test]
    fn normal_moments() {
        let mut r = Rng::new(3);
        let n = 100_000;
        let xs: Vec<f64> = (0..n).map(|_| r.normal()).collect();
        let mean = xs.iter().sum::<f64>() / n as f64;
        let var = xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n as f64;
        assert!(mean.abs() < 0.02, "mean {mean}");
        assert!((var - 1.0).abs() < 0.03, "var {var}");
    }

    #[test]
    fn below_is_in_range_and_covers() {
        let mut r = Rng::new(9);
        let mut seen = [0usize; 5];
        for _ in 0..5000 {
            seen[r.below(5)] += 1;
        }
        assert!(seen.iter().all(|&c| c > 800), "{seen:?}");
        assert_eq!(r.below(0), 0);
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut r = Rng::new(1);
        let mut v: Vec<usize> = (0..50).collect();
        r.shuffle(&mut v);
        let mut sorted = v.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        assert_ne!(v, (0..50).collect::<Vec<_>>());
    }
}
