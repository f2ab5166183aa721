//! The three-kinds lab's link keys, e.g. `lab=paradigms&classes=3&noise=30&rounds=40&seed=1&trained=40`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `classes` | 3 to 6 | 3 |
//! | `noise` | 0 to 50 (percent) | 30 |
//! | `rounds` | 1 to 200 | 40 |
//! | `seed` | a number (other text is hashed) | 1 |
//! | `trained` | 0 to `rounds`: trained again when the link opens | 0 |

use super::state::{ParadigmsLab, CLASSES, MAX_ROUNDS, NOISE};
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for ParadigmsLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("classes", self.classes.to_string()),
            ("noise", self.noise.to_string()),
            ("rounds", self.rounds.to_string()),
            ("seed", self.seed.to_string()),
            ("trained", self.trained.to_string()),
        ]
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = ParadigmsLab::default();
        let rounds = p.whole("rounds", 1..=MAX_ROUNDS, d.rounds)?;
        Ok(ParadigmsLab {
            classes: p.whole("classes", CLASSES, d.classes)?,
            noise: p.whole("noise", NOISE, d.noise)?,
            rounds,
            seed: p.seed("seed", d.seed)?,
            trained: p.whole("trained", 0..=rounds, d.trained)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{decode, encode, round_trip, Lab};
    use proptest::prelude::*;

    #[test]
    fn links_read_well_and_bad_values_name_their_key() {
        assert_eq!(
            encode(&Lab::Paradigms(ParadigmsLab::default())),
            "lab=paradigms&classes=3&noise=30&rounds=40&seed=1&trained=0"
        );
        let err = |link: &str| {
            decode(link)
                .map_err(|e| e.to_string())
                .err()
                .unwrap_or_default()
        };
        assert!(err("lab=paradigms&classes=2").starts_with("classes:"));
        assert!(err("lab=paradigms&classes=NaN").starts_with("classes:"));
        assert!(err("lab=paradigms&noise=51").starts_with("noise:"));
        assert!(err("lab=paradigms&noise=-1").starts_with("noise:"));
        assert!(err("lab=paradigms&rounds=0").starts_with("rounds:"));
        assert!(err("lab=paradigms&rounds=inf").starts_with("rounds:"));
        assert!(err("lab=paradigms&rounds=3&trained=4").starts_with("trained:"));
        assert_eq!(
            decode("lab=paradigms&classes=5&trained=7"),
            Ok(Lab::Paradigms(ParadigmsLab {
                classes: 5,
                trained: 7,
                ..ParadigmsLab::default()
            }))
        );
    }

    proptest! {
        #[test]
        fn round_trips(classes in CLASSES, noise in NOISE, rounds in 1..=MAX_ROUNDS, seed: u64,
            trained in 0..=MAX_ROUNDS) {
            let lab = ParadigmsLab { classes, noise, rounds, seed, trained: trained.min(rounds) };
            prop_assert_eq!(round_trip(&Lab::Paradigms(lab)), Ok(()));
        }
    }
}
