//! Fuzz `neurite_data::parse_csv` and the CSV import into a shared state: see `properties::csv`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../properties.rs"]
mod properties;

fuzz_target!(|data: &[u8]| properties::csv(data));
