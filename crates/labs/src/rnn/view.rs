//! What the RNN lab shows of its network: a continuation of a typed beginning (the most
//! likely next character each time, so the same network always continues the same way),
//! and one stretch of text unrolled over its time steps — each step's hidden state, its
//! top guess, and the size of the gradient of the last step's loss reaching every earlier
//! hidden state (backpropagation through time; the vanishing gradient as it shrinks).

use neurite_nn::model::loss::argmax;
use neurite_nn::model::Model;

use super::cell;
use super::names::{char_of, id, BOUNDARY};

/// Longest continuation.
pub const MAX_CONTINUATION: usize = 20;

/// The characters the network writes after `.` + `prefix`, greedily, until it writes `.`
/// or [`MAX_CONTINUATION`] characters; `None` when the model refuses.
pub fn continuation(model: &Model, prefix: &str) -> Option<String> {
    let hidden = model.input_shape().len();
    let mut h = vec![0.0f32; hidden];
    let mut last = None;
    for c in std::iter::once(BOUNDARY).chain(prefix.chars()) {
        let s = cell::step(model, &h, id(c)?).ok()?;
        h = s.hidden().to_vec();
        last = Some(argmax(s.probs()));
    }
    let mut out = String::new();
    let mut next = last?;
    while next != 0 && out.len() < MAX_CONTINUATION {
        out.push(char_of(next));
        let s = cell::step(model, &h, next).ok()?;
        h = s.hidden().to_vec();
        next = argmax(s.probs());
    }
    Some(out)
}

/// A stretch of text run through the unrolled network.
#[derive(Debug, Clone, PartialEq)]
pub struct Unrolled {
    /// The characters read, one per step.
    pub text: Vec<char>,
    /// Each step's hidden state.
    pub hidden: Vec<Vec<f32>>,
    /// Each step's most likely next character.
    pub guess: Vec<char>,
    /// ‖∂L/∂h_t‖ for the loss of the last step only (predicting `next`), earliest first.
    pub grad_norms: Vec<f64>,
    /// The character the last step should predict.
    pub next: char,
}

/// `text` (ids from `.`, `a`–`z`) read step by step, the last step's loss on `next`
/// backpropagated through every step; `None` when a character is outside the vocabulary.
pub fn unroll(model: &Model, text: &str, next: char) -> Option<Unrolled> {
    let ids: Vec<usize> = text.chars().map(id).collect::<Option<_>>()?;
    let steps = cell::run(model, &ids).ok()?;
    let mut targets = vec![None; steps.len()];
    if let Some(t) = targets.last_mut() {
        *t = Some(id(next)?);
    }
    let mut grads = model.zero_grads();
    let grad_norms = cell::backward(model, &steps, &targets, 1, &mut grads).ok()?;
    Some(Unrolled {
        text: text.chars().collect(),
        hidden: steps.iter().map(|s| s.hidden().to_vec()).collect(),
        guess: steps.iter().map(|s| char_of(argmax(s.probs()))).collect(),
        grad_norms,
        next,
    })
}
