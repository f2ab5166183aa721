//! The run's metrics history in a state, and how a long one is thinned.
//!
//! A state carries at most [`MAX_HISTORY`] epochs of metrics. A longer history keeps its
//! first and last epochs and every epoch that is a multiple of a stride `s`, the smallest
//! power of two that leaves at most `MAX_HISTORY` entries. It is deterministic (the epochs
//! kept depend only on the epochs present) and idempotent; with powers of two a thinned
//! history trained on and thinned again (a link of a link) keeps epochs of the same grid,
//! so sharing a run often changes at most how densely its older part is drawn — in the
//! common case (the new part alone needs the stride) nothing at all. Losses of the kept
//! epochs are exact; the chart
//! draws them at their epochs, so a thinned curve has the same shape with fewer corners.
//! Thinning never touches what training continues from (weights, memory, epoch).

use neurite_nn::EpochMetrics;

use super::validate::StateError;
use super::State;
use crate::limits::MAX_HISTORY;
use crate::link::name_of;

/// At most `max` (≥ 2) entries of `history` by the rule above; `history` itself when short.
pub fn thin_history(history: &[EpochMetrics], max: usize) -> Vec<EpochMetrics> {
    let kept = |stride: usize| {
        let last = history.len().saturating_sub(1);
        history
            .iter()
            .enumerate()
            .filter(move |&(i, m)| i == 0 || i == last || m.epoch % stride == 0)
            .map(|(_, m)| m)
    };
    let mut stride = 1usize;
    while kept(stride).count() > max.max(2) && stride < usize::MAX / 2 {
        stride *= 2;
    }
    kept(stride).cloned().collect()
}

fn shape(message: String) -> Result<(), StateError> {
    Err(StateError::Shape(message))
}

fn value_ok(v: Option<f32>, accuracy: bool) -> bool {
    v.is_none_or(|v| v.is_finite() && v >= 0.0 && (!accuracy || v <= 1.0))
}

impl State {
    /// History: only with weights, at most `MAX_HISTORY` entries, epochs strictly
    /// increasing within `1..=epoch`, losses finite and ≥ 0, accuracies in [0, 1].
    pub(super) fn validate_history(&self) -> Result<(), StateError> {
        let h = &self.history;
        if h.is_empty() {
            return Ok(());
        }
        if self.weights.is_none() {
            return shape("a metrics history needs the weights it was measured on".into());
        }
        if h.len() > MAX_HISTORY {
            return shape(format!(
                "the metrics history has {} epochs, more than the limit of {MAX_HISTORY}",
                h.len()
            ));
        }
        let increasing = h.windows(2).all(|w| w[0].epoch < w[1].epoch);
        let in_range = h.iter().all(|m| (1..=self.epoch).contains(&m.epoch));
        if !increasing || !in_range {
            return shape(format!(
                "the metrics history's epochs must increase within 1..={}",
                self.epoch
            ));
        }
        let bad = h.iter().find(|m| {
            ![m.train_loss, m.val_loss, m.test_loss]
                .iter()
                .all(|&v| value_ok(v, false))
                || ![m.train_acc, m.val_acc, m.test_acc]
                    .iter()
                    .all(|&v| value_ok(v, true))
        });
        match bad {
            Some(m) => shape(format!(
                "the metrics of epoch {} are out of range (losses ≥ 0, accuracies in [0, 1])",
                m.epoch
            )),
            None => Ok(()),
        }
    }

    /// Memory: only with weights, for the configured optimizer, shaped like the network.
    pub(super) fn validate_memory(&self, shapes: &[(usize, usize)]) -> Result<(), StateError> {
        let Some(memory) = &self.memory else {
            return Ok(());
        };
        if self.weights.is_none() {
            return shape("an optimizer memory needs the weights it belongs to".into());
        }
        let kind = self.training.optimizer.kind;
        if memory.optimizer.kind != kind {
            return shape(format!(
                "the optimizer memory is {}'s but the optimizer is {}",
                name_of(&memory.optimizer.kind),
                name_of(&kind)
            ));
        }
        if memory.early_stopping.is_some() && self.training.early_stopping.is_none() {
            return shape("an early stopping memory without early stopping".into());
        }
        let sizes: Vec<(usize, usize)> = shapes.iter().map(|&(i, o)| (i * o, o)).collect();
        memory.check(&sizes).map_err(StateError::Shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(epochs: impl IntoIterator<Item = usize>) -> Vec<EpochMetrics> {
        epochs
            .into_iter()
            .map(|epoch| EpochMetrics {
                epoch,
                train_loss: Some(1.0 / epoch as f32),
                ..EpochMetrics::default()
            })
            .collect()
    }

    fn epochs(h: &[EpochMetrics]) -> Vec<usize> {
        h.iter().map(|m| m.epoch).collect()
    }

    #[test]
    fn short_histories_are_kept_whole() {
        let h = run(1..=10);
        assert_eq!(thin_history(&h, 10), h);
        assert_eq!(thin_history(&[], 10), vec![]);
    }

    #[test]
    fn long_histories_keep_first_last_and_a_power_of_two_stride() {
        let h = run(1..=10);
        // Stride 2: 1, 2, 4, 6, 8, 10 is six; stride 4: 1, 4, 8, 10.
        assert_eq!(epochs(&thin_history(&h, 6)), vec![1, 2, 4, 6, 8, 10]);
        assert_eq!(epochs(&thin_history(&h, 5)), vec![1, 4, 8, 10]);
        let long = run(1..=5003);
        let thin = thin_history(&long, MAX_HISTORY);
        // 5003 / 8 = 625 multiples of 8, plus epochs 1 and 5003.
        assert_eq!(thin.len(), 627);
        assert_eq!(epochs(&thin)[..3], [1, 8, 16]);
        assert_eq!(thin.last(), long.last());
    }

    #[test]
    fn thinning_is_idempotent_and_a_reshared_run_thins_like_the_original() {
        let long = run(1..=5003);
        let once = thin_history(&long, MAX_HISTORY);
        assert_eq!(thin_history(&once, MAX_HISTORY), once);
        // Trained on after a thinned link, then thinned again: as if never shared.
        let mut continued = once.clone();
        continued.extend(run(5004..=9000));
        let mut full = long;
        full.extend(run(5004..=9000));
        assert_eq!(
            thin_history(&continued, MAX_HISTORY),
            thin_history(&full, MAX_HISTORY)
        );
    }
}
