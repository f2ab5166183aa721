//! Gradient descent on small loss surfaces, for the learning-rate lab.

mod surface;

pub use surface::{Surface, ViewBox, MAX_ELONGATION, MAX_GRID, MIN_ELONGATION};
