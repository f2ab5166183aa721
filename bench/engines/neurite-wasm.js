'use strict';
//! Neurite compiled to wasm32 (+simd128): loads crates/bench's cdylib and drives its
//! `extern "C"` exports (crates/bench/src/wasm.rs). Timing happens here, in Node.

const fs = require('fs');
const path = require('path');

const WASM = process.env.NEURITE_BENCH_WASM ||
  path.join(__dirname, '..', '..', 'target', 'wasm32-unknown-unknown', 'release', 'neurite_bench.wasm');

async function init(f) {
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(WASM), {});
  const ex = instance.exports;
  const message = () => Buffer.from(new Uint8Array(ex.memory.buffer, ex.nb_message_ptr(), ex.nb_message_len())).toString('utf8');
  const json = Buffer.from(f.text, 'utf8');
  const ptr = ex.nb_input(json.length);
  new Uint8Array(ex.memory.buffer, ptr, json.length).set(json);
  if (ex.nb_load() !== 0) throw new Error(`nb_load: ${message()}`);
  const check = (v, what) => {
    if (Number.isNaN(v)) throw new Error(`${what}: ${message()}`);
    return v;
  };
  return {
    train(_f, id) {
      const w = { A: 0, C: 1, D: 2, E: 3 }[id];
      if (ex.nb_reset(w) !== 0) throw new Error(`nb_reset: ${message()}`);
      return {
        epochs: (n) => check(ex.nb_train(w, n), 'nb_train'),
        loss: () => check(ex.nb_loss(w), 'nb_loss'),
      };
    },
    grid() {
      return { run: (reps) => check(ex.nb_grid(reps), 'nb_grid') };
    },
  };
}

module.exports = {
  name: 'neurite-wasm',
  note: 'wasm32+simd128 in Node, Trainer::train_epoch (per-epoch train-set metrics included); B via the allocation-free GridEvaluator (as the app)',
  init,
};
