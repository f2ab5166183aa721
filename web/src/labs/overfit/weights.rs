//! The weights of the scrubbed model as the lab shows them: one histogram per parameter
//! layer over a fixed range, and its mean |w| (`neurite_labs::overfit::mean_abs_weights`).

use std::rc::Rc;

use neurite_labs::overfit::mean_abs_weights;
use neurite_nn::Network;

use crate::view::colors::Scale;
use crate::view::field::histogram;
use crate::view::{Field, FieldKind};

/// Bins of a weight histogram.
pub const BINS: usize = 24;
/// Weight histograms span [−W_SPAN, W_SPAN] (larger weights fall in the end bins): one
/// fixed range, so shrinking weights are seen as the bars gathering towards 0.
pub const W_SPAN: f32 = 2.5;

/// One parameter layer's weights at the scrubbed epoch.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerWeights {
    pub histogram: Rc<Field>,
    pub mean_abs: f32,
}

/// Every parameter layer's histogram and mean |w| of `net`.
pub fn layer_weights(net: &Network) -> Vec<LayerWeights> {
    net.layers()
        .iter()
        .zip(mean_abs_weights(net))
        .map(|(d, mean_abs)| {
            let values: Vec<f32> = d.weights.iter().copied().collect();
            LayerWeights {
                histogram: Rc::new(Field {
                    res: BINS,
                    channels: 1,
                    data: histogram(&values, -W_SPAN, W_SPAN, BINS),
                    scale: Scale::Range(-W_SPAN, W_SPAN),
                    kind: FieldKind::Histogram {
                        lo: -W_SPAN,
                        hi: W_SPAN,
                    },
                }),
                mean_abs,
            }
        })
        .collect()
}
