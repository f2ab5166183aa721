//! Times the non-linearity lab's training run (`NonlinearLab::train`, `EPOCHS` epochs) for
//! every lab dataset and a few activations, at the default size and at the largest (6 × 8),
//! and prints the slowest of `RUNS` runs each with the test accuracy reached.
//!
//! `cargo run --release -p neurite-labs --example nonlinear_timing`

use std::time::Instant;

use neurite_labs::nonlinear::{DATASETS, EPOCHS};
use neurite_labs::NonlinearLab;
use neurite_nn::Activation;
use neurite_playground::SessionError;

const RUNS: usize = 5;

fn main() -> Result<(), SessionError> {
    println!("{EPOCHS} epochs, slowest of {RUNS} runs");
    for dataset in DATASETS {
        for activation in [Activation::Linear, Activation::Relu, Activation::Tanh] {
            for depth in [4, 6] {
                let lab = NonlinearLab {
                    dataset,
                    activation,
                    depth,
                    ..NonlinearLab::default()
                };
                let mut slowest = 0.0f64;
                let mut accuracy = None;
                for _ in 0..RUNS {
                    let start = Instant::now();
                    let run = lab.train()?;
                    slowest = slowest.max(start.elapsed().as_secs_f64());
                    accuracy = run.test_accuracy();
                }
                println!(
                    "{dataset:?} {activation:?} {depth}x{}: {:.1} ms, test accuracy {accuracy:?}",
                    lab.width,
                    slowest * 1e3
                );
            }
        }
    }
    Ok(())
}
