//! The normalization lab's link keys:
//! `lab=normalize&scale=100&learningRate=0.03&normInputs=raw&seed=1`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `scale` | 1..=1000, the factor on x₂ | 100 |
//! | `learningRate` | 0.0001..=10 | 0.03 |
//! | `normInputs` | `raw`, `standardized` (inputs of the none/batch/layer comparison) | `raw` |
//! | `seed` | a decimal u64; other text is hashed, as in playground links | 1 |

use super::state::{NormalizeLab, LEARNING_RATE, SCALE, SCALINGS};
use crate::link::write::{name, number};
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for NormalizeLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("scale", number(self.scale)),
            ("learningRate", number(self.learning_rate)),
            ("normInputs", name(&self.norm_inputs)),
            ("seed", self.seed.to_string()),
        ]
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = NormalizeLab::default();
        Ok(NormalizeLab {
            scale: p.number("scale", SCALE, d.scale)?,
            learning_rate: p.number("learningRate", LEARNING_RATE, d.learning_rate)?,
            norm_inputs: p.choice("normInputs", &SCALINGS, d.norm_inputs)?,
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
            encode(&Lab::Normalize(NormalizeLab::default())),
            "lab=normalize&scale=100&learningRate=0.03&normInputs=raw&seed=1"
        );
        let e = decode("lab=normalize&normInputs=batch").map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("normInputs: 'batch' is not one of raw, standardized".into())
        );
        assert!(decode("lab=normalize&scale=0.5").is_err());
        assert!(decode("lab=normalize&scale=1e4").is_err());
        assert!(decode("lab=normalize&scale=NaN").is_err());
    }

    proptest! {
        #[test]
        fn round_trips_bit_for_bit(
            s in 0.0f64..=3.0,
            e in -4.0f64..=1.0,
            norm_inputs in prop::sample::select(SCALINGS.to_vec()),
            seed in any::<u64>(),
        ) {
            let lab = Lab::Normalize(NormalizeLab {
                scale: SCALE.clamp(10f64.powf(s) as f32),
                learning_rate: LEARNING_RATE.clamp(10f64.powf(e) as f32),
                norm_inputs,
                seed,
            });
            prop_assert_eq!(round_trip(&lab), Ok(()));
        }
    }
}
