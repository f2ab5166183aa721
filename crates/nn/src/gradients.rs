//! Analytic gradients of the mean batch loss, exposed for gradient checks and tools.
//!
//! `∂L̄/∂W` and `∂L̄/∂b` with `L̄ = (1/n)·Σₛ Lₛ` (per-sample loss summed over outputs, see
//! [`crate::loss`]), training mode without dropout (batch norm on the batch's statistics,
//! as the trainer differentiates), computed by the same batched backward pass the trainer
//! uses; plus `∂L̄/∂γ`, `∂L̄/∂β` of normalized layers and `∂L̄/∂x` of the inputs.
//! Removed links report 0; frozen parameters report their true gradient (freezing only
//! stops updates).

use crate::error::NnError;
use crate::loss::Loss;
use crate::network::Network;
use crate::propagate::{Mode, Workspace};
use crate::samples::Samples;
use ndarray::{Array1, Array2};

/// Per-layer gradients, shaped like the network's weights and biases.
#[derive(Debug, Clone, PartialEq)]
pub struct Gradients {
    /// `∂L̄/∂W`, `out × in` per layer.
    pub weights: Vec<Array2<f32>>,
    /// `∂L̄/∂b` per layer.
    pub biases: Vec<Array1<f32>>,
    /// `∂L̄/∂γ` per layer (empty for a layer without normalization).
    pub gammas: Vec<Array1<f32>>,
    /// `∂L̄/∂β` per layer (empty for a layer without normalization).
    pub betas: Vec<Array1<f32>>,
    /// `∂L̄/∂x`, `n × inputs` like the batch's inputs.
    pub inputs: Array2<f32>,
}

impl Network {
    /// Gradients of the mean `loss` over all of `batch` (one pass, no dropout).
    pub fn gradients(&self, batch: &Samples, loss: Loss) -> Result<Gradients, NnError> {
        self.check()?;
        self.spec().head.check_loss(loss)?;
        batch.validate(self.spec().inputs, self.spec().outputs, "batch")?;
        let n = batch.len();
        if n == 0 {
            return Err(NnError::InvalidData("the batch is empty".into()));
        }
        let mut ws = Workspace::new(self, n);
        ws.load(batch, 0..n);
        ws.forward(self, n, Mode::Training { dropout: None });
        ws.backward(self, loss, n);
        let weights = self
            .layers()
            .iter()
            .zip(&ws.grad_w)
            .map(|(d, g)| Array2::from_shape_vec(d.weights.dim(), g.clone()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| NnError::ShapeMismatch(e.to_string()))?;
        let biases = ws
            .grad_b
            .iter()
            .map(|g| Array1::from_vec(g.clone()))
            .collect();
        let norm = |pick: fn(&crate::norm::NormBuffers) -> &Vec<f32>| {
            ws.norms
                .iter()
                .map(|b| Array1::from_vec(b.as_ref().map_or_else(Vec::new, |b| pick(b).clone())))
                .collect::<Vec<_>>()
        };
        let (gammas, betas) = (norm(|b| &b.grad_gamma), norm(|b| &b.grad_beta));
        let d = self.spec().inputs;
        let dx = ws.input_gradients(self, n);
        let inputs = Array2::from_shape_fn((n, d), |(s, j)| dx[j * n + s]);
        Ok(Gradients {
            weights,
            biases,
            gammas,
            betas,
            inputs,
        })
    }
}
