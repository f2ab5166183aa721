//! Test support shared by Neurite's crates (never a dependency of the app or the CLI).
//!
//! `neurite-nn` cannot depend on `neurite-data` (data depends on nn), so what its tests and
//! the benchmark share lives here, on top of `neurite-nn` alone: the spiral data set, an
//! independent f64 reference of the forward pass and losses for gradient checks, and the
//! random cases those checks run on. `neurite-nn` uses it as a dev-dependency (in its
//! integration tests only: its unit tests see a separate copy of the crate's types).

pub mod cases;
pub mod oracle;
pub mod spiral;

pub use cases::{random_samples, PAIRS};
pub use oracle::{kinked, loss64, numeric_gradient, params, Forward64, Params};
pub use spiral::{spiral, spiral_samples};
