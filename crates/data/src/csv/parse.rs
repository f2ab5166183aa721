//! [`parse_csv`]: text → [`Dataset`].
//!
//! The first non-blank record is the header; its line decides the delimiter (see `record`).
//! The label column is the last one, or the one named by `label_column`; every other column
//! is a numeric feature (1..=64 of them), standardized per column (see `standardize`).
//! Labels are interpreted as described in `labels`. Empty trailing columns, as spreadsheets
//! export them (`x;y;label;;`), are dropped: trailing header fields without a name go when
//! the first data row leaves them empty too, and any row may end in extra empty fields.
//! Every problem is a [`CsvError`] naming its line (and the column, where there is one); no
//! input panics.

use super::error::CsvError;
use super::labels::infer;
use super::record::{Dialect, Record, Records};
use super::standardize::standardize;
use crate::point::{Dataset, Point};
use crate::spec::MAX_POINTS;

/// Most data rows a CSV file may have.
pub const MAX_CSV_ROWS: usize = MAX_POINTS;
/// Most feature columns (the label column not counted).
pub const MAX_CSV_COLUMNS: usize = 64;
/// Most distinct classes of a classification label column.
pub const MAX_CSV_CLASSES: usize = 10;
/// Longest column or class name, in bytes: names travel in share links, which refuse longer.
pub const MAX_CSV_NAME_BYTES: usize = 64;

/// `s` in double quotes, shortened if very long, for error messages.
pub fn quoted(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() > MAX {
        let head: String = s.chars().take(MAX).collect();
        format!("\"{head}…\"")
    } else {
        format!("\"{s}\"")
    }
}

/// The next record, or the error it is.
fn next_record(records: &mut Records) -> Result<Option<Record>, CsvError> {
    records
        .next()
        .transpose()
        .map_err(|(line, m)| CsvError::new(line, m))
}

/// `fields` without the empty ones past `width`; `None` if one past it is not empty.
fn fit_width(mut fields: Vec<String>, width: usize) -> Option<Vec<String>> {
    if fields.len() > width {
        if fields[width..].iter().any(|f| !f.is_empty()) {
            return None;
        }
        fields.truncate(width);
    }
    Some(fields)
}

/// Parse a CSV file with a header row into a dataset.
pub fn parse_csv(text: &str, label_column: Option<&str>) -> Result<Dataset, CsvError> {
    let dialect = Dialect::detect(text);
    let mut records = Records::new(text, dialect);
    let header = next_record(&mut records)?.ok_or_else(|| CsvError::new(1, "the file is empty"))?;
    let header_line = header.line;
    let first = next_record(&mut records)?;
    // Unnamed trailing header columns are kept only if the first row fills one of them.
    let named = header
        .fields
        .iter()
        .rposition(|f| !f.is_empty())
        .map_or(0, |i| i + 1);
    let filled = first.as_ref().map_or(0, |r| {
        r.fields
            .iter()
            .rposition(|f| !f.is_empty())
            .map_or(0, |i| i + 1)
    });
    let width = header.fields.len().min(named.max(filled));
    let header = header_names(header_line, header.fields, width)?;
    let label_at = match label_column {
        Some(name) => header
            .iter()
            .position(|h| h == name.trim())
            .ok_or_else(|| {
                CsvError::new(
                    header_line,
                    format!("no column named {} in the header", quoted(name)),
                )
            })?,
        None => header.len() - 1,
    };
    let label_name = header[label_at].clone();
    let feature_names: Vec<String> = (0..header.len())
        .filter(|&i| i != label_at)
        .map(|i| header[i].clone())
        .collect();

    let mut columns: Vec<Vec<f64>> = vec![Vec::new(); feature_names.len()];
    let mut raw_labels: Vec<(usize, String)> = Vec::new();
    let mut next = first;
    while let Some(Record { line, fields }) = next {
        if raw_labels.len() == MAX_CSV_ROWS {
            return Err(CsvError::new(
                line,
                format!("too many rows (at most {MAX_CSV_ROWS} data rows)"),
            ));
        }
        let found = fields.len();
        let fields = fit_width(fields, header.len())
            .filter(|f| f.len() == header.len())
            .ok_or_else(|| {
                CsvError::new(
                    line,
                    format!("expected {} columns, found {found}", header.len()),
                )
            })?;
        let mut column = columns.iter_mut();
        for (i, field) in fields.into_iter().enumerate() {
            if i == label_at {
                raw_labels.push((line, field));
            } else if let Some(col) = column.next() {
                col.push(number(dialect, &field, &header[i], line)?);
            }
        }
        next = next_record(&mut records)?;
    }
    if raw_labels.is_empty() {
        return Err(CsvError::new(
            header_line,
            "the file has a header but no data rows",
        ));
    }
    let labels = infer(&raw_labels, header_line, &label_name, dialect)?;
    columns.iter_mut().for_each(|c| standardize(c));
    let points = labels
        .labels
        .iter()
        .enumerate()
        .map(|(r, label)| Point {
            coords: columns.iter().map(|c| c[r] as f32).collect(),
            label: *label,
        })
        .collect();
    Ok(Dataset {
        task: labels.task,
        dims: feature_names.len(),
        points,
        class_names: labels.class_names,
        column_names: feature_names,
    })
}

