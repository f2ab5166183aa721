//! Loss curves from the training history (pure), and the two markers drawn on them: the
//! epoch with the lowest validation loss, and where overfitting begins — the first later
//! epoch at which validation loss has risen clearly (by `OVERFIT_RISE`) above that best
//! while training loss is still below its value at the best epoch.

use neurite_nn::EpochMetrics;

use crate::view::Curves;

/// Relative rise of the validation loss over its best that counts as overfitting.
pub const OVERFIT_RISE: f32 = 0.05;

fn col(history: &[EpochMetrics], f: impl Fn(&EpochMetrics) -> Option<f32>) -> Vec<f32> {
    history.iter().map(|m| f(m).unwrap_or(f32::NAN)).collect()
}

/// Index of the smallest finite value.
fn argmin(v: &[f32]) -> Option<usize> {
    v.iter()
        .enumerate()
        .filter(|(_, x)| x.is_finite())
        .min_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i)
}

/// The curves of `history` with their markers.
pub fn curves(history: &[EpochMetrics]) -> Curves {
    let mut c = Curves {
        train_loss: col(history, |m| m.train_loss),
        val_loss: col(history, |m| m.val_loss),
        test_loss: col(history, |m| m.test_loss),
        train_acc: col(history, |m| m.train_acc),
        val_acc: col(history, |m| m.val_acc),
        test_acc: col(history, |m| m.test_acc),
        best: None,
        overfit: None,
    };
    c.best = argmin(&c.val_loss);
    if let Some(b) = c.best {
        let (best_val, train_at_best) = (c.val_loss[b], c.train_loss[b]);
        c.overfit = (b + 1..c.val_loss.len()).find(|&e| {
            c.val_loss[e] > best_val * (1.0 + OVERFIT_RISE) && c.train_loss[e] < train_at_best
        });
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(train: f32, val: f32) -> EpochMetrics {
        EpochMetrics {
            train_loss: Some(train),
            val_loss: Some(val),
            ..EpochMetrics::default()
        }
    }

    #[test]
    fn markers_find_best_and_overfitting() {
        let h = vec![
            m(1.0, 1.0),
            m(0.5, 0.6),
            m(0.3, 0.62),
            m(0.2, 0.7),
            m(0.1, 0.9),
        ];
        let c = curves(&h);
        assert_eq!(c.best, Some(1));
        assert_eq!(c.overfit, Some(3));
        assert_eq!(c.train_loss.len(), 5);
        assert!(c.test_loss.iter().all(|v| v.is_nan()));
    }

    #[test]
    fn no_markers_without_validation() {
        let h = vec![EpochMetrics::default(); 3];
        let c = curves(&h);
        assert_eq!((c.best, c.overfit), (None, None));
    }
}
