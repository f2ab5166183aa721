//! Lines and fields of a CSV file.
//!
//! Lines are split on `\n` with a trailing `\r` removed (so LF and CRLF both work) and
//! are numbered from 1 as an editor shows them; blank lines are skipped and a leading
//! byte-order mark is ignored. Fields are separated by commas and trimmed; a field may be
//! quoted (`"a, b"`, with `""` for a literal quote). Quoted fields cannot span lines.

/// The non-blank lines of `text` with their 1-based line numbers.
pub fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty())
}

/// The trimmed fields of one line, or a message saying why it cannot be read.
pub fn split_record(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| *c != ',' && c.is_whitespace()) {
            chars.next();
        }
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => {
                        return Err(format!(
                            "unterminated quoted field in column {} \
                             (quoted fields cannot span lines)",
                            fields.len() + 1
                        ))
                    }
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
            while chars.peek().is_some_and(|c| *c != ',' && c.is_whitespace()) {
                chars.next();
            }
            if chars.peek().is_some_and(|c| *c != ',') {
                return Err(format!(
                    "unexpected text after the closing quote in column {}",
                    fields.len() + 1
                ));
            }
        } else {
            while let Some(c) = chars.next_if(|c| *c != ',') {
                field.push(c);
            }
            field.truncate(field.trim_end().len());
        }
        fields.push(field);
        if chars.next().is_none() {
            return Ok(fields);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_spaced_fields() {
        assert_eq!(
            split_record("a,b , c").unwrap_or_default(),
            vec!["a", "b", "c"]
        );
        assert_eq!(split_record("1,,2").unwrap_or_default(), vec!["1", "", "2"]);
        assert_eq!(split_record("x,").unwrap_or_default(), vec!["x", ""]);
        assert_eq!(split_record("").unwrap_or_default(), vec![""]);
    }

    #[test]
    fn quoted_fields() {
        let f = split_record(r#" "a, b" ,"say ""hi""",3"#).unwrap_or_default();
        assert_eq!(f, vec!["a, b", "say \"hi\"", "3"]);
        assert!(split_record(r#""open,1"#).is_err_and(|m| m.contains("unterminated")));
        assert!(split_record(r#""a"b,1"#).is_err_and(|m| m.contains("after the closing quote")));
    }

    #[test]
    fn lines_are_numbered_and_blank_ones_skipped() {
        let text = "\u{feff}h1,h2\r\n\r\n1,2\r\n  \n3,4\n";
        let got: Vec<(usize, &str)> = lines(text).collect();
        assert_eq!(got, vec![(1, "h1,h2"), (3, "1,2"), (5, "3,4")]);
    }
}
