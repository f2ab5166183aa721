'use strict';
//! TensorFlow.js on workloads D and E: a `tf.sequential` of conv2d / maxPooling2d /
//! flatten / dense in NHWC, the fixture's kernels re-indexed to [kh, kw, in, out] and the
//! dense weights to the HWC flatten order; the final softmax is fused into
//! `tf.losses.softmaxCrossEntropy` (as Neurite fuses it); a manual mini-batch loop over
//! `optimizer.minimize`, plain SGD.

const { netOf, rng, shuffle } = require('../lib/common');
const { images, kernelAt, denseHwc } = require('../lib/cnn');

function build(tf, c) {
  const model = tf.sequential();
  const weights = [];
  c.layers.forEach((L, i) => {
    const [ci, h, w] = L.input;
    const co = L.output[0];
    const first = i === 0 ? { inputShape: [h, w, ci] } : {};
    const act = L.activation === 'relu' ? 'relu' : 'linear';
    if (L.kind === 'conv') {
      const k = L.size;
      if (L.pad !== 0 && 2 * L.pad !== k - 1) throw new Error(`conv pad ${L.pad} with k ${k} is neither valid nor same`);
      model.add(tf.layers.conv2d({ ...first, filters: co, kernelSize: k, strides: 1, padding: L.pad ? 'same' : 'valid', activation: act }));
      const kern = new Float32Array(k * k * ci * co);
      for (let o = 0; o < co; o++) {
        for (let c2 = 0; c2 < ci; c2++) {
          for (let ky = 0; ky < k; ky++) {
            for (let kx = 0; kx < k; kx++) kern[((ky * k + kx) * ci + c2) * co + o] = kernelAt(L, o, c2, ky, kx);
          }
        }
      }
      weights.push(tf.tensor4d(kern, [k, k, ci, co]), tf.tensor1d(L.bias));
    } else if (L.kind === 'maxpool') {
      model.add(tf.layers.maxPooling2d({ ...first, poolSize: L.size, strides: L.size }));
    } else {
      model.add(tf.layers.flatten(first));
      model.add(tf.layers.dense({ units: co, activation: act }));
      const n = ci * h * w;
      const kern = new Float32Array(n * co); // [in (HWC), out]
      for (let o = 0; o < co; o++) {
        for (let j = 0; j < n; j++) kern[j * co + o] = denseHwc(L, o, j);
      }
      weights.push(tf.tensor2d(kern, [n, co]), tf.tensor1d(L.bias));
    }
  });
  model.setWeights(weights);
  tf.dispose(weights);
  return model;
}

function train(tf, f, id) {
  if (tf.getBackend() === 'wasm') {
    throw new Error('unavailable: tfjs-backend-wasm 4.22.0 registers no Conv2DBackpropFilter kernel, so a conv layer cannot train');
  }
  if (tf.getBackend() === 'cpu' && id === 'E') {
    // Measured outside the harness (docs/BENCHMARKS.md): the cpu backend's
    // Conv2DBackpropFilter takes ~1.8 s per 32-batch on the second conv, one epoch ≈ 4.5 min.
    throw new Error('skipped: tfjs cpu trains E at ~7 samples/s (Conv2DBackpropFilter ~1.8 s per batch); measured separately, see docs/BENCHMARKS.md');
  }
  const c = netOf(f, id);
  const model = build(tf, c);
  const opt = tf.train.sgd(c.lr);
  const n = c.labels.length;
  const [C, H, W] = c.input;
  const allX = tf.tensor4d(images(c), [n, H, W, C]); // C = 1: CHW bytes are HWC too
  const allY = tf.oneHot(tf.tensor1d(c.labels, 'int32'), c.classes).toFloat();
  const order = [...c.labels.keys()];
  const rand = rng(1);
  const ce = (y, logits) => tf.losses.softmaxCrossEntropy(y, logits);
  if (C !== 1) throw new Error('tfjs CNN: only 1-channel inputs are laid out');
  return {
    epochs(k) {
      for (let e = 0; e < k; e++) {
        shuffle(order, rand);
        for (let start = 0; start < n; start += c.batch) {
          const idx = Int32Array.from(order.slice(start, start + c.batch));
          tf.tidy(() => {
            const it = tf.tensor1d(idx, 'int32');
            const x = tf.gather(allX, it);
            const y = tf.gather(allY, it);
            opt.minimize(() => ce(y, model.apply(x, { training: true })));
          });
        }
      }
    },
    loss: () => tf.tidy(() => ce(allY, model.predict(allX, { batchSize: 256 })).dataSync()[0]),
  };
}

module.exports = { train };
