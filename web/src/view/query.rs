//! A point queried in inference mode (推論): where it is, the network's outputs in both
//! modes, and how the inference output reads — the class the head picks and how confident it
//! is, or the predicted value.
//!
//! Confidence is the probability the head gives the chosen class: for a sigmoid p or 1 − p;
//! for TensorFlow Playground's tanh (and a linear head on ±1 targets) its output o ∈ [−1, 1]
//! read as P(+1) = (1 + o)/2, clamped to [0, 1]; for softmax the largest probability.
//! Regression outputs are values, with no confidence.

use neurite_nn::OutputHead;

/// The queried point and its outputs.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryView {
    /// The raw coordinates asked about (x₁, or x₁ and x₂).
    pub at: Vec<f32>,
    /// Where the answer sits on the plane (fractions; on 1-D data at the predicted value).
    pub plane: (f32, f32),
    /// Inference-mode outputs (dropout off, batch norm on its running statistics).
    pub inference: Vec<f32>,
    /// Training-mode outputs (the point as a batch of one; a seeded dropout mask).
    pub training: Vec<f32>,
    /// The class picked from the inference output and its probability; `None` for
    /// regression.
    pub class: Option<(usize, f32)>,
}

/// The class `head` picks from `outputs` and its probability, or `None` for a value.
pub fn read_class(
    head: OutputHead,
    classes: Option<usize>,
    outputs: &[f32],
) -> Option<(usize, f32)> {
    classes?;
    match (head, outputs) {
        (OutputHead::Softmax, _) => {
            let (k, &p) = outputs
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))?;
            Some((k, p))
        }
        (OutputHead::Sigmoid, [p]) => Some(if *p >= 0.5 { (1, *p) } else { (0, 1.0 - p) }),
        (_, [o]) => {
            let p = ((1.0 + o) / 2.0).clamp(0.0, 1.0);
            Some(if p >= 0.5 { (1, p) } else { (0, 1.0 - p) })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_confidence_by_head() {
        assert_eq!(
            read_class(OutputHead::Tanh, Some(2), &[0.5]),
            Some((1, 0.75))
        );
        assert_eq!(
            read_class(OutputHead::Tanh, Some(2), &[-1.0]),
            Some((0, 1.0))
        );
        assert_eq!(
            read_class(OutputHead::Linear, Some(2), &[3.0]),
            Some((1, 1.0))
        );
        assert_eq!(
            read_class(OutputHead::Sigmoid, Some(2), &[0.2]),
            Some((0, 0.8))
        );
        assert_eq!(
            read_class(OutputHead::Softmax, Some(3), &[0.2, 0.7, 0.1]),
            Some((1, 0.7))
        );
        assert_eq!(read_class(OutputHead::Linear, None, &[0.3]), None);
    }
}
