//! Hidden-layer activation functions, each beside its derivative.
//!
//! Scalar: `a = f(z)` and `f'(z)` (given `a` too, since many derivatives are cheaper from the
//! output). Batched: `apply_slice` maps a whole `width × n` block with the `match` hoisted out
//! of the loop so LLVM vectorises it; `backprop_slice` multiplies an upstream gradient
//! `∂L/∂a` in place by `f'(z)`, giving `∂L/∂z`.
//!
//! Transcendentals are deterministic: `tanh`/`σ` use [`crate::fastmath`], the rest `libm`.
//! GELU uses the tanh approximation `½z(1 + tanh(√(2/π)(z + 0.044715z³)))`.

use crate::fastmath;
use serde::{Deserialize, Serialize};

/// Slope of LeakyReLU for negative inputs.
pub const LEAKY_SLOPE: f32 = 0.01;
const GELU_K: f32 = 0.797_884_6; // √(2/π)
const GELU_C: f32 = 0.044_715;

/// A neuron's activation function `a = f(z)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activation {
    /// `z`
    Linear,
    /// `max(z, 0)`
    Relu,
    /// `z` if `z > 0`, else `0.01·z`
    LeakyRelu,
    /// `z` if `z > 0`, else `eᶻ − 1` (α = 1)
    Elu,
    /// `σ(gain·z)`
    Sigmoid,
    /// `tanh z`
    Tanh,
    /// `1` if `z > 0`, else `0`; derivative 0 everywhere, so nothing below it learns
    Step,
    /// `ln(1 + eᶻ)`
    Softplus,
    /// `z·σ(z)`
    Silu,
    /// tanh-approximated GELU
    Gelu,
    /// `sin z`
    Sine,
}

impl Activation {
    /// Every activation, in declaration order.
    pub const ALL: [Activation; 11] = [
        Activation::Linear,
        Activation::Relu,
        Activation::LeakyRelu,
        Activation::Elu,
        Activation::Sigmoid,
        Activation::Tanh,
        Activation::Step,
        Activation::Softplus,
        Activation::Silu,
        Activation::Gelu,
        Activation::Sine,
    ];

