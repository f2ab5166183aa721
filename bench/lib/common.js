'use strict';
//! Shared helpers: fixture loading, a seeded shuffle, loss and grid bookkeeping.
//! The fixture is written by `neurite-bench fixture PATH` (crates/bench/src/fixture.rs).

const fs = require('fs');

/** Reads and sanity-checks the fixture JSON. */
function loadFixture(path) {
  const text = fs.readFileSync(path, 'utf8');
  const f = JSON.parse(text);
  if (f.version !== 2 || f.inputs.length !== 2 * f.labels.length) {
    throw new Error(`${path}: not a version-2 fixture; regenerate it`);
  }
  f.text = text;
  return f;
}

/** The fixture's network for workload 'A' (also B), 'C', or the CNN of 'D' / 'E'. */
function netOf(f, id) {
  return { C: f.net_c, D: f.cnn_d, E: f.cnn_e }[id] || f.net_a;
}

/** Whether `id` is a CNN workload (D, E). */
const isCnn = (id) => id === 'D' || id === 'E';

/** Deterministic PRNG (mulberry32) returning floats in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `order` in place with `rand`. */
function shuffle(order, rand) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/** Mean ½(o − y)² over the training set, given a per-sample predictor `(x, y) => o`. */
function meanHalfSq(f, predict) {
  let total = 0;
  for (let s = 0; s < f.labels.length; s++) {
    const d = predict(f.inputs[2 * s], f.inputs[2 * s + 1]) - f.labels[s];
    total += 0.5 * d * d;
  }
  return total / f.labels.length;
}

/** Sum of an array (the grid checksum of the output neuron). */
function sum(a) {
  let t = 0;
  for (let i = 0; i < a.length; i++) t += a[i];
  return t;
}

module.exports = { loadFixture, netOf, isCnn, rng, shuffle, meanHalfSq, sum };
