'use strict';
//! TensorFlow.js 4.22 on its `cpu` (pure JS) or `wasm` backend. Training is a manual
//! mini-batch loop over `optimizer.minimize` (synchronous; lighter than `model.fit`), loss
//! ½·mean((o − y)²). B runs one model whose outputs are every layer, read back with
//! `dataSync` (sample-major; no transpose to per-neuron maps is charged to tfjs).

const path = require('path');
const { netOf, isCnn, rng, shuffle, sum } = require('../lib/common');
const cnn = require('./tfjs-cnn');

function build(tf, f, id) {
  const net = netOf(f, id);
  const model = tf.sequential();
  net.layers.forEach((_, l) => {
    const last = l === net.layers.length - 1;
    model.add(tf.layers.dense({
      units: net.widths[l + 1],
      activation: last ? net.output : net.hidden,
      inputShape: l === 0 ? [net.widths[0]] : undefined,
    }));
  });
  const weights = [];
  net.layers.forEach((p, l) => {
    const [fanIn, fanOut] = [net.widths[l], net.widths[l + 1]];
    const kernel = new Float32Array(fanIn * fanOut); // [in, out]: transpose of out × in
    for (let to = 0; to < fanOut; to++) {
      for (let from = 0; from < fanIn; from++) kernel[from * fanOut + to] = p.weights[to * fanIn + from];
    }
    weights.push(tf.tensor2d(kernel, [fanIn, fanOut]), tf.tensor1d(p.bias));
  });
  model.setWeights(weights);
  tf.dispose(weights);
  return { model, net };
}

function make(backend) {
  async function init() {
    const tf = require('@tensorflow/tfjs');
    if (backend === 'wasm') {
      const wasm = require('@tensorflow/tfjs-backend-wasm');
      wasm.setWasmPaths(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + path.sep);
    }
    if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} unavailable`);
    await tf.ready();
    if (tf.getBackend() !== backend) throw new Error(`tfjs is on ${tf.getBackend()}, not ${backend}`);

    function train(f, id) {
      if (isCnn(id)) return cnn.train(tf, f, id);
      const { model, net } = build(tf, f, id);
      const opt = tf.train.sgd(net.lr);
      const n = f.labels.length;
      const allX = tf.tensor2d(Float32Array.from(f.inputs), [n, 2]);
      const allY = tf.tensor2d(Float32Array.from(f.labels), [n, 1]);
      const order = [...f.labels.keys()];
      const rand = rng(1);
      const halfMse = (o, y) => o.sub(y).square().mean().mul(0.5);
      return {
        epochs(k) {
          for (let e = 0; e < k; e++) {
            shuffle(order, rand);
            for (let start = 0; start < n; start += net.batch) {
              const idx = order.slice(start, start + net.batch);
              const xb = new Float32Array(2 * idx.length);
              const yb = new Float32Array(idx.length);
              idx.forEach((s, i) => {
                xb[2 * i] = f.inputs[2 * s];
                xb[2 * i + 1] = f.inputs[2 * s + 1];
                yb[i] = f.labels[s];
              });
              tf.tidy(() => {
                const x = tf.tensor2d(xb, [idx.length, 2]);
                const y = tf.tensor2d(yb, [idx.length, 1]);
                opt.minimize(() => halfMse(model.apply(x, { training: true }), y));
              });
            }
          }
        },
        loss: () => tf.tidy(() => halfMse(model.predict(allX, { batchSize: n }), allY).dataSync()[0]),
      };
    }

    function grid(f) {
      const { model } = build(tf, f, 'A');
      const all = tf.model({ inputs: model.inputs, outputs: model.layers.map((l) => l.output) });
      const pts = f.grid.length / 2;
      const g = tf.tensor2d(Float32Array.from(f.grid), [pts, 2]);
      return {
        run(reps) {
          let maps = [];
          for (let r = 0; r < reps; r++) {
            const outs = all.predict(g, { batchSize: pts });
            maps = outs.map((t) => t.dataSync());
            tf.dispose(outs);
          }
          return sum(maps[maps.length - 1]);
        },
      };
    }
    return { train, grid };
  }
  return init;
}

module.exports = {
  cpu: { name: 'tfjs-cpu', note: '@tensorflow/tfjs 4.22.0, cpu backend (pure JS), manual minimize loop', init: make('cpu') },
  wasm: { name: 'tfjs-wasm', note: '@tensorflow/tfjs-backend-wasm 4.22.0 (SIMD build), manual minimize loop', init: make('wasm') },
};
