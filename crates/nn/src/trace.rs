//! One sample through the engine, forward and backward: what a formula panel shows.
//!
//! Forward ([`Network::trace`]): for parameter layer `l`, `zₗ = Wₗ·aₗ + bₗ` and
//! `aₗ₊₁ = fₗ(zₗ)` with `a₀ = x`; the last layer's `f` is the head (identity, `tanh`, `σ` with
//! the layer's gain, or softmax over the outputs). Both are read from
//! [`Workspace::forward`] run on a batch of one, no dropout: the workspace keeps every `z`
//! for the backward pass, so nothing is recomputed here and the values are bit for bit
//! those of evaluation and training. A removed link's weight is held at exactly 0, so the
//! kernels' sum over all links is the sum over the present ones; should a caller have put
//! a non-zero value there through `layers_mut`, the pass runs on a copy with the masks
//! enforced, as the trainer does before every epoch.
//!
//! Backward ([`Network::backprop_sample`]): `∂L/∂zₗ`, `∂L/∂Wₗ = δₗ·aₗᵀ` (0 for removed links)
//! and `∂L/∂bₗ = δₗ` of the data loss `L` of that one sample (summed over the outputs, see
//! [`crate::loss`]; no regularisation term, no dropout), from [`Workspace::backward`] with
//! `n = 1`. The trainer steps along the batch mean `(1/n)·Σₛ ∂Lₛ/∂θ`; for `n = 1` the factor
//! is 1, so these are exactly the gradients a batch holding only this sample would apply.
//! Frozen parameters report their true gradient (freezing only stops updates).
//!
//! Both run in inference mode: a normalized layer uses batch norm's running statistics (a
//! batch of one's own statistics would make x̂ = 0), so the trace shows the prediction the
//! heatmap shows, and the gradients are those of that prediction with the statistics held
//! constant (without batch norm, exactly the one-sample batch's).

use std::borrow::Cow;

use ndarray::Array2;

use crate::error::NnError;
use crate::loss::Loss;
use crate::network::Network;
use crate::propagate::{Mode, Workspace};

/// One parameter layer's neurons for the traced sample.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerTrace {
    /// Pre-activations `z = W·a + b`, one per neuron.
    pub z: Vec<f32>,
    /// A normalized layer's activation input `y = γ·x̂ + β` (inference mode: batch norm's
    /// running statistics), one per neuron; empty without normalization.
    pub normalized: Vec<f32>,
    /// Outputs `f(z)` (`f(y)` when normalized; the head's for the last layer), one per neuron.
    pub a: Vec<f32>,
}

/// One sample pushed through the network.
#[derive(Debug, Clone, PartialEq)]
pub struct Trace {
    /// The input row `a₀` (the network's input features).
    pub inputs: Vec<f32>,
    /// Per parameter layer, input side first; the last one is the output.
    pub layers: Vec<LayerTrace>,
}

impl Trace {
    /// The network's output for the sample (empty only for a network without layers).
    pub fn output(&self) -> &[f32] {
        self.layers.last().map_or(&[], |l| &l.a)
    }
}

/// One parameter layer's gradients of the sample's data loss.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerGradients {
    /// `∂L/∂z`, one per neuron.
    pub delta: Vec<f32>,
    /// `∂L/∂W`, shaped like the layer's weights (`out × in`); 0 for removed links.
    pub weights: Array2<f32>,
    /// `∂L/∂b`, one per neuron (equal to `delta`).
    pub bias: Vec<f32>,
    /// `∂L/∂γ` and `∂L/∂β` of a normalized layer (empty without normalization).
    pub gamma: Vec<f32>,
    /// See `gamma`.
    pub beta: Vec<f32>,
}

/// The gradients of one sample's data loss.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleGradients {
    /// The sample's loss `L` (as a one-sample split reports it).
    pub loss: f32,
    /// Per parameter layer, input side first.
    pub layers: Vec<LayerGradients>,
}

/// `Ok` if `v` has `want` finite values.
fn check_row(v: &[f32], want: usize, what: &str) -> Result<(), NnError> {
    if v.len() != want {
        return Err(NnError::InvalidData(format!(
            "expected {want} {what} values, got {}",
            v.len()
        )));
    }
    match v.iter().position(|x| !x.is_finite()) {
        Some(i) => Err(NnError::InvalidData(format!(
            "{what} value {i} is not finite"
        ))),
        None => Ok(()),
    }
}

impl Network {
    /// Every neuron's `z` and `a` for one `input` row (see the module docs).
    pub fn trace(&self, input: &[f32]) -> Result<Trace, NnError> {
        let target = vec![0.0; self.spec().outputs];
        let (net, ws) = self.forward_one(input, &target)?;
        let layers = (0..net.layers().len())
            .map(|l| LayerTrace {
                z: ws.pre_activations(l, 1).to_vec(),
                normalized: ws.normalized(l, 1).map_or_else(Vec::new, <[f32]>::to_vec),
                a: ws.acts[l + 1][..net.layers()[l].outputs()].to_vec(),
            })
            .collect();
        Ok(Trace {
            inputs: input.to_vec(),
            layers,
        })
    }

