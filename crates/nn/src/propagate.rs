//! Batched forward and backward passes over preallocated, feature-major buffers.
//!
//! For parameter layer `l` (0-based, `L` layers): `zₗ = Wₗ·aₗ + bₗ`, `hₗ = fₗ(zₗ)`,
//! `aₗ₊₁ = hₗ ⊙ mₗ` where `mₗ` is the inverted-dropout mask (`0` or `1/(1−p)`, training
//! only, hidden layers only). `a₀` is the input block. Backward, with `δ = ∂L/∂z`:
//! `δ_{L−1}` from the loss (scaled by `1/n`: the batch MEAN, like TFP's sum-then-divide),
//! `∂W = δ·aᵀ`, `∂b = Σₛ δ`, `δₗ₋₁ = (Wₗᵀ·δₗ) ⊙ mₗ₋₁ ⊙ f'(zₗ₋₁)`.
//! A normalized hidden layer puts `yₗ = γ·x̂ₗ + β` between: `hₗ = fₗ(yₗ)`, and backward
//! turns `∂L/∂y` into `∂L/∂z` through the normalization (formulas in [`crate::norm`]).
//!
//! The [`Mode`] says which of the layers that behave differently while learning do what:
//! dropout masks and batch statistics in training, neither in inference.
//! Every block is `width × capacity` (plus `kernels::TILE_PAD` spare values); a batch of
//! `n ≤ capacity` uses the first `width·n`.

use crate::divergence::NonFinite;
use crate::kernels;
use crate::layer::Dense;
use crate::network::Network;
use crate::norm::NormBuffers;
use crate::rng::Rng;
use crate::samples::Samples;

mod backward;
mod forward;

/// How a forward pass treats dropout and batch norm.
#[derive(Debug)]
pub enum Mode<'r> {
    /// Prediction (metrics, heatmaps, traces): no dropout; batch norm uses its running
    /// statistics, so every sample's output depends on that sample alone.
    Inference,
    /// Learning: batch norm uses the batch's own statistics (and the trainer then folds them
    /// into the running ones); with `dropout`, hidden layers with `p > 0` draw their masks
    /// from it (element order: neuron-major, then sample). Without a network that has batch
    /// norm or dropout, both modes give the same bits.
    Training {
        /// The dropout stream, `None` = no dropout (e.g. for exact gradients).
        dropout: Option<&'r mut Rng>,
    },
}

impl Mode<'_> {
    /// Whether batch norm takes batch statistics.
    pub fn is_training(&self) -> bool {
        matches!(self, Mode::Training { .. })
    }
}

/// Scratch buffers for one network shape and a maximum batch size.
#[derive(Debug, Clone)]
pub struct Workspace {
    capacity: usize,
    widths: Vec<usize>,
    /// `acts[0]` = inputs, `acts[l+1]` = what layer `l` feeds forward.
    pub(crate) acts: Vec<Vec<f32>>,
    pub(crate) zs: Vec<Vec<f32>>,
    /// Pre-dropout activations (only filled while dropout is active for that layer).
    pre: Vec<Vec<f32>>,
    masks: Vec<Vec<f32>>,
    dropout_on: Vec<bool>,
    pub(crate) deltas: Vec<Vec<f32>>,
    pub(crate) grad_w: Vec<Vec<f32>>,
    pub(crate) grad_b: Vec<Vec<f32>>,
    /// Targets, `outputs × capacity`.
    pub(crate) targets: Vec<f32>,
    /// Sample-major copy of a layer's input for `weight_grads`.
    transposed: Vec<f32>,
    /// Per layer: some link is removed, so its gradients must be zeroed after each batch.
    has_removed_links: Vec<bool>,
    /// Per layer: the normalization scratch of a normalized hidden layer.
    pub(crate) norms: Vec<Option<NormBuffers>>,
}

impl Workspace {
    /// Buffers for `network` and batches of up to `capacity` samples (at least 1).
    pub fn new(network: &Network, capacity: usize) -> Self {
        let capacity = capacity.max(1);
        let widths = network.spec().widths();
        let layers = widths.len() - 1;
        // `TILE_PAD` spare values after each block let the kernels run a batch's last,
        // partial sample tile as a whole vector tile (see `kernels::affine`).
        let block = |w: usize| vec![0.0f32; w * capacity + kernels::TILE_PAD];
        // Pre-dropout activations and masks exist only for hidden layers with dropout.
        let dropout_block = |l: usize| {
            let on = l + 1 < layers && network.layers()[l].dropout > 0.0;
            if on {
                block(widths[l + 1])
            } else {
                Vec::new()
            }
        };
        let widest_transposed = widths[..layers]
            .iter()
            .map(|&w| kernels::transposed_width(w))
            .max()
            .unwrap_or(0);
        Workspace {
            capacity,
            acts: widths.iter().map(|&w| block(w)).collect(),
            zs: widths[1..].iter().map(|&w| block(w)).collect(),
            pre: (0..layers).map(dropout_block).collect(),
            masks: (0..layers).map(dropout_block).collect(),
            dropout_on: vec![false; layers],
            deltas: widths[1..].iter().map(|&w| block(w)).collect(),
            grad_w: (0..layers)
                .map(|l| vec![0.0; widths[l] * widths[l + 1]])
                .collect(),
            grad_b: widths[1..].iter().map(|&w| vec![0.0; w]).collect(),
            targets: block(widths[layers]),
            transposed: vec![0.0; capacity * widest_transposed],
            has_removed_links: network
                .layers()
                .iter()
                .map(Dense::has_removed_link)
                .collect(),
            norms: network
                .layers()
                .iter()
                .enumerate()
                .map(|(l, d)| {
                    let on = l + 1 < layers && d.normalization.is_on();
                    on.then(|| NormBuffers::new(d.normalization, widths[l + 1], capacity))
                })
                .collect(),
            widths,
        }
    }

