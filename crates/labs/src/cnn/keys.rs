//! The CNN lab's link keys, e.g.
//! `lab=cnn&set=digits8&convs=1&filters=8&kernel=3&pool=true&epochs=15&seed=1&trained=15`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `set` | `digits8`, `digits28` | `digits8` |
//! | `convs` | 1 or 2 | 1 |
//! | `filters` | 2 to 16 | 8 |
//! | `kernel` | 3 or 5 | 3 |
//! | `pool` | `true`, `false` | `true` |
//! | `epochs` | 1 to 30 | 15 |
//! | `seed` | a number (other text is hashed) | 1 |
//! | `trained` | 0 to `epochs`: trained again when the link opens | 0 |

use super::state::{CnnLab, FILTERS, KERNELS, MAX_CONVS, MAX_EPOCHS};
use crate::conv::DigitSet;
use crate::link::write::name;
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for CnnLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("set", name(&self.set)),
            ("convs", self.convs.to_string()),
            ("filters", self.filters.to_string()),
            ("kernel", self.kernel.to_string()),
            ("pool", self.pool.to_string()),
            ("epochs", self.epochs.to_string()),
            ("seed", self.seed.to_string()),
            ("trained", self.trained.to_string()),
        ]
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = CnnLab::default();
        let kernel = p.whole("kernel", 3..=5, d.kernel)?;
        if !KERNELS.contains(&kernel) {
            return Err(LabLinkError::malformed(
                "kernel",
                &kernel.to_string(),
                "3 or 5",
            ));
        }
        let epochs = p.whole("epochs", 1..=MAX_EPOCHS, d.epochs)?;
        Ok(CnnLab {
            set: p.choice("set", &DigitSet::ALL, d.set)?,
            convs: p.whole("convs", 1..=MAX_CONVS, d.convs)?,
            filters: p.whole("filters", FILTERS, d.filters)?,
            kernel,
            pool: p.flag("pool", d.pool)?,
            epochs,
            seed: p.seed("seed", d.seed)?,
            trained: p.whole("trained", 0..=epochs, d.trained.min(epochs))?,
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
            encode(&Lab::Cnn(CnnLab::default())),
            "lab=cnn&set=digits8&convs=1&filters=8&kernel=3&pool=true&epochs=15&seed=1&trained=0"
        );
        let err = |link: &str| {
            decode(link)
                .map_err(|e| e.to_string())
                .err()
                .unwrap_or_default()
        };
        assert!(err("lab=cnn&kernel=4").starts_with("kernel:"));
        assert!(err("lab=cnn&convs=3").starts_with("convs:"));
        assert!(err("lab=cnn&filters=999999999999").starts_with("filters:"));
        assert!(err("lab=cnn&epochs=5&trained=6").starts_with("trained:"));
        assert!(err("lab=cnn&set=cifar").starts_with("set:"));
        assert!(err("lab=cnn&epochs=NaN").starts_with("epochs:"));
    }

    proptest! {
        #[test]
        fn round_trips(set in prop::sample::select(DigitSet::ALL.to_vec()), convs in 1..=MAX_CONVS,
            filters in FILTERS, kernel in prop::sample::select(KERNELS.to_vec()), pool: bool,
            epochs in 1..=MAX_EPOCHS, seed: u64, trained in 0..=MAX_EPOCHS) {
            let lab = CnnLab { set, convs, filters, kernel, pool, epochs, seed, trained: trained.min(epochs) };
            prop_assert_eq!(round_trip(&Lab::Cnn(lab)), Ok(()));
        }
    }
}