/// The header's first `width` column names (an empty name becomes "column N"), checked for
/// count and length.
fn header_names(
    line: usize,
    mut names: Vec<String>,
    width: usize,
) -> Result<Vec<String>, CsvError> {
    names.truncate(width);
    if names.len() < 2 {
        return Err(CsvError::new(
            line,
            "the header needs at least two columns: one or more features and a label",
        ));
    }
    if names.len() - 1 > MAX_CSV_COLUMNS {
        return Err(CsvError::new(
            line,
            format!(
                "too many columns: {} feature columns (at most {MAX_CSV_COLUMNS})",
                names.len() - 1
            ),
        ));
    }
    if let Some(long) = names.iter().find(|n| n.len() > MAX_CSV_NAME_BYTES) {
        return Err(CsvError::new(
            line,
            format!(
                "column name {} is longer than {MAX_CSV_NAME_BYTES} bytes",
                quoted(long)
            ),
        ));
    }
    Ok(names
        .into_iter()
        .enumerate()
        .map(|(i, n)| {
            if n.is_empty() {
                format!("column {}", i + 1)
            } else {
                n
            }
        })
        .collect())
}

/// A finite feature value, or an error naming the column and quoting the value.
fn number(dialect: Dialect, field: &str, column: &str, line: usize) -> Result<f64, CsvError> {
    match dialect.number(field).ok_or(()) {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(CsvError::new(
            line,
            format!(
                "column {}: {} is not a finite number",
                quoted(column),
                quoted(field)
            ),
        )),
        Err(_) => Err(CsvError::new(
            line,
            format!(
                "column {}: {} is not a number",
                quoted(column),
                quoted(field)
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_shortens_long_values() {
        assert_eq!(quoted("ab"), "\"ab\"");
        let long = "x".repeat(50);
        assert_eq!(quoted(&long).chars().count(), 43);
    }

    #[test]
    fn long_names_are_refused() {
        // Reproducer of the parse_csv fuzz target (fuzz/artifacts/parse_csv): a class name of
        // 70 bytes was imported, then refused by the playground state, so it could not train
        // or be shared.
        let long = "n".repeat(70);
        let e = parse_csv(&format!("x,label\n1,{long}\n2,b\n"), None).err();
        let e = e.map(|e| e.to_string()).unwrap_or_default();
        assert!(e.starts_with("line 2: label \"nnnn"), "{e}");
        assert!(e.ends_with("is longer than 64 bytes"), "{e}");
        let e = parse_csv(&format!("{long},label\n1,a\n2,b\n"), None).err();
        let e = e.map(|e| e.to_string()).unwrap_or_default();
        assert!(e.starts_with("line 1: column name \"nnnn"), "{e}");
        let ok = "é".repeat(32);
        assert!(parse_csv(&format!("{ok},label\n1,{ok}\n2,b\n"), None).is_ok());
    }

    #[test]
    fn number_errors() {
        let comma = Dialect { delimiter: ',' };
        assert_eq!(number(comma, "1e3", "a", 2), Ok(1000.0));
        assert_eq!(number(Dialect { delimiter: ';' }, "1,5", "a", 2), Ok(1.5));
        let e = number(comma, "abc", "a", 4).err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("line 4: column \"a\": \"abc\" is not a number")
        );
        let e = number(comma, "NaN", "a", 5).err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("line 5: column \"a\": \"NaN\" is not a finite number")
        );
    }
}
