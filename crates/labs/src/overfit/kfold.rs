//! Hold-out (ホールドアウト法) against k-fold cross-validation (交差検証法), run progressively.
//!
//! Both score the lab's settings by the validation loss of the model a run ends with (after
//! the epoch budget, or where Early Stopping stopped — with the restored weights if it
//! restores them). Both use the same *pool*: the lab's training and validation points (its
//! test points stay out, as a final check no choice was made on).
//! - Hold-out: one run on the lab's own split (validation = a quarter of all points, a third
//!   of the pool) — exactly the lab's main run, so its score is the main run's final
//!   validation loss. [`CrossValidation::rerun_holdout`] adds hold-out runs on other random
//!   partitions of the pool (same sizes), to show how much one hold-out score depends on
//!   which points happened to be held out.
//! - k-fold: the pool dealt into k folds ([`neurite_data::KFold`], seeded); run i trains on
//!   the other k − 1 folds and validates on fold i, so every pool point validates exactly
//!   once. The estimate is the mean of the k scores, with their standard deviation.
//!
//! Every run is a playground [`Session`] on its split, advanced a few epochs per call of
//! [`CrossValidation::advance`], so a page can spread the k + 1 trainings over frames.

use std::collections::VecDeque;

use neurite_data::KFold;
use neurite_nn::{Rng, Stream};
use neurite_playground::{Session, SessionError, SplitIndices, State};

use super::state::OverfitLab;

/// Hold-out runs added by one [`CrossValidation::rerun_holdout`].
pub const HOLDOUT_RERUNS: usize = 4;

/// Which run a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Job {
    /// A hold-out run; `0` is the lab's own split, `r > 0` the pool reshuffled with seed
    /// `seed + r`.
    Holdout(u64),
    /// The run validating on fold `i`.
    Fold(usize),
}

/// Mean and population standard deviation (divided by n) of `scores`, in f64; `None` when
/// empty.
pub fn mean_sd(scores: &[f32]) -> Option<(f64, f64)> {
    if scores.is_empty() {
        return None;
    }
    let n = scores.len() as f64;
    let mean = scores.iter().map(|&s| f64::from(s)).sum::<f64>() / n;
    let var = scores
        .iter()
        .map(|&s| (f64::from(s) - mean).powi(2))
        .sum::<f64>()
        / n;
    Some((mean, var.sqrt()))
}

/// The hold-out and k-fold runs of one lab setting.
#[derive(Debug, Clone)]
pub struct CrossValidation {
    state: State,
    budget: usize,
    base: SplitIndices,
    folds: KFold,
    queue: VecDeque<Job>,
    current: Option<(Job, Session)>,
    fold_scores: Vec<Option<f32>>,
    holdout_scores: Vec<f32>,
    reruns: u64,
}

impl CrossValidation {
    /// The runs of `lab`, none trained yet: the hold-out on the lab's split, then folds
    /// 1 … k (`lab.folds`, dealt with `Stream::Split` of the lab's seed).
    pub fn new(lab: &OverfitLab) -> Result<CrossValidation, SessionError> {
        let state = lab.playground_state();
        let base = Session::new(&state)?.split().clone();
        let mut rng = Rng::stream(lab.seed, Stream::Split);
        let folds = KFold::new(base.pool().len(), lab.folds, &mut rng)?;
        let mut queue = VecDeque::from([Job::Holdout(0)]);
        queue.extend((0..lab.folds).map(Job::Fold));
        Ok(CrossValidation {
            state,
            budget: lab.epochs,
            base,
            fold_scores: vec![None; folds.k()],
            folds,
            queue,
            current: None,
            holdout_scores: Vec::new(),
            reruns: 0,
        })
    }

    /// The split of `job`.
    fn split(&self, job: Job) -> Option<SplitIndices> {
        match job {
            Job::Holdout(0) => Some(self.base.clone()),
            Job::Holdout(r) => {
                let seed = self.state.seed.wrapping_add(r);
                Some(self.base.reshuffled(&mut Rng::stream(seed, Stream::Split)))
            }
            Job::Fold(i) => self.base.fold(&self.folds, i),
        }
    }

    /// Trains up to `epochs` epochs of the current run (starting the next run when one
    /// ends) and says whether every queued run is done.
    pub fn advance(&mut self, epochs: usize) -> Result<bool, SessionError> {
        let mut left = epochs;
        while left > 0 {
            let Some((job, session)) = &mut self.current else {
                let Some(job) = self.queue.pop_front() else {
                    return Ok(true);
                };
                let split = self.split(job).ok_or_else(|| {
                    SessionError::Unsupported("the folds do not fit the data".into())
                })?;
                self.current = Some((job, Session::with_split(&self.state, split)?));
                continue;
            };
            let todo = left.min(self.budget.saturating_sub(session.trainer().epoch()));
            let ran = session.train_epochs(todo).len();
            left -= ran.max(1).min(left);
            if session.trainer().status().is_stopped() || session.trainer().epoch() >= self.budget {
                let score = session.trainer().evaluate().val_loss.unwrap_or(f32::NAN);
                match *job {
                    Job::Holdout(_) => self.holdout_scores.push(score),
                    Job::Fold(i) => self.fold_scores[i] = Some(score),
                }
                self.current = None;
            }
        }
        Ok(self.is_done())
    }

