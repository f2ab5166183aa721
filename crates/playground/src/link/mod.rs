//! The share-link codec: [`encode_link`] turns a [`State`] into a URL hash, [`decode_link`]
//! turns any text back into a valid `State` or a specific [`LinkError`].
//!
//! Settings are human-readable `key=value` pairs (see `table.rs`), TensorFlow Playground's
//! keys first and with TFP's meaning, so TFP links open here. The exact parts — weights,
//! removed links, frozen parameters, user points — travel in one blob under `w=`: a
//! versioned binary encoding (`blob.rs`), deflated and base64url-encoded (`pack.rs`).
//!
//! Decoding is total and bounded: text over [`MAX_LINK_BYTES`] is refused before parsing,
//! the blob inflates to at most [`crate::limits::MAX_BLOB_BYTES`], every count is checked
//! before allocating, and the assembled state passes [`State::validate`].
//! Unknown keys are ignored (forward compatibility); a known key given twice or with a
//! malformed value is an error. Empty input (or a URL without `#`) is [`State::default`];
//! otherwise missing keys take TFP's defaults (so a TFP link has no validation split).
//!
//! The hash splitting ([`fragment`], [`pairs`]) and the serde-name helpers ([`parse_name`],
//! [`name_of`], [`one_of`]) are public so the labs' links (`neurite-labs`) read the same way.

mod base64url;
mod blob;
mod bytes;
mod error;
mod fields;
mod names;
mod pack;
mod query;
mod seed;
mod serde_name;
mod table;
mod values;

pub use error::{LinkError, LinkTooLarge};
pub use names::{name_of, one_of, parse_name};
pub use query::{fragment, pairs, percent_decode};
pub use seed::seed_from_text;

use crate::limits::{MAX_BLOB_BYTES, MAX_LINK_BYTES};
use crate::state::State;
use fields::Fields;
use pack::UnpackError;
use table::{key, BLOB_KEY, KEYS};

/// The URL hash for `state`, without the leading `#`. `decode_link` of it gives `state` back
/// exactly (for a valid state within the link limits), f32 values bit for bit. A state whose
/// exact parts are too large for a link (say 20,000 CSV points of 64 columns) gets a link the
/// decoder refuses: [`encode_link_checked`] says so instead.
pub fn encode_link(state: &State) -> String {
    let blob = state.has_blob().then(|| pack::pack(&blob::write(state)));
    assemble(state, blob.as_deref())
}

/// [`encode_link`], or which limit of the decoder the link would break, so the caller can
/// fall back to [`State::settings_only`]'s link. For a state that passes [`State::validate`],
/// `Ok(link)` is a link that [`decode_link`] accepts and reads back as `state`.
pub fn encode_link_checked(state: &State) -> Result<String, LinkTooLarge> {
    encode_within(state, Bounds::LINK)
}

/// How large a link (or a file's link) may be: its text and its inflated blob, in bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bounds {
    pub(crate) text: usize,
    pub(crate) blob: usize,
}

impl Bounds {
    /// A share link's: what a URL may carry.
    pub(crate) const LINK: Bounds = Bounds {
        text: MAX_LINK_BYTES,
        blob: MAX_BLOB_BYTES,
    };
}

/// The link for `state` if [`decode_within`] with the same bounds accepts it.
pub(crate) fn encode_within(state: &State, bounds: Bounds) -> Result<String, LinkTooLarge> {
    let blob = match state.has_blob() {
        true => {
            let bytes = blob::write(state);
            if bytes.len() > bounds.blob {
                return Err(LinkTooLarge::Blob {
                    bytes: bytes.len(),
                    max: bounds.blob,
                });
            }
            Some(pack::pack(&bytes))
        }
        false => None,
    };
    let link = assemble(state, blob.as_deref());
    if link.len() > bounds.text {
        return Err(LinkTooLarge::Link {
            bytes: link.len(),
            max: bounds.text,
        });
    }
    Ok(link)
}

/// The settings' `key=value` pairs, then `w=` with the packed blob if there is one.
fn assemble(state: &State, packed_blob: Option<&str>) -> String {
    let mut pairs: Vec<String> = KEYS
        .iter()
        .filter_map(|k| {
            let value = (k.write)(state)?;
            let shown = k
                .aliases
                .iter()
                .find(|(_, ours)| *ours == value)
                .map_or(value.as_str(), |(tfp, _)| tfp);
            Some(format!("{}={shown}", k.name))
        })
        .collect();
    if let Some(packed) = packed_blob {
        pairs.push(format!("{BLOB_KEY}={packed}"));
    }
    pairs.join("&")
}

