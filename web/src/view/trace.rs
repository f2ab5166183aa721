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
    /// The point's training target (one value per output).
    pub target: Vec<f32>,
    /// The point's data loss.
    pub loss: f32,
    /// Which loss `loss` is.
    pub loss_kind: LossKind,
    /// Per engine layer, `∂L/∂z` (= `∂L/∂b`) of every neuron.
    pub delta: Vec<Vec<f32>>,
    /// Per engine layer, `∂L/∂w` row-major like the weights (`w[to * inputs + from]`).
    pub weight_grads: Vec<Vec<f32>>,
}

/// The training loss, as the one-update walk-through writes it out (`neurite_nn::Loss`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LossKind {
    /// `½ Σ (ŷ − y)²`
    #[default]
    Squared,
    /// Huber, δ = 1: `½d²` where `|d| ≤ 1`, else `|d| − ½`, `d = ŷ − y`.
    Huber,
    /// `−[y ln ŷ + (1 − y) ln(1 − ŷ)]`
    BinaryCrossEntropy,
    /// `−Σ yⱼ ln ŷⱼ`
    CrossEntropy,
}

impl LossKind {
    /// The loss in symbols.
    pub fn formula(self) -> &'static str {
        match self {
            LossKind::Squared => "L = ½ Σ (ŷ − y)²",
            LossKind::Huber => "L = Σ huber(ŷ − y): ½d² if |d| ≤ 1, else |d| − ½",
            LossKind::BinaryCrossEntropy => "L = −[y ln ŷ + (1 − y) ln(1 − ŷ)]",
            LossKind::CrossEntropy => "L = −Σⱼ yⱼ ln ŷⱼ",
        }
    }
}

impl Trace {
    /// The network's output for the point, `ŷ` (the last layer's activations).
    pub fn output(&self) -> &[f32] {
        self.a.last().map_or(&[], Vec::as_slice)
    }

    /// The output of UI layer `layer` (inputs for layer 0).
    pub fn outputs(&self, layer: usize) -> Option<&[f32]> {
        match layer.checked_sub(1) {
            None => Some(&self.inputs),
            Some(l) => self.a.get(l).map(Vec::as_slice),
        }
    }
}
