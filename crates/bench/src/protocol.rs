//! The measuring protocol (the Node harness's `bench/lib/protocol.js` does the same):
//!
//! Training (A, C): loss₀ on the initial weights → `check_epochs` epochs (also the warm-up;
//! their time calibrates `epochs_per_run ≈ target_ms`) → `loss` → `runs` timed runs of
//! `epochs_per_run` epochs → median samples/s, and the final loss (must stay finite).
//! Grid (B): `grid_warmup` untimed evaluations → calibrate `reps` → `runs` timed runs →
//! median grids/s.

use crate::fixture::Fixture;
use crate::workloads::{
    grid_array, grid_checksum, grid_eval, network, train_loss, trainer, TrainId,
};
use neurite_nn::NnError;

/// Result of one workload on one engine.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// Median rate over the timed runs.
    pub median: f64,
    /// Every run's rate.
    pub rates: Vec<f64>,
    /// Loss on the initial weights (training workloads).
    pub loss0: Option<f64>,
    /// Loss after the check epochs (training workloads).
    pub loss: Option<f64>,
    /// Loss after all timed epochs too.
    pub loss_end: Option<f64>,
    /// Sum of the output neuron over the grid (grid workload).
    pub checksum: Option<f64>,
}

/// Median of `v` (upper median for even lengths); NaN when empty.
pub fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    s.get(s.len() / 2).copied().unwrap_or(f64::NAN)
}

/// How many units (epochs, grids) fill `target_ms`, given `units` took `elapsed_ms`.
pub fn per_run(target_ms: f64, units: usize, elapsed_ms: f64) -> usize {
    let each = elapsed_ms / units.max(1) as f64;
    if each > 0.0 && each.is_finite() {
        ((target_ms / each).ceil() as usize).clamp(1, 1_000_000)
    } else {
        1000
    }
}

/// Runs training workload `id`; `now` is a millisecond clock.
pub fn measure_train(f: &Fixture, id: TrainId, now: &dyn Fn() -> f64) -> Result<Measured, NnError> {
    let mut t = trainer(f, id)?;
    let loss0 = train_loss(&t);
    let check = id.check_epochs(f).max(1);
    let start = now();
    for _ in 0..check {
        t.train_epoch()?;
    }
    let epochs = per_run(f.protocol.target_ms, check, now() - start);
    let loss = train_loss(&t);
    let samples = (epochs * f.samples()) as f64;
    let mut rates = Vec::with_capacity(f.protocol.runs);
    for _ in 0..f.protocol.runs {
        let start = now();
        for _ in 0..epochs {
            t.train_epoch()?;
        }
        rates.push(samples / ((now() - start) / 1000.0));
    }
    Ok(Measured {
        median: median(&rates),
        rates,
        loss0: Some(loss0),
        loss: Some(loss),
        loss_end: Some(train_loss(&t)),
        checksum: None,
    })
}

/// Runs grid workload B on the initial A network; `now` is a millisecond clock.
pub fn measure_grid(f: &Fixture, now: &dyn Fn() -> f64) -> Result<Measured, NnError> {
    let net = network(&f.net_a)?;
    let grid = grid_array(f)?;
    let mut checksum = f64::NAN;
    let warm = f.protocol.grid_warmup.max(1);
    let start = now();
    for _ in 0..warm {
        checksum = grid_checksum(&grid_eval(&net, &grid)?);
    }
    let reps = per_run(f.protocol.target_ms, warm, now() - start);
    let mut rates = Vec::with_capacity(f.protocol.runs);
    for _ in 0..f.protocol.runs {
        let start = now();
        for _ in 0..reps {
            std::hint::black_box(grid_eval(&net, &grid)?);
        }
        rates.push(reps as f64 / ((now() - start) / 1000.0));
    }
    Ok(Measured {
        median: median(&rates),
        rates,
        loss0: None,
        loss: None,
        loss_end: None,
        checksum: Some(checksum),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_calibration() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert!(median(&[]).is_nan());
        assert_eq!(per_run(250.0, 10, 50.0), 50);
        assert_eq!(per_run(250.0, 10, 0.0), 1000);
        assert_eq!(per_run(1.0, 1, 1e9), 1);
    }
}
