//! Which colour/value scale each layer's pictures use: bounded activations keep their range
//! (so a thumbnail's colour means the same value in every neuron of the layer), unbounded
//! ones and the inputs fit their own values, the output follows the task.

use neurite_data::{Label, Task};
use neurite_nn::{Activation, OutputHead};

use super::Engine;
use crate::view::colors::{auto_scale, Scale};

/// The fixed scale of a hidden activation's outputs.
fn hidden_scale(a: Activation) -> Scale {
    match a {
        Activation::Sigmoid | Activation::Step => Scale::Probability,
        _ => Scale::Symmetric,
    }
}

impl Engine {
    /// The range regression outputs are coloured over.
    fn value_scale(&self) -> Scale {
        let data: Vec<f32> = self
            .session
            .dataset()
            .points
            .iter()
            .filter_map(|p| match p.label {
                Label::Value(v) => Some(v),
                Label::Class(_) => None,
            })
            .collect();
        match auto_scale(&data) {
            // TFP's targets lie in [−1, 1]: keep that fixed range (and its legend).
            Scale::Range(lo, hi) if lo >= -1.0 && hi <= 1.0 => Scale::Range(-1.0, 1.0),
            s => s,
        }
    }

    /// The fixed scale of UI layer `l`'s neurons: `None` for the inputs (and unbounded
    /// activations), which scale to their own range.
    fn layer_scale(&self, l: usize) -> Option<Scale> {
        let spec = self.session.trainer().network().spec();
        l.checked_sub(1)
            .and_then(|h| spec.hidden.get(h))
            .map(|h| hidden_scale(h.activation))
    }

    /// Scale of UI layer `l` of a network whose last layer (the output) is `last`: `output`
    /// there, the hidden activation's range elsewhere (`None` = fit to the values).
    pub(super) fn scale_for(&self, l: usize, last: usize, output: Scale) -> Option<Scale> {
        if l == last {
            Some(output)
        } else {
            self.layer_scale(l)
        }
    }

    /// The output's scale: the targets' range for regression, probabilities for sigmoid and
    /// softmax heads, ±1 for a tanh head.
    pub(super) fn output_scale(&self) -> Scale {
        let head = self.session.trainer().network().spec().head;
        match (self.session.dataset().task, head) {
            (Task::Regression, _) => self.value_scale(),
            (_, OutputHead::Sigmoid | OutputHead::Softmax) => Scale::Probability,
            _ => Scale::Symmetric,
        }
    }
}