    /// Runs queued or in progress.
    pub fn runs_left(&self) -> usize {
        self.queue.len() + usize::from(self.current.is_some())
    }

    /// Whether every queued run has finished.
    pub fn is_done(&self) -> bool {
        self.current.is_none() && self.queue.is_empty()
    }

    /// Queues [`HOLDOUT_RERUNS`] more hold-out runs, each on another random partition.
    pub fn rerun_holdout(&mut self) {
        for _ in 0..HOLDOUT_RERUNS {
            self.reruns += 1;
            self.queue.push_back(Job::Holdout(self.reruns));
        }
    }

    /// The folds (a partition of the pool's positions).
    pub fn folds(&self) -> &KFold {
        &self.folds
    }

    /// The pool: the points the folds partition (indices into the dataset, increasing;
    /// position p of the pool is item p of [`CrossValidation::folds`]).
    pub fn pool(&self) -> Vec<usize> {
        self.base.pool()
    }

    /// The lab's own split (the first hold-out).
    pub fn base(&self) -> &SplitIndices {
        &self.base
    }

    /// Each fold's score once its run has finished.
    pub fn fold_scores(&self) -> &[Option<f32>] {
        &self.fold_scores
    }

    /// Mean and standard deviation of the fold scores, once every fold has run.
    pub fn kfold_estimate(&self) -> Option<(f64, f64)> {
        let scores: Option<Vec<f32>> = self.fold_scores.iter().copied().collect();
        mean_sd(&scores?)
    }

    /// The hold-out scores so far: the lab's own split first, then the reruns.
    pub fn holdout_scores(&self) -> &[f32] {
        &self.holdout_scores
    }

    /// The fold being trained now (0-based), if a fold run is in progress.
    pub fn running_fold(&self) -> Option<usize> {
        match &self.current {
            Some((Job::Fold(i), _)) => Some(*i),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab(k: usize) -> OverfitLab {
        OverfitLab {
            folds: k,
            epochs: 120,
            ..OverfitLab::default()
        }
    }

    fn finish(cv: &mut CrossValidation, chunk: usize) {
        while !cv.advance(chunk).unwrap_or_else(|e| panic!("{e}")) {}
    }

    #[test]
    fn k_folds_give_k_scores_and_validate_every_pool_point_once() {
        let mut cv = CrossValidation::new(&lab(5)).unwrap_or_else(|e| panic!("{e}"));
        let pool = cv.pool();
        let mut validated = vec![0; 40];
        for i in 0..5 {
            let split = cv.split(Job::Fold(i)).unwrap_or_else(|| panic!("fold {i}"));
            assert_eq!(split.test, cv.base().test);
            split.validation.iter().for_each(|&p| validated[p] += 1);
        }
        for (p, &times) in validated.iter().enumerate() {
            assert_eq!(times, usize::from(pool.contains(&p)), "point {p}");
        }
        assert_eq!(cv.kfold_estimate(), None);
        finish(&mut cv, 17);
        let scores: Vec<f32> = cv
            .fold_scores()
            .iter()
            .map(|s| s.unwrap_or(f32::NAN))
            .collect();
        assert!(
            scores.iter().all(|s| s.is_finite() && *s > 0.0),
            "{scores:?}"
        );
        let (mean, sd) = cv.kfold_estimate().unwrap_or_default();
        let by_hand = scores.iter().map(|&s| f64::from(s)).sum::<f64>() / 5.0;
        assert_eq!(mean, by_hand);
        assert!(sd > 0.0);
    }

    #[test]
    fn the_first_hold_out_is_the_labs_own_run_and_reruns_spread() {
        let l = lab(3);
        let mut cv = CrossValidation::new(&l).unwrap_or_else(|e| panic!("{e}"));
        finish(&mut cv, 1000);
        let mut main = l.start().unwrap_or_else(|e| panic!("{e}"));
        while !main.advance(1000) {}
        let own = main.session.trainer().evaluate().val_loss;
        assert_eq!(cv.holdout_scores().first().copied(), own);
        cv.rerun_holdout();
        assert!(!cv.is_done());
        finish(&mut cv, 50);
        let h = cv.holdout_scores();
        assert_eq!(h.len(), 1 + HOLDOUT_RERUNS);
        assert!(
            h.windows(2).any(|w| w[0] != w[1]),
            "other partitions, other scores: {h:?}"
        );
    }

    #[test]
    fn chunking_does_not_change_the_scores() {
        let (mut a, mut b) = (
            CrossValidation::new(&lab(4)).unwrap_or_else(|e| panic!("{e}")),
            CrossValidation::new(&lab(4)).unwrap_or_else(|e| panic!("{e}")),
        );
        finish(&mut a, 7);
        finish(&mut b, 10_000);
        assert_eq!(a.fold_scores(), b.fold_scores());
        assert_eq!(mean_sd(&[]), None);
        assert_eq!(mean_sd(&[1.0, 3.0]), Some((2.0, 1.0)));
    }
}
