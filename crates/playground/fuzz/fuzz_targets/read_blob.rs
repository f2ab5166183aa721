//! Fuzz the `w=` blob reader on raw bytes: see `properties::blob`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../properties.rs"]
mod properties;

fuzz_target!(|data: &[u8]| properties::blob(data));
