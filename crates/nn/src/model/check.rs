//! Checking a model that did not come from [`super::Model::new`] (a deserialised one):
//! every layer's own sizes agree with its settings, its parameters have the lengths its
//! kind needs, and each layer's input is the previous one's output — so no pass can index
//! out of range, whatever the bytes said.

use super::kind::{MAX_LAYERS, MAX_PARAMS, MAX_VOCABULARY, MAX_WIDTH};
use super::layers::{conv, Layer, PoolKind};
use super::shape::{Shape, MAX_VALUES};
use super::Model;
use crate::error::NnError;
use serde::Deserialize;

fn bad(index: usize, why: impl std::fmt::Display) -> NnError {
    NnError::ShapeMismatch(format!("model layer {}: {why}", index + 1))
}

fn fits(s: Shape) -> bool {
    !s.is_empty() && s.len() < MAX_VALUES && s.channels < MAX_VALUES
}

/// The lengths `layer`'s parameter tensors must have, or why its own sizes disagree.
fn expected_params(layer: &Layer) -> Result<Vec<usize>, String> {
    Ok(match layer {
        Layer::Linear(l) => {
            if l.outputs == 0
                || l.outputs > MAX_WIDTH
                || !l.mask.is_empty() && l.mask.len() != l.inputs * l.outputs
            {
                return Err(format!(
                    "{} neurons with a {}-link mask",
                    l.outputs,
                    l.mask.len()
                ));
            }
            vec![l.inputs.saturating_mul(l.outputs), l.outputs]
        }
        Layer::Conv(c) => {
            let side = |s| conv::output_side(s, c.kernel, c.stride, c.pad);
            let ok = (1..=conv::MAX_KERNEL).contains(&c.kernel)
                && side(c.input.height) == Some(c.output.height)
                && side(c.input.width) == Some(c.output.width)
                && c.output.channels <= MAX_WIDTH;
            if !ok {
                return Err(format!(
                    "a {k}×{k} convolution cannot map {} to {}",
                    c.input,
                    c.output,
                    k = c.kernel
                ));
            }
            vec![
                c.output.channels.saturating_mul(c.window()),
                c.output.channels,
            ]
        }
        Layer::Pool(p) => {
            let ok = p.size > 0
                && p.output
                    == Shape::image(
                        p.input.channels,
                        p.input.height / p.size,
                        p.input.width / p.size,
                    );
            if !ok || matches!(p.kind, PoolKind::Max | PoolKind::Average) && p.output.is_empty() {
                return Err(format!(
                    "a {0}×{0} pool cannot map {1} to {2}",
                    p.size, p.input, p.output
                ));
            }
            vec![]
        }
        Layer::Reshape { input, output } if input.len() != output.len() => {
            return Err(format!("{input} cannot be reshaped to {output}"));
        }
        Layer::Dropout { rate, .. } if !(0.0..1.0).contains(rate) => {
            return Err(format!("dropout rate {rate}"))
        }
        Layer::Activation { gain, .. } if !(gain.is_finite() && *gain > 0.0) => {
            return Err(format!("gain {gain}"))
        }
        Layer::Norm(n) => {
            let c = n.shape.channels;
            if n.running_mean.len() != c
                || n.running_var.len() != c
                || n.running_var.iter().any(|v| !(*v >= 0.0 && v.is_finite()))
            {
                return Err(format!(
                    "running statistics for {c} channels are missing or invalid"
                ));
            }
            vec![c, c]
        }
        Layer::Embedding(e) => {
            if e.vocabulary == 0
                || e.vocabulary > MAX_VOCABULARY
                || e.dimension == 0
                || e.dimension > MAX_WIDTH
            {
                return Err(format!(
                    "a {}×{} table is out of range",
                    e.vocabulary, e.dimension
                ));
            }
            vec![e.vocabulary * e.dimension]
        }
        Layer::Dot { half: 0 } => return Err("a dot product of empty halves".into()),
        Layer::Sample { beta, latent } if !(beta.is_finite() && *beta >= 0.0) || *latent == 0 => {
            return Err(format!("sampling {latent} values with β = {beta}"));
        }
        _ => vec![],
    })
}

/// Checks `layers` on `input` with `side` inputs.
pub fn check(input: Shape, side: &[Shape], layers: &[Layer]) -> Result<(), NnError> {
    if layers.is_empty()
        || layers.len() > MAX_LAYERS
        || !fits(input)
        || !side.iter().all(|&s| fits(s))
    {
        return Err(NnError::ShapeMismatch(format!(
            "a model of {} layers on {input}",
            layers.len()
        )));
    }
    let (mut at, mut total) = (input, 0usize);
    for (i, layer) in layers.iter().enumerate() {
        if layer.input_shape().len() != at.len() || !fits(layer.output_shape()) {
            return Err(bad(
                i,
                format!("takes {} but receives {at}", layer.input_shape()),
            ));
        }
        if let Layer::Concat {
            side: k, side_len, ..
        } = layer
        {
            if side.get(*k).map(Shape::len) != Some(*side_len) {
                return Err(bad(i, format!("side input {k} is not {side_len} values")));
            }
        }
        let want = expected_params(layer).map_err(|why| bad(i, why))?;
        let params = layer.params();
        let lengths_ok = params.len() == want.len()
            && params
                .iter()
                .zip(&want)
                .all(|(p, &w)| p.len() == w && (p.fixed.is_empty() || p.fixed.len() == w));
        if !lengths_ok {
            return Err(bad(
                i,
                "its parameters do not have the sizes its kind needs",
            ));
        }
        if params.iter().any(|p| p.first_non_finite().is_some()) {
            return Err(bad(i, "a parameter is not finite"));
        }
        total = total.saturating_add(want.iter().sum());
        if total > MAX_PARAMS {
            return Err(bad(
                i,
                format!("the model holds over {MAX_PARAMS} parameters"),
            ));
        }
        at = layer.output_shape();
    }
    let per_sample = layers
        .iter()
        .fold(input.len(), |t, l| t.saturating_add(l.values_per_sample()));
    if per_sample > super::MAX_PASS_VALUES {
        return Err(NnError::ShapeMismatch(format!(
            "one sample's pass would hold {per_sample} values"
        )));
    }
    Ok(())
}

/// A model's unchecked serialised form.
#[derive(Deserialize)]
pub(crate) struct ModelParts {
    pub(crate) input: Shape,
    pub(crate) side: Vec<Shape>,
    pub(crate) layers: Vec<Layer>,
}

impl TryFrom<ModelParts> for Model {
    type Error = NnError;
    fn try_from(p: ModelParts) -> Result<Model, NnError> {
        check(p.input, &p.side, &p.layers)?;
        Ok(Model::from_checked(p.input, p.side, p.layers))
    }
}
