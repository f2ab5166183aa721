//! Random test cases for gradient checks: every valid head/loss pair and samples with
//! targets encoded as training encodes them.

use ndarray::Array2;
use neurite_nn::{Loss, OutputHead, Rng, Samples};

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
