//! The batched forward pass (see the parent module for the formulas and the [`Mode`]s).

use super::{Mode, Workspace};
use crate::head::OutputHead;
use crate::kernels;
use crate::network::Network;

impl Workspace {
    /// Forward pass for `n` samples already in the input block, in `mode`.
    pub fn forward(&mut self, net: &Network, n: usize, mut mode: Mode<'_>) {
        let training = mode.is_training();
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
                if head == OutputHead::Softmax {
                    crate::head::softmax_columns(a_out, out, n);
                }
                continue;
            }
            // A normalized layer: `z`, then `y = γ·x̂ + β`, which the activation reads.
            let norm = match self.norms[l].as_mut() {
                Some(buf) if layer.normalization.is_on() => {
                    kernels::forward(w, b, a_in, z, inp, n);
                    buf.forward(&layer.norm, z, n, training);
                    Some(&buf.y[..out * n])
                }
                _ => None,
            };
            let p = layer.dropout;
            self.dropout_on[l] = false;
            let rng = match &mut mode {
                Mode::Training { dropout: Some(rng) } if p > 0.0 && !self.masks[l].is_empty() => {
                    Some(rng)
                }
                _ => None,
            };
            match (rng, norm) {
                (Some(rng), norm) => {
                    self.dropout_on[l] = true;
                    let act_in = match norm {
                        Some(y) => y,
                        None => {
                            kernels::forward(w, b, a_in, z, inp, n);
                            &*z
                        }
                    };
                    let pre = &mut self.pre[l][..out * n];
                    layer.activation.apply_slice(layer.gain, act_in, pre);
                    let keep_scale = 1.0 / (1.0 - p);
                    let mask = &mut self.masks[l][..out * n];
                    for ((a, m), &h) in a_out.iter_mut().zip(mask.iter_mut()).zip(pre.iter()) {
                        *m = if rng.next_f32() < p { 0.0 } else { keep_scale };
                        *a = h * *m;
                    }
                }
                (None, Some(y)) => layer.activation.apply_slice(layer.gain, y, a_out),
                // Activation fused into the matrix tile: one pass, same bits.
                (None, None) => kernels::forward_act(
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
}
