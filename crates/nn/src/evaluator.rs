//! Allocation-free, neuron-major evaluation of many points at once: every neuron's heatmap.
//!
//! A [`GridEvaluator`] owns one `width × n` map per layer (`[inputs, hidden₁, …, output]`);
//! map `l + 1 = f(Wₗ·map l + bₗ)` is computed by the fused kernel over ALL `n` points in
//! one pass, straight into the map (no pre-activation buffer, no chunk copies, no
//! transpose). Re-evaluating with the same network shape and point count reuses every
//! buffer, so a web app can refresh all heatmaps each frame without allocating.
//!
//! Each value is bit-identical to what [`Network::forward`] / the trainer computes for the
//! same point: samples are independent, and every element follows the kernels' fixed order.
//! A normalized layer is evaluated in inference mode (batch norm's running statistics; layer
//! norm over the point's own neurons), through the same arithmetic as the workspace.

use crate::error::NnError;
use crate::head::{softmax_columns, OutputHead};
use crate::kernels::{self, Cols};
use crate::network::Network;
use crate::norm::{normalize_columns_inference, Normalization};
use crate::Activation::Linear;
use ndarray::ArrayView2;

/// Points per slice: a multiple of the kernels' 8-sample tile; 256 points of a 2-8-8-1
/// network are 19 KB, well inside L1.
const SLICE: usize = 256;

/// Reusable buffers for evaluating every neuron of a network over a set of points.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GridEvaluator {
    widths: Vec<usize>,
    points: usize,
    maps: Vec<Vec<f32>>,
    /// Layer norm's per-point statistics of one slice (`2·SLICE`).
    scratch: Vec<f32>,
}

impl GridEvaluator {
    /// An evaluator with no buffers yet (they are sized by the first evaluation).
    pub fn new() -> Self {
        GridEvaluator::default()
    }

    /// Evaluates `net` at `inputs` (`n × inputs`, one point per row, like
    /// [`Network::forward`]). Afterwards [`GridEvaluator::layer`] holds every neuron's values.
    pub fn evaluate(&mut self, net: &Network, inputs: ArrayView2<f32>) -> Result<(), NnError> {
        net.check()?;
        let d = net.spec().inputs;
        if inputs.ncols() != d {
            return Err(NnError::InvalidData(format!(
                "expected {d} input columns, got {}",
                inputs.ncols()
            )));
        }
        let n = inputs.nrows();
        self.resize(net, n);
        let m0 = &mut self.maps[0];
        match inputs.as_slice() {
            // Row-major points: a strided gather per feature.
            Some(x) => {
                for (j, row) in m0.chunks_exact_mut(n.max(1)).enumerate() {
                    for (s, v) in row.iter_mut().enumerate() {
                        *v = x[s * d + j];
                    }
                }
            }
            None => {
                for (j, col) in inputs.columns().into_iter().enumerate() {
                    for (v, &x) in m0[j * n..(j + 1) * n].iter_mut().zip(col.iter()) {
                        *v = x;
                    }
                }
            }
        }
        self.propagate(net);
        Ok(())
    }

    /// Sizes one map per layer for `n` points, keeping allocations when they fit.
    fn resize(&mut self, net: &Network, n: usize) {
        let widths = net.spec().widths();
        self.maps.resize_with(widths.len(), Vec::new);
        for (map, &w) in self.maps.iter_mut().zip(&widths) {
            if map.capacity() < w * n {
                // Fresh zeroed memory (calloc): no extra pass over a new buffer.
                *map = vec![0.0; w * n];
            } else {
                map.resize(w * n, 0.0);
            }
        }
        self.widths = widths;
        self.points = n;
    }

