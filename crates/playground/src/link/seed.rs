//! Seeds in links: Neurite writes its `u64` seed in decimal; TensorFlow Playground writes a
//! string (usually `Math.random().toFixed(5)`, e.g. `0.38452`) that it feeds to `seedrandom`.
//!
//! Mapping (deterministic, total, documented in the link table):
//! - a plain decimal integer that fits in `u64` is that seed (so Neurite links round-trip);
//! - any other text is hashed with 64-bit FNV-1a over its UTF-8 bytes, so `0.38452` always
//!   opens the same run here (it cannot reproduce TFP's own JavaScript random numbers).

/// 64-bit FNV-1a offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// 64-bit FNV-1a prime.
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The `u64` seed a link's `seed=` text stands for.
pub fn seed_from_text(text: &str) -> u64 {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if digits {
        if let Ok(v) = text.parse::<u64>() {
            return v;
        }
    }
    text.bytes().fold(FNV_OFFSET, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_themselves_and_strings_hash_stably() {
        assert_eq!(seed_from_text("0"), 0);
        assert_eq!(seed_from_text("18446744073709551615"), u64::MAX);
        assert_eq!(seed_from_text("0.38452"), seed_from_text("0.38452"));
        assert_ne!(seed_from_text("0.38452"), seed_from_text("0.38453"));
        // Known FNV-1a value of the empty string and of "a".
        assert_eq!(seed_from_text(""), FNV_OFFSET);
        assert_eq!(seed_from_text("a"), 0xaf63_dc4c_8601_ec8c);
        // Too large for u64: hashed, not wrapped.
        assert_ne!(seed_from_text("18446744073709551616"), 0);
    }
}
