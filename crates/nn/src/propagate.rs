//! Batched forward and backward passes over preallocated, feature-major buffers.
//!
//! For parameter layer `l` (0-based, `L` layers): `zₗ = Wₗ·aₗ + bₗ`, `hₗ = fₗ(zₗ)`,
//! `aₗ₊₁ = hₗ ⊙ mₗ` where `mₗ` is the inverted-dropout mask (`0` or `1/(1−p)`, training
//! only, hidden layers only). `a₀` is the input block. Backward, with `δ = ∂L/∂z`:
//! `δ_{L−1}` from the loss (scaled by `1/n`: the batch MEAN, like TFP's sum-then-divide),
//! `∂W = δ·aᵀ`, `∂b = Σₛ δ`, `δₗ₋₁ = (Wₗᵀ·δₗ) ⊙ mₗ₋₁ ⊙ f'(zₗ₋₁)`.
//! Every block is `width × capacity` (plus `kernels::TILE_PAD` spare values); a batch of
//! `n ≤ capacity` uses the first `width·n`.

use crate::error::NnError;
use crate::kernels;
use crate::layer::Dense;
use crate::loss::Loss;
use crate::network::Network;
use crate::rng::Rng;
use crate::train::{NonFinite, Samples};

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

    /// Whether these buffers fit `network` (same widths, same dropout layers).
    pub fn fits(&self, network: &Network) -> bool {
        let layers = network.layers();
        self.widths == network.spec().widths()
            && (0..layers.len()).all(|l| {
                let wants = l + 1 < layers.len() && layers[l].dropout > 0.0;
                !wants || !self.masks[l].is_empty()
            })
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

    /// Forward pass for `n` samples already in the input block. With `dropout`, hidden layers
    /// with `p > 0` draw masks from it (element order: neuron-major, then sample).
    pub fn forward(&mut self, net: &Network, n: usize, mut dropout: Option<&mut Rng>) {
        let layers = net.layers();
        let head = net.spec().head;
        let last = layers.len() - 1;
        for (l, layer) in layers.iter().enumerate() {
            let (inp, out) = (self.widths[l], self.widths[l + 1]);
            let (prev, next) = self.acts.split_at_mut(l + 1);
            let a_in = &prev[l][..]; // the whole padded block: see `Workspace::new`
            let z = &mut self.zs[l][..out * n];
            let (Some(w), Some(b)) = (layer.weights.as_slice(), layer.bias.as_slice()) else {
                continue; // unreachable after `Network::check`; never panic
            };
            let a_out = &mut next[0][..out * n];
            if l == last {
                let act = head.layer_activation();
                kernels::forward_act(act, layer.gain, w, b, a_in, Some(z), a_out, inp, n);
                if head == crate::head::OutputHead::Softmax {
                    crate::head::softmax_columns(a_out, out, n);
                }
                continue;
            }
            let p = layer.dropout;
            self.dropout_on[l] = false;
            match dropout.as_deref_mut() {
                Some(rng) if p > 0.0 && !self.masks[l].is_empty() => {
                    self.dropout_on[l] = true;
                    kernels::forward(w, b, a_in, z, inp, n);
                    let pre = &mut self.pre[l][..out * n];
                    layer.activation.apply_slice(layer.gain, z, pre);
                    let keep_scale = 1.0 / (1.0 - p);
                    let mask = &mut self.masks[l][..out * n];
                    for ((a, m), &h) in a_out.iter_mut().zip(mask.iter_mut()).zip(pre.iter()) {
                        *m = if rng.next_f32() < p { 0.0 } else { keep_scale };
                        *a = h * *m;
                    }
                }
                // Activation fused into the matrix tile: one pass, same bits.
                _ => kernels::forward_act(
                    layer.activation,
                    layer.gain,
                    w,
                    b,
                    a_in,
                    Some(z),
                    a_out,
                    inp,
                    n,
                ),
            }
        }
    }

    /// Backward pass after `forward` on the same `n` samples, with targets in `targets`.
    /// Leaves `∂(mean loss)/∂W` and `∂/∂b` in `grad_w`/`grad_b` (removed links: 0).
    pub fn backward(&mut self, net: &Network, loss: Loss, n: usize) {
        let layers = net.layers();
        let last = layers.len() - 1;
        let k = self.widths[last + 1];
        let out_layer = &layers[last];
        loss.output_delta(
            net.spec().head,
            out_layer.gain,
            &self.zs[last][..k * n],
            &self.acts[last + 1][..k * n],
            &self.targets[..k * n],
            1.0 / n as f32,
            &mut self.deltas[last][..k * n],
        );
        for l in (0..layers.len()).rev() {
            let layer = &layers[l];
            let (inp, out) = (self.widths[l], self.widths[l + 1]);
            let Some(w) = layer.weights.as_slice() else {
                continue;
            };
            let (lower, upper) = self.deltas.split_at_mut(l);
            let delta = &upper[0][..out * n];
            let gw = &mut self.grad_w[l];
            kernels::weight_grads(
                delta,
                &self.acts[l][..inp * n],
                gw,
                &mut self.grad_b[l],
                inp,
                n,
                &mut self.transposed,
            );
            if self.has_removed_links.get(l).copied().unwrap_or(true) {
                for (g, &m) in gw.iter_mut().zip(layer.mask.iter()) {
                    if !m {
                        *g = 0.0;
                    }
                }
            }
            if l == 0 {
                break;
            }
            let below = &mut lower[l - 1][..inp * n];
            kernels::backward_input(w, &upper[0], below, inp, out, n);
            let prev = &layers[l - 1];
            let h = if self.dropout_on[l - 1] {
                for (g, &m) in below.iter_mut().zip(&self.masks[l - 1][..inp * n]) {
                    *g *= m;
                }
                &self.pre[l - 1][..inp * n]
            } else {
                &self.acts[l][..inp * n]
            };
            prev.activation
                .backprop_slice(prev.gain, &self.zs[l - 1][..inp * n], h, below);
        }
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

/// Checks that a workspace and network agree, for callers that keep both.
pub fn ensure_fits(ws: &Workspace, net: &Network) -> Result<(), NnError> {
    if ws.fits(net) {
        Ok(())
    } else {
        Err(NnError::ShapeMismatch(
            "the network's shape changed; rebuild the trainer".into(),
        ))
    }
}
