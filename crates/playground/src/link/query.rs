//! Splitting link text into `key=value` pairs.
//!
//! Accepts a whole URL (everything after the first `#`), a `#…` fragment or the bare hash.
//! A URL with no fragment has no settings. Values are percent-decoded (`%2C` → `,`); a `%`
//! not followed by two hex digits is kept literally, so decoding is total.

/// The settings part of `input`: after `#` if present, empty for a fragment-less URL.
pub fn fragment(input: &str) -> &str {
    let input = input.trim();
    match input.split_once('#') {
        Some((_, hash)) => hash,
        None if is_url(input) => "",
        None => input.strip_prefix('?').unwrap_or(input),
    }
}

/// Whether `text` starts with a URL scheme and `://` (`https://…`), as opposed to a bare hash
/// whose values happen to contain `://` (`activation=http://…`), which is settings.
fn is_url(text: &str) -> bool {
    text.split_once("://").is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// `key=value` pairs in order; a pair without `=` has an empty value; empty pieces are skipped.
pub fn pairs(hash: &str) -> Vec<(String, String)> {
    hash.split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decode `%XX` escapes; invalid UTF-8 in the result is replaced, never rejected.
pub fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(&h), Some(&l)) if bytes[i] == b'%' => hex(h).zip(hex(l)),
            _ => None,
        };
        match escaped {
            Some((h, l)) => {
                out.push(h * 16 + l);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments() {
        assert_eq!(fragment("https://x.org/p?q=1#a=1&b=2"), "a=1&b=2");
        assert_eq!(fragment("#a=1"), "a=1");
        assert_eq!(fragment("  a=1\n"), "a=1");
        assert_eq!(fragment("https://x.org/"), "");
        assert_eq!(fragment("web+neurite://x"), "");
        // A bare hash is settings even when a value contains "://".
        assert_eq!(fragment("a=http://x.org/&b=2"), "a=http://x.org/&b=2");
        assert_eq!(
            fragment("lab=neuron&x=<a href=ftp://y>"),
            "lab=neuron&x=<a href=ftp://y>"
        );
        assert_eq!(fragment("1a://x"), "1a://x");
    }

    #[test]
    fn pairs_and_escapes() {
        let p = pairs("a=1&&b&networkShape=4%2C2&c=%zz%4");
        assert_eq!(p[0], ("a".into(), "1".into()));
        assert_eq!(p[1], ("b".into(), "".into()));
        assert_eq!(p[2], ("networkShape".into(), "4,2".into()));
        assert_eq!(p[3], ("c".into(), "%zz%4".into()));
        assert_eq!(percent_decode("%ff"), "\u{fffd}");
    }
}
