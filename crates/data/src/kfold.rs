//! k-fold cross-validation (交差検証法): `n` items dealt into `k` folds, so that training `k`
//! times — each time validating on one fold and training on the other `k − 1` — validates
//! every item exactly once.
//!
//! The items `0..n` are shuffled with the given `Rng` (use `Stream::Split`) and dealt round
//! robin: the item at shuffled position `p` goes to fold `p mod k`. So folds `0..n mod k`
//! hold `⌈n/k⌉` items and the rest `⌊n/k⌋` — sizes differ by at most one — and the same seed
//! always gives the same folds. Each fold's indices are kept in increasing order, so a
//! fold's training set is simply every index not in it, also increasing.

use neurite_nn::rng::Rng;

use crate::error::DataError;

/// Fewest folds (one would leave nothing to train on).
pub const MIN_FOLDS: usize = 2;

/// A partition of `0..n` into `k` folds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KFold {
    n: usize,
    folds: Vec<Vec<usize>>,
}

impl KFold {
    /// Deals `0..n` into `k` folds (see the module docs). Errors unless
    /// `MIN_FOLDS ≤ k ≤ n`, since every fold needs at least one item.
    pub fn new(n: usize, k: usize, rng: &mut Rng) -> Result<KFold, DataError> {
        if k < MIN_FOLDS || k > n {
            return Err(DataError::Folds { k, n });
        }
        let mut order: Vec<usize> = (0..n).collect();
        rng.shuffle(&mut order);
        let mut folds = vec![Vec::with_capacity(n.div_ceil(k)); k];
        for (position, &item) in order.iter().enumerate() {
            folds[position % k].push(item);
        }
        for fold in &mut folds {
            fold.sort_unstable();
        }
        Ok(KFold { n, folds })
    }

    /// Number of folds, `k`.
    pub fn k(&self) -> usize {
        self.folds.len()
    }

    /// Number of items partitioned, `n`.
    pub fn len(&self) -> usize {
        self.n
    }

    /// Whether there are no items (never true: `k ≤ n` and `k ≥ 2`).
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// The items fold `i` validates, increasing (empty if there is no fold `i`).
    pub fn validation(&self, i: usize) -> &[usize] {
        self.folds.get(i).map_or(&[], Vec::as_slice)
    }

    /// The items training uses while fold `i` validates: every other item, increasing.
    pub fn training(&self, i: usize) -> Vec<usize> {
        let held = self.validation(i);
        let mut out = Vec::with_capacity(self.n - held.len());
        let mut next = held.iter().peekable();
        for item in 0..self.n {
            if next.peek() == Some(&&item) {
                next.next();
            } else {
                out.push(item);
            }
        }
        out
    }

    /// The fold of each item `0..n`.
    pub fn fold_of(&self) -> Vec<usize> {
        let mut of = vec![0; self.n];
        for (f, fold) in self.folds.iter().enumerate() {
            for &item in fold {
                of[item] = f;
            }
        }
        of
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::rng::Stream;

    fn folds(n: usize, k: usize, seed: u64) -> KFold {
        KFold::new(n, k, &mut Rng::stream(seed, Stream::Split))
            .unwrap_or_else(|e| panic!("n {n}, k {k}: {e}"))
    }

    #[test]
    fn every_item_validates_exactly_once_and_sizes_differ_by_at_most_one() {
        for n in [2, 3, 7, 10, 45, 60, 101] {
            for k in 2..=10.min(n) {
                let f = folds(n, k, n as u64 * 31 + k as u64);
                assert_eq!((f.k(), f.len()), (k, n));
                let mut times = vec![0usize; n];
                for i in 0..k {
                    for &item in f.validation(i) {
                        times[item] += 1;
                    }
                    // Training and validation are disjoint and cover everything.
                    let train = f.training(i);
                    assert_eq!(train.len() + f.validation(i).len(), n);
                    assert!(train.iter().all(|t| !f.validation(i).contains(t)));
                    assert!(train.windows(2).all(|w| w[0] < w[1]));
                }
                assert!(times.iter().all(|&t| t == 1), "n {n}, k {k}: {times:?}");
                let sizes: Vec<usize> = (0..k).map(|i| f.validation(i).len()).collect();
                let (lo, hi) = (sizes.iter().min(), sizes.iter().max());
                assert!(hi.zip(lo).is_some_and(|(h, l)| h - l <= 1), "{sizes:?}");
                assert_eq!(sizes.iter().sum::<usize>(), n);
                let of = f.fold_of();
                assert!((0..k).all(|i| f.validation(i).iter().all(|&it| of[it] == i)));
            }
        }
    }

    #[test]
    fn deterministic_by_seed() {
        assert_eq!(folds(60, 5, 3), folds(60, 5, 3));
        assert_ne!(folds(60, 5, 3), folds(60, 5, 4));
        // Shuffled: fold 0 is not simply every k-th index.
        assert_ne!(
            folds(60, 5, 3).validation(0),
            (0..60).step_by(5).collect::<Vec<_>>()
        );
    }

    #[test]
    fn too_few_or_too_many_folds_are_errors() {
        let mut rng = Rng::stream(1, Stream::Split);
        assert_eq!(
            KFold::new(10, 1, &mut rng),
            Err(DataError::Folds { k: 1, n: 10 })
        );
        assert_eq!(
            KFold::new(3, 4, &mut rng),
            Err(DataError::Folds { k: 4, n: 3 })
        );
        let e = KFold::new(3, 4, &mut rng).map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("k-fold needs 2 ≤ k ≤ the number of points (3), got k = 4".into())
        );
        let f = folds(5, 5, 1);
        assert!(f.validation(5).is_empty() && !f.is_empty());
        assert!((0..5).all(|i| f.validation(i).len() == 1));
    }
}
