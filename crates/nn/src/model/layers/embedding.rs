//! Embedding lookup: each of a sample's `T` token ids picks its row of a learned table.
//!
//! Shapes: input `(T, 1, 1)` holding ids `0 ≤ id < V` (as exact small integers in `f32`),
//! output `(1, T, D)`: row `t` is `E[idₜ]`; the table `E` is `V × D` row-major.
//! Backward: the gradient is sparse, only the rows looked up receive one,
//! `∂L/∂E[idₜ] += gₜ` summed in sample order, then token order; ids get no gradient.

use crate::error::NnError;
use crate::model::param::{Param, ParamRole};
use crate::model::shape::Shape;
use crate::rng::Rng;
use serde::{Deserialize, Serialize};

/// An embedding table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Embedding {
    /// Tokens per sample `T`.
    pub tokens: usize,
    /// Vocabulary size `V`.
    pub vocabulary: usize,
    /// Vector length `D`.
    pub dimension: usize,
    /// `[E]`.
    pub params: Vec<Param>,
}

impl Embedding {
    /// A table drawn from `U(−1/√D, 1/√D)`: vectors start with lengths near `1/√3`, so
    /// early dot products stay small.
    pub fn new(tokens: usize, vocabulary: usize, dimension: usize, rng: &mut Rng) -> Embedding {
        let limit = 1.0 / libm::sqrt(dimension.max(1) as f64);
        let table = (0..vocabulary * dimension)
            .map(|_| rng.uniform(-limit, limit) as f32)
            .collect();
        Embedding {
            tokens,
            vocabulary,
            dimension,
            params: vec![Param::new(ParamRole::Table, table)],
        }
    }

    /// Output shape `(1, T, D)`.
    pub fn output_shape(&self) -> Shape {
        Shape::image(1, self.tokens, self.dimension)
    }

    /// The id a value names, or a clear error (not a whole number, or out of range).
    pub fn id_of(&self, value: f32) -> Result<usize, NnError> {
        if !(value >= 0.0 && value < self.vocabulary as f32 && value.fract() == 0.0) {
            return Err(NnError::InvalidData(format!(
                "token id {value} is not one of 0…{} of the embedding's vocabulary",
                self.vocabulary.saturating_sub(1)
            )));
        }
        Ok(value as usize)
    }

    /// Looks every id up.
    pub fn forward(&self, x: &[f32], n: usize, out: &mut [f32]) -> Result<(), NnError> {
        let d = self.dimension;
        let table = &self.params[0].value;
        for (j, &v) in x[..n * self.tokens].iter().enumerate() {
            let id = self.id_of(v)?;
            out[j * d..(j + 1) * d].copy_from_slice(&table[id * d..(id + 1) * d]);
        }
        Ok(())
    }

    /// Adds each output row's gradient to its table row; the ids' gradient is 0.
    pub fn backward(
        &self,
        x: &[f32],
        n: usize,
        g_out: &[f32],
        g_in: &mut [f32],
        grads: &mut [Vec<f32>],
    ) {
        let d = self.dimension;
        g_in[..n * self.tokens].fill(0.0);
        let [gt] = grads else { return };
        for (j, &v) in x[..n * self.tokens].iter().enumerate() {
            if let Ok(id) = self.id_of(v) {
                for (t, &g) in gt[id * d..(id + 1) * d]
                    .iter_mut()
                    .zip(&g_out[j * d..(j + 1) * d])
                {
                    *t += g;
                }
            }
        }
    }
}
