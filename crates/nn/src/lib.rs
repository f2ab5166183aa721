//! Neurite's engine: small, wireable dense networks with every derivative beside its function.
//!
//! Pure Rust on `ndarray`, no browser dependency; builds for `wasm32-unknown-unknown`.

pub mod rng;

pub use rng::{Rng, Stream};
