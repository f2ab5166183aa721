//! The Σ lab's link keys: `lab=sigma&n=10&sequence=k`, or with the learner's own numbers
//! `lab=sigma&n=5&sequence=custom&terms=3,1,4,1,5`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `n` | 1..=100 | 10 |
//! | `sequence` | `k`, `squares`, `odd`, `custom` | `k` |
//! | `terms` | 1–10 comma-separated numbers in −1000..=1000, read only with `custom` | 3,1,4,1,5 |

use super::state::{
    Sequence, SequenceKind, SigmaLab, CUSTOM_VALUE, DEFAULT_CUSTOM, MAX_CUSTOM, MAX_N,
};
use crate::link::write::{name, numbers};
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for SigmaLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![
            ("n", self.n.to_string()),
            ("sequence", name(&self.sequence.kind())),
        ];
        if let Sequence::Custom(v) = &self.sequence {
            pairs.push(("terms", numbers(v)));
        }
        pairs
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = SigmaLab::default();
        let n = p.whole("n", 1..=MAX_N, d.n)?;
        let sequence = match p.choice("sequence", &SequenceKind::ALL, d.sequence.kind())? {
            SequenceKind::K => Sequence::K,
            SequenceKind::Squares => Sequence::Squares,
            SequenceKind::Odd => Sequence::Odd,
            SequenceKind::Custom => Sequence::Custom(p.numbers(
                "terms",
                CUSTOM_VALUE,
                1..=MAX_CUSTOM,
                &DEFAULT_CUSTOM,
            )?),
        };
        Ok(SigmaLab { n, sequence })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{decode, encode, round_trip, Lab};
    use proptest::prelude::*;

    #[test]
    fn links_read_well_and_errors_name_the_key() {
        assert_eq!(
            encode(&Lab::Sigma(SigmaLab::default())),
            "lab=sigma&n=10&sequence=k"
        );
        let custom = decode("lab=sigma&sequence=custom&terms=1.5,-2");
        let expected = SigmaLab {
            n: 10,
            sequence: Sequence::Custom(vec![1.5, -2.0]),
        };
        assert_eq!(custom, Ok(Lab::Sigma(expected)));
        assert!(decode("lab=sigma&sequence=k&terms=zzz").is_ok());
        let e = decode("lab=sigma&n=101").map_err(|e| e.to_string());
        assert_eq!(e, Err("n: '101' is outside 1 to 100".into()));
        let long = ["1"; 11].join(",");
        let e = decode(&format!("lab=sigma&sequence=custom&terms={long}"));
        assert!(matches!(
            e,
            Err(LabLinkError::Malformed { key: "terms", .. })
        ));
        assert!(decode("lab=sigma&sequence=custom&terms=").is_err());
        assert!(decode("lab=sigma&sequence=custom&terms=1,,2").is_err());
        assert!(decode("lab=sigma&sequence=fibonacci").is_err());
    }

    fn sequence() -> impl Strategy<Value = Sequence> {
        prop_oneof![
            Just(Sequence::K),
            Just(Sequence::Squares),
            Just(Sequence::Odd),
            prop::collection::vec(-1000.0f32..=1000.0, 1..=MAX_CUSTOM).prop_map(Sequence::Custom),
        ]
    }

    proptest! {
        #[test]
        fn round_trips_bit_for_bit(n in 1..=MAX_N, sequence in sequence()) {
            let lab = Lab::Sigma(SigmaLab { n, sequence });
            prop_assert_eq!(round_trip(&lab), Ok(()));
        }
    }
}