    /// The serde name.
    pub fn name(self) -> &'static str {
        match self {
            Activation::Linear => "linear",
            Activation::Relu => "relu",
            Activation::LeakyRelu => "leaky_relu",
            Activation::Elu => "elu",
            Activation::Sigmoid => "sigmoid",
            Activation::Tanh => "tanh",
            Activation::Step => "step",
            Activation::Softplus => "softplus",
            Activation::Silu => "silu",
            Activation::Gelu => "gelu",
            Activation::Sine => "sine",
        }
    }

    /// `f(z)`; `gain` scales the input of `Sigmoid` only.
    #[inline(always)]
    pub fn apply(self, z: f32, gain: f32) -> f32 {
        match self {
            Activation::Linear => z,
            Activation::Relu => {
                if z > 0.0 {
                    z
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu => {
                if z > 0.0 {
                    z
                } else {
                    LEAKY_SLOPE * z
                }
            }
            Activation::Elu => {
                if z > 0.0 {
                    z
                } else {
                    libm::expm1f(z)
                }
            }
            Activation::Sigmoid => fastmath::sigmoid(gain * z),
            Activation::Tanh => fastmath::tanh(z),
            Activation::Step => {
                if z > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            // Stable form: max(z, 0) + ln(1 + e^(−|z|)).
            Activation::Softplus => z.max(0.0) + libm::log1pf(libm::expf(-z.abs())),
            Activation::Silu => z * fastmath::sigmoid(z),
            Activation::Gelu => 0.5 * z * (1.0 + fastmath::tanh(GELU_K * (z + GELU_C * z * z * z))),
            Activation::Sine => libm::sinf(z),
        }
    }

    /// `∂a/∂z` at `z`, where `out = f(z)` (used where cheaper). Step → 0.
    #[inline(always)]
    pub fn derivative(self, z: f32, out: f32, gain: f32) -> f32 {
        match self {
            Activation::Linear => 1.0,
            Activation::Relu => {
                if z > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu => {
                if z > 0.0 {
                    1.0
                } else {
                    LEAKY_SLOPE
                }
            }
            // For z ≤ 0, d(eᶻ − 1)/dz = eᶻ = out + 1.
            Activation::Elu => {
                if z > 0.0 {
                    1.0
                } else {
                    out + 1.0
                }
            }
            Activation::Sigmoid => gain * out * (1.0 - out),
            Activation::Tanh => 1.0 - out * out,
            Activation::Step => 0.0,
            Activation::Softplus => fastmath::sigmoid(z),
            // d(zσ)/dz = σ + zσ(1 − σ).
            Activation::Silu => {
                let s = fastmath::sigmoid(z);
                s + z * s * (1.0 - s)
            }
            Activation::Gelu => {
                let t = fastmath::tanh(GELU_K * (z + GELU_C * z * z * z));
                let du = GELU_K * (1.0 + 3.0 * GELU_C * z * z);
                0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * du
            }
            Activation::Sine => libm::cosf(z),
        }
    }

    /// `out[i] = f(z[i])` over a block; the `match` is outside the loop. Never inlined: the
    /// passes call it from several places and one copy of its eleven loops is enough.
    #[inline(never)]
    pub fn apply_slice(self, gain: f32, z: &[f32], out: &mut [f32]) {
        macro_rules! map {
            ($act:expr) => {
                for (o, &v) in out.iter_mut().zip(z) {
                    *o = $act.apply(v, gain);
                }
            };
        }
        match self {
            Activation::Linear => out.copy_from_slice(z),
            Activation::Relu => map!(Activation::Relu),
            Activation::LeakyRelu => map!(Activation::LeakyRelu),
            Activation::Elu => map!(Activation::Elu),
            Activation::Sigmoid => map!(Activation::Sigmoid),
            Activation::Tanh => map!(Activation::Tanh),
            Activation::Step => map!(Activation::Step),
            Activation::Softplus => map!(Activation::Softplus),
            Activation::Silu => map!(Activation::Silu),
            Activation::Gelu => map!(Activation::Gelu),
            Activation::Sine => map!(Activation::Sine),
        }
    }

    /// `grad[i] *= f'(z[i])` (with `out[i] = f(z[i])`): turns ∂L/∂a into ∂L/∂z in place.
    #[inline(never)]
    pub fn backprop_slice(self, gain: f32, z: &[f32], out: &[f32], grad: &mut [f32]) {
        macro_rules! map {
            ($act:expr) => {
                for ((g, &zv), &ov) in grad.iter_mut().zip(z).zip(out) {
                    *g *= $act.derivative(zv, ov, gain);
                }
            };
        }
        match self {
            Activation::Linear => {}
            Activation::Relu => map!(Activation::Relu),
            Activation::LeakyRelu => map!(Activation::LeakyRelu),
            Activation::Elu => map!(Activation::Elu),
            Activation::Sigmoid => map!(Activation::Sigmoid),
            Activation::Tanh => map!(Activation::Tanh),
            Activation::Step => grad.fill(0.0),
            Activation::Softplus => map!(Activation::Softplus),
            Activation::Silu => map!(Activation::Silu),
            Activation::Gelu => map!(Activation::Gelu),
            Activation::Sine => map!(Activation::Sine),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derivatives_match_central_differences() {
        let h = 1e-3f64;
        for act in Activation::ALL {
            for &z in &[-2.3f32, -0.7, 0.4, 1.9] {
                let f = |x: f64| act.apply(x as f32, 1.5) as f64;
                let numeric = (f(z as f64 + h) - f(z as f64 - h)) / (2.0 * h);
                let analytic = act.derivative(z, act.apply(z, 1.5), 1.5) as f64;
                let tol = if act == Activation::Step { 1e-9 } else { 2e-3 };
                assert!(
                    (numeric - analytic).abs() < tol,
                    "{act:?} at {z}: {numeric} vs {analytic}"
                );
            }
        }
    }

    #[test]
    fn slices_match_scalars_and_names_match_serde() {
        let z: Vec<f32> = (-20..20).map(|i| i as f32 * 0.37).collect();
        for act in Activation::ALL {
            let mut out = vec![0.0; z.len()];
            act.apply_slice(0.8, &z, &mut out);
            let mut grad = vec![2.0; z.len()];
            act.backprop_slice(0.8, &z, &out, &mut grad);
            for i in 0..z.len() {
                assert_eq!(out[i].to_bits(), act.apply(z[i], 0.8).to_bits());
                assert_eq!(grad[i], 2.0 * act.derivative(z[i], out[i], 0.8));
            }
            assert_eq!(
                format!("\"{}\"", act.name()),
                serde_json::to_string(&act).unwrap_or_default()
            );
        }
    }
}
