'use strict';
//! Runs workloads for ONE engine in this process and prints `@@RESULT {json}` lines.
//! Usage: node engine.js ENGINE FIXTURE [A,B,C,D,E]
//! ENGINE: neurite-wasm | tfjs-cpu | tfjs-wasm | brain.js | convnetjs

const { loadFixture } = require('./lib/common');
const { measureTrain, measureGrid } = require('./lib/protocol');

const ENGINES = {
  'neurite-wasm': () => require('./engines/neurite-wasm'),
  'tfjs-cpu': () => require('./engines/tfjs').cpu,
  'tfjs-wasm': () => require('./engines/tfjs').wasm,
  'brain.js': () => require('./engines/brainjs'),
  convnetjs: () => require('./engines/convnetjs'),
};

function emit(r) {
  process.stdout.write(`@@RESULT ${JSON.stringify(r)}\n`);
}

async function main() {
  const [name, fixturePath, list = 'A,B,C,D,E'] = process.argv.slice(2);
  const workloads = list.split(',');
  const unitOf = (w) => (w === 'B' ? 'grids/s' : 'samples/s');
  let engine;
  let impl;
  try {
    if (!ENGINES[name]) throw new Error(`unknown engine ${name}`);
    engine = ENGINES[name]();
    impl = await engine.init(loadFixture(fixturePath));
  } catch (e) {
    for (const w of workloads) emit({ engine: name, workload: w, unit: unitOf(w), error: `unavailable: ${e.message}` });
    return;
  }
  const f = loadFixture(fixturePath);
  for (const w of workloads) {
    const base = { engine: engine.name, workload: w, unit: unitOf(w), note: engine.note };
    try {
      const job = w === 'B' ? impl.grid(f) : impl.train(f, w);
      const m = w === 'B' ? await measureGrid(f, job) : await measureTrain(f, w, job);
      emit({ ...base, ...m, ...(job.deviation ? { deviation: job.deviation } : {}) });
    } catch (e) {
      emit({ ...base, error: `failed: ${e.message}` });
    }
  }
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
