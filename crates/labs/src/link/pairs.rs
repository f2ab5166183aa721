//! [`Pairs`]: a lab link split into `key=value` pairs, with typed, range-checked readers.
//!
//! Splitting and percent-decoding are the playground's ([`neurite_playground::link::pairs`]),
//! so both kinds of link read alike. Each reader looks its key up once: a key given twice is
//! an error, a missing key takes the default, a key nobody asks for is ignored (so a link
//! from a later version still opens). Numbers are read as f32 from their decimal text;
//! Rust's shortest round-trip formatting on the writing side makes that exact.

use std::ops::RangeInclusive;
use std::str::FromStr;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::LabLinkError;
use super::limits::{MAX_LAB_LINK_BYTES, MAX_LAB_PAIRS};
use crate::bounds::Bounds;
use neurite_playground::link::{fragment, one_of, pairs, parse_name, seed_from_text};

/// The decoded `key=value` pairs of one lab link, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pairs {
    pairs: Vec<(String, String)>,
}

impl Pairs {
    /// Splits `input` (a whole URL, a `#…` fragment or the bare hash), refusing text over
    /// [`MAX_LAB_LINK_BYTES`] before any work and more than [`MAX_LAB_PAIRS`] pairs.
    pub fn parse(input: &str) -> Result<Pairs, LabLinkError> {
        if input.len() > MAX_LAB_LINK_BYTES {
            return Err(LabLinkError::TooLong {
                bytes: input.len(),
                max: MAX_LAB_LINK_BYTES,
            });
        }
        let pairs = pairs(fragment(input));
        if pairs.len() > MAX_LAB_PAIRS {
            return Err(LabLinkError::TooManyPairs {
                pairs: pairs.len(),
                max: MAX_LAB_PAIRS,
            });
        }
        Ok(Pairs { pairs })
    }

    /// The value of `key`, `None` if absent, an error if given more than once.
    pub fn get(&self, key: &'static str) -> Result<Option<&str>, LabLinkError> {
        let mut found = self.pairs.iter().filter(|(k, _)| k == key);
        let first = found.next().map(|(_, v)| v.as_str());
        match found.next() {
            Some(_) => Err(LabLinkError::Duplicate { key }),
            None => Ok(first),
        }
    }

    /// A finite number in `bounds`, or `default` when absent.
    pub fn number(
        &self,
        key: &'static str,
        bounds: Bounds,
        default: f32,
    ) -> Result<f32, LabLinkError> {
        self.get(key)?
            .map_or(Ok(default), |v| number(key, v, bounds))
    }

    /// A whole number in `range`, or `default` when absent.
    pub fn whole<T>(
        &self,
        key: &'static str,
        range: RangeInclusive<T>,
        default: T,
    ) -> Result<T, LabLinkError>
    where
        T: FromStr + PartialOrd + std::fmt::Display,
    {
        let Some(v) = self.get(key)? else {
            return Ok(default);
        };
        let x: T = v
            .trim()
            .parse()
            .map_err(|_| LabLinkError::malformed(key, v, "a whole number"))?;
        if range.contains(&x) {
            Ok(x)
        } else {
            let shown = format!("{} to {}", range.start(), range.end());
            Err(LabLinkError::out_of_range(key, v, shown))
        }
    }

