//! The gradient-descent lab's state and link keys (its surfaces and steps are computed by
//! the engine's `descent` module; this crate holds what the learner set and builds the
//! engine's runs from it, [`DescentLab::descent`]).
//!
//! `lab=descent&surface=bowl&elongation=5&learningRate=0.05&optimizer=sgd&x=-4&y=3&steps=50`
//!
//! | key | value | default |
//! |---|---|---|
//! | `surface` | `parabola`, `bowl`, `rosenbrock` | `bowl` |
//! | `elongation` | 1..=100 (how much steeper one axis is than the other) | 5 |
//! | `learningRate` | 0.00001..=100 | 0.05 |
//! | `optimizer` | `sgd`, `momentum`, `adam` | `sgd` |
//! | `x`, `y` | the start, −10..=10 | −4, 3 |
//! | `steps` | 1..=1000 | 50 |

mod keys;
mod state;

pub use state::{DescentLab, Surface, ELONGATION, LEARNING_RATE, MAX_STEPS, OPTIMIZERS, START};
