'use strict';
//! Kernel microbenchmark in wasm (Node): one dense layer's forward (+ReLU), weight-gradient
//! and input-gradient kernels, best of 5 runs each, in GMAC/s (multiply-adds per second).
//! Builds nothing: run `bench/run` (or `cargo build --release -p neurite-bench --lib
//! --target wasm32-unknown-unknown`) first. Usage: node bench/kernels.js [IN OUT N]

const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');

const WASM = process.env.NEURITE_BENCH_WASM ||
  path.join(__dirname, '..', 'target', 'wasm32-unknown-unknown', 'release', 'neurite_bench.wasm');
const NAMES = ['forward+relu', 'weight_grads', 'backward_input'];

async function main() {
  const [inputs, outputs, n] = [2, 3, 4].map((k, i) => Number(process.argv[k] || [64, 64, 32][i]));
  if (![inputs, outputs, n].every((d) => Number.isInteger(d) && d >= 1 && d <= 4096)) {
    throw new Error('dimensions must be integers in 1..4096');
  }
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(WASM), {});
  const ex = instance.exports;
  ex.nb_kernel_setup(inputs, outputs, n);
  console.log(`kernel microbenchmark, layer ${inputs} → ${outputs}, ${n} samples (wasm, Node ${process.version})`);
  NAMES.forEach((name, k) => {
    const macs = ex.nb_kernel(k, 1);
    const reps = Math.max(1, Math.ceil(2e8 / macs));
    ex.nb_kernel(k, reps); // warm-up: lets the optimising tier take over
    let best = 0;
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      ex.nb_kernel(k, reps);
      best = Math.max(best, (reps * macs) / ((performance.now() - t0) / 1000) / 1e9);
    }
    console.log(`${name.padEnd(16)} ${best.toFixed(2).padStart(7)} GMAC/s`);
  });
}

main().catch((e) => {
  console.error(`kernels.js: ${e.message}`);
  process.exit(1);
});
