'use strict';
//! convnetjs 0.3.0 (pure JS). Layers are built by hand (Input → [FC → act]… → Regression)
//! so the output is tanh with ½(o − y)² loss, and weights come from the fixture.
//! Its Trainer counts samples across epochs, so for C (500 / 32) batches straddle epochs.

const cnn = require('convnetjs');
const { netOf, isCnn, rng, shuffle, meanHalfSq, sum } = require('../lib/common');
const cnnTrain = require('./convnetjs-cnn').train;

function dims(depth) {
  return { in_sx: 1, in_sy: 1, in_depth: depth };
}

function build(f, id) {
  const net = netOf(f, id);
  const n = new cnn.Net();
  n.layers = [new cnn.InputLayer({ out_sx: 1, out_sy: 1, out_depth: net.widths[0] })];
  const acts = [];
  net.layers.forEach((p, l) => {
    const [fanIn, fanOut] = [net.widths[l], net.widths[l + 1]];
    const fc = new cnn.FullyConnLayer({ ...dims(fanIn), num_neurons: fanOut, bias_pref: 0 });
    for (let to = 0; to < fanOut; to++) {
      for (let from = 0; from < fanIn; from++) fc.filters[to].w[from] = p.weights[to * fanIn + from];
      fc.biases.w[to] = p.bias[to];
    }
    const last = l === net.layers.length - 1;
    const act = !last && net.hidden === 'relu' ? new cnn.ReluLayer(dims(fanOut)) : new cnn.TanhLayer(dims(fanOut));
    n.layers.push(fc, act);
    acts.push(act);
  });
  n.layers.push(new cnn.RegressionLayer(dims(net.widths[net.widths.length - 1])));
  return { n, net, acts };
}

function vol(x, y) {
  const v = new cnn.Vol(1, 1, 2, 0);
  v.w[0] = x;
  v.w[1] = y;
  return v;
}

function train(f, id) {
  if (isCnn(id)) return cnnTrain(f, id);
  const { n, net } = build(f, id);
  const trainer = new cnn.Trainer(n, { method: 'sgd', learning_rate: net.lr, momentum: 0, batch_size: net.batch, l2_decay: 0 });
  const vols = f.labels.map((_, s) => vol(f.inputs[2 * s], f.inputs[2 * s + 1]));
  const targets = f.labels.map((y) => [y]);
  const order = [...f.labels.keys()];
  const rand = rng(1);
  const probe = vol(0, 0);
  return {
    epochs(k) {
      for (let e = 0; e < k; e++) {
        shuffle(order, rand);
        for (const s of order) trainer.train(vols[s], targets[s]);
      }
    },
    loss: () => meanHalfSq(f, (x, y) => {
      probe.w[0] = x;
      probe.w[1] = y;
      return n.forward(probe, false).w[0];
    }),
  };
}

function grid(f) {
  const { n, net, acts } = build(f, 'A');
  const pts = f.grid.length / 2;
  const maps = net.widths.slice(1).map((w) => new Float32Array(w * pts));
  const v = vol(0, 0);
  return {
    run(reps) {
      for (let r = 0; r < reps; r++) {
        for (let p = 0; p < pts; p++) {
          v.w[0] = f.grid[2 * p];
          v.w[1] = f.grid[2 * p + 1];
          n.forward(v, false);
          for (let l = 0; l < acts.length; l++) {
            const out = acts[l].out_act.w;
            for (let j = 0; j < out.length; j++) maps[l][j * pts + p] = out[j];
          }
        }
      }
      return sum(maps[maps.length - 1]);
    },
  };
}

module.exports = {
  name: 'convnetjs',
  note: 'convnetjs 0.3.0, hand-built layers, Trainer sgd momentum 0',
  init: async () => ({ train, grid }),
};
