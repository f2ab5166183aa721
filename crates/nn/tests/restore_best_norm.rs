//! Early stopping's "restore the best weights" on a batch-normalized network puts back the
//! whole best model — weights, biases, γ, β and batch norm's running statistics — so the
//! restored network computes exactly what the best epoch's did. The oracle is a clone of the
//! network taken right after the best epoch, during the run (the epoch whose validation loss
//! is strictly lower than every earlier one, read from the history); the check is the
//! inference-mode output (running statistics) on a grid of points, bit for bit.
//!
//! The same after a save and resume between the best epoch and the stop: the trainer
//! rebuilt from network, epoch and [`TrainingMemory`] restores the best epoch's values, not
//! the ones the network had when it was saved.

use ndarray::{Array2, Axis};
use neurite_nn::{
    Activation, DataSplit, EarlyStopping, Network, Normalization, OptimizerKind, OutputHead,
    Samples, Status, StopReason, Trainer, TrainingMemory,
};
use neurite_testkit::setup::{network, train_config};
use neurite_testkit::spiral::spiral_samples;

const PATIENCE: usize = 12;

/// The samples whose index modulo 10 is in `keep` (the spiral lists its points arm by arm,
/// so contiguous ranges would validate on another part of the plane).
fn rows(s: &Samples, keep: std::ops::Range<usize>) -> Samples {
    let idx: Vec<usize> = (0..s.len()).filter(|i| keep.contains(&(i % 10))).collect();
    Samples::new(
        s.inputs.select(Axis(0), &idx),
        s.targets.select(Axis(0), &idx),
    )
}

/// A 2-16-16-1 tanh network with batch norm on both hidden layers, Adam, 240 spiral points
/// to train on and 120 to validate: validation loss improves for a while, then stalls, and
/// early stopping fires.
fn trainer() -> Trainer {
    let mut net = network(
        2,
        &[(16, Activation::Tanh), (16, Activation::Tanh)],
        1,
        OutputHead::Tanh,
        5,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    for d in &mut net.layers_mut()[..2] {
        d.set_normalization(Normalization::Batch);
    }
    let all = spiral_samples(400);
    let data = DataSplit {
        train: rows(&all, 0..6),
        validation: rows(&all, 6..9),
        test: rows(&all, 9..10),
    };
    let mut config = train_config(OptimizerKind::Adam, 0.01, 10);
    config.early_stopping = Some(EarlyStopping {
        patience: PATIENCE,
        restore_best: true,
    });
    Trainer::new(net, data, config).unwrap_or_else(|e| panic!("{e}"))
}

/// Trains epoch by epoch until stopped, cloning the network after each new best epoch.
fn run(t: &mut Trainer, mut best: (f32, Option<Network>)) -> (f32, Option<Network>) {
    for _ in 0..2000 {
        if t.train_epoch().is_err() || t.status().is_stopped() {
            break;
        }
        let val = t.history().last().and_then(|m| m.val_loss);
        if let Some(v) = val.filter(|&v| v < best.0) {
            best = (v, Some(t.network().clone()));
        }
    }
    best
}

fn grid() -> Array2<f32> {
    Array2::from_shape_fn((121, 2), |(i, j)| {
        let k = if j == 0 { i % 11 } else { i / 11 };
        -5.0 + k as f32
    })
}

fn inference_bits(net: &Network) -> Vec<u32> {
    let out = net.forward(grid().view()).unwrap_or_else(|e| panic!("{e}"));
    out.iter().map(|v| v.to_bits()).collect()
}

fn best_epoch(t: &Trainer) -> usize {
    match t.status() {
        Status::Stopped(StopReason::EarlyStopped { best_epoch }) => *best_epoch,
        other => panic!("not early-stopped: {other:?}"),
    }
}

#[test]
fn restoring_the_best_puts_back_gamma_beta_and_running_statistics() {
    let mut t = trainer();
    let (_, oracle) = run(&mut t, (f32::INFINITY, None));
    let oracle = oracle.unwrap_or_else(|| panic!("no best epoch"));
    let best = best_epoch(&t);
    assert!(
        t.epoch() == best + PATIENCE,
        "stopped {PATIENCE} after the best"
    );
    assert!(best > 3, "a real run, best at {best}");
    // The network at the stop differed from the best one (it trained 12 more epochs)…
    let restored = t.network();
    for (d, o) in restored.layers().iter().zip(oracle.layers()).take(2) {
        assert_eq!(d.norm, o.norm, "γ, β, μ̄, σ̄² of the best epoch");
        assert_eq!(d.weights, o.weights);
    }
    // …and now computes the best epoch's function in inference mode, bit for bit.
    assert_eq!(inference_bits(restored), inference_bits(&oracle));
    // The restored model's validation loss is the best one recorded.
    let m = t
        .evaluate_network(restored, best)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(m.val_loss, t.history()[best - 1].val_loss);
}

#[test]
fn a_run_saved_between_the_best_epoch_and_the_stop_restores_the_same_model() {
    let mut whole = trainer();
    let (_, oracle) = run(&mut whole, (f32::INFINITY, None));
    let oracle = oracle.unwrap_or_else(|| panic!("no best epoch"));
    let best = best_epoch(&whole);
    // Again, saving a few epochs after the best (before the stop), as a link would.
    let mut first = trainer();
    for _ in 0..best + PATIENCE / 2 {
        first.train_epoch().unwrap_or_else(|e| panic!("{e}"));
    }
    let memory: TrainingMemory = first.memory();
    let kept = memory.early_stopping.as_ref().map(|e| e.best_norm.len());
    assert_eq!(
        kept,
        Some(3),
        "the best epoch's normalization values are in the memory"
    );
    let mut resumed = Trainer::new(
        first.network().clone(),
        first.data().clone(),
        first.config().clone(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    resumed.set_epoch(first.epoch());
    resumed
        .restore_memory(&memory)
        .unwrap_or_else(|e| panic!("{e}"));
    run(&mut resumed, (f32::INFINITY, None));
    assert_eq!(best_epoch(&resumed), best);
    assert_eq!(inference_bits(resumed.network()), inference_bits(&oracle));
    // Without the kept values, the resumed run would put the best weights back under the
    // statistics of the save: another function.
    let mut stale = memory.clone();
    if let Some(es) = stale.early_stopping.as_mut() {
        es.best_norm.clear();
    }
    let mut old = Trainer::new(
        first.network().clone(),
        first.data().clone(),
        first.config().clone(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    old.set_epoch(first.epoch());
    old.restore_memory(&stale).unwrap_or_else(|e| panic!("{e}"));
    run(&mut old, (f32::INFINITY, None));
    assert_ne!(inference_bits(old.network()), inference_bits(&oracle));
    // A memory whose values do not fit the network is refused, naming the problem.
    let mut bad = memory;
    if let Some(es) = bad.early_stopping.as_mut() {
        es.best_norm[0].running_var[0] = -1.0;
    }
    let e = resumed.restore_memory(&bad).map_err(|e| e.to_string());
    assert!(e.is_err_and(|m| m.contains("best normalization values do not fit")));
}
