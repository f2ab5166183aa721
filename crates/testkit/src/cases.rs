//! Test cases for gradient checks: every activation × every valid head/loss pair, and
//! random samples with targets encoded as training encodes them.

use ndarray::Array2;
use neurite_nn::{Activation, Loss, OutputHead, Rng, Samples};

/// Every valid output-head/loss pairing.
pub const PAIRS: [(OutputHead, Loss); 7] = [
    (OutputHead::Linear, Loss::SquaredError),
    (OutputHead::Linear, Loss::Huber),
    (OutputHead::Tanh, Loss::SquaredError),
    (OutputHead::Tanh, Loss::Huber),
    (OutputHead::Sigmoid, Loss::BinaryCrossEntropy),
    (OutputHead::Sigmoid, Loss::SquaredError),
    (OutputHead::Softmax, Loss::CrossEntropy),
];

/// One gradient-check case.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Case {
    /// Activation of the hidden layers.
    pub act: Activation,
    /// Output head.
    pub head: OutputHead,
    /// Loss (pairs with `head`).
    pub loss: Loss,
    /// Output width: 3 for Softmax, else 2.
    pub outputs: usize,
    /// Index of the head/loss pair in [`PAIRS`] (to derive seeds from).
    pub pair: usize,
}

impl std::fmt::Display for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} {:?}/{:?}", self.act, self.head, self.loss)
    }
}

/// Every activation × every pair of [`PAIRS`].
pub fn cases() -> impl Iterator<Item = Case> {
    Activation::ALL.into_iter().flat_map(|act| {
        PAIRS
            .iter()
            .enumerate()
            .map(move |(pair, &(head, loss))| Case {
                act,
                head,
                loss,
                outputs: if head == OutputHead::Softmax { 3 } else { 2 },
                pair,
            })
    })
}

/// `n` samples with `d` inputs uniform in [−1.5, 1.5] and `k` targets for `head`: uniform in
/// [−1, 1] (Linear), ±1 (Tanh), 0/1 (Sigmoid), one-hot (Softmax).
pub fn random_samples(head: OutputHead, n: usize, d: usize, k: usize, rng: &mut Rng) -> Samples {
    let x = Array2::from_shape_simple_fn((n, d), || rng.uniform(-1.5, 1.5) as f32);
    let mut y = Array2::zeros((n, k));
    for s in 0..n {
        for j in 0..k {
            y[[s, j]] = match head {
                OutputHead::Linear => rng.uniform(-1.0, 1.0) as f32,
                OutputHead::Tanh if rng.next_f64() < 0.5 => -1.0,
                OutputHead::Tanh => 1.0,
                OutputHead::Sigmoid if rng.next_f64() < 0.5 => 0.0,
                OutputHead::Sigmoid => 1.0,
                OutputHead::Softmax => 0.0,
            };
        }
        if head == OutputHead::Softmax && k > 0 {
            y[[s, rng.below(k)]] = 1.0;
        }
    }
    Samples::new(x, y)
}
