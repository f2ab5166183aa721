//! The serde name of a unit enum variant, read through a serializer that accepts nothing
//! else. It stands in for `serde_json::to_value`, which did the same job but brought a JSON
//! value model, number formatting and a map into the browser bundle for one string.

use std::fmt;

use serde::ser::{self, Impossible, Serialize, Serializer};

/// Why a value has no name: it is not a unit variant or a string.
#[derive(Debug)]
pub(crate) struct NotAName;

impl fmt::Display for NotAName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAName {}

impl ser::Error for NotAName {
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotAName
    }
}

/// Serializes a unit variant (or a string) to its name; anything else is [`NotAName`].
struct Name;

type No = Impossible<String, NotAName>;

macro_rules! refuse {
    ($($method:ident($($t:ty),*)),* $(,)?) => {
        $(fn $method(self, $(_: $t),*) -> Result<String, NotAName> { Err(NotAName) })*
    };
}

impl Serializer for Name {
    type Ok = String;
    type Error = NotAName;
    type SerializeSeq = No;
    type SerializeTuple = No;
    type SerializeTupleStruct = No;
    type SerializeTupleVariant = No;
    type SerializeMap = No;
    type SerializeStruct = No;
    type SerializeStructVariant = No;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, NotAName> {
        Ok(variant.to_owned())
    }

    fn serialize_str(self, v: &str) -> Result<String, NotAName> {
        Ok(v.to_owned())
    }

    refuse!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<String, NotAName> {
        Err(NotAName)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<String, NotAName> {
        Err(NotAName)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, NotAName> {
        Err(NotAName)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple(self, _: usize) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<No, NotAName> {
        Err(NotAName)
    }
}

/// The serde name of `value` if it is a unit variant or a string.
pub(crate) fn serde_name<T: Serialize + ?Sized>(value: &T) -> Option<String> {
    value.serialize(Name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::{Activation, OptimizerKind};

    #[test]
    fn names_agree_with_serde_json() {
        for v in [Activation::LeakyRelu, Activation::Tanh] {
            let json = serde_json::to_value(v)
                .ok()
                .and_then(|j| j.as_str().map(String::from));
            assert_eq!(serde_name(&v), json);
        }
        assert_eq!(serde_name(&OptimizerKind::Adam).as_deref(), Some("adam"));
        assert_eq!(serde_name("text").as_deref(), Some("text"));
        assert_eq!(serde_name(&3u8), None);
        assert_eq!(serde_name(&Some(OptimizerKind::Adam)), None);
    }
}
