//! Every layer's values for one batch, in a chosen [`Mode`]: what a normalization lab shows
//! (histograms of each neuron's pre-activations before and after normalization, batch
//! statistics versus running statistics).
//!
//! [`Network::batch_layers`] runs the engine's own batched forward pass
//! ([`Workspace::forward`]) on the whole batch at once, so in [`Mode::Training`] batch norm
//! uses exactly this batch's statistics (as one training step would; the running
//! statistics are not touched) and in [`Mode::Inference`] the running ones. The values are
//! bit for bit those of that pass.

use ndarray::{Array2, ArrayView2};

use crate::error::NnError;
use crate::network::Network;
use crate::propagate::{Mode, Workspace};

/// One parameter layer's values over the batch, each `n × width` (one row per sample).
#[derive(Debug, Clone, PartialEq)]
pub struct LayerBatch {
    /// Pre-activations `z = W·a + b` (before normalization).
    pub z: Array2<f32>,
    /// `y = γ·x̂ + β`, the activation's input, for a normalized layer.
    pub normalized: Option<Array2<f32>>,
    /// What the layer feeds forward (after dropout in training mode with a dropout stream).
    pub a: Array2<f32>,
}

impl Network {
    /// Every parameter layer's [`LayerBatch`] for the batch `inputs` (`n × inputs`, at
    /// least one row), in `mode` (see the module docs).
    pub fn batch_layers(
        &self,
        inputs: ArrayView2<f32>,
        mode: Mode<'_>,
    ) -> Result<Vec<LayerBatch>, NnError> {
        self.check()?;
        let (n, d) = (inputs.nrows(), self.spec().inputs);
        if inputs.ncols() != d || n == 0 {
            return Err(NnError::InvalidData(format!(
                "expected at least one row of {d} inputs, got {n}×{}",
                inputs.ncols()
            )));
        }
        if inputs.iter().any(|v| !v.is_finite()) {
            return Err(NnError::InvalidData("an input is not finite".into()));
        }
        let mut ws = Workspace::new(self, n);
        let block = ws.input_mut(n);
        for ((s, j), &v) in inputs.indexed_iter() {
            block[j * n + s] = v;
        }
        ws.forward(self, n, mode);
        let rows =
            |block: &[f32], w: usize| Array2::from_shape_fn((n, w), |(s, j)| block[j * n + s]);
        Ok((0..self.layers().len())
            .map(|l| {
                let w = self.layers()[l].outputs();
                LayerBatch {
                    z: rows(ws.pre_activations(l, n), w),
                    normalized: ws.normalized(l, n).map(|y| rows(y, w)),
                    a: rows(&ws.acts[l + 1], w),
                }
            })
            .collect())
    }
}
