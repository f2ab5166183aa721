//! CSV import: a header row, numeric feature columns and one label column.

mod dialect;
mod error;
mod labels;
mod parse;
mod record;
mod standardize;

pub use error::CsvError;
pub use parse::{parse_csv, MAX_CSV_CLASSES, MAX_CSV_COLUMNS, MAX_CSV_NAME_BYTES, MAX_CSV_ROWS};
