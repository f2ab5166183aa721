//! The autoencoder lab's link keys, e.g.
//! `lab=autoencoder&set=digits8&mode=vae&beta=0.1&hidden=64&epochs=30&seed=1&trained=30&x=0.5&y=-1`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `set` | `digits8`, `digits28` | `digits8` |
//! | `mode` | `ae`, `vae` | `ae` |
//! | `beta` | 0 to 1 | 0.1 |
//! | `hidden` | 8 to 256 | 64 |
//! | `epochs` | 1 to 100 | 30 |
//! | `seed` | a number (other text is hashed) | 1 |
//! | `trained` | 0 to `epochs`: trained again when the link opens | 0 |
//! | `x`, `y` | the latent point decoded, −100 to 100 | 0 |

use super::state::{AeMode, AutoencoderLab, BETA, COORD, HIDDEN, MAX_EPOCHS};
use crate::conv::DigitSet;
use crate::link::write::{name, number};
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for AutoencoderLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("set", name(&self.set)),
            ("mode", name(&self.mode)),
            ("beta", number(self.beta)),
            ("hidden", self.hidden.to_string()),
            ("epochs", self.epochs.to_string()),
            ("seed", self.seed.to_string()),
            ("trained", self.trained.to_string()),
            ("x", number(self.point.0)),
            ("y", number(self.point.1)),
        ]
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = AutoencoderLab::default();
        let epochs = p.whole("epochs", 1..=MAX_EPOCHS, d.epochs)?;
        Ok(AutoencoderLab {
            set: p.choice("set", &DigitSet::ALL, d.set)?,
            mode: p.choice("mode", &AeMode::ALL, d.mode)?,
            beta: p.number("beta", BETA, d.beta)?,
            hidden: p.whole("hidden", HIDDEN, d.hidden)?,
            epochs,
            seed: p.seed("seed", d.seed)?,
            trained: p.whole("trained", 0..=epochs, d.trained.min(epochs))?,
            point: (p.number("x", COORD, 0.0)?, p.number("y", COORD, 0.0)?),
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
            encode(&Lab::Autoencoder(AutoencoderLab::default())),
            "lab=autoencoder&set=digits8&mode=ae&beta=0.1&hidden=64&epochs=30&seed=1&trained=0&x=0&y=0"
        );
        let err = |link: &str| {
            decode(link)
                .map_err(|e| e.to_string())
                .err()
                .unwrap_or_default()
        };
        assert!(err("lab=autoencoder&mode=gan").starts_with("mode:"));
        assert!(err("lab=autoencoder&beta=NaN").starts_with("beta:"));
        assert!(err("lab=autoencoder&beta=2").starts_with("beta:"));
        assert!(err("lab=autoencoder&hidden=4").starts_with("hidden:"));
        assert!(err("lab=autoencoder&epochs=5&trained=6").starts_with("trained:"));
        assert!(err("lab=autoencoder&x=inf").starts_with("x:"));
        assert!(err("lab=autoencoder&y=1e9").starts_with("y:"));
        assert!(err("lab=autoencoder&set=cifar").starts_with("set:"));
    }

    proptest! {
        #[test]
        fn round_trips(set in prop::sample::select(DigitSet::ALL.to_vec()),
            mode in prop::sample::select(AeMode::ALL.to_vec()), beta in 0.0f32..=1.0,
            hidden in HIDDEN, epochs in 1..=MAX_EPOCHS, seed: u64, trained in 0..=MAX_EPOCHS,
            x in -100.0f32..=100.0, y in -100.0f32..=100.0) {
            let lab = AutoencoderLab { set, mode, beta, hidden, epochs, seed,
                trained: trained.min(epochs), point: (x, y) };
            prop_assert_eq!(round_trip(&Lab::Autoencoder(lab)), Ok(()));
        }
    }
}
