//! Running a model's layers over a batch: forward into a [`Tape`] (every layer's output and
//! what its backward needs), backward from `∂L/∂output` to `∂L/∂input`, adding parameter
//! gradients into [`Grads`]. Any contiguous range of layers can run on its own (decode a
//! latent point without the encoder).

use super::layers::{elementwise as ew, join, Layer, NormKind};
use super::shape::Shape;
use crate::error::NnError;
use crate::rng::Rng;

/// One parameter-gradient buffer per parameter tensor, per layer (same order as
/// [`Layer::params`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Grads {
    /// `layers[l][p][i]` = `∂L/∂(param p of layer l)[i]`.
    pub layers: Vec<Vec<Vec<f32>>>,
}

impl Grads {
    /// Zeros shaped like `layers`' parameters.
    pub fn zeros(layers: &[Layer]) -> Grads {
        Grads {
            layers: layers
                .iter()
                .map(|l| l.params().iter().map(|p| vec![0.0; p.len()]).collect())
                .collect(),
        }
    }

    /// Sets every gradient back to 0.
    pub fn clear(&mut self) {
        for p in self.layers.iter_mut().flatten() {
            p.fill(0.0);
        }
    }
}

/// What a forward pass leaves for its backward.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tape {
    /// Samples in the batch.
    pub n: usize,
    /// First layer run.
    pub from: usize,
    /// `acts[0]` the input, `acts[i + 1]` the output of layer `from + i`.
    pub acts: Vec<Vec<f32>>,
    /// Per layer: saved floats (conv windows, x̂ and 1/σ, dropout masks, ε).
    pub saved: Vec<Vec<f32>>,
    /// Per layer: max pooling's winners.
    pub winners: Vec<Vec<u32>>,
    /// Whether the pass trained (batch statistics, dropout, sampling).
    pub training: bool,
    /// Whether random draws were made (dropout masks, ε).
    pub drew: bool,
}

impl Tape {
    /// The last layer's output.
    pub fn output(&self) -> &[f32] {
        self.acts.last().map_or(&[], |v| v.as_slice())
    }
}

/// Gradients with respect to a pass's inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct InputGrads {
    /// `∂L/∂x` of the first layer run.
    pub input: Vec<f32>,
    /// `∂L/∂(side input k)`, zeros when unused.
    pub side: Vec<Vec<f32>>,
}

fn side_input<'a>(
    side: &[&'a [f32]],
    k: usize,
    n: usize,
    len: usize,
) -> Result<&'a [f32], NnError> {
    match side.get(k) {
        Some(s) if s.len() == n * len => Ok(s),
        Some(s) => Err(NnError::InvalidData(format!(
            "side input {k} has {} values; {n} samples of {len} were expected",
            s.len()
        ))),
        None => Err(NnError::InvalidData(format!("side input {k} is missing"))),
    }
}

/// Runs `layers` forward over `n` samples of `x` (`n × input.len()`).
pub fn forward(
    layers: &[Layer],
    from: usize,
    x: &[f32],
    side: &[&[f32]],
    n: usize,
    training: bool,
    mut rng: Option<&mut Rng>,
) -> Result<Tape, NnError> {
    let input = layers
        .first()
        .map_or(Shape::vector(x.len() / n.max(1)), Layer::input_shape);
    if x.len() != n * input.len() {
        return Err(NnError::InvalidData(format!(
            "the input has {} values; {n} samples of {input} ({}) were expected",
            x.len(),
            n * input.len()
        )));
    }
    let mut tape = Tape {
        n,
        from,
        acts: vec![x.to_vec()],
        saved: Vec::with_capacity(layers.len()),
        winners: Vec::with_capacity(layers.len()),
        training,
        drew: rng.is_some(),
    };
    for layer in layers {
        let xin = tape.acts.last().map_or(&[][..], |v| v.as_slice());
        let mut out = vec![0.0f32; n * layer.output_shape().len()];
        let (mut saved, mut winners) = (Vec::new(), Vec::new());
        match layer {
            Layer::Linear(l) => l.forward(xin, n, &mut out),
            Layer::Conv(c) => c.forward(xin, n, &mut out, &mut saved),
            Layer::Pool(p) => p.forward(xin, n, &mut out, &mut winners),
            Layer::Reshape { .. } => out.copy_from_slice(xin),
            Layer::Activation { function, gain, .. } => {
                ew::activation_forward(*function, *gain, xin, &mut out)
            }
            Layer::Softmax { shape } => ew::softmax_forward(xin, shape.len(), &mut out),
            Layer::Dropout { rate, .. } => {
                let r = if training { rng.as_deref_mut() } else { None };
                ew::dropout_forward(*rate, xin, &mut out, r, &mut saved)
            }
            Layer::Norm(nl) => nl.forward(xin, n, training, &mut out, &mut saved),
            Layer::Embedding(e) => e.forward(xin, n, &mut out)?,
            Layer::Concat {
                side: k, side_len, ..
            } => {
                let c = side_input(side, *k, n, *side_len)?;
                join::concat_forward(xin, c, n, &mut out)
            }
            Layer::Sample { latent, .. } => {
                let r = if training { rng.as_deref_mut() } else { None };
                join::sample_forward(xin, n, *latent, &mut out, r, &mut saved)
            }
            Layer::Dot { half } => join::dot_forward(xin, n, *half, &mut out),
        }
        tape.acts.push(out);
        tape.saved.push(saved);
        tape.winners.push(winners);
    }
    Ok(tape)
}