    /// `∂L/∂z`, `∂L/∂W` and `∂L/∂b` of one sample's data loss `loss` for `target` (encoded
    /// as training encodes it: ±1 for Tanh, 0/1 for Sigmoid, one-hot for Softmax, the value
    /// for Linear; see [`crate::Samples`]). See the module docs.
    pub fn backprop_sample(
        &self,
        input: &[f32],
        target: &[f32],
        loss: Loss,
    ) -> Result<SampleGradients, NnError> {
        self.spec().head.check_loss(loss)?;
        let (net, mut ws) = self.forward_one(input, target)?;
        ws.backward(&net, loss, 1);
        let last = net.layers().len() - 1;
        let k = net.spec().outputs;
        let value = loss.sample_value(
            ws.pre_activations(last, 1),
            ws.output(1),
            &ws.targets[..k],
            k,
            1,
            0,
            net.layers()[last].gain,
        );
        let layers = net
            .layers()
            .iter()
            .enumerate()
            .map(|(l, d)| {
                let weights = Array2::from_shape_vec(d.weights.dim(), ws.grad_w[l].clone())
                    .map_err(|e| NnError::ShapeMismatch(e.to_string()))?;
                Ok(LayerGradients {
                    delta: ws.deltas[l][..d.outputs()].to_vec(),
                    weights,
                    bias: ws.grad_b[l].clone(),
                    gamma: ws.norms[l]
                        .as_ref()
                        .map_or_else(Vec::new, |b| b.grad_gamma.clone()),
                    beta: ws.norms[l]
                        .as_ref()
                        .map_or_else(Vec::new, |b| b.grad_beta.clone()),
                })
            })
            .collect::<Result<_, NnError>>()?;
        Ok(SampleGradients {
            loss: value as f32,
            layers,
        })
    }

    /// The checked network (a mask-enforced copy if a removed link holds a non-zero weight)
    /// and a one-sample workspace after the forward pass on `input`, with `target` loaded.
    fn forward_one(
        &self,
        input: &[f32],
        target: &[f32],
    ) -> Result<(Cow<'_, Network>, Workspace), NnError> {
        self.check()?;
        check_row(input, self.spec().inputs, "input")?;
        check_row(target, self.spec().outputs, "target")?;
        let removed_are_zero = self.layers().iter().all(|d| {
            d.mask
                .iter()
                .zip(d.weights.iter())
                .all(|(&m, &w)| m || w.to_bits() == 0)
        });
        let net = if removed_are_zero {
            Cow::Borrowed(self)
        } else {
            let mut copy = self.clone();
            copy.enforce_masks();
            Cow::Owned(copy)
        };
        let mut ws = Workspace::new(&net, 1);
        // For one sample the feature-major blocks are just the rows.
        ws.input_mut(1).copy_from_slice(input);
        ws.targets[..target.len()].copy_from_slice(target);
        ws.forward(&net, 1, Mode::Inference);
        Ok((net, ws))
    }
}

#[cfg(test)]
mod tests {
    use crate::{Activation, Init, LayerSpec, Loss, Network, NetworkSpec, OutputHead, Rng};

    fn net(head: OutputHead) -> Network {
        let spec = NetworkSpec {
            inputs: 2,
            hidden: vec![LayerSpec::new(3, Activation::Tanh)],
            outputs: 2,
            head,
        };
        Network::new(&spec, Init::Xavier, &mut Rng::new(9)).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn trace_matches_evaluation_and_rejects_bad_rows() {
        let n = net(OutputHead::Softmax);
        let t = n.trace(&[0.5, -1.0]).unwrap_or_else(|e| panic!("{e}"));
        let x = ndarray::arr2(&[[0.5, -1.0]]);
        let acts = n.activations(x.view()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.layers[0].a, acts[1].row(0).to_vec());
        assert_eq!(t.output(), acts[2].row(0).as_slice().unwrap_or_default());
        assert!((t.output().iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(n.trace(&[0.5]).is_err());
        assert!(n.trace(&[0.5, f32::NAN]).is_err());
        let bad_target = n.backprop_sample(&[0.5, -1.0], &[1.0], Loss::CrossEntropy);
        assert!(bad_target.is_err());
        let bad_pair = n.backprop_sample(&[0.5, -1.0], &[1.0, 0.0], Loss::Huber);
        assert!(bad_pair.is_err());
    }

    #[test]
    fn a_non_zero_weight_on_a_removed_link_is_not_used() {
        let mut n = net(OutputHead::Linear);
        let _ = n.set_link(0, 1, 0, false);
        let clean = n.trace(&[2.0, 1.0]).unwrap_or_else(|e| panic!("{e}"));
        n.layers_mut()[0].weights[[1, 0]] = 5.0;
        let dirty = n.trace(&[2.0, 1.0]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(clean, dirty);
        let g = n
            .backprop_sample(&[2.0, 1.0], &[0.0, 1.0], Loss::SquaredError)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(g.layers[0].weights[[1, 0]], 0.0);
    }
}