    /// All layers for one slice of [`SLICE`] points at a time, so a slice's values in every
    /// layer stay in L1 while it travels through the network (a layer-at-a-time sweep over
    /// a whole 100×100 grid would stream each map through L2/L3 instead).
    fn propagate(&mut self, net: &Network) {
        let n = self.points;
        let head = net.spec().head;
        let last = net.layers().len() - 1;
        let mut start = 0;
        while start < n {
            let cols = Cols {
                n: SLICE.min(n - start),
                stride: n,
            };
            for (l, layer) in net.layers().iter().enumerate() {
                let (Some(w), Some(b)) = (layer.weights.as_slice(), layer.bias.as_slice()) else {
                    continue; // unreachable after `Network::check`; never panic
                };
                let (lower, upper) = self.maps.split_at_mut(l + 1);
                let (a, dst) = (&lower[l][start..], &mut upper[0][start..]);
                let act = if l == last {
                    head.layer_activation()
                } else {
                    layer.activation
                };
                if l != last && layer.normalization.is_on() {
                    // `z`, normalized in place (inference mode), then `f` in place.
                    let inputs = self.widths[l];
                    kernels::forward_act_cols(Linear, 1.0, w, b, a, None, dst, inputs, cols);
                    self.scratch.resize(2 * SLICE, 0.0);
                    let batch = layer.normalization == Normalization::Batch;
                    let p = &layer.norm;
                    normalize_columns_inference(batch, dst, b.len(), cols, p, &mut self.scratch);
                    for o in 0..b.len() {
                        for v in &mut dst[o * cols.stride..o * cols.stride + cols.n] {
                            *v = act.apply(*v, layer.gain);
                        }
                    }
                    continue;
                }
                kernels::forward_act_cols(
                    act,
                    layer.gain,
                    w,
                    b,
                    a,
                    None,
                    dst,
                    self.widths[l],
                    cols,
                );
            }
            start += cols.n;
        }
        if head == OutputHead::Softmax {
            if let Some(out) = self.maps.last_mut() {
                softmax_columns(out, net.spec().outputs, n);
            }
        }
    }

    /// Points in the last evaluation.
    pub fn points(&self) -> usize {
        self.points
    }

    /// Layer widths `[inputs, hidden…, outputs]` of the last evaluation.
    pub fn widths(&self) -> &[usize] {
        &self.widths
    }

    /// Number of maps (`hidden layers + 2`), 0 before the first evaluation.
    pub fn layers(&self) -> usize {
        self.widths.len()
    }

    /// Layer `l`'s values, `width × points` (row `j` = neuron `j`'s heatmap).
    pub fn layer(&self, l: usize) -> Option<&[f32]> {
        self.maps.get(l).map(Vec::as_slice)
    }

    /// Neuron `j` of layer `l` at every point.
    pub fn neuron(&self, l: usize, j: usize) -> Option<&[f32]> {
        let w = *self.widths.get(l)?;
        (j < w).then(|| &self.maps[l][j * self.points..(j + 1) * self.points])
    }

    /// The maps as `(width, values)` pairs, consuming the evaluator (no copy).
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn into_maps(self) -> impl Iterator<Item = (usize, Vec<f32>)> {
        self.widths.into_iter().zip(self.maps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Activation, Init, LayerSpec, NetworkSpec, Rng};
    use ndarray::Array2;

    #[test]
    fn maps_are_bit_identical_to_forward_for_every_activation() {
        let pts = Array2::from_shape_fn((517, 3), |(s, j)| (s * 7 + j * 13) as f32 % 11.0 - 5.0);
        let mut eval = GridEvaluator::new();
        for (k, act) in Activation::ALL.into_iter().enumerate() {
            let head = [OutputHead::Tanh, OutputHead::Softmax, OutputHead::Sigmoid][k % 3];
            let spec = NetworkSpec {
                inputs: 3,
                hidden: vec![LayerSpec::new(5, act), LayerSpec::new(9, act)],
                outputs: 3,
                head,
            };
            let net = Network::new(&spec, Init::Tfp, &mut Rng::new(k as u64))
                .unwrap_or_else(|e| panic!("{e}"));
            eval.evaluate(&net, pts.view())
                .unwrap_or_else(|e| panic!("{e}"));
            let want = net.forward(pts.view()).unwrap_or_default();
            let got = eval.layer(3).unwrap_or_default();
            for s in 0..517 {
                for j in 0..3 {
                    assert_eq!(
                        got[j * 517 + s].to_bits(),
                        want[[s, j]].to_bits(),
                        "{act:?}"
                    );
                }
            }
            assert_eq!(eval.neuron(0, 2).map(|r| r[4]), Some(pts[[4, 2]]));
            assert!(eval.neuron(3, 3).is_none() && eval.layer(4).is_none());
        }
        let bad = Array2::zeros((4, 2));
        let net = Network::new(
            &NetworkSpec {
                inputs: 3,
                hidden: vec![],
                outputs: 1,
                head: OutputHead::Linear,
            },
            Init::Tfp,
            &mut Rng::new(1),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(eval.evaluate(&net, bad.view()).is_err());
    }
}
