//! What a divergence is made of: where the trainer first saw a non-finite value and which
//! kind it was (below the trainer: the passes, normalization, metrics, the error type and
//! the layer model use these types too).
//!
//! The trainer checks, after every mini-batch update, the batch's pre-activations `zₗ`
//! (from the forward pass that preceded the update) and every weight and bias; and after
//! every epoch, each split's mean loss. So there are four kinds of place a run can diverge:
//! - pre-activations `zₗ = Wₗ·aₗ + bₗ` of parameter layer `l` overflowed (or met `∞ − ∞`)
//!   although every parameter was still finite;
//! - an update made a weight or a bias of layer `l` non-finite (`w − lr·g` overflowed), or
//!   a normalized layer's `γ`, `β` or running statistics (site `Normalization`);
//! - the loss: every parameter and pre-activation is finite but a split's mean loss is not
//!   (the mean of `½(o − y)²` is accumulated in f64 and overflows when rounded to f32 once
//!   `|o − y| ≳ 2.6·10¹⁹`).
//!
//! Layer activations `aₗ₊₁ = f(zₗ)` are not checked separately: every activation and head
//! maps a finite `z` to a finite value, and an activation that overflows anyway (a huge
//! ReLU output times the dropout scale `1/(1−p)`) makes the `z` of the layer it feeds
//! non-finite, which is reported.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The kind of a non-finite `f32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NonFinite {
    /// Not a number (e.g. `∞ − ∞`, `0 · ∞`).
    Nan,
    /// `+∞` (an overflow upwards).
    PosInf,
    /// `−∞` (an overflow downwards).
    NegInf,
}

impl NonFinite {
    /// The kind of `v`, or `None` when `v` is finite.
    pub fn of(v: f32) -> Option<NonFinite> {
        if v.is_nan() {
            Some(NonFinite::Nan)
        } else if v == f32::INFINITY {
            Some(NonFinite::PosInf)
        } else if v == f32::NEG_INFINITY {
            Some(NonFinite::NegInf)
        } else {
            None
        }
    }

    /// The kind of the first non-finite value of `values` (in slice order), if any.
    pub fn first_in<'a>(values: impl IntoIterator<Item = &'a f32>) -> Option<NonFinite> {
        values.into_iter().find_map(|&v| NonFinite::of(v))
    }
}

impl fmt::Display for NonFinite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NonFinite::Nan => "NaN",
            NonFinite::PosInf => "+∞",
            NonFinite::NegInf => "−∞",
        })
    }
}

/// Where the first non-finite value was found. `layer` is the 0-based parameter layer
/// (0 = the weights into the first hidden layer; the last one feeds the output head).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DivergenceSite {
    /// A split's mean loss, with every parameter and pre-activation finite.
    Loss,
    /// The pre-activations `z = W·a + b` of a batch or of an evaluated split.
    PreActivations {
        /// Parameter layer (0-based).
        layer: usize,
    },
    /// The weights, right after an update.
    Weights {
        /// Parameter layer (0-based).
        layer: usize,
    },
    /// The biases, right after an update.
    Biases {
        /// Parameter layer (0-based).
        layer: usize,
    },
    /// A normalized layer's `γ`, `β` or running statistics, right after an update.
    Normalization {
        /// Parameter layer (0-based).
        layer: usize,
    },
}

impl DivergenceSite {
    /// The parameter layer involved (`None` for the loss).
    pub fn layer(self) -> Option<usize> {
        match self {
            DivergenceSite::Loss => None,
            DivergenceSite::PreActivations { layer }
            | DivergenceSite::Weights { layer }
            | DivergenceSite::Biases { layer }
            | DivergenceSite::Normalization { layer } => Some(layer),
        }
    }
}

impl fmt::Display for DivergenceSite {
    /// A noun phrase: "the loss", "the weights of parameter layer 1", ….
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DivergenceSite::Loss => f.write_str("the loss"),
            DivergenceSite::PreActivations { layer } => {
                write!(f, "the pre-activations of parameter layer {layer}")
            }
            DivergenceSite::Weights { layer } => {
                write!(f, "the weights of parameter layer {layer}")
            }
            DivergenceSite::Biases { layer } => write!(f, "the biases of parameter layer {layer}"),
            DivergenceSite::Normalization { layer } => {
                write!(f, "the normalization of parameter layer {layer}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_phrases_and_serde() {
        assert_eq!(NonFinite::of(1.0), None);
        assert_eq!(NonFinite::of(f32::NAN), Some(NonFinite::Nan));
        assert_eq!(NonFinite::of(-f32::NAN), Some(NonFinite::Nan));
        assert_eq!(NonFinite::of(f32::INFINITY), Some(NonFinite::PosInf));
        assert_eq!(NonFinite::of(f32::MIN * 2.0), Some(NonFinite::NegInf));
        let v = [1.0, f32::NEG_INFINITY, f32::NAN];
        assert_eq!(NonFinite::first_in(&v), Some(NonFinite::NegInf));
        assert_eq!(NonFinite::first_in(&v[..1]), None);
        let site = DivergenceSite::Biases { layer: 2 };
        assert_eq!(site.to_string(), "the biases of parameter layer 2");
        assert_eq!(
            (site.layer(), DivergenceSite::Loss.layer()),
            (Some(2), None)
        );
        let json = serde_json::to_string(&(site, NonFinite::PosInf)).unwrap_or_default();
        assert_eq!(json, r#"[{"biases":{"layer":2}},"pos_inf"]"#);
        let loss = serde_json::to_string(&DivergenceSite::Loss).unwrap_or_default();
        assert_eq!(loss, r#""loss""#);
    }
}
