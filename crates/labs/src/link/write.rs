//! Writing lab link values so that reading them back gives the same value exactly.
//!
//! f32: Rust's `Display` prints the shortest decimal that parses back to the same bits
//! (`0.1` → "0.1", `−0.0` → "-0"), as the playground's links do. Enums: their serde names.

use neurite_playground::link::name_of;
use serde::Serialize;

/// The shortest decimal text that reads back as `v`, bit for bit.
pub fn number(v: f32) -> String {
    v.to_string()
}

/// Comma-separated [`number`]s.
pub fn numbers(vs: &[f32]) -> String {
    vs.iter().map(|&v| number(v)).collect::<Vec<_>>().join(",")
}

/// The serde name of an enum choice (`leaky_relu`, `xor`, `adam`, …).
pub fn name<T: Serialize>(v: &T) -> String {
    name_of(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::Activation;

    #[test]
    fn written_values_read_back_exactly() {
        for v in [
            0.1f32,
            -0.0,
            1e-5,
            100.0,
            1.0 / 3.0,
            f32::MIN_POSITIVE,
            19.999998,
        ] {
            let back: f32 = number(v).parse().unwrap_or(f32::NAN);
            assert_eq!(back.to_bits(), v.to_bits(), "{v}");
        }
        assert_eq!(numbers(&[1.0, -2.5]), "1,-2.5");
        assert_eq!(name(&Activation::LeakyRelu), "leaky_relu");
    }
}
