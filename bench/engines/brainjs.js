'use strict';
//! brain.js 2.0 beta NeuralNetwork (CPU, pure JS). Online SGD: brain.js has no mini-batch
//! option, so it updates after every sample (batch 1). One activation for every layer, so
//! workload C runs with a ReLU output (a deviation from the tanh output of the others).
//! Momentum is 1e-10: brain.js rejects 0 as "out of normal training range".

const brain = require('brain.js');
const { netOf, isCnn, rng, shuffle, meanHalfSq, sum } = require('../lib/common');

function build(f, id) {
  const net = netOf(f, id);
  const activation = net.hidden;
  const nn = new brain.NeuralNetwork({
    inputSize: net.widths[0],
    hiddenLayers: net.widths.slice(1, -1),
    outputSize: net.widths[net.widths.length - 1],
    activation,
  });
  nn.initialize();
  net.layers.forEach((p, l) => {
    const [fanIn, fanOut] = [net.widths[l], net.widths[l + 1]];
    for (let to = 0; to < fanOut; to++) {
      for (let from = 0; from < fanIn; from++) nn.weights[l + 1][to][from] = p.weights[to * fanIn + from];
      nn.biases[l + 1][to] = p.bias[to];
    }
  });
  return { nn, net, activation };
}

function train(f, id) {
  if (isCnn(id)) throw new Error('skipped: brain.js has no convolution layers');
  const { nn, net, activation } = build(f, id);
  const order = shuffle([...f.labels.keys()], rng(1));
  const data = order.map((s) => ({ input: [f.inputs[2 * s], f.inputs[2 * s + 1]], output: [f.labels[s]] }));
  const opts = { activation, learningRate: net.lr, momentum: 1e-10, errorThresh: 1e-9, log: false };
  return {
    deviation: id === 'C' ? 'relu output (brain.js: one activation for all layers)' : undefined,
    epochs: (n) => nn.train(data, { ...opts, iterations: n }),
    loss: () => meanHalfSq(f, (x, y) => nn.run([x, y])[0]),
  };
}

function grid(f) {
  const { nn, net } = build(f, 'A');
  const pts = f.grid.length / 2;
  const maps = net.widths.slice(1).map((w) => new Float32Array(w * pts));
  return {
    run(reps) {
      for (let r = 0; r < reps; r++) {
        for (let p = 0; p < pts; p++) {
          nn.run([f.grid[2 * p], f.grid[2 * p + 1]]);
          for (let l = 0; l < maps.length; l++) {
            const out = nn.outputs[l + 1];
            for (let j = 0; j < out.length; j++) maps[l][j * pts + p] = out[j];
          }
        }
      }
      return sum(maps[maps.length - 1]);
    },
  };
}

module.exports = {
  name: 'brain.js',
  note: 'brain.js 2.0.0-beta.24 NeuralNetwork: batch 1 (no mini-batch option); C uses relu output (one activation for all layers)',
  init: async () => ({ train, grid }),
};
