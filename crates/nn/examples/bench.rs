//! Engine throughput benchmark: `cargo run --release -p neurite-nn --example bench`.
//!
//! A: 2-8-8-1 tanh, Tanh head, batch 10, SGD lr 0.03, 500-point 2-class spiral — training
//!    samples per second, over whole `train_epoch` calls (metrics on the train split included).
//! B: every neuron of the A network over a 100×100 grid via `activations` — grids per second
//!    (B2: the same via `neuron_activations`, the transpose-free layout heatmaps can use).
//! C: 2-64-64-1 relu, batch 32, same data — training samples per second.
//! Median of several timed runs after a warm-up ("median", wall clock), and the best run
//! timed by this thread's CPU time ("best cpu", from `/proc/thread-self/schedstat` on Linux,
//! else wall clock): on a shared machine the CPU-time figure is far less noisy, since time
//! spent descheduled does not count.

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

/// Nanoseconds this thread has run on a CPU, if the kernel tells us.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Wall and CPU seconds of `f`.
fn timed(f: impl FnOnce() -> Result<(), NnError>) -> Result<(f64, f64), NnError> {
    let (start, cpu0) = (Instant::now(), cpu_ns());
    f()?;
    let wall = start.elapsed().as_secs_f64();
    let cpu = match (cpu0, cpu_ns()) {
        (Some(a), Some(b)) if b > a => (b - a) as f64 * 1e-9,
        _ => wall,
    };
    Ok((wall, cpu))
}

/// (median wall-clock rate, best CPU-time rate) of `work` units per run.
fn rates(work: f64, times: &[(f64, f64)]) -> (f64, f64) {
    let wall = median(times.iter().map(|t| work / t.0).collect());
    let cpu = times.iter().map(|t| work / t.1).fold(0.0, f64::max);
    (wall, cpu)
}

/// Training samples/s over `runs` timings of `epochs` epochs each (see [`rates`]), and the
/// last loss.
fn train_rate(t: &mut Trainer, epochs: usize, runs: usize) -> Result<((f64, f64), f32), NnError> {
    t.train_epoch()?;
    let mut times = Vec::new();
    for _ in 0..runs {
        times.push(timed(|| {
            for _ in 0..epochs {
                t.train_epoch()?;
            }
            Ok(())
        })?);
    }
    let loss = t
        .history()
        .last()
        .and_then(|m| m.train_loss)
        .unwrap_or(f32::NAN);
    Ok((rates((epochs * t.data().train.len()) as f64, &times), loss))
}

fn grid_rate(
    net: &Network,
    pts: &Array2<f32>,
    by_neuron: bool,
    reps: usize,
    runs: usize,
) -> Result<(f64, f64), NnError> {
    let mut times = Vec::new();
    for _ in 0..runs {
        times.push(timed(|| {
            for _ in 0..reps {
                let out = if by_neuron {
                    net.neuron_activations(pts.view())?
                } else {
                    net.activations(pts.view())?
                };
                std::hint::black_box(out);
            }
            Ok(())
        })?);
    }
    Ok(rates(reps as f64, &times))
}

/// Grids/s of the allocation-free [`GridEvaluator`] (what the web app can call per frame).
fn evaluator_rate(
    net: &Network,
    pts: &Array2<f32>,
    reps: usize,
    runs: usize,
) -> Result<(f64, f64), NnError> {
    let mut eval = GridEvaluator::new();
    let mut times = Vec::new();
    for _ in 0..runs {
        times.push(timed(|| {
            for _ in 0..reps {
                eval.evaluate(net, pts.view())?;
                std::hint::black_box(eval.layer(eval.layers() - 1));
            }
            Ok(())
        })?);
    }
    Ok(rates(reps as f64, &times))
}

fn main() -> Result<(), NnError> {
    let mut a = trainer(8, Activation::Tanh, 10)?;
    let (rate_a, loss_a) = train_rate(&mut a, 40, 7)?;
    let pts = grid_points(100, (-6.0, 6.0), (-6.0, 6.0))?;
    let rate_b = grid_rate(a.network(), &pts, false, 50, 7)?;
    let rate_b2 = grid_rate(a.network(), &pts, true, 50, 7)?;
    let rate_b3 = evaluator_rate(a.network(), &pts, 50, 7)?;
    let mut c = trainer(64, Activation::Relu, 32)?;
    let (rate_c, loss_c) = train_rate(&mut c, 4, 7)?;

    println!(
        "{:<4} {:<44} {:>12} {:>12} {:<10} {:>10}",
        "id", "workload", "median", "best cpu", "unit", "loss"
    );
    let rows = [
        (
            "A",
            "2-8-8-1 tanh, batch 10, SGD, 500 spiral",
            rate_a,
            "samples/s",
            Some(loss_a),
        ),
        (
            "B",
            "A net, all neurons, 100x100 (activations)",
            rate_b,
            "grids/s",
            None,
        ),
        (
            "B2",
            "same, neuron-major (neuron_activations)",
            rate_b2,
            "grids/s",
            None,
        ),
        (
            "B3",
            "same, reused buffers (GridEvaluator)",
            rate_b3,
            "grids/s",
            None,
        ),
        (
            "C",
            "2-64-64-1 relu, batch 32, SGD",
            rate_c,
            "samples/s",
            Some(loss_c),
        ),
    ];
    for (id, what, (median, best), unit, loss) in rows {
        let loss = loss.map_or("-".to_string(), |l| format!("{l:.5}"));
        println!("{id:<4} {what:<44} {median:>12.1} {best:>12.1} {unit:<10} {loss:>10}");
    }
    for (id, _, (median, best), unit, loss) in rows {
        let loss = loss.map_or("null".to_string(), |l| format!("{l}"));
        println!(
            r#"{{"engine":"neurite-native","workload":"{id}","median":{median:.1},"best_cpu":{best:.1},"unit":"{unit}","loss":{loss}}}"#
        );
    }
    Ok(())
}
