//! Building a [`LayerKind`] on the shape that reaches it. [`LayerKind::check_settings`]
//! checks what does not depend on the input (sizes against the limits in [`super::kind`],
//! rates, gains); [`LayerKind::build`] then checks the fit to the input and draws the
//! parameters. Errors name the layer (1-based) and why.

use super::kind::{LayerKind, MAX_VOCABULARY, MAX_WIDTH};
use super::layers::{conv, Conv2d, Embedding, Layer, Linear, Norm, NormKind, Pool, PoolKind};
use super::param::WeightInit;
use super::shape::{Shape, MAX_VALUES};
use crate::error::NnError;
use crate::rng::Rng;

fn bad(index: usize, kind: &LayerKind, why: impl std::fmt::Display) -> NnError {
    NnError::InvalidSpec(format!("layer {} ({}): {why}", index + 1, kind.name()))
}

impl LayerKind {
    /// Checks the settings alone, before anything is allocated.
    pub fn check_settings(&self, index: usize) -> Result<(), NnError> {
        let err = |why: String| Err(bad(index, self, why));
        let width = |w: usize, what: &str| {
            if w == 0 || w > MAX_WIDTH {
                err(format!("{w} {what}: 1…{MAX_WIDTH} allowed"))
            } else {
                Ok(())
            }
        };
        match *self {
            LayerKind::Linear { units } => width(units, "neurons"),
            LayerKind::Conv {
                filters,
                kernel,
                stride,
                pad,
            } => {
                if kernel == 0 || kernel > conv::MAX_KERNEL {
                    return err(format!(
                        "a {kernel}×{kernel} kernel: 1…{} allowed",
                        conv::MAX_KERNEL
                    ));
                }
                if stride == 0 || stride > kernel.max(4) {
                    return err(format!("stride {stride}: 1…{} allowed", kernel.max(4)));
                }
                if pad >= kernel {
                    return err(format!(
                        "padding {pad} must be smaller than the kernel ({kernel})"
                    ));
                }
                width(filters, "filters")
            }
            LayerKind::MaxPool { size } | LayerKind::AvgPool { size } if size == 0 => {
                err("a window of 0".into())
            }
            LayerKind::Activation { gain, .. } if !(gain.is_finite() && gain > 0.0) => {
                err(format!("gain {gain} must be finite and > 0"))
            }
            LayerKind::Dropout { rate } if !(0.0..1.0).contains(&rate) => {
                err(format!("rate {rate} must be in [0, 1)"))
            }
            LayerKind::Embedding {
                vocabulary,
                dimension,
            } => {
                if vocabulary == 0 || vocabulary > MAX_VOCABULARY {
                    return err(format!(
                        "a vocabulary of {vocabulary}: 1…{MAX_VOCABULARY} allowed"
                    ));
                }
                width(dimension, "dimensions")
            }
            LayerKind::Sample { beta } if !(beta.is_finite() && beta >= 0.0) => {
                err(format!("β = {beta} must be finite and ≥ 0"))
            }
            _ => Ok(()),
        }
    }

    /// This kind as layer `index` taking `input`, with weights drawn from `rng` by `init`.
    pub fn build(
        &self,
        index: usize,
        input: Shape,
        side: &[Shape],
        init: WeightInit,
        rng: &mut Rng,
    ) -> Result<Layer, NnError> {
        self.check_settings(index)?;
        let err = |why: String| bad(index, self, why);
        let layer = match *self {
            LayerKind::Linear { units } => {
                Layer::Linear(Linear::new(input.len(), units, init, rng))
            }
            LayerKind::Conv {
                filters,
                kernel,
                stride,
                pad,
            } => {
                let c = Conv2d::new(input, filters, (kernel, stride, pad), init, rng);
                Layer::Conv(c.ok_or_else(|| {
                    err(format!(
                        "its {}×{} input padded by {pad} is smaller than the {kernel}×{kernel} kernel",
                        input.height, input.width
                    ))
                })?)
            }
            LayerKind::MaxPool { size } | LayerKind::AvgPool { size } => {
                let kind = match self {
                    LayerKind::MaxPool { .. } => PoolKind::Max,
                    _ => PoolKind::Average,
                };
                Layer::Pool(Pool::new(kind, size, input).ok_or_else(|| {
                    err(format!(
                        "its {}×{} input is smaller than the {size}×{size} window",
                        input.height, input.width
                    ))
                })?)
            }
            LayerKind::Flatten => Layer::Reshape {
                input,
                output: Shape::vector(input.len()),
            },
            LayerKind::Reshape { to } => {
                if to.len() != input.len() || to.is_empty() {
                    return Err(err(format!(
                        "{to} does not hold the {} values of {input}",
                        input.len()
                    )));
                }
                Layer::Reshape { input, output: to }
            }
            LayerKind::Activation { function, gain } => Layer::Activation {
                shape: input,
                function,
                gain,
            },
            LayerKind::Softmax => Layer::Softmax { shape: input },
            LayerKind::Dropout { rate } => Layer::Dropout { shape: input, rate },
            LayerKind::BatchNorm => Layer::Norm(Norm::new(NormKind::Batch, input)),
            LayerKind::LayerNorm => Layer::Norm(Norm::new(NormKind::Layer, input)),
            LayerKind::Embedding {
                vocabulary,
                dimension,
            } => {
                if !input.is_vector() {
                    return Err(err(format!("it takes a vector of token ids, not {input}")));
                }
                Layer::Embedding(Embedding::new(input.len(), vocabulary, dimension, rng))
            }
            LayerKind::Concat { side: k } => {
                let s = side
                    .get(k)
                    .ok_or_else(|| err(format!("the model has no side input {k}")))?;
                Layer::Concat {
                    input,
                    side: k,
                    side_len: s.len(),
                }
            }
            LayerKind::Dot => {
                if input.is_empty() || !input.len().is_multiple_of(2) {
                    return Err(err(format!(
                        "it takes two halves of equal length, not {input}"
                    )));
                }
                Layer::Dot {
                    half: input.len() / 2,
                }
            }
            LayerKind::Sample { beta } => {
                if !input.is_vector() || !input.len().is_multiple_of(2) {
                    return Err(err(format!(
                        "it takes [μ ; log σ²], an even-length vector, not {input}"
                    )));
                }
                Layer::Sample {
                    latent: input.len() / 2,
                    beta,
                }
            }
        };
        let out = layer.output_shape();
        if out.is_empty() || out.len() >= MAX_VALUES {
            return Err(err(format!(
                "its output {out} is outside 1…{MAX_VALUES} values"
            )));
        }
        Ok(layer)
    }

    /// Parameters this kind would hold on `input`, without allocating them (so an absurd
    /// architecture is refused before memory is touched).
    pub fn param_count(&self, input: Shape) -> usize {
        match *self {
            LayerKind::Linear { units } => input.len().saturating_mul(units).saturating_add(units),
            LayerKind::Conv {
                filters, kernel, ..
            } => input
                .channels
                .saturating_mul(kernel.saturating_mul(kernel))
                .saturating_add(1)
                .saturating_mul(filters),
            LayerKind::BatchNorm | LayerKind::LayerNorm => input.channels.saturating_mul(2),
            LayerKind::Embedding {
                vocabulary,
                dimension,
            } => vocabulary.saturating_mul(dimension),
            _ => 0,
        }
    }
}
