//! The embeddings lab's link keys, e.g.
//! `lab=embeddings&tokenizer=word&sentence=The%20king…&epochs=20&seed=1&trained=20&a=king&b=queen&near=king&analogy=king,man,woman`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `tokenizer` | `word`, `char`, `subword` | `word` |
//! | `sentence` | percent-encoded text, at most 200 characters, no control characters | an English sentence |
//! | `epochs` | 1 to 60 | 20 |
//! | `seed` | a number (other text is hashed) | 1 |
//! | `trained` | 0 to `epochs`: trained again when the link opens | 0 |
//! | `a`, `b`, `near` | a word: 1 to 32 characters, no space, punctuation or control | `king`, `queen`, `king` |
//! | `analogy` | three such words, comma-separated: a − b + c | `king,man,woman` |
//!
//! Whether a word is one the vectors were trained on is checked by the lab when it opens
//! ([`EmbedLab::unknown_word`](super::state::EmbedLab::unknown_word)), not here: that needs
//! the corpus, and the decoder lives in the app's first download, which must stay small.

use super::state::{EmbedLab, Tokenizer, MAX_EPOCHS, MAX_SENTENCE_CHARS, MAX_WORD_CHARS};
use crate::link::write::name;
use crate::link::{LabLinkError, LabState, Pairs};
use neurite_data::text::is_punctuation;

/// `text` percent-encoded: every byte but ASCII letters, digits and `-_.~` as `%XX`, so the
/// link's `&`, `=`, `#` and spaces survive; reading back is the playground's decoder.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A word, or an error naming `key`.
fn word(p: &Pairs, key: &'static str, default: &str) -> Result<String, LabLinkError> {
    match p.get(key)? {
        None => Ok(default.to_string()),
        Some(v) => checked(key, v),
    }
}

fn checked(key: &'static str, v: &str) -> Result<String, LabLinkError> {
    let w = v.trim();
    let n = w.chars().count();
    let ok = (1..=MAX_WORD_CHARS).contains(&n)
        && w.chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !is_punctuation(c));
    if ok {
        Ok(w.to_string())
    } else {
        let want = format!("a word of 1 to {MAX_WORD_CHARS} letters");
        Err(LabLinkError::malformed(key, v, want))
    }
}

fn sentence(p: &Pairs, default: &str) -> Result<String, LabLinkError> {
    let Some(v) = p.get("sentence")? else {
        return Ok(default.to_string());
    };
    let chars = v.chars().count();
    if chars > MAX_SENTENCE_CHARS {
        let range = format!("at most {MAX_SENTENCE_CHARS} characters ({chars} given)");
        return Err(LabLinkError::out_of_range("sentence", v, range));
    }
    if v.chars().any(char::is_control) {
        return Err(LabLinkError::malformed(
            "sentence",
            v,
            "text without control characters",
        ));
    }
    Ok(v.to_string())
}

