//! Inference over many samples: the model's outputs (or any range of layers') in chunks
//! sized under [`MAX_PASS_VALUES`], so a large model never builds an oversized tape.

use super::{pass, Model, MAX_PASS_VALUES, PREDICT_CHUNK};
use crate::error::NnError;

impl Model {
    /// Samples per inference chunk: [`PREDICT_CHUNK`], fewer when a sample's pass is large.
    pub fn chunk(&self) -> usize {
        (MAX_PASS_VALUES / self.values_per_sample().max(1)).clamp(1, PREDICT_CHUNK)
    }

    /// Inference outputs of layers `from..to` for `n` samples, in chunks of
    /// [`Model::chunk`] samples.
    pub fn predict_range(
        &self,
        from: usize,
        to: usize,
        x: &[f32],
        side: &[&[f32]],
        n: usize,
    ) -> Result<Vec<f32>, NnError> {
        let layers = self.range(from, to)?;
        let in_len = layers[0].input_shape().len();
        let out_len = layers[layers.len() - 1].output_shape().len();
        if x.len() != n * in_len {
            return Err(NnError::InvalidData(format!(
                "the input has {} values; {n} samples of {in_len} were expected",
                x.len()
            )));
        }
        let mut out = Vec::with_capacity(n * out_len);
        let mut start = 0;
        while start < n {
            let m = self.chunk().min(n - start);
            let chunk_side: Vec<&[f32]> = side
                .iter()
                .map(|s| {
                    let len = s.len() / n.max(1);
                    &s[(start * len).min(s.len())..((start + m) * len).min(s.len())]
                })
                .collect();
            let tape = pass::forward(
                layers,
                from,
                &x[start * in_len..(start + m) * in_len],
                &chunk_side,
                m,
                false,
                None,
            )?;
            out.extend_from_slice(tape.output());
            start += m;
        }
        Ok(out)
    }

    /// Inference outputs of the whole model.
    pub fn predict(&self, x: &[f32], side: &[&[f32]], n: usize) -> Result<Vec<f32>, NnError> {
        self.predict_range(0, self.layers.len(), x, side, n)
    }
}
