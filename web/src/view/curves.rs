//! Loss and accuracy curves per epoch, and the two markers drawn on them: the epoch with the
//! lowest validation loss, and where overfitting begins — the first later epoch at which
//! validation loss has risen clearly (by [`OVERFIT_RISE`]) above that best while training
//! loss is still below its value at the best epoch.

use neurite_nn::EpochMetrics;

/// Relative rise of the validation loss over its best that counts as overfitting.
pub const OVERFIT_RISE: f32 = 0.05;

/// Loss and accuracy per epoch for the three splits (`NaN` where a split is empty).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Curves {
    /// The epoch (1-based) of each entry: consecutive in a run trained here, with gaps in
    /// the older part of a run opened from a link whose long history was thinned.
    pub epochs: Vec<usize>,
    pub train_loss: Vec<f32>,
    pub val_loss: Vec<f32>,
    pub test_loss: Vec<f32>,
    pub train_acc: Vec<f32>,
    pub val_acc: Vec<f32>,
    pub test_acc: Vec<f32>,
    /// Index into the vectors (see `epochs`) of the lowest validation loss.
    pub best: Option<usize>,
    /// Index of the first epoch after which validation loss rises while training loss
    /// keeps falling.
    pub overfit: Option<usize>,
}

impl Curves {
    /// The epoch of entry `i` (entry `i` is epoch `i + 1` when no epochs are listed).
    pub fn epoch(&self, i: usize) -> usize {
        self.epochs.get(i).copied().unwrap_or(i + 1)
    }

    /// The entry nearest epoch `e` (the first of two equally near).
    pub fn nearest(&self, e: usize) -> usize {
        let n = self.train_loss.len().max(self.epochs.len());
        let after = self.epochs.partition_point(|&x| x < e);
        match (after.checked_sub(1), after < self.epochs.len()) {
            _ if self.epochs.is_empty() => e.saturating_sub(1).min(n.saturating_sub(1)),
            (Some(b), true) if e - self.epochs[b] <= self.epochs[after] - e => b,
            (_, true) => after,
            (b, false) => b.unwrap_or(0),
        }
    }

    /// The columns of a trainer's `history` (one entry per epoch, `NaN` where a split is
    /// empty), with the markers placed.
    pub fn from_history(history: &[EpochMetrics]) -> Curves {
        let col = |f: fn(&EpochMetrics) -> Option<f32>| -> Vec<f32> {
            history.iter().map(|m| f(m).unwrap_or(f32::NAN)).collect()
        };
        Curves {
            epochs: history.iter().map(|m| m.epoch).collect(),
            train_loss: col(|m| m.train_loss),
            val_loss: col(|m| m.val_loss),
            test_loss: col(|m| m.test_loss),
            train_acc: col(|m| m.train_acc),
            val_acc: col(|m| m.val_acc),
            test_acc: col(|m| m.test_acc),
            best: None,
            overfit: None,
        }
        .with_markers()
    }

    /// Places the markers on the loss columns (call after filling them).
    pub fn with_markers(mut self) -> Curves {
        self.best = argmin(&self.val_loss);
        if let Some(b) = self.best {
            let (best_val, train_at_best) = (self.val_loss[b], self.train_loss[b]);
            self.overfit = (b + 1..self.val_loss.len()).find(|&e| {
                self.val_loss[e] > best_val * (1.0 + OVERFIT_RISE)
                    && self.train_loss.get(e).is_some_and(|&t| t < train_at_best)
            });
        }
        self
    }
}

/// Index of the smallest finite value.
fn argmin(v: &[f32]) -> Option<usize> {
    v.iter()
        .enumerate()
        .filter(|(_, x)| x.is_finite())
        .min_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn losses(pairs: &[(f32, f32)]) -> Curves {
        Curves {
            train_loss: pairs.iter().map(|p| p.0).collect(),
            val_loss: pairs.iter().map(|p| p.1).collect(),
            ..Curves::default()
        }
        .with_markers()
    }

    #[test]
    fn markers_find_best_and_overfitting() {
        let c = losses(&[(1.0, 1.0), (0.5, 0.6), (0.3, 0.62), (0.2, 0.7), (0.1, 0.9)]);
        assert_eq!(c.best, Some(1));
        // 0.62 is within 5 % of 0.6; 0.7 is the first clear rise.
        assert_eq!(c.overfit, Some(3));
    }

    #[test]
    fn no_overfitting_while_training_loss_rises_too() {
        let c = losses(&[(1.0, 1.0), (0.5, 0.6), (0.6, 0.9)]);
        assert_eq!((c.best, c.overfit), (Some(1), None));
    }

    #[test]
    fn no_markers_without_validation() {
        let c = losses(&[(1.0, f32::NAN), (0.5, f32::NAN)]);
        assert_eq!((c.best, c.overfit), (None, None));
    }

    #[test]
    fn thinned_epochs_are_found_by_nearest_entry() {
        let c = Curves {
            epochs: vec![1, 4, 8, 9],
            train_loss: vec![1.0; 4],
            ..Curves::default()
        };
        let found: Vec<usize> = (0..=10).map(|e| c.nearest(e)).collect();
        // 0–2 → epoch 1, 3–6 → 4 (6 is as near 4 as 8: the first wins), 7–8 → 8, 9–10 → 9.
        assert_eq!(found, vec![0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3]);
        assert_eq!((c.epoch(2), c.epoch(7)), (8, 8));
        let plain = Curves {
            train_loss: vec![1.0; 3],
            ..Curves::default()
        };
        assert_eq!(
            (plain.epoch(2), plain.nearest(3), plain.nearest(9)),
            (3, 2, 2)
        );
    }
}
