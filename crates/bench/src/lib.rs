//! Neurite's benchmark workloads over `neurite-nn`, shared by the native runner
//! (`cargo run --release -p neurite-bench`) and the wasm module the Node harness in `/bench`
//! loads (`src/wasm.rs`).
//!
//! - A: 2-8-8-1 tanh/tanh, batch 10, SGD lr 0.03, 500-point spiral — training samples/s.
//! - B: every neuron of the A network over a 100×100 grid in [−6, 6]² — grids/s.
//! - C: 2-64-64-1 relu/tanh, batch 32, SGD lr 0.03, same spiral — training samples/s.
//! - D, E: small CNNs (8×8 and 28×28 random images), SGD lr 0.01, batch 32 ([`cnn`]).
//!
//! Data, initial weights and the measuring protocol live in one [`Fixture`], generated once
//! (`neurite-bench fixture <path>`) and fed unchanged to every engine.

pub mod cnn;
pub mod fixture;
pub mod kernels;
pub mod protocol;
pub mod workloads;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use fixture::{Fixture, NetFixture, Protocol};
pub use workloads::{grid_checksum, grid_eval, network, train_loss, trainer, TrainId};
