//! The neuron lab's state: 1–[`MAX_INPUTS`] inputs xᵢ with weights wᵢ, a bias b, an
//! activation f (any of the engine's) and the sigmoid gain a (used by `sigmoid` only, as
//! σ(a·z), exactly as the engine does).
//!
//! Setters clamp to the ranges below, so whatever the UI sends the state stays one a link
//! can carry. Presets are the notes' one-click cases: a weight that cuts, attenuates,
//! passes, amplifies or inhibits a link ([`WeightPreset`]), and the bias as a threshold
//! ([`NeuronLab::bias_as_threshold`]).

use neurite_nn::Activation;

use crate::bounds::Bounds;

/// Most inputs the lab offers.
pub const MAX_INPUTS: usize = 5;
/// Range of every xᵢ, wᵢ and b.
pub const VALUE: Bounds = Bounds::linear(-20.0, 20.0);
/// Range of the sigmoid gain a in σ(a·z).
pub const GAIN: Bounds = Bounds::log(0.1, 100.0);

/// One input and the weight of its link.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NeuronInput {
    /// The signal xᵢ from the previous neuron.
    pub x: f32,
    /// The link's weight wᵢ.
    pub w: f32,
}

/// What the learner set in the neuron lab.
#[derive(Debug, Clone, PartialEq)]
pub struct NeuronLab {
    /// The inputs, 1..=[`MAX_INPUTS`] of them.
    pub inputs: Vec<NeuronInput>,
    /// The bias b.
    pub bias: f32,
    /// The activation f.
    pub activation: Activation,
    /// The sigmoid gain a (σ(a·z)); other activations ignore it.
    pub gain: f32,
}

/// Input `i`'s setting when the lab starts or the learner adds an input: the first two show
/// a link that passes and one that attenuates, the rest start as passing links of x = 1.
pub fn default_input(i: usize) -> NeuronInput {
    match i {
        0 => NeuronInput { x: 1.0, w: 1.0 },
        1 => NeuronInput { x: 2.0, w: 0.5 },
        _ => NeuronInput { x: 1.0, w: 1.0 },
    }
}

impl Default for NeuronLab {
    /// Two inputs, b = −1, the sigmoid with gain 1.
    fn default() -> Self {
        NeuronLab {
            inputs: (0..2).map(default_input).collect(),
            bias: -1.0,
            activation: Activation::Sigmoid,
            gain: 1.0,
        }
    }
}

/// The notes' one-click weights for a chosen link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeightPreset {
    /// w = 0: the link is cut.
    Cut,
    /// w = 0.5: the signal arrives halved.
    Attenuate,
    /// w = 1: the signal passes unchanged.
    Pass,
    /// w = 2: the signal arrives doubled.
    Amplify,
    /// w = −1: the signal lowers the activation's input.
    Inhibit,
}

impl WeightPreset {
    /// Every preset, in button order.
    pub const ALL: [WeightPreset; 5] = [
        WeightPreset::Cut,
        WeightPreset::Attenuate,
        WeightPreset::Pass,
        WeightPreset::Amplify,
        WeightPreset::Inhibit,
    ];

    /// The weight the preset sets.
    pub fn weight(self) -> f32 {
        match self {
            WeightPreset::Cut => 0.0,
            WeightPreset::Attenuate => 0.5,
            WeightPreset::Pass => 1.0,
            WeightPreset::Amplify => 2.0,
            WeightPreset::Inhibit => -1.0,
        }
    }
}

impl NeuronLab {
    /// The notes' bias-as-threshold case: the step function, one input with w = 1 and
    /// b = −10, so z = x − 10 and the neuron fires once the weighted input exceeds 10.
    /// x starts at 8, below the threshold: sliding it past 10 makes the neuron fire.
    pub fn bias_as_threshold() -> Self {
        NeuronLab {
            inputs: vec![NeuronInput { x: 8.0, w: 1.0 }],
            bias: -10.0,
            activation: Activation::Step,
            gain: 1.0,
        }
    }

    /// Keeps `n` inputs (clamped to 1..=[`MAX_INPUTS`]): drops the last ones or adds
    /// [`default_input`]s.
    pub fn set_input_count(&mut self, n: usize) {
        let n = n.clamp(1, MAX_INPUTS);
        self.inputs.truncate(n);
        while self.inputs.len() < n {
            self.inputs.push(default_input(self.inputs.len()));
        }
    }

    /// Sets xᵢ (clamped to [`VALUE`]); ignored for a missing input.
    pub fn set_x(&mut self, i: usize, x: f32) {
        if let Some(input) = self.inputs.get_mut(i) {
            input.x = VALUE.clamp(x);
        }
    }

    /// Sets wᵢ (clamped to [`VALUE`]); ignored for a missing input.
    pub fn set_weight(&mut self, i: usize, w: f32) {
        if let Some(input) = self.inputs.get_mut(i) {
            input.w = VALUE.clamp(w);
        }
    }

    /// Sets input `i`'s weight to the preset's value.
    pub fn apply_preset(&mut self, i: usize, preset: WeightPreset) {
        self.set_weight(i, preset.weight());
    }

    /// Sets b (clamped to [`VALUE`]).
    pub fn set_bias(&mut self, b: f32) {
        self.bias = VALUE.clamp(b);
    }

    /// Sets the sigmoid gain (clamped to [`GAIN`]).
    pub fn set_gain(&mut self, gain: f32) {
        self.gain = GAIN.clamp(gain);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setters_clamp_and_ignore_missing_inputs() {
        let mut lab = NeuronLab::default();
        lab.set_input_count(9);
        assert_eq!(lab.inputs.len(), MAX_INPUTS);
        lab.set_input_count(0);
        assert_eq!(lab.inputs, vec![default_input(0)]);
        lab.set_x(0, 1e9);
        lab.set_weight(0, f32::NAN);
        lab.set_weight(7, 3.0);
        assert_eq!(lab.inputs[0], NeuronInput { x: 20.0, w: -20.0 });
        lab.set_bias(-99.0);
        lab.set_gain(0.0);
        assert_eq!((lab.bias, lab.gain), (-20.0, 0.1));
        lab.apply_preset(0, WeightPreset::Amplify);
        assert_eq!(lab.inputs[0].w, 2.0);
    }
}
