//! Gradient descent on small loss surfaces, for the learning-rate lab: pick a [`Surface`], a
//! start point and an [`OptimizerConfig`](crate::OptimizerConfig), then [`Descent::step`].
//!
//! The update is the engine's own: `(x, y)` are the weights of a 1×2 [`Dense`](crate::Dense)
//! layer (bias frozen; on a 1-D surface `y` is frozen at 0) and every step calls
//! [`OptimizerState::begin_step`](crate::OptimizerState::begin_step) then
//! [`OptimizerState::update`](crate::OptimizerState::update) with the surface's analytic
//! gradient and no regularisation, exactly as the trainer does per mini-batch. So what the
//! learner sees here is what SGD, momentum and Adam do to a network's weights.
//!
//! Why the rate matters, on the bowl `L = ½(x² + e·y²)`: SGD multiplies `x` by `1 − lr`
//! and `y` by `1 − lr·e` per step. `|1 − lr·λ| < 1` for each curvature `λ` is needed, i.e.
//! `lr < 2/e`: a tiny rate crawls (`1 − lr ≈ 1`), a good one converges geometrically, and
//! past `2/λ` each step overshoots the minimum by more than it was away, so the path
//! zig-zags outward and the loss grows by `(1 − lr·λ)²` per step. Heavy-ball momentum is
//! stable up to `lr·λ < 2(1 + μ)`; Adam's steps are about `lr` long whatever the gradient.
//!
//! After step `k` (point `θₖ`, loss `Lₖ`), checked in this order:
//! - **Diverged** if `θₖ` or `Lₖ` is NaN/±∞; else if `|x|` or `|y|` > [`BOUND`]; else if
//!   the loss rose at each of the last [`GROWTH_STEPS`] steps *and* `Lₖ > GROWTH_FACTOR·L₀`
//!   (a steady climb well above the start, not the transient rise of a momentum swing).
//! - **Converged** if the step was short, `‖θₖ − θₖ₋₁‖ ≤ STEP_TOL`, and the point is at
//!   the minimum: `‖∇L(θₖ)‖ ≤ GRAD_TOL` or `Lₖ − L* ≤ LOSS_TOL`. Both halves matter: a tiny
//!   rate takes short steps far from the minimum, and momentum sweeps through the minimum
//!   at speed.
//! - **StepLimit** once [`MAX_STEPS`] steps are taken; otherwise **Running**.
//!
//! Converged, diverged and step-limited runs are finished: further steps do nothing.

mod plot;
mod run;
mod status;
mod surface;

pub use plot::{ViewBox, MAX_GRID};
pub use run::Descent;
pub use status::{DescentStatus, Divergence};
pub use surface::{Surface, MAX_ELONGATION, MIN_ELONGATION};

/// Most steps one run takes (the path holds at most `MAX_STEPS + 1` points).
pub const MAX_STEPS: usize = 10_000;
/// Largest `|x|` or `|y|` before a run counts as diverged; start points must lie within it.
pub const BOUND: f32 = 1e6;
/// Consecutive loss increases needed (with [`GROWTH_FACTOR`]) to call a run diverged.
pub const GROWTH_STEPS: usize = 20;
/// How far above the starting loss a steadily growing loss must be to count as diverged.
pub const GROWTH_FACTOR: f32 = 10.0;
/// Longest final step of a converged run.
pub const STEP_TOL: f32 = 1e-3;
/// Gradient norm at or below which a point counts as the minimum.
pub const GRAD_TOL: f32 = 1e-3;
/// Loss gap `L − L*` at or below which a point counts as the minimum.
pub const LOSS_TOL: f32 = 1e-6;

#[cfg(test)]
mod tests;
