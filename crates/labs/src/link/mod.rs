//! The lab link codec: a lab hash is `lab=<name>&key=value&…` with human-readable keys.
//!
//! Same principles as the playground's link: decoding is total (any text gives a lab state
//! or a [`LabLinkError`] naming the key and the problem, never a panic) and bounded (text
//! over [`MAX_LAB_LINK_BYTES`] or with more than [`MAX_LAB_PAIRS`] pairs is refused before
//! any value is read); unknown keys are ignored, missing keys take the lab's defaults, a known
//! key given twice is an error; numbers are written so that `decode(encode(s)) == s` exactly,
//! f32 bit for bit.

mod error;
mod lab;
mod limits;
mod pairs;
pub mod write;

pub use error::LabLinkError;
pub use lab::{decode, decode_or_defaults, encode, is_lab_link, Lab, LabName, LabState, LAB_KEY};
pub use limits::{MAX_LAB_LINK_BYTES, MAX_LAB_PAIRS};
pub use pairs::Pairs;

#[cfg(test)]
pub(crate) use lab::round_trip;
