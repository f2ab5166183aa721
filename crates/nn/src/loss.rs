//! Losses: per-sample value and the gradient `δ = ∂L/∂z` at the output pre-activation.
//!
//! Per-sample loss is the SUM over the `k` outputs; a reported split loss is the MEAN over
//! samples of that (for `k = 1`, TensorFlow Playground's number exactly):
//! - SquaredError `½(o − y)²` (TFP's);  Huber (δ = 1) `½d²` if `|d| ≤ 1` else `|d| − ½`;
//! - BinaryCrossEntropy from the logit `u = gain·z`: `max(u,0) − y·u + ln(1 + e^(−|u|))`;
//! - CrossEntropy from logits: `Σⱼ yⱼ·(logsumexp(z) − zⱼ)`.
//!
//! Gradients: `∂L/∂o · f'(z)` in general; Sigmoid+BCE and Softmax+CE use the fused, stable
//! `o − y` (times the gain for Sigmoid). The trainer scales `δ` by `1/n` (batch mean).

use crate::head::OutputHead;
use serde::{Deserialize, Serialize};

/// Huber's threshold δ.
pub const HUBER_DELTA: f32 = 1.0;

/// Training objective.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Loss {
    /// `½(o − y)²`
    #[default]
    SquaredError,
    /// Huber with δ = 1: quadratic near 0, linear beyond.
    Huber,
    /// Binary cross-entropy (Sigmoid head).
    BinaryCrossEntropy,
    /// Categorical cross-entropy (Softmax head, one-hot targets).
    CrossEntropy,
}

impl Loss {
    /// Every loss, in declaration order.
    pub const ALL: [Loss; 4] = [
        Loss::SquaredError,
        Loss::Huber,
        Loss::BinaryCrossEntropy,
        Loss::CrossEntropy,
    ];

    /// The serde name (`squared_error`, `huber`, …), as links and messages write it.
    pub fn name(self) -> &'static str {
        match self {
            Loss::SquaredError => "squared_error",
            Loss::Huber => "huber",
            Loss::BinaryCrossEntropy => "binary_cross_entropy",
            Loss::CrossEntropy => "cross_entropy",
        }
    }

    /// Loss of sample `s` in feature-major `k × n` blocks of logits `z`, outputs `o`,
    /// targets `y`. `gain` is the output layer's sigmoid gain. Computed in f64.
    #[allow(clippy::too_many_arguments)]
    pub fn sample_value(
        self,
        z: &[f32],
        o: &[f32],
        y: &[f32],
        k: usize,
        n: usize,
        s: usize,
        gain: f32,
    ) -> f64 {
        let mut total = 0.0f64;
        match self {
            Loss::SquaredError | Loss::Huber => {
                for j in 0..k {
                    let d = o[j * n + s] as f64 - y[j * n + s] as f64;
                    total += if self == Loss::SquaredError || d.abs() <= HUBER_DELTA as f64 {
                        0.5 * d * d
                    } else {
                        d.abs() - 0.5 * HUBER_DELTA as f64
                    };
                }
            }
            Loss::BinaryCrossEntropy => {
                for j in 0..k {
                    let u = gain as f64 * z[j * n + s] as f64;
                    let t = y[j * n + s] as f64;
                    total += u.max(0.0) - t * u + libm::log1p(libm::exp(-u.abs()));
                }
            }
            Loss::CrossEntropy => {
                let mut m = f64::NEG_INFINITY;
                for j in 0..k {
                    m = m.max(z[j * n + s] as f64);
                }
                let mut sum = 0.0;
                for j in 0..k {
                    sum += libm::exp(z[j * n + s] as f64 - m);
                }
                let lse = m + libm::log(sum);
                for j in 0..k {
                    total += y[j * n + s] as f64 * (lse - z[j * n + s] as f64);
                }
            }
        }
        total
    }

    /// Fills `delta` (`k × n`) with `scale · ∂L/∂z` for every output and sample.
    /// The pair must be valid (`OutputHead::supports`); invalid pairs fall back to the
    /// squared-error chain rule, never panic.
    #[allow(clippy::too_many_arguments)]
    pub fn output_delta(
        self,
        head: OutputHead,
        gain: f32,
        z: &[f32],
        o: &[f32],
        y: &[f32],
        scale: f32,
        delta: &mut [f32],
    ) {
        let it = delta.iter_mut().zip(z).zip(o.iter().zip(y));
        match (head, self) {
            (OutputHead::Sigmoid, Loss::BinaryCrossEntropy) => {
                let g = gain * scale;
                for (d, (&ov, &yv)) in delta.iter_mut().zip(o.iter().zip(y)) {
                    *d = g * (ov - yv);
                }
            }
            (OutputHead::Softmax, _) => {
                for (d, (&ov, &yv)) in delta.iter_mut().zip(o.iter().zip(y)) {
                    *d = scale * (ov - yv);
                }
            }
            _ => {
                let act = head.layer_activation();
                let huber = self == Loss::Huber;
                for ((d, &zv), (&ov, &yv)) in it {
                    let mut dl = ov - yv;
                    if huber {
                        dl = dl.clamp(-HUBER_DELTA, HUBER_DELTA);
                    }
                    *d = scale * dl * act.derivative(zv, ov, gain);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_by_hand() {
        // o = 0.5, y = 1: ½·0.25 = 0.125.
        assert_eq!(
            Loss::SquaredError.sample_value(&[0.5], &[0.5], &[1.0], 1, 1, 0, 1.0),
            0.125
        );
        // Huber beyond δ: |3| − ½ = 2.5.
        assert_eq!(
            Loss::Huber.sample_value(&[3.0], &[3.0], &[0.0], 1, 1, 0, 1.0),
            2.5
        );
        // BCE at logit 0: ln 2.
        let v = Loss::BinaryCrossEntropy.sample_value(&[0.0], &[0.5], &[1.0], 1, 1, 0, 1.0);
        assert!((v - std::f64::consts::LN_2).abs() < 1e-12);
        // CE with equal logits over 4 classes: ln 4.
        let z = [2.0; 4];
        let y = [0.0, 1.0, 0.0, 0.0];
        let v = Loss::CrossEntropy.sample_value(&z, &[0.25; 4], &y, 4, 1, 0, 1.0);
        assert!((v - 4f64.ln()).abs() < 1e-12);
        // Extreme logits stay finite.
        assert!(Loss::BinaryCrossEntropy
            .sample_value(&[-1e4], &[0.0], &[1.0], 1, 1, 0, 1.0)
            .is_finite());
    }

    #[test]
    fn fused_and_chained_deltas() {
        let mut d = [0.0];
        Loss::BinaryCrossEntropy.output_delta(
            OutputHead::Sigmoid,
            1.0,
            &[0.0],
            &[0.5],
            &[1.0],
            1.0,
            &mut d,
        );
        assert_eq!(d[0], -0.5);
        Loss::SquaredError.output_delta(OutputHead::Tanh, 1.0, &[0.0], &[0.5], &[1.0], 0.5, &mut d);
        assert_eq!(d[0], 0.5 * -0.5 * 0.75);
        Loss::Huber.output_delta(OutputHead::Linear, 1.0, &[5.0], &[5.0], &[0.0], 1.0, &mut d);
        assert_eq!(d[0], 1.0);
    }
}
