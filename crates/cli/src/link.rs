//! `neurite link decode LINK` (state as pretty JSON) and `neurite link encode` (JSON on
//! stdin → link).

use std::io::Read;

use neurite_playground::{decode_link, encode_link, limits::MAX_LINK_BYTES, State};

/// Largest JSON state read from stdin (a state with the most points is a few MB of JSON).
const MAX_JSON_BYTES: u64 = 16 * MAX_LINK_BYTES as u64;

/// Print the state `text` stands for as pretty JSON.
pub fn decode(text: &str) -> Result<(), String> {
    let state = decode_link(text).map_err(|e| format!("bad link: {e}"))?;
    let json =
        serde_json::to_string_pretty(&state).map_err(|e| format!("cannot print the state: {e}"))?;
    crate::out::line(&json);
    Ok(())
}

/// Read a JSON state on stdin, check it, print its link as `#hash`.
pub fn encode() -> Result<(), String> {
    let mut text = String::new();
    std::io::stdin()
        .take(MAX_JSON_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    if text.len() as u64 > MAX_JSON_BYTES {
        return Err(format!("stdin is longer than {MAX_JSON_BYTES} bytes"));
    }
    let state: State =
        serde_json::from_str(&text).map_err(|e| format!("stdin is not a valid state: {e}"))?;
    state
        .validate()
        .map_err(|e| format!("invalid state: {e}"))?;
    crate::out::line(format_args!("#{}", encode_link(&state)));
    Ok(())
}
