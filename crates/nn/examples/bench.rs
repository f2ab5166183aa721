//! Engine throughput benchmark: `cargo run --release -p neurite-nn --example bench`.
//!
//! A: 2-8-8-1 tanh, Tanh head, batch 10, SGD lr 0.03, 500-point 2-class spiral — training
//!    samples per second, over whole `train_epoch` calls (metrics on the train split included).
//! B: every neuron of the A network over a 100×100 grid via `activations` — grids per second
//!    (B2: the same via `neuron_activations`, the transpose-free layout heatmaps can use).
//! C: 2-64-64-1 relu, batch 32, same data — training samples per second.
//! Median of several timed runs after a warm-up.

use ndarray::Array2;
use neurite_nn::*;
use std::time::Instant;

fn spiral(n: usize) -> Samples {
    let mut x = Array2::zeros((n, 2));
    let mut y = Array2::zeros((n, 1));
    let half = n / 2;
    for i in 0..n {
        let (j, delta, label) = if i < half {
            (i, 0.0, 1.0)
        } else {
            (i - half, std::f32::consts::PI, -1.0)
        };
        let r = j as f32 / half as f32 * 5.0;
        let t = 1.75 * j as f32 / half as f32 * 2.0 * std::f32::consts::PI + delta;
        x[[i, 0]] = r * libm::sinf(t);
        x[[i, 1]] = r * libm::cosf(t);
        y[[i, 0]] = label;
    }
    Samples::new(x, y)
}

fn trainer(width: usize, act: Activation, batch: usize) -> Result<Trainer, NnError> {
    let spec = NetworkSpec {
        inputs: 2,
        hidden: vec![LayerSpec::new(width, act); 2],
        outputs: 1,
        head: OutputHead::Tanh,
    };
    let net = Network::new(&spec, Init::Tfp, &mut Rng::stream(1, Stream::Weights))?;
    let data = DataSplit {
        train: spiral(500),
        validation: Samples::empty(2, 1),
        test: Samples::empty(2, 1),
    };
    let cfg = TrainConfig {
        batch_size: batch,
        seed: 1,
        ..TrainConfig::default()
    };
    Trainer::new(net, data, cfg)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Median training samples/s over `runs` timings of `epochs` epochs each, and the last loss.
fn train_rate(t: &mut Trainer, epochs: usize, runs: usize) -> Result<(f64, f32), NnError> {
    t.train_epoch()?;
    let mut rates = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        for _ in 0..epochs {
            t.train_epoch()?;
        }
        rates.push((epochs * t.data().train.len()) as f64 / start.elapsed().as_secs_f64());
    }
    let loss = t
        .history()
        .last()
        .and_then(|m| m.train_loss)
        .unwrap_or(f32::NAN);
    Ok((median(rates), loss))
}

fn grid_rate(
    net: &Network,
    pts: &Array2<f32>,
    by_neuron: bool,
    reps: usize,
    runs: usize,
) -> Result<f64, NnError> {
    let mut rates = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        for _ in 0..reps {
            let out = if by_neuron {
                net.neuron_activations(pts.view())?
            } else {
                net.activations(pts.view())?
            };
            std::hint::black_box(out);
        }
        rates.push(reps as f64 / start.elapsed().as_secs_f64());
    }
    Ok(median(rates))
}

fn main() -> Result<(), NnError> {
    let mut a = trainer(8, Activation::Tanh, 10)?;
    let (rate_a, loss_a) = train_rate(&mut a, 40, 7)?;
    let pts = grid_points(100, (-6.0, 6.0), (-6.0, 6.0))?;
    let rate_b = grid_rate(a.network(), &pts, false, 50, 7)?;
    let rate_b2 = grid_rate(a.network(), &pts, true, 50, 7)?;
    let mut c = trainer(64, Activation::Relu, 32)?;
    let (rate_c, loss_c) = train_rate(&mut c, 4, 7)?;

    println!(
        "{:<4} {:<44} {:>14} {:<10} {:>10}",
        "id", "workload", "median", "unit", "loss"
    );
    println!(
        "{:<4} {:<44} {:>14.0} {:<10} {:>10.5}",
        "A", "2-8-8-1 tanh, batch 10, SGD, 500 spiral", rate_a, "samples/s", loss_a
    );
    println!(
        "{:<4} {:<44} {:>14.1} {:<10} {:>10}",
        "B", "A net, all neurons, 100x100 (activations)", rate_b, "grids/s", "-"
    );
    println!(
        "{:<4} {:<44} {:>14.1} {:<10} {:>10}",
        "B2", "same, neuron-major (neuron_activations)", rate_b2, "grids/s", "-"
    );
    println!(
        "{:<4} {:<44} {:>14.0} {:<10} {:>10.5}",
        "C", "2-64-64-1 relu, batch 32, SGD", rate_c, "samples/s", loss_c
    );
    let json = |w: &str, m: f64, unit: &str, loss: Option<f32>| {
        let loss = loss.map_or("null".to_string(), |l| format!("{l}"));
        println!(
            r#"{{"engine":"neurite-native","workload":"{w}","median":{m:.1},"unit":"{unit}","loss":{loss}}}"#
        );
    };
    json("A", rate_a, "samples/s", Some(loss_a));
    json("B", rate_b, "grids/s", None);
    json("B2", rate_b2, "grids/s", None);
    json("C", rate_c, "samples/s", Some(loss_c));
    Ok(())
}