    /// One of `allowed`, by serde name, or `default` when absent.
    pub fn choice<T>(&self, key: &'static str, allowed: &[T], default: T) -> Result<T, LabLinkError>
    where
        T: DeserializeOwned + Serialize + PartialEq + Copy,
    {
        let Some(v) = self.get(key)? else {
            return Ok(default);
        };
        match parse_name::<T>(v.trim()) {
            Some(x) if allowed.contains(&x) => Ok(x),
            _ => Err(LabLinkError::malformed(key, v, one_of(allowed))),
        }
    }

    /// A comma-separated list of `count` numbers, each in `bounds`, or `default` when absent.
    pub fn numbers(
        &self,
        key: &'static str,
        bounds: Bounds,
        count: RangeInclusive<usize>,
        default: &[f32],
    ) -> Result<Vec<f32>, LabLinkError> {
        let Some(v) = self.get(key)? else {
            return Ok(default.to_vec());
        };
        let items = if v.trim().is_empty() {
            0
        } else {
            v.split(',').count()
        };
        if !count.contains(&items) {
            let want = format!(
                "{} to {} comma-separated numbers",
                count.start(),
                count.end()
            );
            return Err(LabLinkError::malformed(key, v, want));
        }
        v.split(',').map(|x| number(key, x, bounds)).collect()
    }

    /// `true` or `false`, or `default` when absent.
    pub fn flag(&self, key: &'static str, default: bool) -> Result<bool, LabLinkError> {
        match self.get(key)?.map(str::trim) {
            None => Ok(default),
            Some("true") => Ok(true),
            Some("false") => Ok(false),
            Some(v) => Err(LabLinkError::malformed(key, v, "true or false")),
        }
    }

    /// A seed: a decimal `u64` is itself, any other text hashes to one (the playground's
    /// [`seed_from_text`], so a seed reads the same in both kinds of link).
    pub fn seed(&self, key: &'static str, default: u64) -> Result<u64, LabLinkError> {
        Ok(self.get(key)?.map_or(default, seed_from_text))
    }
}

/// `v` as a finite f32 within `bounds`.
fn number(key: &'static str, v: &str, bounds: Bounds) -> Result<f32, LabLinkError> {
    match f32::from_str(v.trim()) {
        Ok(x) if bounds.contains(x) => Ok(x),
        Ok(x) if x.is_finite() => Err(LabLinkError::out_of_range(key, v, bounds.to_string())),
        _ => Err(LabLinkError::malformed(key, v, "a finite number")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::Activation;

    fn parsed(text: &str) -> Pairs {
        Pairs::parse(text).unwrap_or_default()
    }

    #[test]
    fn readers_take_defaults_check_ranges_and_duplicates() {
        let p = parsed("#a=1.5&b=99&c=x&n=7&f=relu&l=1,2,3&a2=-0&s=abc");
        let b = Bounds::linear(-20.0, 20.0);
        assert_eq!(p.number("a", b, 0.0), Ok(1.5));
        assert_eq!(p.number("missing", b, 4.0), Ok(4.0));
        assert!(p
            .number("a2", b, 1.0)
            .is_ok_and(|v| v.to_bits() == (-0.0f32).to_bits()));
        assert!(matches!(
            p.number("b", b, 0.0),
            Err(LabLinkError::OutOfRange { .. })
        ));
        assert!(matches!(
            p.number("c", b, 0.0),
            Err(LabLinkError::Malformed { .. })
        ));
        assert_eq!(p.whole("n", 1..=10usize, 1), Ok(7));
        assert!(matches!(
            p.whole("n", 1..=5usize, 1),
            Err(LabLinkError::OutOfRange { .. })
        ));
        assert!(matches!(
            p.whole("a", 1..=5usize, 1),
            Err(LabLinkError::Malformed { .. })
        ));
        assert_eq!(
            p.choice("f", &Activation::ALL, Activation::Tanh),
            Ok(Activation::Relu)
        );
        let only_tanh = [Activation::Tanh];
        assert!(p.choice("f", &only_tanh, Activation::Tanh).is_err());
        assert_eq!(p.numbers("l", b, 1..=10, &[]), Ok(vec![1.0, 2.0, 3.0]));
        assert!(p.numbers("l", b, 1..=2, &[]).is_err());
        assert_eq!(p.seed("s", 0), Ok(seed_from_text("abc")));
        let flags = parsed("t=true&f=false&x=1");
        assert_eq!(
            (flags.flag("t", false), flags.flag("f", true)),
            (Ok(true), Ok(false))
        );
        assert_eq!(flags.flag("missing", true), Ok(true));
        assert!(matches!(
            flags.flag("x", true),
            Err(LabLinkError::Malformed { .. })
        ));
        let twice = parsed("a=1&a=2");
        assert_eq!(
            twice.number("a", b, 0.0),
            Err(LabLinkError::Duplicate { key: "a" })
        );
    }

    #[test]
    fn limits_refuse_before_work() {
        let long = "a".repeat(MAX_LAB_LINK_BYTES + 1);
        assert!(matches!(
            Pairs::parse(&long),
            Err(LabLinkError::TooLong { .. })
        ));
        let many = "a=1&".repeat(MAX_LAB_PAIRS + 1);
        assert!(matches!(
            Pairs::parse(&many),
            Err(LabLinkError::TooManyPairs { .. })
        ));
        for bad in ["NaN", "inf", "-inf", "1e39", ""] {
            let p = parsed(&format!("x={bad}"));
            assert!(
                p.number("x", Bounds::linear(-1.0, 1.0), 0.0).is_err(),
                "{bad}"
            );
        }
    }
}
