//! The measuring protocol (the Node harness's `bench/lib/protocol.js` does the same):
//!
//! Training (A, C): loss₀ on the initial weights → `check_epochs` epochs (also the warm-up;
//! their time calibrates `epochs_per_run ≈ target_ms`) → `loss` → `runs` timed runs of
//! `epochs_per_run` epochs → median samples/s, and the final loss (must stay finite).
//! CNN training (D, E): the same, with each workload's own `check_epochs` and `runs`.
//! Grid (B): `grid_warmup` untimed evaluations → calibrate `reps` → `runs` timed runs →
//! median grids/s.

use crate::cnn::{CnnId, CnnJob};
use crate::fixture::Fixture;
use crate::workloads::{
    grid_array, grid_checksum, grid_eval, network, train_loss, trainer, TrainId,
};
use neurite_nn::{NnError, Trainer};

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

/// A training workload as the protocol drives it.
pub trait Job {
    /// Mean loss over the training set on the current parameters.
    fn loss(&mut self) -> f64;
    /// One epoch; returns its mean batch loss.
    fn epoch(&mut self) -> Result<f64, NnError>;
}

impl Job for Trainer {
    fn loss(&mut self) -> f64 {
        train_loss(self)
    }

    fn epoch(&mut self) -> Result<f64, NnError> {
        let m = self.train_epoch()?;
        Ok(m.train_loss.map_or(f64::NAN, f64::from))
    }
}

/// Runs training workload `id`; `now` is a millisecond clock.
pub fn measure_train(f: &Fixture, id: TrainId, now: &dyn Fn() -> f64) -> Result<Measured, NnError> {
    let mut t = trainer(f, id)?;
    let (check, runs) = (id.check_epochs(f), f.protocol.runs);
    measure_job(&mut t, check, runs, f.samples(), f.protocol.target_ms, now)
}

/// Runs CNN workload `id` (D, E); `now` is a millisecond clock.
pub fn measure_cnn(f: &Fixture, id: CnnId, now: &dyn Fn() -> f64) -> Result<Measured, NnError> {
    let c = f.cnn(id);
    let mut job = CnnJob::new(c)?;
    let target = f.protocol.target_ms;
    measure_job(&mut job, c.check_epochs, c.runs, c.samples(), target, now)
}

/// loss₀ → `check` epochs (warm-up, calibration) → loss → `runs` timed runs → median.
pub fn measure_job(
    t: &mut dyn Job,
    check: usize,
    runs: usize,
    samples: usize,
    target_ms: f64,
    now: &dyn Fn() -> f64,
) -> Result<Measured, NnError> {
    let loss0 = t.loss();
    let check = check.max(1);
    let start = now();
    for _ in 0..check {
        t.epoch()?;
    }
    let epochs = per_run(target_ms, check, now() - start);
    let loss = t.loss();
    let samples = (epochs * samples) as f64;
    let mut rates = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = now();
        for _ in 0..epochs {
            t.epoch()?;
        }
        rates.push(samples / ((now() - start) / 1000.0));
    }
    Ok(Measured {
        median: median(&rates),
        rates,
        loss0: Some(loss0),
        loss: Some(loss),
        loss_end: Some(t.loss()),
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
