'use strict';
//! convnetjs 0.3.0 on workloads D and E: ConvLayer / ReluLayer / PoolLayer / FullyConnLayer /
//! SoftmaxLayer built by hand from the fixture. A `Vol(sx, sy, depth)` holds
//! `w[((sx·y) + x)·depth + d]`, so conv filters are `Vol(k, k, C_in)` with
//! `w[((k·ky) + kx)·C_in + ci]` and a fully connected layer reads its input in H × W × C
//! order (Neurite's dense weights are re-indexed from C × H × W). Trainer sgd, momentum 0,
//! no decay, batch 32; it counts samples across epochs, so batches straddle epoch ends.

const cnn = require('convnetjs');
const { netOf, rng, shuffle } = require('../lib/common');
const { images, kernelAt, denseHwc, meanCrossEntropy } = require('../lib/cnn');

function build(c) {
  const n = new cnn.Net();
  const [C, H, W] = c.input;
  n.layers = [new cnn.InputLayer({ out_sx: W, out_sy: H, out_depth: C })];
  for (const L of c.layers) {
    const [ci, h, w] = L.input;
    const [co, ho, wo] = L.output;
    const d = { in_sx: w, in_sy: h, in_depth: ci };
    if (L.kind === 'conv') {
      const k = L.size;
      const conv = new cnn.ConvLayer({ ...d, sx: k, filters: co, stride: 1, pad: L.pad, l2_decay_mul: 0 });
      for (let o = 0; o < co; o++) {
        for (let c2 = 0; c2 < ci; c2++) {
          for (let ky = 0; ky < k; ky++) {
            for (let kx = 0; kx < k; kx++) conv.filters[o].w[(k * ky + kx) * ci + c2] = kernelAt(L, o, c2, ky, kx);
          }
        }
        conv.biases.w[o] = L.bias[o];
      }
      n.layers.push(conv);
    } else if (L.kind === 'maxpool') {
      n.layers.push(new cnn.PoolLayer({ ...d, sx: L.size, stride: L.size }));
    } else {
      const fc = new cnn.FullyConnLayer({ ...d, num_neurons: co, l2_decay_mul: 0 });
      const m = ci * h * w;
      for (let o = 0; o < co; o++) {
        for (let j = 0; j < m; j++) fc.filters[o].w[j] = denseHwc(L, o, j);
        fc.biases.w[o] = L.bias[o];
      }
      n.layers.push(fc);
    }
    const out = { in_sx: wo, in_sy: ho, in_depth: co };
    if (L.activation === 'relu') n.layers.push(new cnn.ReluLayer(out));
    if (L.activation === 'softmax') n.layers.push(new cnn.SoftmaxLayer(out));
  }
  return n;
}

function train(f, id) {
  const c = netOf(f, id);
  const n = build(c);
  const trainer = new cnn.Trainer(n, { method: 'sgd', learning_rate: c.lr, momentum: 0, batch_size: c.batch, l2_decay: 0 });
  const [C, H, W] = c.input;
  if (C !== 1) throw new Error('convnetjs CNN: only 1-channel inputs are laid out');
  const len = C * H * W;
  const x = images(c);
  const vols = c.labels.map((_, s) => {
    const v = new cnn.Vol(W, H, C, 0);
    v.w.set(x.subarray(s * len, (s + 1) * len));
    return v;
  });
  const order = [...c.labels.keys()];
  const rand = rng(1);
  return {
    epochs(k) {
      for (let e = 0; e < k; e++) {
        shuffle(order, rand);
        for (const s of order) trainer.train(vols[s], c.labels[s]);
      }
    },
    loss: () => meanCrossEntropy(c, (s) => n.forward(vols[s], false).w),
  };
}

module.exports = { train };
