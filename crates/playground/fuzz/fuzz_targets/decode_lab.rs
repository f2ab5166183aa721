//! Fuzz `neurite_labs::decode` (lab links): see `properties::lab`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../properties.rs"]
mod properties;

fuzz_target!(|data: &[u8]| properties::lab(data));