    /// Re-reads which layers have removed links (call after editing the wiring).
    pub fn sync_links(&mut self, network: &Network) {
        self.has_removed_links.clear();
        self.has_removed_links
            .extend(network.layers().iter().map(Dense::has_removed_link));
    }

    /// Largest batch these buffers hold.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Whether these buffers fit `network` (same widths, same dropout and normalized layers).
    pub fn fits(&self, network: &Network) -> bool {
        let layers = network.layers();
        self.widths == network.spec().widths()
            && (0..layers.len()).all(|l| {
                let hidden = l + 1 < layers.len();
                let wants = hidden && layers[l].dropout > 0.0;
                let norm = self.norms.get(l).and_then(|b| b.as_ref()).map(|b| b.kind);
                let wants_norm = hidden && layers[l].normalization.is_on();
                (!wants || !self.masks[l].is_empty())
                    && norm == wants_norm.then_some(layers[l].normalization)
            })
    }

    /// Folds the last training batch's statistics into every batch-norm layer's running
    /// statistics (the trainer calls this once per batch, after the update).
    pub fn update_running_stats(&self, network: &mut Network) {
        for (buf, layer) in self.norms.iter().zip(network.layers_mut()) {
            if let Some(buf) = buf {
                buf.update_running(&mut layer.norm);
            }
        }
    }

    /// The activation's input `yₗ = γ·x̂ + β` of normalized hidden layer `l` for the last
    /// `n` samples (`width × n`); `None` for a layer without normalization.
    pub fn normalized(&self, l: usize, n: usize) -> Option<&[f32]> {
        self.norms.get(l)?.as_ref().map(|b| b.normalized(n))
    }

    /// Loads rows `rows` of `samples` (inputs and targets) into the input and target blocks,
    /// transposing to feature-major. Returns the number of samples loaded.
    pub(crate) fn load(
        &mut self,
        samples: &Samples,
        rows: impl Iterator<Item = usize> + Clone,
    ) -> usize {
        let n = rows.clone().count().min(self.capacity);
        let (d, k) = (self.widths[0], self.widths[self.widths.len() - 1]);
        let (Some(x), Some(y)) = (samples.inputs.as_slice(), samples.targets.as_slice()) else {
            return 0; // `Samples::validate` guarantees standard layout
        };
        let (xb, yb) = (&mut self.acts[0], &mut self.targets);
        for (s, r) in rows.take(n).enumerate() {
            for (j, &v) in x[r * d..(r + 1) * d].iter().enumerate() {
                xb[j * n + s] = v;
            }
            for (j, &v) in y[r * k..(r + 1) * k].iter().enumerate() {
                yb[j * n + s] = v;
            }
        }
        n
    }

    /// Input block (`inputs × n`) to fill before `forward`.
    pub(crate) fn input_mut(&mut self, n: usize) -> &mut [f32] {
        let w = self.widths[0];
        &mut self.acts[0][..w * n]
    }

    /// Output block (`outputs × n`) after `forward`.
    pub fn output(&self, n: usize) -> &[f32] {
        let l = self.widths.len() - 1;
        &self.acts[l][..self.widths[l] * n]
    }

    /// First layer (0-based) whose pre-activations for the last `n` samples are non-finite,
    /// with the kind of its first non-finite value (neuron-major, then sample order). The
    /// vectorised check runs on every layer; only the offending block is scanned again.
    pub fn first_non_finite_layer(&self, n: usize) -> Option<(usize, NonFinite)> {
        (0..self.zs.len()).find_map(|l| {
            let z = self.pre_activations(l, n);
            if kernels::any_non_finite(z) {
                NonFinite::first_in(z).map(|v| (l, v))
            } else {
                None
            }
        })
    }

    /// Pre-activations `zₗ` of parameter layer `l` for the last `n` samples (`width × n`;
    /// empty for a layer that does not exist).
    pub(crate) fn pre_activations(&self, l: usize, n: usize) -> &[f32] {
        match (self.zs.get(l), self.widths.get(l + 1)) {
            (Some(z), Some(&w)) => &z[..(w * n).min(z.len())],
            _ => &[],
        }
    }
}
