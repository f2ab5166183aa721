//! The batched backward pass (formulas in the parent module and in [`crate::norm`]).

use super::Workspace;
use crate::kernels;
use crate::loss::Loss;
use crate::network::Network;

impl Workspace {
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
            let norm = match self.norms[l - 1].as_mut() {
                Some(buf) if prev.normalization.is_on() => Some(buf),
                _ => None,
            };
            match norm {
                // `f` read `y`; then `∂L/∂y → ∂L/∂z` through the normalization.
                Some(buf) => {
                    prev.activation
                        .backprop_slice(prev.gain, &buf.y[..inp * n], h, below);
                    buf.backward(&prev.norm, below, n);
                }
                None => {
                    prev.activation
                        .backprop_slice(prev.gain, &self.zs[l - 1][..inp * n], h, below)
                }
            }
        }
    }

    /// `∂L̄/∂a₀ = W₀ᵀ·δ₀` (`inputs × n`, feature-major) after `backward` on the same `n`
    /// samples: the gradient with respect to the network's inputs (tools and checks only;
    /// the trainer never needs it).
    pub(crate) fn input_gradients(&self, net: &Network, n: usize) -> Vec<f32> {
        let (inp, out) = (self.widths[0], self.widths[1]);
        let mut dx = vec![0.0; inp * n + kernels::TILE_PAD];
        if let Some(w) = net.layers().first().and_then(|d| d.weights.as_slice()) {
            kernels::backward_input(w, &self.deltas[0], &mut dx, inp, out, n);
        }
        dx.truncate(inp * n);
        dx
    }
}
