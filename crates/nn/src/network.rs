//! The network: a validated spec plus one [`Dense`] per parameter layer, with checked
//! accessors for every weight, bias, link and freeze bit, and batched evaluation.
//!
//! `forward`: `n × inputs → n × outputs` (head applied, inference mode: no dropout, batch
//! norm's running statistics), evaluated in chunks of
//! [`EVAL_CHUNK`] samples (samples are independent, so chunking does not change any bit).
//! `activations`/`neuron_activations`: every layer's output `[inputs, hidden₁, …, output]`,
//! the same way (they allocate their result; a [`GridEvaluator`] reuses its buffers and
//! gives the same bits).

use crate::error::NnError;
use crate::init::Init;
use crate::layer::Dense;
use crate::propagate::{Mode, Workspace};
use crate::rng::Rng;
use crate::spec::NetworkSpec;
use ndarray::{Array2, ArrayView2};
use serde::{Deserialize, Serialize};

/// Samples evaluated per pass by `forward`/`activations` (bounds scratch memory).
pub const EVAL_CHUNK: usize = 1024;

/// A dense feed-forward network with removable links and freezable parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "NetworkParts")]
pub struct Network {
    spec: NetworkSpec,
    layers: Vec<Dense>,
}

/// Unchecked serialised form; deserialising goes through [`Network::from_parts`].
#[derive(Deserialize)]
struct NetworkParts {
    spec: NetworkSpec,
    layers: Vec<Dense>,
}

impl TryFrom<NetworkParts> for Network {
    type Error = NnError;
    fn try_from(p: NetworkParts) -> Result<Self, NnError> {
        Network::from_parts(p.spec, p.layers)
    }
}

impl Network {
    /// Builds and initialises a network; weights come only from `rng` (the caller passes
    /// `Rng::stream(seed, Stream::Weights)`). Never inlined: it runs once per network, and
    /// copies of it in its callers only cost the browser bundle.
    #[inline(never)]
    pub fn new(spec: &NetworkSpec, init: Init, rng: &mut Rng) -> Result<Network, NnError> {
        spec.validate()?;
        let widths = spec.widths();
        let last = widths.len() - 2;
        let layers = (0..=last)
            .map(|l| {
                let (w, b) = init.draw(widths[l], widths[l + 1], rng);
                match spec.hidden.get(l) {
                    Some(h) => Dense::new(w, b, h.activation, h.gain, h.dropout)
                        .with_normalization(h.normalization),
                    None => Dense::new(w, b, spec.head.layer_activation(), 1.0, 0.0),
                }
            })
            .collect();
        Ok(Network {
            spec: spec.clone(),
            layers,
        })
    }

    /// A network from explicit layers, checked against `spec` (shapes, finite values).
    pub fn from_parts(spec: NetworkSpec, layers: Vec<Dense>) -> Result<Network, NnError> {
        spec.validate()?;
        let net = Network { spec, layers };
        net.check()?;
        for (l, d) in net.layers.iter().enumerate() {
            if d.first_non_finite().is_some() || d.norm.first_non_finite().is_some() {
                return Err(NnError::InvalidValue(format!(
                    "layer {l} has a non-finite parameter"
                )));
            }
        }
        Ok(net)
    }

    /// Verifies that the layers still match the spec (they are editable via `layers_mut`).
    pub fn check(&self) -> Result<(), NnError> {
        let widths = self.spec.widths();
        if self.layers.len() != widths.len() - 1 {
            return Err(NnError::ShapeMismatch(format!(
                "expected {} layers, found {}",
                widths.len() - 1,
                self.layers.len()
            )));
        }
        for (l, d) in self.layers.iter().enumerate() {
            d.check(l, widths[l], widths[l + 1])?;
            if !(0.0..1.0).contains(&d.dropout) || !d.gain.is_finite() {
                return Err(NnError::ShapeMismatch(format!(
                    "layer {l} dropout must be in [0, 1) and gain finite"
                )));
            }
            if l + 1 == self.layers.len() && d.normalization.is_on() {
                return Err(NnError::ShapeMismatch(
                    "the output layer cannot be normalized".into(),
                ));
            }
        }
        Ok(())
    }

    /// The architecture.
    pub fn spec(&self) -> &NetworkSpec {
        &self.spec
    }
    /// Parameter layers, input side first.
    pub fn layers(&self) -> &[Dense] {
        &self.layers
    }
    /// Mutable layers. Keep shapes and standard layout; evaluation re-checks them.
    pub fn layers_mut(&mut self) -> &mut [Dense] {
        &mut self.layers
    }

    /// Number of weights and biases (including removed links and frozen values).
    pub fn param_count(&self) -> usize {
        self.layers
            .iter()
            .map(|d| d.weights.len() + d.bias.len())
            .sum()
    }

