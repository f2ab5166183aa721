//! Sessions on a split of the caller's choosing — k-fold cross-validation (交差検証法) and
//! hold-out runs with other partitions — over the same data, network and settings.
//!
//! The *pool* of a split is every point it trains or validates on (the test points stay out
//! of any fold, untouched, as a final check). A [`KFold`] over the pool's positions gives,
//! for fold i, a split that validates on fold i and trains on the rest of the pool; across
//! the k folds every pool point validates exactly once.

use neurite_data::KFold;
use neurite_nn::Rng;

use super::{build, Session, SessionError, SplitIndices};
use crate::state::State;

impl SplitIndices {
    /// The points trained or validated on, increasing.
    pub fn pool(&self) -> Vec<usize> {
        let mut pool: Vec<usize> = self.train.iter().chain(&self.validation).copied().collect();
        pool.sort_unstable();
        pool
    }

    /// Fold `i` of `folds` (a partition of [`SplitIndices::pool`]'s positions): validate on
    /// the pool points of fold `i`, train on the other pool points, test as before. `None`
    /// unless `folds` partitions exactly the pool and has a fold `i`.
    pub fn fold(&self, folds: &KFold, i: usize) -> Option<SplitIndices> {
        let pool = self.pool();
        if folds.len() != pool.len() || i >= folds.k() {
            return None;
        }
        let pick = |positions: &[usize]| positions.iter().map(|&p| pool[p]).collect();
        Some(SplitIndices {
            train: pick(&folds.training(i)),
            validation: pick(folds.validation(i)),
            test: self.test.clone(),
        })
    }

    /// Another hold-out partition of the same pool: the pool shuffled by `rng` (use
    /// `Stream::Split` of another seed) and cut into as many training and validation points
    /// as before; the test points stay.
    pub fn reshuffled(&self, rng: &mut Rng) -> SplitIndices {
        let mut pool = self.pool();
        rng.shuffle(&mut pool);
        let train = pool.split_off(self.validation.len());
        let sorted = |mut v: Vec<usize>| {
            v.sort_unstable();
            v
        };
        SplitIndices {
            train: sorted(train),
            validation: sorted(pool),
            test: self.test.clone(),
        }
    }

    /// Checks that every index is below `n` and no point is in two parts (or twice in one).
    fn check(&self, n: usize) -> Result<(), SessionError> {
        let mut seen = vec![false; n];
        for &i in self.train.iter().chain(&self.validation).chain(&self.test) {
            match seen.get_mut(i) {
                Some(s) if !*s => *s = true,
                Some(_) => {
                    return Err(SessionError::Unsupported(format!(
                        "point {i} is in the split twice"
                    )))
                }
                None => {
                    return Err(SessionError::Unsupported(format!(
                        "the split names point {i}, but there are only {n} points"
                    )))
                }
            }
        }
        Ok(())
    }
}

impl Session {
    /// The session of `state` with its split replaced by `split` (indices into the
    /// state's dataset; points in no part are simply unused). Errors on an index out of
    /// range or a point in two parts.
    pub fn with_split(state: &State, split: SplitIndices) -> Result<Session, SessionError> {
        let mut session = Session::new(state)?;
        split.check(session.dataset.len())?;
        let data = build::samples(state, &session.dataset, &split);
        let network = session.trainer.network().clone();
        let mut trainer = neurite_nn::Trainer::new(network, data, super::train_config(state))?;
        trainer.set_epoch(state.epoch);
        session.trainer = trainer;
        session.split = split;
        Ok(session)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::Stream;

    #[test]
    fn folds_validate_every_pool_point_once_and_keep_the_test_points() {
        let state = State::default();
        let session = Session::new(&state).unwrap_or_else(|e| panic!("{e}"));
        let split = session.split().clone();
        let pool = split.pool();
        assert_eq!(pool.len(), 350);
        let folds = KFold::new(pool.len(), 4, &mut Rng::stream(1, Stream::Split))
            .unwrap_or_else(|e| panic!("{e}"));
        let mut validated = vec![0; session.dataset().len()];
        for i in 0..4 {
            let f = split.fold(&folds, i).unwrap_or_else(|| panic!("fold {i}"));
            assert_eq!(f.test, split.test);
            assert_eq!(f.train.len() + f.validation.len(), 350);
            f.validation.iter().for_each(|&p| validated[p] += 1);
            let s = Session::with_split(&state, f.clone()).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(s.trainer().data().validation.len(), f.validation.len());
            assert_eq!(s.split(), &f);
        }
        for (p, &times) in validated.iter().enumerate() {
            assert_eq!(times, usize::from(!split.test.contains(&p)), "point {p}");
        }
        assert!(split.fold(&folds, 4).is_none());
        let other = KFold::new(10, 2, &mut Rng::stream(1, Stream::Split));
        assert!(other.is_ok_and(|o| split.fold(&o, 0).is_none()));
    }

    #[test]
    fn the_own_split_reproduces_the_session_and_bad_splits_are_refused() {
        let state = State::default();
        let mut plain = Session::new(&state).unwrap_or_else(|e| panic!("{e}"));
        let split = plain.split().clone();
        let mut same = Session::with_split(&state, split.clone()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plain.train_epochs(5), same.train_epochs(5));
        let twice = SplitIndices {
            test: vec![split.train[0]],
            ..split.clone()
        };
        assert!(Session::with_split(&state, twice).is_err_and(|e| e.to_string().contains("twice")));
        let far = SplitIndices {
            test: vec![9999],
            ..SplitIndices::default()
        };
        assert!(Session::with_split(&state, far).is_err_and(|e| e.to_string().contains("9999")));
    }

    #[test]
    fn a_reshuffled_hold_out_keeps_sizes_pool_and_test() {
        let session = Session::new(&State::default()).unwrap_or_else(|e| panic!("{e}"));
        let split = session.split();
        let other = split.reshuffled(&mut Rng::stream(2, Stream::Split));
        assert_eq!(other.train.len(), split.train.len());
        assert_eq!(other.validation.len(), split.validation.len());
        assert_eq!((&other.test, other.pool()), (&split.test, split.pool()));
        assert_ne!(other.validation, split.validation);
        assert_eq!(other, split.reshuffled(&mut Rng::stream(2, Stream::Split)));
    }
}
