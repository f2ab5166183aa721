//! The character RNN as one engine model, read in two parts:
//! - the cell, layers `0..3`: `h_t = tanh(W·[h_{t−1} ; x_t] + b)` — the previous hidden
//!   state joined with the one-hot character `x_t` (the model's side input), a dense layer,
//!   tanh;
//! - the head, layers `3..5`: `p_t = softmax(V·h_t + c)`, the next character's probabilities.
//!
//! [`Step`] keeps one time step's tapes, so backpropagation through time can walk the steps
//! backwards: at step t the gradient reaching `h_t` is the head's (from this step's loss)
//! plus the cell's from step t + 1, and the cell's backward turns it into the gradient
//! reaching `h_{t−1}`. The cell's weights are used at every step, so their gradients add up
//! over the steps (the engine's backward adds into the caller's buffers).

use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::{Grads, Model, Shape, Tape};
use neurite_nn::{NnError, Rng};

use super::names::VOCABULARY;

/// Where the head starts.
pub const HEAD: usize = 3;
/// Layers in all.
pub const LAYERS: usize = 5;

/// The model: input the previous hidden state (`hidden` values), side input the character.
pub fn model(hidden: usize, rng: &mut Rng) -> Result<Model, NnError> {
    let kinds = parse_arch(&format!(
        "concat 0, dense {hidden} tanh, dense {VOCABULARY} softmax"
    ))?;
    Model::new(
        Shape::vector(hidden),
        &[Shape::vector(VOCABULARY)],
        &kinds,
        rng,
    )
}

/// The one-hot vector of character id `c`.
pub fn one_hot(c: usize) -> Vec<f32> {
    let mut v = vec![0.0; VOCABULARY];
    if let Some(x) = v.get_mut(c) {
        *x = 1.0;
    }
    v
}

/// One time step's tapes.
pub struct Step {
    /// The character read.
    pub x: Vec<f32>,
    cell: Tape,
    head: Tape,
}

impl Step {
    /// The new hidden state `h_t`.
    pub fn hidden(&self) -> &[f32] {
        self.cell.output()
    }

    /// The next character's probabilities `p_t`.
    pub fn probs(&self) -> &[f32] {
        self.head.output()
    }
}

/// Reads character `c` in state `h`.
pub fn step(model: &Model, h: &[f32], c: usize) -> Result<Step, NnError> {
    let x = one_hot(c);
    let cell = model.forward_range(0, HEAD, h, &[&x], 1, true, None)?;
    let head = model.forward_range(HEAD, LAYERS, cell.output(), &[], 1, true, None)?;
    Ok(Step { x, cell, head })
}

/// Reads `input` from the zero state; the steps in order.
pub fn run(model: &Model, input: &[usize]) -> Result<Vec<Step>, NnError> {
    let hidden = model.input_shape().len();
    let mut h = vec![0.0f32; hidden];
    let mut steps = Vec::with_capacity(input.len());
    for &c in input {
        let s = step(model, &h, c)?;
        h = s.hidden().to_vec();
        steps.push(s);
    }
    Ok(steps)
}

/// Backpropagation through time from the cross-entropy losses of the steps whose target
/// is `Some(id)`, each divided by `scale` (the batch's character count, so the gradient is
/// the mean's). Adds the parameters' gradients into `grads`; returns the size ‖∂L/∂h_t‖ of
/// the gradient reaching each step's hidden state, earliest first.
pub fn backward(
    model: &Model,
    steps: &[Step],
    targets: &[Option<usize>],
    scale: usize,
    grads: &mut Grads,
) -> Result<Vec<f64>, NnError> {
    let hidden = model.input_shape().len();
    let mut from_later = vec![0.0f32; hidden];
    let mut norms = vec![0.0f64; steps.len()];
    for (t, s) in steps.iter().enumerate().rev() {
        let mut g_h = from_later.clone();
        if let Some(&Some(target)) = targets.get(t) {
            let g_p = ModelLoss::CrossEntropy.gradient(s.probs(), &one_hot(target), scale, false);
            let g = model.backward(&s.head, &[], &g_p, grads)?.input;
            for (a, b) in g_h.iter_mut().zip(&g) {
                *a += b;
            }
        }
        norms[t] = g_h
            .iter()
            .map(|&v| f64::from(v) * f64::from(v))
            .sum::<f64>()
            .sqrt();
        from_later = model.backward(&s.cell, &[&s.x], &g_h, grads)?.input;
    }
    Ok(norms)
}

/// `−ln p(target)` summed over the steps with a target.
pub fn loss(steps: &[Step], targets: &[Option<usize>]) -> f64 {
    steps
        .iter()
        .zip(targets)
        .filter_map(|(s, t)| t.map(|t| ModelLoss::CrossEntropy.sum(s.probs(), &one_hot(t))))
        .sum()
}
