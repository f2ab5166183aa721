//! Reductions: the finiteness check run on every batch.

/// Whether any value is NaN or ±∞ (exponent bits all ones). Integer OR-reduction, so it
/// vectorises and never stops early: checking every parameter each batch stays cheap.
#[inline]
pub fn any_non_finite(x: &[f32]) -> bool {
    const EXP: u32 = 0x7f80_0000;
    x.iter()
        .fold(0u32, |acc, v| acc | u32::from(v.to_bits() & EXP == EXP))
        != 0
}
