//! [`Dialect`]: how a CSV file separates its fields and writes its numbers.
//!
//! The delimiter is detected from the header line: whichever of `,` `;` and tab occurs most
//! often outside quotes (ties go in that order; a header with none of them is read with `,`
//! and then has one column). Spreadsheets in locales with a decimal comma write
//! `;`-separated files, and tab-separated text is what a copied spreadsheet range pastes.
//! Where the comma is not the delimiter it is a number's decimal mark (`1,5` = 1.5).

/// How a file separates its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    pub delimiter: char,
}

/// Delimiters recognised, in the order that wins a tie.
const DELIMITERS: [char; 3] = [',', ';', '\t'];

impl Dialect {
    /// The dialect of `text`, judged by its first non-blank line.
    pub fn detect(text: &str) -> Dialect {
        let header = strip_bom(text)
            .split('\n')
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let mut counts = [0usize; DELIMITERS.len()];
        let mut quoted = false;
        for c in header.chars() {
            if c == '"' {
                quoted = !quoted;
            } else if let Some(i) = DELIMITERS.iter().position(|d| *d == c).filter(|_| !quoted) {
                counts[i] += 1;
            }
        }
        // `max_by_key` keeps the last maximum; scanning in reverse makes the first win.
        let best = (0..DELIMITERS.len())
            .rev()
            .max_by_key(|&i| counts[i])
            .unwrap_or(0);
        Dialect {
            delimiter: DELIMITERS[best],
        }
    }

    /// Whether a comma in a number is its decimal mark: when the comma is not the
    /// delimiter, `1,5` can only mean 1.5 (the convention of `;`-separated exports).
    pub fn decimal_comma(self) -> bool {
        self.delimiter != ','
    }

    /// The number a field holds, reading a decimal comma when the dialect has one.
    pub fn number(self, field: &str) -> Option<f64> {
        field.parse::<f64>().ok().or_else(|| {
            let one_comma = field.matches(',').count() == 1 && !field.contains('.');
            (self.decimal_comma() && one_comma)
                .then(|| field.replace(',', ".").parse::<f64>().ok())
                .flatten()
        })
    }
}

/// `text` without a leading byte-order mark.
pub(super) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_are_detected_from_the_header() {
        let d = |t: &str| Dialect::detect(t).delimiter;
        assert_eq!(d("a,b,c"), ',');
        assert_eq!(d("a;b;c"), ';');
        assert_eq!(d("a\tb\tc"), '\t');
        assert_eq!(
            d("\n\n\"x,y\";b;c\n1,2,3,4"),
            ';',
            "commas in quotes, and later lines, do not count"
        );
        assert_eq!(d("a,b;c"), ',', "a tie goes to the comma");
        assert_eq!(d("a;b\tc"), ';');
        assert_eq!(d("label"), ',');
    }

    #[test]
    fn decimal_commas_only_where_the_comma_is_not_the_delimiter() {
        let semi = Dialect { delimiter: ';' };
        let comma = Dialect { delimiter: ',' };
        assert_eq!(semi.number("1,5"), Some(1.5));
        assert_eq!(semi.number("-0,25e2"), Some(-25.0));
        assert_eq!(semi.number("2.5"), Some(2.5));
        assert_eq!(semi.number("1,2,3"), None);
        assert_eq!(semi.number("1.000,5"), None, "no thousands separators");
        assert_eq!(comma.number("1,5"), None);
        assert_eq!(Dialect { delimiter: '\t' }.number("3,0"), Some(3.0));
    }
}
