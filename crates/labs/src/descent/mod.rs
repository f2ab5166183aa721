//! The gradient-descent lab (学習率, 発散, 収束): what the learner set and its link keys. The
//! surfaces and the steps are the engine's (`neurite_nn::descent`): the state holds an engine
//! [`Surface`](neurite_nn::descent::Surface) and [`DescentLab::descent`] builds the engine's
//! run; this module adds no maths of its own.

mod keys;
mod state;

pub use state::{
    DescentLab, DEFAULT_ELONGATION, ELONGATION, LEARNING_RATE, MAX_STEPS, OPTIMIZERS, START,
    SURFACES,
};