    /// Sets every removed link's weight to exactly 0.
    pub fn enforce_masks(&mut self) {
        self.layers.iter_mut().for_each(Dense::enforce_mask);
    }

    /// Evaluates the network (head applied, no dropout): `n × inputs → n × outputs`.
    pub fn forward(&self, inputs: ArrayView2<f32>) -> Result<Array2<f32>, NnError> {
        let k = self.spec.outputs;
        let mut out = Array2::zeros((inputs.nrows(), k));
        self.evaluate_chunks(inputs, |ws, start, n| {
            let o = ws.output(n);
            for s in 0..n {
                for j in 0..k {
                    out[[start + s, j]] = o[j * n + s];
                }
            }
        })?;
        Ok(out)
    }

    /// Every layer's output `[inputs, hidden₁, …, output]`, each `n × width`.
    pub fn activations(&self, inputs: ArrayView2<f32>) -> Result<Vec<Array2<f32>>, NnError> {
        let widths = self.spec.widths();
        let rows = inputs.nrows();
        let mut all: Vec<Array2<f32>> = widths.iter().map(|&w| Array2::zeros((rows, w))).collect();
        self.evaluate_chunks(inputs, |ws, start, n| {
            for (l, arr) in all.iter_mut().enumerate() {
                let w = widths[l];
                let block = &ws.acts[l][..w * n];
                if let Some(dst) = arr.as_slice_mut() {
                    for (s, row) in dst[start * w..(start + n) * w]
                        .chunks_exact_mut(w)
                        .enumerate()
                    {
                        for (j, v) in row.iter_mut().enumerate() {
                            *v = block[j * n + s];
                        }
                    }
                }
            }
        })?;
        Ok(all)
    }

    /// Like [`Network::activations`] but neuron-major: each entry is `width × n`, so row `j`
    /// is neuron `j`'s value over all samples — a heatmap grid, with no transpose.
    /// Allocates the result; to refresh heatmaps repeatedly, keep a [`GridEvaluator`](crate::GridEvaluator).
    pub fn neuron_activations(&self, inputs: ArrayView2<f32>) -> Result<Vec<Array2<f32>>, NnError> {
        self.neuron_maps(inputs)
    }

    /// In wasm, fresh linear memory is cheap, so computing straight into the result maps
    /// (no chunk copies) is fastest (measured in Node).
    #[cfg(target_arch = "wasm32")]
    fn neuron_maps(&self, inputs: ArrayView2<f32>) -> Result<Vec<Array2<f32>>, NnError> {
        let mut eval = crate::evaluator::GridEvaluator::new();
        eval.evaluate(self, inputs)?;
        let n = eval.points();
        eval.into_maps()
            .map(|(w, v)| {
                Array2::from_shape_vec((w, n), v).map_err(|e| NnError::ShapeMismatch(e.to_string()))
            })
            .collect()
    }

    /// Natively, glibc's page faults on the extra whole-grid buffers made the direct path
    /// slower than cache-sized chunks copied into the result (measured), so this chunks.
    #[cfg(not(target_arch = "wasm32"))]
    fn neuron_maps(&self, inputs: ArrayView2<f32>) -> Result<Vec<Array2<f32>>, NnError> {
        let widths = self.spec.widths();
        let rows = inputs.nrows();
        let mut all: Vec<Array2<f32>> = widths.iter().map(|&w| Array2::zeros((w, rows))).collect();
        self.evaluate_chunks(inputs, |ws, start, n| {
            for (l, arr) in all.iter_mut().enumerate() {
                for (j, chunk) in ws.acts[l][..widths[l] * n].chunks_exact(n).enumerate() {
                    let mut row = arr.row_mut(j);
                    if let Some(dst) = row.as_slice_mut() {
                        dst[start..start + n].copy_from_slice(chunk);
                    }
                }
            }
        })?;
        Ok(all)
    }

    /// Runs the forward pass chunk by chunk, handing each filled workspace to `sink`.
    fn evaluate_chunks(
        &self,
        inputs: ArrayView2<f32>,
        mut sink: impl FnMut(&Workspace, usize, usize),
    ) -> Result<(), NnError> {
        self.check()?;
        let d = self.spec.inputs;
        if inputs.ncols() != d {
            return Err(NnError::InvalidData(format!(
                "expected {d} input columns, got {}",
                inputs.ncols()
            )));
        }
        let rows = inputs.nrows();
        if rows == 0 {
            return Ok(());
        }
        let mut ws = Workspace::new(self, rows.min(EVAL_CHUNK));
        let mut start = 0;
        while start < rows {
            let n = (rows - start).min(EVAL_CHUNK);
            let block = ws.input_mut(n);
            for s in 0..n {
                for j in 0..d {
                    block[j * n + s] = inputs[[start + s, j]];
                }
            }
            ws.forward(self, n, Mode::Inference);
            sink(&ws, start, n);
            start += n;
        }
        Ok(())
    }
}
