//! The Σ lab (シグマ, 総和): Σₖ₌₁ⁿ aₖ term by term, and the neuron's Σᵢ wᵢxᵢ.

mod keys;
mod neuron_form;
mod state;

pub use neuron_form::{weighted_sum, WeightedSum};
pub use state::{
    Sequence, SequenceKind, SigmaLab, Term, CUSTOM_VALUE, DEFAULT_CUSTOM, MAX_CUSTOM, MAX_N,
};
