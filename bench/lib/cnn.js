'use strict';
//! Helpers for the CNN workloads D and E (crates/bench/src/cnn.rs): the images as floats,
//! Neurite's parameter layouts re-indexed for peers that store images height × width ×
//! channels (tfjs NHWC, convnetjs `Vol`), and the mean cross-entropy over the data set.
//!
//! Neurite: conv kernel `K[((co·C_in + ci)·k + ky)·k + kx]`; a dense layer reads its input
//! flat in C × H × W order (`W[o·in + (c·H + y)·W + x]`).

/** Pixels as floats (byte / 255), `samples × C·H·W` (for C = 1 the CHW and HWC orders agree). */
function images(c) {
  const x = new Float32Array(c.pixels.length);
  for (let i = 0; i < x.length; i++) x[i] = c.pixels[i] / 255;
  return x;
}

/** Kernel value `(co, ci, ky, kx)` of a conv layer in Neurite's layout. */
function kernelAt(layer, co, ci, ky, kx) {
  const [cin] = layer.input;
  const k = layer.size;
  return layer.weights[((co * cin + ci) * k + ky) * k + kx];
}

/** A dense layer's weight from flat HWC input `j` to neuron `o` (re-indexed from CHW). */
function denseHwc(layer, o, j) {
  const [C, H, W] = layer.input;
  const n = C * H * W;
  const c = j % C;
  const x = Math.floor(j / C) % W;
  const y = Math.floor(j / (C * W));
  return layer.weights[o * n + (c * H + y) * W + x];
}

/** Mean −ln p[label] over the data set (p floored at 1e-7, as Neurite), given
 * `probs(s)` → the class probabilities of sample `s`. */
function meanCrossEntropy(c, probs) {
  let total = 0;
  for (let s = 0; s < c.labels.length; s++) {
    total -= Math.log(Math.max(probs(s)[c.labels[s]], 1e-7));
  }
  return total / c.labels.length;
}

module.exports = { images, kernelAt, denseHwc, meanCrossEntropy };
