//! Parsers for link values. Each returns `Err(what was expected)`, which the decoder turns
//! into `key: 'value' is not <expected>`.

use std::str::FromStr;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::names::{one_of, parse_name};

/// `true` or `false` (TFP writes exactly these).
pub(crate) fn boolean(v: &str) -> Result<bool, String> {
    match v {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err("true or false".into()),
    }
}

/// A finite decimal number, read as f32 (shortest round-trip text reads back exactly).
pub(crate) fn number(v: &str) -> Result<f32, String> {
    match f32::from_str(v.trim()) {
        Ok(x) if x.is_finite() => Ok(x),
        _ => Err("a number".into()),
    }
}

/// A non-negative whole number.
pub(crate) fn whole<T: FromStr>(v: &str) -> Result<T, String> {
    v.trim().parse().map_err(|_| "a whole number".into())
}

/// A whole percentage `0..=100`.
pub(crate) fn percent(v: &str) -> Result<u8, String> {
    match v.trim().parse::<u8>() {
        Ok(p) if p <= 100 => Ok(p),
        _ => Err("a whole percentage from 0 to 100".into()),
    }
}

/// One of `all` by serde name.
pub(crate) fn enumeration<T: DeserializeOwned + Serialize>(
    v: &str,
    all: &[T],
) -> Result<T, String> {
    parse_name(v.trim()).ok_or_else(|| one_of(all))
}

/// A comma-separated list of at most `max` items (empty text = empty list).
pub(crate) fn list<T>(
    v: &str,
    max: usize,
    item: fn(&str) -> Result<T, String>,
    expected: &str,
) -> Result<Vec<T>, String> {
    if v.trim().is_empty() {
        return Ok(Vec::new());
    }
    if v.split(',').count() > max {
        return Err(format!("{expected} of at most {max} entries"));
    }
    v.split(',')
        .map(|x| item(x).map_err(|_| expected.to_owned()))
        .collect()
}

/// A comma-separated list of enum names (at most one per hidden layer).
pub(crate) fn names_list<T: DeserializeOwned + Serialize>(
    v: &str,
    all: &[T],
) -> Result<Vec<T>, String> {
    let expected = format!("a comma-separated list, each {}", one_of(all));
    let item = |x: &str| parse_name(x.trim()).ok_or_else(String::new);
    list(v, crate::limits::MAX_HIDDEN_LAYERS, item, &expected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::Activation;

    #[test]
    fn parsers() {
        assert_eq!(boolean("true"), Ok(true));
        assert!(boolean("yes").is_err());
        assert_eq!(number("0.03"), Ok(0.03));
        assert_eq!(number("abc"), Err("a number".into()));
        assert!(number("NaN").is_err() && number("inf").is_err());
        assert_eq!(whole::<usize>("10"), Ok(10));
        assert!(whole::<usize>("-1").is_err());
        assert_eq!(percent("100"), Ok(100));
        assert!(percent("101").is_err());
        assert_eq!(list("4,2", 8, whole::<usize>, "widths"), Ok(vec![4, 2]));
        assert_eq!(list("", 8, whole::<usize>, "widths"), Ok(vec![]));
        assert!(list("4,,2", 8, whole::<usize>, "widths").is_err());
        assert!(list(&"1,".repeat(20), 8, whole::<usize>, "widths")
            .is_err_and(|e| e.contains("at most 8")));
        assert_eq!(enumeration("relu", &Activation::ALL), Ok(Activation::Relu));
        assert!(
            enumeration("Relu", &Activation::ALL).is_err_and(|e| e.starts_with("one of linear"))
        );
        assert_eq!(
            names_list("relu,tanh", &Activation::ALL),
            Ok(vec![Activation::Relu, Activation::Tanh])
        );
    }
}
