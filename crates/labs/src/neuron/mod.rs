//! The artificial neuron lab (人工ニューロン): y = f(Σᵢ wᵢxᵢ + b), computed by the engine.

mod compute;
mod keys;
mod role;
mod state;

pub use compute::{NeuronOutput, MAX_CURVE_SAMPLES};
pub use role::LinkRole;
pub use state::{default_input, NeuronInput, NeuronLab, WeightPreset, GAIN, MAX_INPUTS, VALUE};