/// The loss terms layers add themselves (the VAE's KL), as the batch's mean.
pub fn extra_loss(layers: &[Layer], tape: &Tape) -> f64 {
    let n = tape.n.max(1);
    layers
        .iter()
        .zip(&tape.acts)
        .map(|(layer, x)| match layer {
            Layer::Sample { latent, beta } if *beta > 0.0 => {
                join::kl_sum(x, tape.n, *latent, *beta) / n as f64
            }
            _ => 0.0,
        })
        .sum()
}

/// Backward through `layers` (the same ones `tape` ran) from `g_out = ∂L/∂output`, adding
/// parameter gradients into `grads.layers[tape.from + i]`. Without `need_input` a first
/// linear or convolution layer skips `∂L/∂input` (training does not use it, and for a first
/// convolution it costs as much as its kernels' gradient); the result's `input` is then
/// empty.
pub fn backward(
    layers: &[Layer],
    tape: &Tape,
    side: &[&[f32]],
    g_out: &[f32],
    grads: &mut Grads,
    need_input: bool,
) -> Result<InputGrads, NnError> {
    let n = tape.n;
    let mut side_grads: Vec<Vec<f32>> = side.iter().map(|s| vec![0.0; s.len()]).collect();
    let top = tape.acts.get(layers.len()).map_or(0, Vec::len);
    if g_out.len() != top || tape.acts.len() <= layers.len() {
        return Err(NnError::InvalidData(format!(
            "the output gradient has {} values; the output has {top}",
            g_out.len()
        )));
    }
    let mut g = g_out.to_vec();
    for (i, layer) in layers.iter().enumerate().rev() {
        let x = &tape.acts[i];
        let y = &tape.acts[i + 1];
        let saved = &tape.saved[i];
        let skip_input =
            i == 0 && !need_input && matches!(layer, Layer::Linear(_) | Layer::Conv(_));
        let mut g_in = if skip_input {
            Vec::new()
        } else {
            vec![0.0f32; x.len()]
        };
        let mut none: Vec<Vec<f32>> = Vec::new();
        let pg = grads
            .layers
            .get_mut(tape.from + i)
            .unwrap_or(&mut none)
            .as_mut_slice();
        match layer {
            Layer::Linear(l) => l.backward(x, n, &g, &mut g_in, pg),
            Layer::Conv(c) => c.backward(saved, n, &g, &mut g_in, pg),
            Layer::Pool(p) => p.backward(&tape.winners[i], n, &g, &mut g_in),
            Layer::Reshape { .. } => g_in.copy_from_slice(&g),
            Layer::Activation { function, gain, .. } => {
                ew::activation_backward(*function, *gain, x, y, &g, &mut g_in)
            }
            Layer::Softmax { shape } => ew::softmax_backward(y, shape.len(), &g, &mut g_in),
            Layer::Dropout { .. } => ew::dropout_backward(saved, &g, &mut g_in),
            Layer::Norm(nl) => {
                let batch_stats = tape.training && nl.kind == NormKind::Batch;
                nl.backward(saved, n, batch_stats, &g, &mut g_in, pg)
            }
            Layer::Embedding(e) => e.backward(x, n, &g, &mut g_in, pg),
            Layer::Concat { side: k, .. } => {
                let a = layer.input_shape().len();
                match side_grads.get_mut(*k) {
                    Some(gs) => join::concat_backward(&g, n, a, &mut g_in, gs),
                    None => return Err(NnError::InvalidData(format!("side input {k} is missing"))),
                }
            }
            Layer::Sample { latent, beta } => {
                join::sample_backward(x, n, *latent, *beta, saved, &g, &mut g_in)
            }
            Layer::Dot { half } => join::dot_backward(x, n, *half, &g, &mut g_in),
        }
        g = g_in;
    }
    Ok(InputGrads {
        input: g,
        side: side_grads,
    })
}
