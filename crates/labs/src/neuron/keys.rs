//! The neuron lab's link keys:
//! `lab=neuron&inputs=2&x1=1&w1=1&x2=2&w2=0.5&bias=-1&activation=sigmoid&gain=1`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `inputs` | 1..=5 | 2 |
//! | `x1`…`x5`, `w1`…`w5` | −20..=20, only up to `inputs` | see [`default_input`] |
//! | `bias` | −20..=20 | −1 |
//! | `activation` | an engine activation name | `sigmoid` |
//! | `gain` | 0.1..=100 (σ(a·z); written for every activation so links round-trip) | 1 |
//!
//! Keys of inputs beyond `inputs` are ignored.

use neurite_nn::Activation;

use super::state::{default_input, NeuronInput, NeuronLab, GAIN, MAX_INPUTS, VALUE};
use crate::link::write::{name, number};
use crate::link::{LabLinkError, LabState, Pairs};

const X_KEYS: [&str; MAX_INPUTS] = ["x1", "x2", "x3", "x4", "x5"];
const W_KEYS: [&str; MAX_INPUTS] = ["w1", "w2", "w3", "w4", "w5"];

impl LabState for NeuronLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![("inputs", self.inputs.len().to_string())];
        for ((input, x), w) in self.inputs.iter().zip(X_KEYS).zip(W_KEYS) {
            pairs.push((x, number(input.x)));
            pairs.push((w, number(input.w)));
        }
        pairs.push(("bias", number(self.bias)));
        pairs.push(("activation", name(&self.activation)));
        pairs.push(("gain", number(self.gain)));
        pairs
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = NeuronLab::default();
        let n = p.whole("inputs", 1..=MAX_INPUTS, d.inputs.len())?;
        let inputs = (0..n)
            .map(|i| {
                let fallback = d.inputs.get(i).copied().unwrap_or_else(|| default_input(i));
                Ok(NeuronInput {
                    x: p.number(X_KEYS[i], VALUE, fallback.x)?,
                    w: p.number(W_KEYS[i], VALUE, fallback.w)?,
                })
            })
            .collect::<Result<Vec<_>, LabLinkError>>()?;
        Ok(NeuronLab {
            inputs,
            bias: p.number("bias", VALUE, d.bias)?,
            activation: p.choice("activation", &Activation::ALL, d.activation)?,
            gain: p.number("gain", GAIN, d.gain)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{decode, encode, round_trip, Lab};
    use proptest::prelude::*;

    #[test]
    fn default_link_reads_well() {
        let link = encode(&Lab::Neuron(NeuronLab::default()));
        assert_eq!(
            link,
            "lab=neuron&inputs=2&x1=1&w1=1&x2=2&w2=0.5&bias=-1&activation=sigmoid&gain=1"
        );
    }

    #[test]
    fn partial_and_bad_links() {
        let lab = decode("lab=neuron&inputs=1&w1=-3&activation=leaky_relu&x4=9");
        let expected = NeuronLab {
            inputs: vec![NeuronInput { x: 1.0, w: -3.0 }],
            activation: Activation::LeakyRelu,
            ..NeuronLab::default()
        };
        assert_eq!(lab, Ok(Lab::Neuron(expected)));
        let e = decode("lab=neuron&bias=21").map_err(|e| e.to_string());
        assert_eq!(e, Err("bias: '21' is outside -20 to 20".into()));
        assert!(matches!(
            decode("lab=neuron&inputs=6"),
            Err(LabLinkError::OutOfRange { key: "inputs", .. })
        ));
        assert!(matches!(
            decode("lab=neuron&x1=1e"),
            Err(LabLinkError::Malformed { key: "x1", .. })
        ));
        assert!(matches!(
            decode("lab=neuron&activation=swish"),
            Err(LabLinkError::Malformed {
                key: "activation",
                ..
            })
        ));
        let preset = Lab::Neuron(NeuronLab::bias_as_threshold());
        assert_eq!(decode(&encode(&preset)), Ok(preset));
    }

    fn value() -> impl Strategy<Value = f32> {
        prop_oneof![
            (-20.0f32..=20.0),
            Just(-0.0f32),
            Just(20.0f32),
            Just(-20.0f32),
            any::<f32>().prop_map(|v| VALUE.clamp(v)),
        ]
    }

    fn neuron() -> impl Strategy<Value = NeuronLab> {
        let input = (value(), value()).prop_map(|(x, w)| NeuronInput { x, w });
        (
            prop::collection::vec(input, 1..=MAX_INPUTS),
            value(),
            prop::sample::select(Activation::ALL.to_vec()),
            (-1.0f64..=2.0).prop_map(|e| GAIN.clamp(10f64.powf(e) as f32)),
        )
            .prop_map(|(inputs, bias, activation, gain)| NeuronLab {
                inputs,
                bias,
                activation,
                gain,
            })
    }

    proptest! {
        #[test]
        fn round_trips_bit_for_bit(lab in neuron()) {
            prop_assert_eq!(round_trip(&Lab::Neuron(lab)), Ok(()));
        }
    }
}
