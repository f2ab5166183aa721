//! Checked access to single parameters of a [`Network`]: weights, biases, links, freeze bits.
//!
//! Indices: `layer` is the parameter layer (0 = weights into the first hidden layer),
//! `to` the neuron in that layer's output, `from` the neuron feeding it. Getters return
//! `None` out of range; setters return a specific `NnError`.

use crate::error::NnError;
use crate::layer::Dense;
use crate::network::Network;

impl Network {
    fn dense(&self, layer: usize) -> Result<&Dense, NnError> {
        let count = self.layers().len();
        self.layers().get(layer).ok_or_else(|| {
            NnError::IndexOutOfRange(format!(
                "layer {layer} (network has {count} parameter layers)"
            ))
        })
    }

    fn link_index(&self, layer: usize, to: usize, from: usize) -> Result<(), NnError> {
        let d = self.dense(layer)?;
        if to >= d.outputs() || from >= d.inputs() {
            return Err(NnError::IndexOutOfRange(format!(
                "link {from}→{to} in layer {layer} (layer is {}×{})",
                d.outputs(),
                d.inputs()
            )));
        }
        Ok(())
    }

    fn neuron_index(&self, layer: usize, neuron: usize) -> Result<(), NnError> {
        let d = self.dense(layer)?;
        if neuron >= d.outputs() {
            return Err(NnError::IndexOutOfRange(format!(
                "neuron {neuron} in layer {layer} (layer has {} neurons)",
                d.outputs()
            )));
        }
        Ok(())
    }

    /// Weight of link `from → to` in `layer`.
    pub fn weight(&self, layer: usize, to: usize, from: usize) -> Option<f32> {
        self.layers().get(layer)?.weights.get([to, from]).copied()
    }

    /// Sets a weight. Fails on a removed link (its weight is held at 0) or a non-finite value.
    pub fn set_weight(
        &mut self,
        layer: usize,
        to: usize,
        from: usize,
        value: f32,
    ) -> Result<(), NnError> {
        self.link_index(layer, to, from)?;
        if !value.is_finite() {
            return Err(NnError::InvalidValue(format!(
                "weight must be finite, got {value}"
            )));
        }
        if self.link_enabled(layer, to, from) == Some(false) {
            return Err(NnError::InvalidValue(format!(
                "link {from}→{to} in layer {layer} is removed; enable it first"
            )));
        }
        self.layers_mut()[layer].weights[[to, from]] = value;
        Ok(())
    }

    /// Bias of `neuron` in `layer`.
    pub fn bias(&self, layer: usize, neuron: usize) -> Option<f32> {
        self.layers().get(layer)?.bias.get(neuron).copied()
    }

    /// Sets a bias (must be finite).
    pub fn set_bias(&mut self, layer: usize, neuron: usize, value: f32) -> Result<(), NnError> {
        self.neuron_index(layer, neuron)?;
        if !value.is_finite() {
            return Err(NnError::InvalidValue(format!(
                "bias must be finite, got {value}"
            )));
        }
        self.layers_mut()[layer].bias[neuron] = value;
        Ok(())
    }

    /// Whether link `from → to` is present.
    pub fn link_enabled(&self, layer: usize, to: usize, from: usize) -> Option<bool> {
        self.layers().get(layer)?.mask.get([to, from]).copied()
    }

    /// Removes (`false`: weight set to 0) or restores (`true`: weight stays 0 until trained
    /// or set) a link.
    pub fn set_link(
        &mut self,
        layer: usize,
        to: usize,
        from: usize,
        enabled: bool,
    ) -> Result<(), NnError> {
        self.link_index(layer, to, from)?;
        let d = &mut self.layers_mut()[layer];
        d.mask[[to, from]] = enabled;
        if !enabled {
            d.weights[[to, from]] = 0.0;
        }
        Ok(())
    }

    /// Freezes or unfreezes a weight.
    pub fn set_weight_frozen(
        &mut self,
        layer: usize,
        to: usize,
        from: usize,
        frozen: bool,
    ) -> Result<(), NnError> {
        self.link_index(layer, to, from)?;
        self.layers_mut()[layer].frozen_weights[[to, from]] = frozen;
        Ok(())
    }

    /// Freezes or unfreezes a bias.
    pub fn set_bias_frozen(
        &mut self,
        layer: usize,
        neuron: usize,
        frozen: bool,
    ) -> Result<(), NnError> {
        self.neuron_index(layer, neuron)?;
        self.layers_mut()[layer].frozen_bias[neuron] = frozen;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::{Activation, Init, LayerSpec, Network, NetworkSpec, OutputHead, Rng};

    fn net() -> Network {
        let spec = NetworkSpec {
            inputs: 2,
            hidden: vec![LayerSpec::new(3, Activation::Relu)],
            outputs: 1,
            head: OutputHead::Linear,
        };
        Network::new(&spec, Init::Tfp, &mut Rng::new(5)).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn getters_setters_and_errors() {
        let mut n = net();
        assert_eq!(n.weight(0, 2, 1).map(|w| w.abs() < 0.5), Some(true));
        assert_eq!(n.weight(0, 3, 0), None);
        assert_eq!(n.weight(2, 0, 0), None);
        assert!(n.set_weight(0, 1, 1, 0.25).is_ok());
        assert_eq!(n.weight(0, 1, 1), Some(0.25));
        assert!(n.set_weight(0, 9, 1, 0.25).is_err());
        assert!(n.set_weight(0, 1, 1, f32::NAN).is_err());
        n.set_link(0, 1, 1, false).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (n.weight(0, 1, 1), n.link_enabled(0, 1, 1)),
            (Some(0.0), Some(false))
        );
        assert!(n.set_weight(0, 1, 1, 0.3).is_err());
        assert!(n.set_bias(1, 0, -0.5).is_ok());
        assert_eq!(n.bias(1, 0), Some(-0.5));
        assert!(n.set_bias(1, 1, 0.0).is_err());
        assert!(n.set_weight_frozen(1, 0, 2, true).is_ok());
        assert!(n.layers()[1].frozen_weights[[0, 2]]);
        assert!(n.set_bias_frozen(0, 2, true).is_ok());
        assert!(n.layers()[0].frozen_bias[2]);
        assert_eq!(n.param_count(), 2 * 3 + 3 + 3 + 1);
    }
}
