//! Test support shared by Neurite's crates (never a dependency of the app or the CLI).
//!
//! `neurite-nn` cannot depend on `neurite-data` (data depends on nn), so what its tests and
//! the benchmark share lives here, on top of `neurite-nn` alone: the spiral data set, an
//! independent f64 reference of the forward pass and losses, the gradient check built on
//! it and the cases it runs on, and small training set-ups. `neurite-nn` uses it as a
//! dev-dependency (in its integration tests only: its unit tests see a separate copy of the
//! crate's types).

pub mod cases;
pub mod check;
pub mod model_objective;
pub mod model_oracle;
pub mod norm_oracle;
pub mod oracle;
pub mod setup;
pub mod spiral;

pub use cases::{cases, random_samples, Case, PAIRS};
pub use check::{assert_gradients_match, case_setup, check_network};
pub use model_objective::{assert_grad_close, model_loss64, ModelObjective};
pub use model_oracle::{model_forward64, model_params64, Params64};
pub use norm_oracle::{
    all_values, batch_forward64, layers64, rows64, Layer64, NormObjective, Value,
};
pub use oracle::{kinked, loss64, params, Forward64, Objective, Params};
pub use setup::{network, train_config, train_only};
pub use spiral::{spiral, spiral_samples};
