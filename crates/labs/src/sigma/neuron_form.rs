//! The neuron form of Σ: z = Σᵢ₌₁ⁿ wᵢxᵢ, the sum a neuron takes of its weighted inputs,
//! computed by the engine (a linear neuron with no bias, see [`crate::neuron`]).

use neurite_nn::{Activation, NnError};

use crate::neuron::{NeuronInput, NeuronLab};

/// The terms wᵢxᵢ and their total.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightedSum {
    /// wᵢ·xᵢ, i = 1..=n.
    pub terms: Vec<f32>,
    /// Σᵢ wᵢxᵢ by the engine's forward pass.
    pub total: f32,
}

/// Σᵢ wᵢxᵢ for equally long, non-empty `w` and `x`.
pub fn weighted_sum(w: &[f32], x: &[f32]) -> Result<WeightedSum, NnError> {
    if w.len() != x.len() {
        return Err(NnError::InvalidData(format!(
            "{} weights for {} inputs",
            w.len(),
            x.len()
        )));
    }
    let neuron = NeuronLab {
        inputs: w
            .iter()
            .zip(x)
            .map(|(&w, &x)| NeuronInput { x, w })
            .collect(),
        bias: 0.0,
        activation: Activation::Linear,
        gain: 1.0,
    };
    let out = neuron.output()?;
    Ok(WeightedSum {
        terms: out.terms,
        total: out.z,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_sum_by_the_engine() {
        let s = weighted_sum(&[0.5, -2.0, 1.0], &[4.0, 1.5, 3.0]);
        assert_eq!(
            s,
            Ok(WeightedSum {
                terms: vec![2.0, -3.0, 3.0],
                total: 2.0
            })
        );
        assert!(weighted_sum(&[1.0], &[1.0, 2.0]).is_err());
        assert!(weighted_sum(&[], &[]).is_err());
        assert!(weighted_sum(&[f32::NAN], &[1.0]).is_err());
    }
}
