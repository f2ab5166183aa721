//! Reading and writing enum choices by their serde names, so the link needs no hand-kept
//! string maps: `tanh` ↔ `Activation::Tanh`, `reg_plane` ↔ `DatasetKind::RegPlane`, ….

use serde::de::value::{Error as DeError, StrDeserializer};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The unit variant of `T` whose serde name is `name`.
pub fn parse_name<T: DeserializeOwned>(name: &str) -> Option<T> {
    T::deserialize(StrDeserializer::<DeError>::new(name)).ok()
}

/// The serde name of a unit variant (empty for anything that is not a plain string).
pub fn name_of<T: Serialize>(value: &T) -> String {
    super::serde_name::serde_name(value).unwrap_or_default()
}

/// All serde names of `items`, for "expected one of …" messages.
pub fn one_of<T: Serialize>(items: &[T]) -> String {
    let names: Vec<String> = items.iter().map(name_of).collect();
    format!("one of {}", names.join(", "))
}

/// TFP's two problem types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Problem {
    Classification,
    Regression,
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::Activation;

    #[test]
    fn serde_names_both_ways() {
        assert_eq!(
            parse_name::<Activation>("leaky_relu"),
            Some(Activation::LeakyRelu)
        );
        assert_eq!(parse_name::<Activation>("Tanh"), None);
        assert_eq!(name_of(&Activation::Tanh), "tanh");
        assert_eq!(
            one_of(&[Problem::Classification, Problem::Regression]),
            "one of classification, regression"
        );
    }
}
