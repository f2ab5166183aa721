//! Fuzz `neurite_data::ImageSet::decode` (image set files): see `properties::images`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../properties.rs"]
mod properties;

fuzz_target!(|data: &[u8]| properties::images(data));
