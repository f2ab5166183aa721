//! Per-epoch metrics: mean loss and accuracy on each split.
//!
//! Loss: mean over samples of the per-sample loss (summed over outputs; see
//! [`crate::loss`]), accumulated in f64 in sample order, penalty excluded.
//! Accuracy (classification heads only): Tanh `sign(o) = sign(y)` (0 counts as +) and
//! Sigmoid `(o ≥ ½) = (y ≥ ½)`, both per output entry; Softmax `argmax o = argmax y` per
//! sample (first maximum wins). Linear head: `None` (regression).

use crate::divergence::NonFinite;
use crate::head::OutputHead;
use crate::loss::Loss;
use crate::network::Network;
use crate::propagate::{Mode, Workspace};
use crate::samples::{DataSplit, Samples};
use serde::{Deserialize, Serialize};

/// Metrics after one epoch. `None` where a split is empty (or accuracy for regression).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct EpochMetrics {
    /// Epochs completed when measured (0 = before training).
    pub epoch: usize,
    /// Mean training loss.
    pub train_loss: Option<f32>,
    /// Mean validation loss.
    pub val_loss: Option<f32>,
    /// Mean test loss.
    pub test_loss: Option<f32>,
    /// Training accuracy in [0, 1].
    pub train_acc: Option<f32>,
    /// Validation accuracy.
    pub val_acc: Option<f32>,
    /// Test accuracy.
    pub test_acc: Option<f32>,
}

impl EpochMetrics {
    /// The one place epoch metrics are assembled: `epoch` and the train, validation and test
    /// splits' metrics (as [`evaluate_splits`] returns them).
    pub fn from_splits(epoch: usize, splits: &[SplitMetrics; 3]) -> EpochMetrics {
        let [t, v, s] = splits;
        EpochMetrics {
            epoch,
            train_loss: t.loss,
            val_loss: v.loss,
            test_loss: s.loss,
            train_acc: t.accuracy,
            val_acc: v.accuracy,
            test_acc: s.accuracy,
        }
    }
}

/// Loss and accuracy of one split.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SplitMetrics {
    /// Mean loss (`None` if empty).
    pub loss: Option<f32>,
    /// Accuracy (`None` if empty or regression).
    pub accuracy: Option<f32>,
    /// First layer whose pre-activations were non-finite, with the kind of its first
    /// non-finite value, if any.
    pub non_finite: Option<(usize, NonFinite)>,
}

/// Evaluates `samples` in chunks of the workspace's capacity (inference mode: no dropout,
/// batch norm's running statistics).
pub fn evaluate_split(
    net: &Network,
    ws: &mut Workspace,
    samples: &Samples,
    loss: Loss,
) -> SplitMetrics {
    let rows = samples.len();
    if rows == 0 {
        return SplitMetrics::default();
    }
    let head = net.spec().head;
    let k = net.spec().outputs;
    let layers = net.layers();
    let gain = layers.last().map_or(1.0, |d| d.gain);
    let (mut total, mut correct, mut counted) = (0.0f64, 0usize, 0usize);
    let mut non_finite = None;
    let mut start = 0;
    while start < rows {
        let n = ws.load(samples, start..rows);
        if n == 0 {
            break;
        }
        ws.forward(net, n, Mode::Inference);
        if non_finite.is_none() {
            non_finite = ws.first_non_finite_layer(n);
        }
        let (z, o, y) = (
            &ws.zs[layers.len() - 1][..k * n],
            ws.output(n),
            &ws.targets[..k * n],
        );
        for s in 0..n {
            total += loss.sample_value(z, o, y, k, n, s, gain);
        }
        let (c, t) = accuracy_counts(head, o, y, k, n);
        correct += c;
        counted += t;
        start += n;
    }
    SplitMetrics {
        loss: Some((total / rows as f64) as f32),
        accuracy: head
            .is_classification()
            .then(|| (correct as f64 / counted.max(1) as f64) as f32),
        non_finite,
    }
}

/// [`evaluate_split`] on the train, validation and test samples, in that order.
pub fn evaluate_splits(
    net: &Network,
    ws: &mut Workspace,
    data: &DataSplit,
    loss: Loss,
) -> [SplitMetrics; 3] {
    [&data.train, &data.validation, &data.test].map(|s| evaluate_split(net, ws, s, loss))
}

/// `(correct, counted)` for feature-major `k × n` outputs and targets.
pub fn accuracy_counts(
    head: OutputHead,
    o: &[f32],
    y: &[f32],
    k: usize,
    n: usize,
) -> (usize, usize) {
    match head {
        OutputHead::Linear => (0, 0),
        OutputHead::Tanh => (
            o.iter()
                .zip(y)
                .filter(|(&a, &b)| (a >= 0.0) == (b >= 0.0))
                .count(),
            o.len(),
        ),
        OutputHead::Sigmoid => (
            o.iter()
                .zip(y)
                .filter(|(&a, &b)| (a >= 0.5) == (b >= 0.5))
                .count(),
            o.len(),
        ),
        OutputHead::Softmax => {
            let argmax = |v: &[f32], s: usize| {
                (1..k).fold(0, |best, j| {
                    if v[j * n + s] > v[best * n + s] {
                        j
                    } else {
                        best
                    }
                })
            };
            ((0..n).filter(|&s| argmax(o, s) == argmax(y, s)).count(), n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accuracy_rules() {
        assert_eq!(
            accuracy_counts(OutputHead::Tanh, &[0.2, -0.1, 0.0], &[1.0, 1.0, 1.0], 1, 3),
            (2, 3)
        );
        assert_eq!(
            accuracy_counts(OutputHead::Sigmoid, &[0.7, 0.4], &[1.0, 1.0], 1, 2),
            (1, 2)
        );
        // Two samples, three classes (feature-major): argmax o = [2, 0], argmax y = [2, 1].
        let o = [0.1, 0.8, 0.2, 0.1, 0.7, 0.1];
        let y = [0.0, 0.0, 0.0, 1.0, 1.0, 0.0];
        assert_eq!(accuracy_counts(OutputHead::Softmax, &o, &y, 3, 2), (1, 2));
        assert_eq!(accuracy_counts(OutputHead::Linear, &o, &y, 3, 2), (0, 0));
    }
}