impl LabState for EmbedLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let analogy: Vec<String> = self.analogy.iter().map(|w| percent_encode(w)).collect();
        vec![
            ("tokenizer", name(&self.tokenizer)),
            ("sentence", percent_encode(&self.sentence)),
            ("epochs", self.epochs.to_string()),
            ("seed", self.seed.to_string()),
            ("trained", self.trained.to_string()),
            ("a", percent_encode(&self.a)),
            ("b", percent_encode(&self.b)),
            ("near", percent_encode(&self.near)),
            ("analogy", analogy.join(",")),
        ]
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = EmbedLab::default();
        let epochs = p.whole("epochs", 1..=MAX_EPOCHS, d.epochs)?;
        let analogy = match p.get("analogy")? {
            None => d.analogy.clone(),
            Some(v) => {
                let parts: Vec<&str> = v.split(',').collect();
                let [a, b, c] = parts.as_slice() else {
                    return Err(LabLinkError::malformed(
                        "analogy",
                        v,
                        "three comma-separated words",
                    ));
                };
                [
                    checked("analogy", a)?,
                    checked("analogy", b)?,
                    checked("analogy", c)?,
                ]
            }
        };
        Ok(EmbedLab {
            tokenizer: p.choice("tokenizer", &Tokenizer::ALL, d.tokenizer)?,
            sentence: sentence(p, &d.sentence)?,
            epochs,
            seed: p.seed("seed", d.seed)?,
            trained: p.whole("trained", 0..=epochs, d.trained.min(epochs))?,
            a: word(p, "a", &d.a)?,
            b: word(p, "b", &d.b)?,
            near: word(p, "near", &d.near)?,
            analogy,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{decode, encode, round_trip, Lab};
    use proptest::prelude::*;

    fn err(link: &str) -> String {
        decode(link)
            .map_err(|e| e.to_string())
            .err()
            .unwrap_or_default()
    }

    #[test]
    fn links_read_well_and_bad_values_name_their_key() {
        assert_eq!(
            encode(&Lab::Embeddings(EmbedLab::default())),
            "lab=embeddings&tokenizer=word&sentence=The%20queen%20rides%20a%20white%20horse%20to%20the%20castle.&epochs=20&seed=1&trained=0&a=king&b=queen&near=king&analogy=king,man,woman"
        );
        let ja = EmbedLab {
            sentence: "王は城に住んでいる。 & #=%".into(),
            a: "女王".into(),
            analogy: ["王".into(), "男".into(), "女".into()],
            ..EmbedLab::default()
        };
        assert_eq!(round_trip(&Lab::Embeddings(ja)), Ok(()));
        assert!(err("lab=embeddings&tokenizer=bytes").starts_with("tokenizer:"));
        assert!(err("lab=embeddings&epochs=NaN").starts_with("epochs:"));
        assert!(err("lab=embeddings&epochs=0").starts_with("epochs:"));
        assert!(err("lab=embeddings&epochs=5&trained=6").starts_with("trained:"));
        assert!(err("lab=embeddings&trained=-1").starts_with("trained:"));
        assert!(
            err(&format!("lab=embeddings&sentence={}", "a".repeat(201))).starts_with("sentence:")
        );
        assert!(err("lab=embeddings&sentence=a%0Ab").starts_with("sentence:"));
        assert!(err("lab=embeddings&a=dra%20gon").starts_with("a:"));
        assert!(err(&format!("lab=embeddings&b={}", "x".repeat(33))).starts_with("b:"));
        assert!(err("lab=embeddings&near=").starts_with("near:"));
        assert!(err("lab=embeddings&analogy=king,man").starts_with("analogy:"));
        assert!(err("lab=embeddings&analogy=king,man,woman,girl").starts_with("analogy:"));
        assert!(err("lab=embeddings&analogy=king,man,wo.man").starts_with("analogy:"));
        // Readable but untrained words are the lab's to refuse, naming the key.
        let untrained = decode("lab=embeddings&a=dragon&analogy=king,the,woman");
        let Ok(Lab::Embeddings(lab)) = untrained else {
            panic!("{untrained:?}")
        };
        assert_eq!(lab.unknown_word(), Some(("a", "dragon".to_string())));
        let known = lab.with_known_words();
        assert_eq!(
            (known.a.as_str(), known.analogy[1].as_str()),
            ("king", "man")
        );
        assert_eq!(known.unknown_word(), None);
        assert!(decode(&format!("lab=embeddings&sentence={}", "王".repeat(200))).is_ok());
        for link in [
            "lab=embeddings&a=king&b=dog",
            "lab=embeddings&tokenizer=subword",
        ] {
            assert!(decode(link).is_ok(), "{link}");
        }
    }

    proptest! {
        #[test]
        fn round_trips(tokenizer in prop::sample::select(Tokenizer::ALL.to_vec()),
            sentence in "[^\\p{Cc}]{0,200}", epochs in 1..=MAX_EPOCHS, seed: u64, trained in 0..=MAX_EPOCHS,
            words in prop::collection::vec(prop::sample::select(vec!["king", "queen", "女王", "paris", "犬", "walked"]), 6)) {
            let w = |i: usize| words[i].to_string();
            let lab = EmbedLab { tokenizer, sentence, epochs, seed, trained: trained.min(epochs),
                a: w(0), b: w(1), near: w(2), analogy: [w(3), w(4), w(5)] };
            prop_assert_eq!(round_trip(&Lab::Embeddings(lab)), Ok(()));
        }
    }
}
