//! The network's parameters as the view sees them: per engine layer, weights, biases,
//! which links are present and which parameters are frozen.

use std::rc::Rc;

use neurite_nn::{Activation, OutputHead};

/// What a layer's neurons apply to their weighted sum: a hidden activation or the output head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeuronFn {
    Hidden(Activation),
    Head(OutputHead),
}

impl NeuronFn {
    /// The engine's name for it (`tanh`, `relu`, `softmax`…), as formulas and links write it.
    pub fn name(self) -> &'static str {
        match self {
            NeuronFn::Hidden(a) => a.name(),
            NeuronFn::Head(h) => h.name(),
        }
    }
}

impl Default for NeuronFn {
    fn default() -> Self {
        NeuronFn::Hidden(Activation::Linear)
    }
}

/// The parameters of one engine layer, `out × in` row-major (`w[to * inputs + from]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LayerView {
    pub inputs: usize,
    pub outputs: usize,
    pub weights: Vec<f32>,
    pub biases: Vec<f32>,
    /// `false` where a link is removed.
    pub enabled: Vec<bool>,
    pub frozen_weights: Vec<bool>,
    pub frozen_biases: Vec<bool>,
    /// What the layer's neurons apply to `z`.
    pub function: NeuronFn,
}

impl LayerView {
    /// Weight from `from` to `to`, if in range.
    pub fn weight(&self, to: usize, from: usize) -> Option<f32> {
        (from < self.inputs)
            .then(|| self.weights.get(to * self.inputs + from).copied())
            .flatten()
    }

    /// Whether the link `from → to` is present.
    pub fn is_enabled(&self, to: usize, from: usize) -> bool {
        from < self.inputs
            && self
                .enabled
                .get(to * self.inputs + from)
                .copied()
                .unwrap_or(false)
    }

    /// Largest |weight| of the layer, for scaling link widths.
    pub fn max_abs(&self) -> f32 {
        self.weights.iter().fold(
            0.0f32,
            |m, w| if w.is_finite() { m.max(w.abs()) } else { m },
        )
    }
}

/// The whole network as the view sees it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetView {
    /// Labels of the input neurons (feature names).
    pub inputs: Vec<String>,
    /// Engine layers in order; the last one is the output layer.
    /// Each behind an `Rc`, so a view of one layer compares (by value) and re-renders alone.
    pub layers: Vec<Rc<LayerView>>,
}

impl NetView {
    /// Neurons per UI layer (inputs first, output last).
    pub fn sizes(&self) -> Vec<usize> {
        std::iter::once(self.inputs.len())
            .chain(self.layers.iter().map(|l| l.outputs))
            .collect()
    }

    /// Number of hidden layers.
    pub fn hidden(&self) -> usize {
        self.layers.len().saturating_sub(1)
    }

    /// The same network with every weight replaced by `grads[l][to·inputs + from]` (e.g.
    /// ∂L/∂w of one point), so the links can be drawn by gradient instead of weight.
    pub fn with_weights(&self, grads: &[Vec<f32>]) -> NetView {
        let layers = self
            .layers
            .iter()
            .zip(grads)
            .map(|(l, g)| {
                Rc::new(LayerView {
                    weights: g.clone(),
                    ..(**l).clone()
                })
            })
            .collect();
        NetView {
            inputs: self.inputs.clone(),
            layers,
        }
    }

    /// The engine layer feeding UI layer `ui_layer` (`None` for the inputs).
    pub fn layer(&self, ui_layer: usize) -> Option<&LayerView> {
        ui_layer
            .checked_sub(1)
            .and_then(|l| self.layers.get(l))
            .map(Rc::as_ref)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layer_lookup_and_bounds() {
        let l = LayerView {
            inputs: 2,
            outputs: 1,
            weights: vec![0.5, -2.0],
            biases: vec![0.0],
            enabled: vec![true, false],
            ..LayerView::default()
        };
        assert_eq!(l.weight(0, 1), Some(-2.0));
        assert_eq!(l.weight(0, 2), None);
        assert!(!l.is_enabled(0, 1));
        assert_eq!(l.max_abs(), 2.0);
        let net = NetView {
            inputs: vec!["x1".into(), "x2".into()],
            layers: vec![Rc::new(l)],
        };
        assert_eq!(net.sizes(), vec![2, 1]);
        assert_eq!(net.hidden(), 0);
        assert!(net.layer(0).is_none());
    }
}
