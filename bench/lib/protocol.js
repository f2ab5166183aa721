'use strict';
//! The measuring protocol, identical to crates/bench/src/protocol.rs:
//! training — loss0 on the initial weights, `check_epochs` epochs (warm-up + calibration),
//! loss, `runs` timed runs of ~target_ms each → median samples/s, final loss;
//! D, E (CNNs) use their own `check_epochs` and `runs` and their own sample count;
//! grid — `grid_warmup` untimed evaluations, calibration, `runs` timed runs → median grids/s.

const { performance } = require('perf_hooks');
const { netOf, isCnn } = require('./common');

function median(v) {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

function perRun(targetMs, units, elapsedMs) {
  const each = elapsedMs / Math.max(units, 1);
  if (each > 0 && Number.isFinite(each)) {
    return Math.min(Math.max(Math.ceil(targetMs / each), 1), 1e6);
  }
  return 1000;
}

/** `t`: { epochs(n), loss() } for workload `id` ('A' | 'C' | 'D' | 'E'). */
async function measureTrain(f, id, t) {
  const p = f.protocol;
  const cnn = isCnn(id) ? netOf(f, id) : null;
  const loss0 = await t.loss();
  const checkOf = { A: p.check_epochs_a, C: p.check_epochs_c };
  const check = Math.max(cnn ? cnn.check_epochs : checkOf[id], 1);
  let start = performance.now();
  await t.epochs(check);
  const epochs = perRun(p.target_ms, check, performance.now() - start);
  const loss = await t.loss();
  const samples = epochs * (cnn ? cnn.labels.length : f.labels.length);
  const rates = [];
  for (let r = 0; r < (cnn ? cnn.runs : p.runs); r++) {
    start = performance.now();
    await t.epochs(epochs);
    rates.push(samples / ((performance.now() - start) / 1000));
  }
  return { median: median(rates), rates, loss0, loss, loss_end: await t.loss() };
}

/** `g`: { run(reps) → checksum of the last evaluation }. */
async function measureGrid(f, g) {
  const p = f.protocol;
  const warm = Math.max(p.grid_warmup, 1);
  let start = performance.now();
  const checksum = await g.run(warm);
  const reps = perRun(p.target_ms, warm, performance.now() - start);
  const rates = [];
  for (let r = 0; r < p.runs; r++) {
    start = performance.now();
    await g.run(reps);
    rates.push(reps / ((performance.now() - start) / 1000));
  }
  return { median: median(rates), rates, checksum };
}

module.exports = { median, perRun, measureTrain, measureGrid };