/// The state a link stands for. `input` may be a whole URL, a `#…` fragment or the bare
/// hash. Never panics; the work is bounded by the limits in [`crate::limits`].
pub fn decode_link(input: &str) -> Result<State, LinkError> {
    decode_within(input, Bounds::LINK)
}

/// [`decode_link`] with other bounds on the text and the inflated blob.
pub(crate) fn decode_within(input: &str, bounds: Bounds) -> Result<State, LinkError> {
    if input.len() > bounds.text {
        return Err(LinkError::TooLong {
            bytes: input.len(),
            max: bounds.text,
        });
    }
    let pairs = query::pairs(query::fragment(input));
    if pairs.is_empty() {
        return Ok(State::default());
    }
    let mut fields = Fields::default();
    let mut blob_text = None;
    // Known keys seen so far: at most one per key of the table (a second is an error), so a
    // short list beats a hash set (and keeps hashing out of the browser bundle).
    let mut seen: Vec<&str> = Vec::new();
    for (name, value) in &pairs {
        let known = name == BLOB_KEY || key(name).is_some();
        if known {
            if seen.contains(&name.as_str()) {
                return Err(LinkError::Duplicate(name.clone()));
            }
            seen.push(name);
        }
        if name == BLOB_KEY {
            blob_text = Some(value.as_str());
        } else if let Some(k) = key(name) {
            let ours = k
                .aliases
                .iter()
                .find(|(tfp, _)| tfp == value)
                .map_or(value.as_str(), |(_, ours)| ours);
            (k.read)(&mut fields, ours)
                .map_err(|expected| LinkError::value(name, value, expected))?;
        }
    }
    let parts = match blob_text {
        Some(text) => {
            let bytes = pack::unpack(text, bounds.blob)
                .map_err(|e| LinkError::Blob(unpack_message(e, bounds.blob)))?;
            blob::read(&bytes).map_err(LinkError::Blob)?
        }
        None => blob::Parts::default(),
    };
    let state = fields.assemble(parts)?;
    state.validate()?;
    Ok(state)
}

/// The `w=` blob reader on its own, for fuzzing: reads `bytes` (a blob before deflate and
/// base64url) and writes what it read back in the current format. What it returns reads back
/// to itself. Not part of the API.
#[doc(hidden)]
pub fn reencode_blob(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let parts = blob::read(bytes)?;
    let state = State {
        weights: parts.weights,
        wiring: parts.wiring,
        frozen: parts.frozen,
        points: parts.points,
        history: parts.history,
        memory: parts.memory,
        ..State::default()
    };
    Ok(blob::write(&state))
}

fn unpack_message(e: UnpackError, max: usize) -> String {
    match e {
        UnpackError::Base64 => "not valid base64url".into(),
        UnpackError::Deflate => "not valid deflate data".into(),
        UnpackError::TooLarge => format!("inflates to more than {max} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_round_trips_and_reads_well() {
        let s = State::default();
        let link = encode_link(&s);
        assert!(
            link.starts_with("activation=tanh&batchSize=10&dataset=circle&learningRate=0.03"),
            "{link}"
        );
        assert!(!link.contains("w="), "{link}");
        assert_eq!(decode_link(&link), Ok(s.clone()));
        assert_eq!(
            decode_link(&format!("https://neurite.example/#{link}")),
            Ok(s.clone())
        );
        assert_eq!(decode_link(""), Ok(s));
    }

    #[test]
    fn specific_errors() {
        let e = decode_link("learningRate=abc").map_err(|e| e.to_string());
        assert_eq!(e, Err("learningRate: 'abc' is not a number".into()));
        let e = decode_link("seed=1&seed=2");
        assert_eq!(e, Err(LinkError::Duplicate("seed".into())));
        assert!(matches!(decode_link("w=%%%"), Err(LinkError::Blob(_))));
        assert!(matches!(
            decode_link(&"a".repeat(MAX_LINK_BYTES + 1)),
            Err(LinkError::TooLong { .. })
        ));
        assert!(decode_link("futureKey=1&seed=3").is_ok_and(|s| s.seed == 3));
        // A value containing "://" is read, not taken for a URL without a fragment.
        let e = decode_link("activation=http://x.invalid/").map_err(|e| e.to_string());
        assert!(e.is_err_and(|e| e.starts_with("activation: 'http://x.invalid/' is not one of")));
        assert!(decode_link("futureKey=http://x&seed=3").is_ok_and(|s| s.seed == 3));
        assert!(matches!(
            decode_link("networkShape=99"),
            Err(LinkError::Invalid(_))
        ));
    }
}
