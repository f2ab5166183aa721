//! Deciding what a CSV label column means.
//!
//! - Every label numeric, every value an integer of magnitude at most 2⁵³ (so exact, and
//!   its name short) and at most [`MAX_CSV_CLASSES`] distinct values → classification: the sorted distinct values map to classes 0..K (so −1/+1
//!   become TFP's orange/blue 0/1); 2 values → `Binary`, more → `Multiclass`. The class
//!   names are the values as written by Rust (`-1`, `1`).
//! - Otherwise, every label numeric → `Regression`, targets rescaled onto [−1, 1].
//! - Any label not a number → string classes, named and numbered in sorted (byte-wise)
//!   order, which does not depend on row order.
//!
//! NaN and infinite labels, empty labels, fewer than two classes, more than
//! [`MAX_CSV_CLASSES`] string classes and class names over [`MAX_CSV_NAME_BYTES`] are errors.

use std::collections::BTreeSet;

use super::error::CsvError;
use super::parse::{quoted, MAX_CSV_CLASSES, MAX_CSV_NAME_BYTES};
use super::record::Dialect;

/// Largest magnitude of an integer label taken for a class: every integer up to it is an
/// exact f64, and its name (`format!("{v}")`) at most 17 bytes.
const MAX_CLASS_INTEGER: f64 = 9_007_199_254_740_992.0; // 2⁵³
use super::standardize::rescale_to_unit;
use crate::point::{Label, Task};

/// The labels of a CSV file, row by row, and what they mean.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    pub task: Task,
    pub labels: Vec<Label>,
    pub class_names: Vec<String>,
}

/// Interpret `raw` (line number, label text) read from column `column`, whose header is
/// on `header_line`, numbers written as `dialect` writes them (a decimal comma or not).
pub fn infer(
    raw: &[(usize, String)],
    header_line: usize,
    column: &str,
    dialect: Dialect,
) -> Result<Labels, CsvError> {
    if let Some((line, _)) = raw.iter().find(|(_, s)| s.is_empty()) {
        return Err(CsvError::new(
            *line,
            format!("empty label in column {}", quoted(column)),
        ));
    }
    let numbers: Option<Vec<f64>> = raw.iter().map(|(_, s)| dialect.number(s)).collect();
    let labels = match numbers {
        Some(values) => numeric(raw, &values, column)?,
        None => strings(raw, column)?,
    };
    if labels.task != Task::Regression && labels.class_names.len() < 2 {
        let name = labels
            .class_names
            .first()
            .map_or(String::new(), |n| quoted(n));
        return Err(CsvError::new(
            header_line,
            format!(
                "label column {} has only one class ({name}); need at least 2",
                quoted(column)
            ),
        ));
    }
    Ok(labels)
}

fn numeric(raw: &[(usize, String)], values: &[f64], column: &str) -> Result<Labels, CsvError> {
    if let Some(i) = values.iter().position(|v| !v.is_finite()) {
        return Err(CsvError::new(
            raw[i].0,
            format!(
                "label {} in column {} is not a finite number",
                quoted(&raw[i].1),
                quoted(column)
            ),
        ));
    }
    // `+ 0.0` turns −0 into +0 so that the two do not count as different classes.
    let mut distinct: Vec<f64> = values.iter().map(|v| v + 0.0).collect();
    // Distinct values under a total order: an unstable sort gives the same order.
    distinct.sort_unstable_by(f64::total_cmp);
    distinct.dedup();
    let integral = values
        .iter()
        .all(|v| libm::trunc(*v) == *v && v.abs() <= MAX_CLASS_INTEGER);
    if integral && distinct.len() <= MAX_CSV_CLASSES {
        let labels = values
            .iter()
            .map(|v| Label::Class(distinct.partition_point(|d| *d < v + 0.0)))
            .collect();
        return Ok(Labels {
            task: task_for(distinct.len()),
            labels,
            class_names: distinct.iter().map(|v| format!("{v}")).collect(),
        });
    }
    let mut targets = values.to_vec();
    rescale_to_unit(&mut targets);
    Ok(Labels {
        task: Task::Regression,
        labels: targets
            .into_iter()
            .map(|v| Label::Value(v as f32))
            .collect(),
        class_names: Vec::new(),
    })
}

