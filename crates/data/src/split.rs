//! Splitting point indices into train / validation / test sets.
//!
//! Counts use the largest-remainder method: each part gets ⌊n·p/100⌋ and the leftover
//! points go to the parts with the largest fractional remainders (ties: train, then
//! validation, then test). So the counts always sum to n, each is within one point of its
//! exact share, and a 0 % part stays empty. The indices are shuffled with the given `Rng`
//! (use `Stream::Split`) before being cut.

use neurite_nn::rng::Rng;
use serde::{Deserialize, Serialize};

use crate::error::DataError;

/// Percentages of points for training, validation and testing; they sum to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SplitPercent {
    pub train: u8,
    pub validation: u8,
    pub test: u8,
}

impl SplitPercent {
    /// A checked split.
    pub fn new(train: u8, validation: u8, test: u8) -> Result<Self, DataError> {
        let s = SplitPercent {
            train,
            validation,
            test,
        };
        s.validate().map(|()| s)
    }

    /// Errors unless the three percentages add up to 100.
    pub fn validate(&self) -> Result<(), DataError> {
        let sum = self.sum();
        if sum == 100 {
            Ok(())
        } else {
            Err(DataError::SplitSum { sum })
        }
    }

    fn sum(&self) -> u32 {
        u32::from(self.train) + u32::from(self.validation) + u32::from(self.test)
    }

    /// Sizes of the three parts for `n` points (see the module docs). A split that does
    /// not sum to 100 is read proportionally; one that sums to 0 puts everything in train.
    pub fn counts(&self, n: usize) -> [usize; 3] {
        let total = self.sum() as usize;
        if total == 0 {
            return [n, 0, 0];
        }
        let parts = [self.train, self.validation, self.test].map(usize::from);
        // n ≤ usize::MAX / 256 in practice; use u128 so the products cannot overflow.
        let exact = parts.map(|p| (n as u128 * p as u128, total as u128));
        let mut counts = exact.map(|(num, den)| (num / den) as usize);
        // The parts by largest remainder first, ties by index: three compare-and-swaps sort
        // three items (no general sort for so few).
        let mut order = [0usize, 1, 2];
        let after = |a: usize, b: usize| {
            let (ra, rb) = (exact[a].0 % exact[a].1, exact[b].0 % exact[b].1);
            rb.cmp(&ra).then(a.cmp(&b)).is_gt()
        };
        for (i, j) in [(0, 1), (1, 2), (0, 1)] {
            if after(order[i], order[j]) {
                order.swap(i, j);
            }
        }
        let assigned: usize = counts.iter().sum();
        for &i in order.iter().take(n - assigned) {
            counts[i] += 1;
        }
        counts
    }
}

impl Default for SplitPercent {
    /// TFP's default: half the points train, half test.
    fn default() -> Self {
        SplitPercent {
            train: 50,
            validation: 0,
            test: 50,
        }
    }
}

/// Shuffled indices `0..n` cut into (train, validation, test) by `split.counts(n)`.
pub fn split_indices(
    n: usize,
    split: SplitPercent,
    rng: &mut Rng,
) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
    let mut idx: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut idx);
    let [train, validation, _] = split.counts(n);
    let test = idx.split_off(train + validation);
    let validation_part = idx.split_off(train);
    (idx, validation_part, test)
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::rng::Stream;

    #[test]
    fn counts_follow_the_largest_remainder_ties_to_the_first() {
        // Oracle: the rule written with a general sort.
        for n in 0..60 {
            for t in (0..=100u8).step_by(7) {
                for v in (0..=100 - t).step_by(9) {
                    let sp = SplitPercent::new(t, v, 100 - t - v).unwrap_or_default();
                    let parts = [sp.train, sp.validation, sp.test].map(usize::from);
                    let mut counts = parts.map(|p| n * p / 100);
                    let mut order = [0usize, 1, 2];
                    order.sort_by_key(|&i| (std::cmp::Reverse(n * parts[i] % 100), i));
                    let left = n - counts.iter().sum::<usize>();
                    order.iter().take(left).for_each(|&i| counts[i] += 1);
                    assert_eq!(sp.counts(n), counts, "n={n} {t}/{v}");
                }
            }
        }
    }

    #[test]
    fn counts_sum_and_round() {
        let s = SplitPercent::new(70, 15, 15).unwrap_or_default();
        assert_eq!(s.counts(100), [70, 15, 15]);
        assert_eq!(s.counts(10), [7, 2, 1]);
        assert_eq!(s.counts(1), [1, 0, 0]);
        let half = SplitPercent::default();
        assert_eq!(half.counts(7), [4, 0, 3]);
        for n in 0..300 {
            for s in [(33, 33, 34), (50, 25, 25), (10, 0, 90), (1, 1, 98)] {
                let sp = SplitPercent::new(s.0, s.1, s.2).unwrap_or_default();
                let c = sp.counts(n);
                assert_eq!(c.iter().sum::<usize>(), n);
                for (k, p) in [s.0, s.1, s.2].into_iter().enumerate() {
                    let exact = n as f64 * f64::from(p) / 100.0;
                    assert!((c[k] as f64 - exact).abs() < 1.0, "n={n} {s:?} {c:?}");
                    if p == 0 {
                        assert_eq!(c[k], 0);
                    }
                }
            }
        }
    }

    #[test]
    fn validation() {
        assert_eq!(
            SplitPercent::new(50, 20, 20),
            Err(DataError::SplitSum { sum: 90 })
        );
        assert!(SplitPercent::new(100, 0, 0).is_ok());
        let odd = SplitPercent {
            train: 1,
            validation: 1,
            test: 0,
        };
        assert_eq!(odd.counts(10), [5, 5, 0]);
        let zero = SplitPercent {
            train: 0,
            validation: 0,
            test: 0,
        };
        assert_eq!(zero.counts(10), [10, 0, 0]);
    }

    #[test]
    fn split_is_a_disjoint_cover() {
        let mut rng = Rng::stream(5, Stream::Split);
        let s = SplitPercent::new(60, 20, 20).unwrap_or_default();
        let (a, b, c) = split_indices(501, s, &mut rng);
        assert_eq!((a.len(), b.len(), c.len()), (301, 100, 100));
        let mut all: Vec<usize> = a.iter().chain(&b).chain(&c).copied().collect();
        all.sort_unstable();
        assert_eq!(all, (0..501).collect::<Vec<_>>());
        // Shuffled, not in order.
        assert_ne!(a, (0..301).collect::<Vec<_>>());
        let mut again = Rng::stream(5, Stream::Split);
        assert_eq!(split_indices(501, s, &mut again).0, a);
    }
}
