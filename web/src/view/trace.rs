//! One data point traced through the network, for the formula panel.

/// One data point pushed through the network, for the formula panel: the network inputs
/// (feature values) and, per engine layer, every neuron's `z` and `a = f(z)`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trace {
    pub inputs: Vec<f32>,
    pub z: Vec<Vec<f32>>,
    pub a: Vec<Vec<f32>>,
}

impl Trace {
    /// The output of UI layer `layer` (inputs for layer 0).
    pub fn outputs(&self, layer: usize) -> Option<&[f32]> {
        match layer.checked_sub(1) {
            None => Some(&self.inputs),
            Some(l) => self.a.get(l).map(Vec::as_slice),
        }
    }
}
