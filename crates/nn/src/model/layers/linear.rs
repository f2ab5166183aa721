//! Linear (fully connected) layer with wiring: `y = W·x + b`.
//!
//! Shapes: input `in` values (any shape, read flat), output `(out, 1, 1)`; `W` is
//! `out × in` row-major (`W[o·in + i]`, the link from input `i` to neuron `o`), `b` is `out`.
//! A removed link (`mask[o·in + i] = false`) holds weight exactly 0 and is `fixed`, so no
//! update moves it; freezing marks `fixed` alone.
//!
//! Backward, with `g = ∂L/∂y` per sample: `∂L/∂W[o] += Σₛ gₛ[o]·xₛ`, `∂L/∂b[o] += Σₛ gₛ[o]`
//! (samples in order), `∂L/∂xₛ = Σₒ gₛ[o]·W[o]` (neurons in order).

use super::gemm::{axpy, dot};
use crate::model::param::{Param, ParamRole, WeightInit};
use crate::model::shape::Shape;
use crate::rng::Rng;
use serde::{Deserialize, Serialize};

/// A fully connected layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Linear {
    /// Input values per sample.
    pub inputs: usize,
    /// Output neurons.
    pub outputs: usize,
    /// `[W, b]`.
    pub params: Vec<Param>,
    /// `false` = link removed; empty = fully wired.
    #[serde(default)]
    pub mask: Vec<bool>,
}

impl Linear {
    /// Weights drawn row-major from `rng` by `init` (`fan_in = in`, `fan_out = out`), zero
    /// biases.
    pub fn new(inputs: usize, outputs: usize, init: WeightInit, rng: &mut Rng) -> Linear {
        let w = init.draw(inputs, outputs, inputs * outputs, rng);
        Linear {
            inputs,
            outputs,
            params: vec![
                Param::new(ParamRole::Weights, w),
                Param::new(ParamRole::Bias, vec![0.0; outputs]),
            ],
            mask: Vec::new(),
        }
    }

    /// Output shape `(out, 1, 1)`.
    pub fn output_shape(&self) -> Shape {
        Shape::vector(self.outputs)
    }

    /// Removes (`on = false`) or restores the link `from → to`; a removed link's weight is 0
    /// and fixed. Returns `false` when the indices are out of range.
    pub fn set_link(&mut self, from: usize, to: usize, on: bool) -> bool {
        if from >= self.inputs || to >= self.outputs {
            return false;
        }
        let len = self.inputs * self.outputs;
        if self.mask.len() != len {
            self.mask = vec![true; len];
        }
        let w = &mut self.params[0];
        if w.fixed.len() != len {
            w.fixed = vec![false; len];
        }
        let i = to * self.inputs + from;
        self.mask[i] = on;
        w.fixed[i] = !on;
        if !on {
            w.value[i] = 0.0;
        }
        true
    }

    /// `yₛ = W·xₛ + b` for each of the `n` samples.
    pub fn forward(&self, x: &[f32], n: usize, out: &mut [f32]) {
        let (w, b) = (&self.params[0].value, &self.params[1].value);
        let (inp, outp) = (self.inputs, self.outputs);
        for s in 0..n {
            let xs = &x[s * inp..(s + 1) * inp];
            for o in 0..outp {
                out[s * outp + o] = b[o] + dot(&w[o * inp..(o + 1) * inp], xs);
            }
        }
    }

    /// Accumulates `∂L/∂W`, `∂L/∂b` into `grads` and writes `∂L/∂x` into `g_in` (skipped
    /// when `g_in` is empty).
    pub fn backward(
        &self,
        x: &[f32],
        n: usize,
        g_out: &[f32],
        g_in: &mut [f32],
        grads: &mut [Vec<f32>],
    ) {
        let w = &self.params[0].value;
        let (inp, outp) = (self.inputs, self.outputs);
        let [gw, gb] = grads else { return };
        for s in 0..n {
            let xs = &x[s * inp..(s + 1) * inp];
            let gs = &g_out[s * outp..(s + 1) * outp];
            for (o, &g) in gs.iter().enumerate() {
                axpy(g, xs, &mut gw[o * inp..(o + 1) * inp]);
                gb[o] += g;
            }
            let Some(dx) = g_in.get_mut(s * inp..(s + 1) * inp) else {
                continue;
            };
            dx.fill(0.0);
            for (o, &g) in gs.iter().enumerate() {
                axpy(g, &w[o * inp..(o + 1) * inp], dx);
            }
        }
    }
}
