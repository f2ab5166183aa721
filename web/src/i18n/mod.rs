//! Every string the UI shows, in English and Japanese, through one mechanism: the
//! [`table!`] macro. The playground's strings are the [`Key`] table (`playground.rs`); each
//! lab keeps its own table beside its view (`labs/<lab>/text.rs`), so a lab is one folder.
//!
//! `table!` generates the enum, the list of all its keys and the lookup, so a key cannot
//! exist without both its English and its Japanese text (a missing one does not compile, and
//! [`assert_complete`] rejects empty ones and templates whose `{}` counts differ). Strings
//! with `{}` are templates filled in order by `fill`. The Japanese follows the vocabulary of
//! a Japanese learner's notes (重み, バイアス, 活性化関数…).

pub mod glossary;
mod playground;
mod share;
mod walk;

pub use playground::Key;
pub use share::ShareKey;
pub use walk::WalkKey;

use serde::{Deserialize, Serialize};

/// Display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    /// Both languages.
    #[cfg(test)]
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The code stored in localStorage and set on `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// Parses a stored code; unknown codes mean "no preference".
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }
}

/// Replaces each `{}` of `template`, in order, with the given values (missing ones: empty).
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::new();
    let mut rest = template;
    let mut values = values.iter();
    while let Some(pos) = rest.find("{}") {
        out.push_str(&rest[..pos]);
        out.push_str(values.next().copied().unwrap_or(""));
        rest = &rest[pos + 2..];
    }
    out.push_str(rest);
    out
}

/// Declares a translation table: `table! { /// doc \n pub enum Name { Key => ("English", "日本語"), … } }`.
macro_rules! table {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($key:ident => ($en:expr, $ja:expr)),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name { $($key),* }

        impl $name {
            /// Every key, for the completeness test.
            #[cfg(test)]
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// `[English, Japanese]` per key, in declaration order (the enum's discriminants).
            const TEXTS: &'static [[&'static str; 2]] = &[$([$en, $ja]),*];

            /// The text of this key in `lang`: a lookup in one static table (a `match` over
            /// every key and language compiled to several KB of code per table).
            pub fn t(self, lang: $crate::i18n::Lang) -> &'static str {
                let [en, ja] = Self::TEXTS.get(self as usize).copied().unwrap_or(["", ""]);
                match lang {
                    $crate::i18n::Lang::En => en,
                    $crate::i18n::Lang::Ja => ja,
                }
            }

            /// The template of this key in `lang` with its `{}` filled in order.
            #[allow(dead_code)]
            pub fn fill(self, lang: $crate::i18n::Lang, values: &[&str]) -> String {
                $crate::i18n::fill(self.t(lang), values)
            }
        }
    };
}
pub(crate) use table;

/// Checks a table: every text present in both languages, the same `{}` count in each.
#[cfg(test)]
pub fn assert_complete<K: Copy + std::fmt::Debug>(
    keys: &[K],
    text: impl Fn(K, Lang) -> &'static str,
) {
    for &key in keys {
        for lang in Lang::ALL {
            assert!(!text(key, lang).trim().is_empty(), "{key:?} lacks {lang:?}");
        }
        let holes = |l| text(key, l).matches("{}").count();
        assert_eq!(
            holes(Lang::En),
            holes(Lang::Ja),
            "{key:?}: placeholders differ"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_placeholders_in_order() {
        assert_eq!(fill("Line {}: {}", &["3", "bad"]), "Line 3: bad");
        assert_eq!(fill("{} 行目：{}", &["3"]), "3 行目：");
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("xx"), None);
    }
}
