//! Records and fields of a CSV file as people write them.
//!
//! - The delimiter is the [`Dialect`]'s, detected from the header line (see `dialect`).
//! - A field may be quoted (`"a; b"`, `""` for a literal quote); a quoted field may span
//!   lines (a line break inside it is kept as `\n`). Unquoted fields are trimmed.
//! - Records end at `\n`; a `\r` before it is dropped (so LF and CRLF both work); lines are
//!   numbered from 1 as an editor shows them, and a record is known by the line it starts
//!   on. Blank lines (also lines of bare delimiters) are skipped; a leading byte-order mark
//!   is ignored.

use super::dialect::strip_bom;
pub use super::dialect::Dialect;

/// One record: the 1-based line it starts on and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// A record that cannot be read: the line of the problem and what it is.
pub type RecordError = (usize, String);

/// The records of a text, read lazily.
pub struct Records<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    delimiter: char,
}

impl<'a> Records<'a> {
    pub fn new(text: &'a str, dialect: Dialect) -> Self {
        Records {
            chars: strip_bom(text).chars().peekable(),
            line: 1,
            delimiter: dialect.delimiter,
        }
    }

    /// Skips spaces and tabs that are not the delimiter (never a line break).
    fn skip_blanks(&mut self) {
        let d = self.delimiter;
        while self
            .chars
            .next_if(|c| *c != d && *c != '\n' && c.is_whitespace())
            .is_some()
        {}
    }

    /// A quoted field, the opening quote already read.
    fn quoted(&mut self, column: usize) -> Result<String, RecordError> {
        let opened = self.line;
        let mut field = String::new();
        loop {
            match self.chars.next() {
                None => {
                    return Err((
                        opened,
                        format!(
                            "unterminated quoted field in column {column} \
                             (the file ends inside its quotes)"
                        ),
                    ))
                }
                Some('"') if self.chars.peek() == Some(&'"') => {
                    self.chars.next();
                    field.push('"');
                }
                Some('"') => return Ok(field),
                Some('\r') if self.chars.peek() == Some(&'\n') => {}
                Some(c) => {
                    if c == '\n' {
                        self.line += 1;
                    }
                    field.push(c);
                }
            }
        }
    }

    /// The next record with its fields, whether it was blank (one empty unquoted field).
    fn record(&mut self) -> Result<(Vec<String>, bool), RecordError> {
        let d = self.delimiter;
        let mut fields = Vec::new();
        let mut any_quote = false;
        loop {
            self.skip_blanks();
            let field = if self.chars.next_if_eq(&'"').is_some() {
                any_quote = true;
                let field = self.quoted(fields.len() + 1)?;
                self.skip_blanks();
                if self.chars.peek().is_some_and(|c| *c != d && *c != '\n') {
                    return Err((
                        self.line,
                        format!(
                            "unexpected text after the closing quote in column {}",
                            fields.len() + 1
                        ),
                    ));
                }
                field
            } else {
                let mut field = String::new();
                while let Some(c) = self.chars.next_if(|c| *c != d && *c != '\n') {
                    field.push(c);
                }
                field.truncate(field.trim_end().len());
                field
            };
            fields.push(field);
            match self.chars.next() {
                Some(c) if c == d => {}
                Some(_) => {
                    self.line += 1;
                    break;
                }
                None => break,
            }
        }
        // A line of nothing but delimiters (`;;;`, as spreadsheets export empty rows) is blank.
        let blank = !any_quote && fields.iter().all(String::is_empty);
        Ok((fields, blank))
    }
}

impl Iterator for Records<'_> {
    type Item = Result<Record, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.chars.peek()?;
            let line = self.line;
            match self.record() {
                Ok((_, true)) => continue,
                Ok((fields, false)) => return Some(Ok(Record { line, fields })),
                Err(e) => {
                    // Nothing after an unreadable record is trusted.
                    self.chars = "".chars().peekable();
                    return Some(Err(e));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(usize, Vec<String>)> {
        Records::new(text, Dialect::detect(text))
            .map(|r| {
                r.map(|r| (r.line, r.fields))
                    .unwrap_or_else(|e| (e.0, vec![e.1]))
            })
            .collect()
    }

    fn row(line: usize, fields: &[&str]) -> (usize, Vec<String>) {
        (line, fields.iter().map(|f| f.to_string()).collect())
    }

    #[test]
    fn plain_spaced_and_empty_fields() {
        assert_eq!(read("a,b , c"), vec![row(1, &["a", "b", "c"])]);
        assert_eq!(
            read("h,i,j\n1,,2\nx,"),
            vec![
                row(1, &["h", "i", "j"]),
                row(2, &["1", "", "2"]),
                row(3, &["x", ""]),
            ]
        );
    }

    #[test]
    fn tab_delimited_fields() {
        assert_eq!(
            read("a\t b \tc d\n1\t2\t3"),
            vec![row(1, &["a", "b", "c d"]), row(2, &["1", "2", "3"]),]
        );
    }

    #[test]
    fn quoted_fields_keep_delimiters_quotes_and_line_breaks() {
        let text = "n,t\r\n \"a, b\" ,\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x\r\n3,4";
        assert_eq!(
            read(text),
            vec![
                row(1, &["n", "t"]),
                row(2, &["a, b", "say \"hi\""]),
                row(3, &["two\nlines", "x"]),
                row(5, &["3", "4"]),
            ]
        );
        assert_eq!(
            read("a;b\n\"x;y\";\"1\n\n2\"\n5;6"),
            vec![
                row(1, &["a", "b"]),
                row(2, &["x;y", "1\n\n2"]),
                row(5, &["5", "6"]),
            ]
        );
        assert_eq!(
            read("a,b\n\"\",1"),
            vec![row(1, &["a", "b"]), row(2, &["", "1"])]
        );
    }

    #[test]
    fn broken_quotes_name_their_line_and_column() {
        let e = read("a,b\n1,\"open\n2,3\n");
        assert_eq!(
            e.last(),
            Some(&row(
                2,
                &["unterminated quoted field in column 2 (the file ends inside its quotes)"]
            ))
        );
        let e = read("a,b\n\"a\"b,1\n4,5");
        assert_eq!(e.len(), 2, "nothing after the error: {e:?}");
        assert_eq!(
            e[1],
            row(2, &["unexpected text after the closing quote in column 1"])
        );
    }

    #[test]
    fn lines_are_numbered_and_blank_ones_skipped() {
        let text = "\u{feff}h1,h2\r\n\r\n1,2\r\n  \n3,4\n";
        assert_eq!(
            read(text),
            vec![
                row(1, &["h1", "h2"]),
                row(3, &["1", "2"]),
                row(5, &["3", "4"]),
            ]
        );
        assert_eq!(read(""), vec![]);
        assert_eq!(read("\n \n\t\n"), vec![]);
        assert_eq!(
            read("a;b\n;;\n1;2"),
            vec![row(1, &["a", "b"]), row(3, &["1", "2"])]
        );
    }
}
