//! Batch sources that make their targets as they go:
//! - [`Denoise`] (a diffusion model's training pairs): for each sample a step `t` uniform in
//!   `1…T` and noise `ε ~ N(0, I)` are drawn, the input is
//!   `x_t = √ᾱ_t·x₀ + √(1 − ᾱ_t)·ε` with `ᾱ_t = Π_{s ≤ t}(1 − β_s)` on a linear schedule
//!   `β_s` from `β₁` to `β_T`, the side input 0 describes `t` (`t/T`, then `sin` and `cos`
//!   of `2π·k·t/T` for `k = 1…F`), and the target is `ε` (the network learns to predict
//!   the noise).
//! - [`Distill`] (knowledge distillation): the target is a frozen teacher's output
//!   softened at temperature `T`, `softmax(z_teacher/T)`; the teacher model ends in logits.

use super::source::{Batch, BatchSource, Labelled};
use super::Model;
use crate::error::NnError;
use crate::rng::Rng;

/// Frequencies `F` in the step's description (side input length `1 + 2F`).
pub const TIME_FREQUENCIES: usize = 4;

/// A linear noise schedule and its cumulative products.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// `ᾱ_t` for `t = 1…T` (index `t − 1`).
    pub alpha_bar: Vec<f64>,
}

impl Schedule {
    /// `T` steps with `β` rising linearly from `beta_start` to `beta_end` (DDPM: 10⁻⁴ to
    /// 0.02 over 1000 steps). Errors unless `1 ≤ T ≤ 10⁴` and `0 < β_start ≤ β_end < 1`.
    pub fn linear(steps: usize, beta_start: f64, beta_end: f64) -> Result<Schedule, NnError> {
        let valid = (1..=10_000).contains(&steps)
            && beta_start > 0.0
            && beta_start <= beta_end
            && beta_end < 1.0;
        if !valid {
            return Err(NnError::InvalidConfig(format!(
                "a noise schedule needs 1…10000 steps and 0 < β₁ ≤ β_T < 1, not {steps} steps from {beta_start} to {beta_end}"
            )));
        }
        let mut product = 1.0;
        let alpha_bar = (0..steps)
            .map(|s| {
                let frac = if steps == 1 {
                    0.0
                } else {
                    s as f64 / (steps - 1) as f64
                };
                product *= 1.0 - (beta_start + (beta_end - beta_start) * frac);
                product
            })
            .collect();
        Ok(Schedule { alpha_bar })
    }

    /// Steps `T`.
    pub fn steps(&self) -> usize {
        self.alpha_bar.len()
    }

    /// The side input describing step `t` (1-based).
    pub fn time_features(&self, t: usize) -> Vec<f32> {
        let phase = t as f64 / self.steps().max(1) as f64;
        let mut out = vec![phase as f32];
        for k in 1..=TIME_FREQUENCIES {
            let a = 2.0 * core::f64::consts::PI * k as f64 * phase;
            out.push(libm::sin(a) as f32);
            out.push(libm::cos(a) as f32);
        }
        out
    }
}

/// Noised inputs and their noise, drawn per batch.
#[derive(Debug, Clone, PartialEq)]
pub struct Denoise {
    x0: Vec<f32>,
    x_len: usize,
    schedule: Schedule,
}

impl Denoise {
    /// Clean samples `x0` (`n × x_len`) under `schedule`.
    pub fn new(x0: Vec<f32>, x_len: usize, schedule: Schedule) -> Result<Denoise, NnError> {
        if x_len == 0 || !x0.len().is_multiple_of(x_len) || x0.iter().any(|v| !v.is_finite()) {
            return Err(NnError::InvalidData(format!(
                "{} values are not finite samples of {x_len}",
                x0.len()
            )));
        }
        Ok(Denoise {
            x0,
            x_len,
            schedule,
        })
    }
}

impl BatchSource for Denoise {
    fn len(&self) -> usize {
        self.x0.len() / self.x_len
    }
    fn fill(&self, indices: &[usize], rng: &mut Rng, batch: &mut Batch) {
        batch.n = 0;
        batch.x.clear();
        batch.target.clear();
        batch.side = vec![Vec::new()];
        for &i in indices.iter().filter(|&&i| i < self.len()) {
            let t = 1 + rng.below(self.schedule.steps());
            let ab = self.schedule.alpha_bar[t - 1];
            let (a, b) = (libm::sqrt(ab) as f32, libm::sqrt(1.0 - ab) as f32);
            for &v in &self.x0[i * self.x_len..(i + 1) * self.x_len] {
                let e = rng.normal() as f32;
                batch.x.push(a * v + b * e);
                batch.target.push(e);
            }
            batch.side[0].extend(self.schedule.time_features(t));
            batch.n += 1;
        }
    }
}

/// Inputs with a teacher's softened outputs as targets: fixed pairs once made.
#[derive(Debug, Clone, PartialEq)]
pub struct Distill {
    pairs: Labelled,
}

impl Distill {
    /// Runs `teacher` (ending in logits) once over `x` and keeps `softmax(z/T)` per sample.
    pub fn new(teacher: &Model, x: Vec<f32>, temperature: f32) -> Result<Distill, NnError> {
        if !(temperature.is_finite() && temperature > 0.0) {
            return Err(NnError::InvalidConfig(format!(
                "temperature {temperature} must be finite and > 0"
            )));
        }
        let x_len = teacher.input_shape().len();
        if !x.len().is_multiple_of(x_len) {
            return Err(NnError::InvalidData(format!(
                "{} values are not samples of {x_len}",
                x.len()
            )));
        }
        let n = x.len() / x_len;
        let logits: Vec<f32> = teacher
            .predict(&x, &[], n)?
            .iter()
            .map(|z| z / temperature)
            .collect();
        let t_len = teacher.output_shape().len();
        let mut soft = vec![0.0; logits.len()];
        super::layers::elementwise::softmax_forward(&logits, t_len, &mut soft);
        Ok(Distill {
            pairs: Labelled::new(x, x_len, soft, t_len)?,
        })
    }

    /// The softened targets, `n × classes`.
    pub fn targets(&self) -> &[f32] {
        self.pairs.targets()
    }
}

impl BatchSource for Distill {
    fn len(&self) -> usize {
        self.pairs.len()
    }
    fn fill(&self, indices: &[usize], rng: &mut Rng, batch: &mut Batch) {
        self.pairs.fill(indices, rng, batch)
    }
}
