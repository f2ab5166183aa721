//! Fuzz `neurite_nn::model::arch::parse_arch` and `Model::new` (architecture lines): see
//! `properties::arch`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../properties.rs"]
mod properties;

fuzz_target!(|data: &[u8]| properties::arch(data));
