//! The gradient-descent lab (学習率): its state and link keys, and the runs it shows —
//! gradient descent on small loss surfaces, by the engine's own optimizer update.
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
//!
//! Two "surface" types: [`Surface`] is what the learner picked from the menu (the link's
//! `surface=`, no parameters), [`LossSurface`] is the function `L(x, y)` itself with its
//! parameters and analytic gradient ([`DescentLab::loss_surface`] builds one from the other).
//!
//! A run: pick a [`LossSurface`], a start point and a
//! [`neurite_nn::OptimizerConfig`], then [`Descent::step`] ([`DescentLab::descent`] builds
//! the lab's runs). The update is the engine's: `(x, y)` are the weights of a 1×2
//! [`neurite_nn::Dense`] layer (bias frozen; on a 1-D surface `y` is frozen at 0) and every
//! step calls [`neurite_nn::OptimizerState::begin_step`] then
//! [`neurite_nn::OptimizerState::update`] with the surface's analytic gradient and no
//! regularisation, exactly as the trainer does per mini-batch. So what the learner sees here
//! is what SGD, momentum and Adam do to a network's weights.
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
//! - **StepLimit** once [`STEP_LIMIT`] steps are taken; otherwise **Running**.
//!
//! Converged, diverged and step-limited runs are finished: further steps do nothing.

mod keys;
mod loss_surface;
mod plot;
mod run;
mod state;
mod status;

pub use loss_surface::{LossSurface, MAX_ELONGATION, MIN_ELONGATION};
pub use plot::{ViewBox, MAX_GRID};
pub use run::Descent;
pub use state::{DescentLab, Surface, ELONGATION, LEARNING_RATE, MAX_STEPS, OPTIMIZERS, START};
pub use status::{DescentStatus, Divergence};

/// Most steps one run takes (the path holds at most `STEP_LIMIT + 1` points); the lab's
/// own setting, [`MAX_STEPS`], stays below it.
pub const STEP_LIMIT: usize = 10_000;
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
