//! [`CsvError`]: what is wrong with an imported CSV file, and on which line.

use std::fmt;

/// A CSV import error. `line` is the 1-based physical line of the file the problem is on
/// (the header's line for problems with a whole column, such as too few classes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub message: String,
}

impl CsvError {
    /// An error on `line`.
    pub fn new(line: usize, message: impl Into<String>) -> Self {
        CsvError {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for CsvError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_the_line() {
        let e = CsvError::new(7, "expected 3 columns, found 2");
        assert_eq!(e.to_string(), "line 7: expected 3 columns, found 2");
    }
}