fn strings(raw: &[(usize, String)], column: &str) -> Result<Labels, CsvError> {
    let mut seen = BTreeSet::new();
    for (line, s) in raw {
        if s.len() > MAX_CSV_NAME_BYTES {
            return Err(CsvError::new(
                *line,
                format!(
                    "label {} in column {} is longer than {MAX_CSV_NAME_BYTES} bytes",
                    quoted(s),
                    quoted(column)
                ),
            ));
        }
        seen.insert(s.as_str());
        if seen.len() > MAX_CSV_CLASSES {
            return Err(CsvError::new(
                *line,
                format!(
                    "too many classes: label {} is the {}th distinct value in column {} \
                     (at most {MAX_CSV_CLASSES})",
                    quoted(s),
                    seen.len(),
                    quoted(column)
                ),
            ));
        }
    }
    // The set iterates in order, so a class's index is its name's place in the sorted list.
    let names: Vec<&str> = seen.into_iter().collect();
    let labels = raw
        .iter()
        .map(|(_, s)| Label::Class(names.binary_search(&s.as_str()).unwrap_or(0)))
        .collect();
    Ok(Labels {
        task: task_for(names.len()),
        labels,
        class_names: names.into_iter().map(str::to_owned).collect(),
    })
}

fn task_for(classes: usize) -> Task {
    if classes <= 2 {
        Task::Binary
    } else {
        Task::Multiclass { classes }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMA: Dialect = Dialect { delimiter: ',' };

    fn rows(values: &[&str]) -> Vec<(usize, String)> {
        values
            .iter()
            .enumerate()
            .map(|(i, s)| (i + 2, s.to_string()))
            .collect()
    }

    #[test]
    fn integer_labels_become_sorted_classes() {
        let l = infer(&rows(&["1", "-1", "1", "-0", "0"]), 1, "y", COMMA);
        let l = l.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l.task, Task::Multiclass { classes: 3 });
        assert_eq!(l.class_names, vec!["-1", "0", "1"]);
        let c: Vec<usize> = l.labels.iter().filter_map(|l| l.class()).collect();
        assert_eq!(c, vec![2, 0, 2, 1, 1]);
    }

    #[test]
    fn huge_integers_are_regression() {
        // 1e300 is an integer, but its name has 301 digits, longer than a link carries.
        let l = infer(&rows(&["1e300", "-1e300", "1e300"]), 1, "y", COMMA);
        let l = l.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l.task, Task::Regression);
        let l = infer(
            &rows(&["9007199254740992", "-9007199254740992"]),
            1,
            "y",
            COMMA,
        );
        let l = l.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l.class_names, vec!["-9007199254740992", "9007199254740992"]);
    }

    #[test]
    fn eleven_integers_are_regression() {
        let vals: Vec<String> = (0..11).map(|i| i.to_string()).collect();
        let refs: Vec<&str> = vals.iter().map(String::as_str).collect();
        let l = infer(&rows(&refs), 1, "y", COMMA).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l.task, Task::Regression);
        assert_eq!(l.labels[0], Label::Value(-1.0));
        assert_eq!(l.labels[10], Label::Value(1.0));
    }

    #[test]
    fn decimal_comma_labels_are_numbers_in_semicolon_files() {
        let semi = Dialect { delimiter: ';' };
        let l = infer(&rows(&["0,5", "1,5", "-2,25"]), 1, "y", semi);
        let l = l.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l.task, Task::Regression);
        let l = infer(&rows(&["0,5", "1,5"]), 1, "y", COMMA).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            l.class_names,
            vec!["0,5", "1,5"],
            "with comma delimiters they are names"
        );
    }

    #[test]
    fn errors() {
        let e = infer(&rows(&["1", "1"]), 1, "y", COMMA).err();
        assert_eq!(e.map(|e| e.line), Some(1));
        let e = infer(&rows(&["1", "inf"]), 1, "y", COMMA).err();
        assert_eq!(
            e.map(|e| e.to_string()),
            Some("line 3: label \"inf\" in column \"y\" is not a finite number".into())
        );
        let e = infer(&rows(&["a", ""]), 1, "y", COMMA).err();
        assert_eq!(e.map(|e| e.line), Some(3));
        let many: Vec<String> = (0..12).map(|i| format!("c{i}")).collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        let e = infer(&rows(&refs), 1, "y", COMMA).err();
        assert_eq!(e.map(|e| e.line), Some(12));
    }
}
