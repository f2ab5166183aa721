//! The activation lab's link keys: `lab=activation&activation=sigmoid&gain=1&x=1&h=0.5`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `activation` | an engine activation name | `sigmoid` |
//! | `gain` | 0.1..=100 | 1 |
//! | `x` | −6..=6 | 1 |
//! | `h` | 0.0001..=2 | 0.5 |

use neurite_nn::Activation;

use super::state::{ActivationLab, GAIN, H, X};
use crate::link::write::{name, number};
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for ActivationLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("activation", name(&self.activation)),
            ("gain", number(self.gain)),
            ("x", number(self.at_x)),
            ("h", number(self.h)),
        ]
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = ActivationLab::default();
        Ok(ActivationLab {
            activation: p.choice("activation", &Activation::ALL, d.activation)?,
            gain: p.number("gain", GAIN, d.gain)?,
            at_x: p.number("x", X, d.at_x)?,
            h: p.number("h", H, d.h)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{decode, encode, round_trip, Lab};
    use proptest::prelude::*;

    #[test]
    fn default_link_and_errors() {
        let lab = Lab::Activation(ActivationLab::default());
        assert_eq!(
            encode(&lab),
            "lab=activation&activation=sigmoid&gain=1&x=1&h=0.5"
        );
        let e = decode("lab=activation&h=0.00001").map_err(|e| e.to_string());
        assert_eq!(e, Err("h: '0.00001' is outside 0.0001 to 2".into()));
        assert!(decode("lab=activation&x=&h=1").is_err());
    }

    fn log_in(lo: f64, hi: f64, b: crate::bounds::Bounds) -> impl Strategy<Value = f32> {
        (lo..=hi).prop_map(move |e| b.clamp(10f64.powf(e) as f32))
    }

    proptest! {
        #[test]
        fn round_trips_bit_for_bit(
            activation in prop::sample::select(Activation::ALL.to_vec()),
            gain in log_in(-1.0, 2.0, GAIN),
            at_x in -6.0f32..=6.0,
            h in log_in(-4.0, 0.31, H),
        ) {
            let lab = Lab::Activation(ActivationLab { activation, gain, at_x, h });
            prop_assert_eq!(round_trip(&lab), Ok(()));
        }
    }
}
