//! One data point traced through the network, for the formula panel and the backward view:
//! per engine layer every neuron's `z = Σ wᵢxᵢ + b` and `a = f(z)`, and the gradients of that
//! point's loss — all computed by the engine (`Network::trace`, `Network::backprop_sample`).

/// One data point pushed through the network and differentiated.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trace {
    /// The network inputs (feature values).
    pub inputs: Vec<f32>,
    /// Per engine layer, every neuron's pre-activation.
    pub z: Vec<Vec<f32>>,
    /// Per engine layer, every neuron's output.
    pub a: Vec<Vec<f32>>,
    /// The point's data loss.
    pub loss: f32,
    /// Per engine layer, `∂L/∂z` (= `∂L/∂b`) of every neuron.
    pub delta: Vec<Vec<f32>>,
    /// Per engine layer, `∂L/∂w` row-major like the weights (`w[to * inputs + from]`).
    pub weight_grads: Vec<Vec<f32>>,
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
