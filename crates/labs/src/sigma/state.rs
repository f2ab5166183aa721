//! The Σ lab's state and sums: Σₖ₌₁ⁿ aₖ for a chosen sequence aₖ, term by term.
//!
//! Sums are accumulated in f64 in order k = 1, 2, …, n, exactly as the notation reads: the
//! built-in sequences are whole numbers below 2⁵³, so every partial sum is exact and equals
//! its closed form (Σk = n(n+1)/2, Σk² = n(n+1)(2n+1)/6, Σ(2k−1) = n²).

use serde::{Deserialize, Serialize};

use crate::bounds::Bounds;

/// Most terms, n.
pub const MAX_N: usize = 100;
/// Most numbers in a custom sequence.
pub const MAX_CUSTOM: usize = 10;
/// Range of each custom number.
pub const CUSTOM_VALUE: Bounds = Bounds::linear(-1000.0, 1000.0);
/// The custom sequence a link gets when it names `custom` without listing terms.
pub const DEFAULT_CUSTOM: [f32; 5] = [3.0, 1.0, 4.0, 1.0, 5.0];

/// Which kind of sequence, by link name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SequenceKind {
    /// aₖ = k: 1, 2, 3, …
    K,
    /// aₖ = k²: 1, 4, 9, …
    Squares,
    /// aₖ = 2k − 1: 1, 3, 5, …
    Odd,
    /// The learner's own numbers.
    Custom,
}

impl SequenceKind {
    /// Every kind, in menu order.
    pub const ALL: [SequenceKind; 4] = [
        SequenceKind::K,
        SequenceKind::Squares,
        SequenceKind::Odd,
        SequenceKind::Custom,
    ];
}

/// The sequence aₖ being summed.
#[derive(Debug, Clone, PartialEq)]
pub enum Sequence {
    /// aₖ = k.
    K,
    /// aₖ = k².
    Squares,
    /// aₖ = 2k − 1.
    Odd,
    /// aₖ = the k-th listed number (1..=[`MAX_CUSTOM`] of them).
    Custom(Vec<f32>),
}

impl Sequence {
    /// Its kind.
    pub fn kind(&self) -> SequenceKind {
        match self {
            Sequence::K => SequenceKind::K,
            Sequence::Squares => SequenceKind::Squares,
            Sequence::Odd => SequenceKind::Odd,
            Sequence::Custom(_) => SequenceKind::Custom,
        }
    }

    /// aₖ (k from 1), `None` past the end of a custom list.
    pub fn term(&self, k: usize) -> Option<f64> {
        let kf = k as f64;
        match self {
            Sequence::K => Some(kf),
            Sequence::Squares => Some(kf * kf),
            Sequence::Odd => Some(2.0 * kf - 1.0),
            Sequence::Custom(v) => v.get(k.checked_sub(1)?).map(|&x| f64::from(x)),
        }
    }
}

/// What the learner set in the Σ lab.
#[derive(Debug, Clone, PartialEq)]
pub struct SigmaLab {
    /// The upper limit n (1..=[`MAX_N`]); a custom list has at most its own length of terms.
    pub n: usize,
    /// The sequence aₖ.
    pub sequence: Sequence,
}

impl Default for SigmaLab {
    /// Σₖ₌₁¹⁰ k = 55.
    fn default() -> Self {
        SigmaLab {
            n: 10,
            sequence: Sequence::K,
        }
    }
}

/// One written-out term: k and aₖ.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Term {
    /// The index k.
    pub k: usize,
    /// aₖ.
    pub value: f64,
}

impl SigmaLab {
    /// Sets n (clamped to 1..=[`MAX_N`]).
    pub fn set_n(&mut self, n: usize) {
        self.n = n.clamp(1, MAX_N);
    }

    /// The terms a₁ … aₙ (a custom list stops at its end).
    pub fn terms(&self) -> Vec<Term> {
        (1..=self.n.min(MAX_N))
            .map_while(|k| self.sequence.term(k).map(|value| Term { k, value }))
            .collect()
    }

    /// a₁, a₁ + a₂, …: the sum after each term.
    pub fn partial_sums(&self) -> Vec<f64> {
        let mut sum = 0.0;
        self.terms()
            .iter()
            .map(|t| {
                sum += t.value;
                sum
            })
            .collect()
    }

    /// Σₖ aₖ.
    pub fn total(&self) -> f64 {
        self.partial_sums().last().copied().unwrap_or(0.0)
    }

    /// The closed form of the sum, for the built-in sequences.
    pub fn closed_form(&self) -> Option<f64> {
        let n = self.terms().len() as f64;
        match self.sequence {
            Sequence::K => Some(n * (n + 1.0) / 2.0),
            Sequence::Squares => Some(n * (n + 1.0) * (2.0 * n + 1.0) / 6.0),
            Sequence::Odd => Some(n * n),
            Sequence::Custom(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_equal_their_closed_forms() {
        for n in 1..=MAX_N {
            for sequence in [Sequence::K, Sequence::Squares, Sequence::Odd] {
                let lab = SigmaLab { n, sequence };
                assert_eq!(Some(lab.total()), lab.closed_form(), "{lab:?}");
            }
            let k = SigmaLab {
                n,
                sequence: Sequence::K,
            };
            assert_eq!(k.total(), (n * (n + 1) / 2) as f64);
        }
    }

    #[test]
    fn terms_and_partial_sums_read_term_by_term() {
        let lab = SigmaLab {
            n: 4,
            sequence: Sequence::Odd,
        };
        let values: Vec<f64> = lab.terms().iter().map(|t| t.value).collect();
        assert_eq!(values, [1.0, 3.0, 5.0, 7.0]);
        assert_eq!(lab.partial_sums(), [1.0, 4.0, 9.0, 16.0]);
        let custom = SigmaLab {
            n: 100,
            sequence: Sequence::Custom(vec![2.5, -1.0]),
        };
        assert_eq!(custom.terms().len(), 2);
        assert_eq!((custom.total(), custom.closed_form()), (1.5, None));
        let mut l = SigmaLab::default();
        l.set_n(1000);
        assert_eq!(l.n, MAX_N);
    }
}
