//! The non-linearity lab's link keys:
//! `lab=nonlinear&dataset=xor&activation=linear&depth=4&width=8&learningRate=0.1&seed=1`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `dataset` | `xor`, `circle`, `gauss` | `xor` |
//! | `activation` | an engine activation name | `linear` |
//! | `depth` | 1..=6 hidden layers | 4 |
//! | `width` | 2..=8 neurons each | 8 |
//! | `learningRate` | 0.0001..=10 | 0.1 |
//! | `seed` | a decimal u64; other text is hashed, as in playground links | 1 |

use neurite_nn::Activation;

use super::state::{NonlinearLab, DATASETS, DEPTH, LEARNING_RATE, WIDTH};
use crate::link::write::{name, number};
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for NonlinearLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("dataset", name(&self.dataset)),
            ("activation", name(&self.activation)),
            ("depth", self.depth.to_string()),
            ("width", self.width.to_string()),
            ("learningRate", number(self.learning_rate)),
            ("seed", self.seed.to_string()),
        ]
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = NonlinearLab::default();
        Ok(NonlinearLab {
            dataset: p.choice("dataset", &DATASETS, d.dataset)?,
            activation: p.choice("activation", &Activation::ALL, d.activation)?,
            depth: p.whole("depth", DEPTH, d.depth)?,
            width: p.whole("width", WIDTH, d.width)?,
            learning_rate: p.number("learningRate", LEARNING_RATE, d.learning_rate)?,
            seed: p.seed("seed", d.seed)?,
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
        assert_eq!(
            encode(&Lab::Nonlinear(NonlinearLab::default())),
            "lab=nonlinear&dataset=xor&activation=linear&depth=4&width=8&learningRate=0.1&seed=1"
        );
        let e = decode("lab=nonlinear&dataset=spiral").map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("dataset: 'spiral' is not one of xor, circle, gauss".into())
        );
        assert!(decode("lab=nonlinear&width=1").is_err());
        assert!(decode("lab=nonlinear&depth=7").is_err());
        assert!(decode("lab=nonlinear&seed=0.38452").is_ok());
    }

    proptest! {
        #[test]
        fn round_trips_bit_for_bit(
            dataset in prop::sample::select(DATASETS.to_vec()),
            activation in prop::sample::select(Activation::ALL.to_vec()),
            depth in DEPTH,
            width in WIDTH,
            e in -4.0f64..=1.0,
            seed in any::<u64>(),
        ) {
            let learning_rate = LEARNING_RATE.clamp(10f64.powf(e) as f32);
            let lab = Lab::Nonlinear(NonlinearLab {
                dataset, activation, depth, width, learning_rate, seed,
            });
            prop_assert_eq!(round_trip(&lab), Ok(()));
        }
    }
}
