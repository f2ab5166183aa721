//! The RNN lab's link keys, e.g. `lab=rnn&hidden=32&epochs=30&seed=1&trained=30&prefix=ka&steps=12`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `hidden` | 4 to 64 | 32 |
//! | `epochs` | 1 to 200 | 30 |
//! | `seed` | a number (other text is hashed) | 1 |
//! | `trained` | 0 to `epochs`: trained again when the link opens | 0 |
//! | `prefix` | up to 12 letters `a`–`z` (may be empty) | `ka` |
//! | `steps` | 2 to 40 | 12 |

use super::state::{RnnLab, HIDDEN, MAX_EPOCHS, MAX_PREFIX, STEPS};
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for RnnLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("hidden", self.hidden.to_string()),
            ("epochs", self.epochs.to_string()),
            ("seed", self.seed.to_string()),
            ("trained", self.trained.to_string()),
            ("prefix", self.prefix.clone()),
            ("steps", self.steps.to_string()),
        ]
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = RnnLab::default();
        let epochs = p.whole("epochs", 1..=MAX_EPOCHS, d.epochs)?;
        let prefix = match p.get("prefix")? {
            None => d.prefix,
            Some(v) if v.len() <= MAX_PREFIX && v.chars().all(|c| c.is_ascii_lowercase()) => {
                v.to_string()
            }
            Some(v) => {
                return Err(LabLinkError::malformed(
                    "prefix",
                    v,
                    format!("at most {MAX_PREFIX} letters a–z"),
                ))
            }
        };
        Ok(RnnLab {
            hidden: p.whole("hidden", HIDDEN, d.hidden)?,
            epochs,
            seed: p.seed("seed", d.seed)?,
            trained: p.whole("trained", 0..=epochs, d.trained.min(epochs))?,
            prefix,
            steps: p.whole("steps", STEPS, d.steps)?,
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
            encode(&Lab::Rnn(RnnLab::default())),
            "lab=rnn&hidden=32&epochs=30&seed=1&trained=0&prefix=ka&steps=12"
        );
        let err = |link: &str| {
            decode(link)
                .map_err(|e| e.to_string())
                .err()
                .unwrap_or_default()
        };
        assert!(err("lab=rnn&prefix=Tokyo").starts_with("prefix:"));
        assert!(err("lab=rnn&prefix=abcdefghijklm").starts_with("prefix:"));
        assert!(err("lab=rnn&prefix=a%20b").starts_with("prefix:"));
        assert!(err("lab=rnn&hidden=1000").starts_with("hidden:"));
        assert!(err("lab=rnn&steps=1").starts_with("steps:"));
        assert!(err("lab=rnn&epochs=3&trained=4").starts_with("trained:"));
        assert_eq!(
            decode("lab=rnn&prefix="),
            Ok(Lab::Rnn(RnnLab {
                prefix: String::new(),
                ..RnnLab::default()
            }))
        );
    }

    proptest! {
        #[test]
        fn round_trips(hidden in HIDDEN, epochs in 1..=MAX_EPOCHS, seed: u64,
            trained in 0..=MAX_EPOCHS, prefix in "[a-z]{0,12}", steps in STEPS) {
            let lab = RnnLab { hidden, epochs, seed, trained: trained.min(epochs), prefix, steps };
            prop_assert_eq!(round_trip(&Lab::Rnn(lab)), Ok(()));
        }
    }
}
