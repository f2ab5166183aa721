//! One descent run: the parameters as a 1×2 layer, the engine's optimizer, the path.

use super::{
    DescentStatus, Divergence, LossSurface, BOUND, GRAD_TOL, GROWTH_FACTOR, GROWTH_STEPS, LOSS_TOL,
    STEP_LIMIT, STEP_TOL,
};
use ndarray::{arr1, arr2};
use neurite_nn::{Activation, Dense, NnError, OptimizerConfig, OptimizerState, Regularization};

/// Gradient descent from one start point with one optimizer (see the [module](super) docs
/// for the convergence and divergence tests). Runs are deterministic: the same surface,
/// start and config give the same path, bit for bit, natively and in WebAssembly.
#[derive(Debug, Clone, PartialEq)]
pub struct Descent {
    surface: LossSurface,
    config: OptimizerConfig,
    /// `weights = [[x, y]]`; the bias (and `y` on a 1-D surface) is frozen.
    params: Dense,
    state: OptimizerState,
    path: Vec<[f32; 2]>,
    losses: Vec<f32>,
    status: DescentStatus,
    /// Consecutive steps (ending at the latest) whose loss rose.
    rises: usize,
}

impl Descent {
    /// A run at `start` (on a 1-D surface `start[1]` is ignored and `y = 0`). The surface's
    /// parameters are clamped ([`LossSurface::sanitized`]).
    ///
    /// Errors: the config fails [`OptimizerConfig::validate`] (e.g. a NaN or infinite
    /// learning rate), or the start is not finite or lies beyond `±BOUND`.
    pub fn new(
        surface: LossSurface,
        start: [f32; 2],
        config: OptimizerConfig,
    ) -> Result<Descent, NnError> {
        config.validate()?;
        let surface = surface.sanitized();
        let one_d = surface.dims() == 1;
        let start = if one_d { [start[0], 0.0] } else { start };
        if !start.iter().all(|v| v.is_finite() && v.abs() <= BOUND) {
            return Err(NnError::InvalidValue(format!(
                "start point must be finite and within ±{BOUND}, got ({}, {})",
                start[0], start[1]
            )));
        }
        let mut params = Dense::new(
            arr2(&[[start[0], start[1]]]),
            arr1(&[0.0]),
            Activation::Linear,
            1.0,
            0.0,
        );
        params.frozen_bias[0] = true;
        params.frozen_weights[[0, 1]] = one_d;
        let mut state = OptimizerState::new(config.kind, &[(2, 1)]);
        state.note_layers(std::slice::from_ref(&params));
        Ok(Descent {
            surface,
            config,
            params,
            state,
            path: vec![start],
            losses: vec![surface.value(start[0], start[1])],
            status: DescentStatus::Ready,
            rises: 0,
        })
    }

    /// The (sanitized) surface.
    pub fn surface(&self) -> LossSurface {
        self.surface
    }

    /// The optimizer settings.
    pub fn config(&self) -> &OptimizerConfig {
        &self.config
    }

    /// Where the run is.
    pub fn status(&self) -> DescentStatus {
        self.status
    }

    /// Steps taken so far.
    pub fn steps(&self) -> usize {
        self.path.len() - 1
    }

    /// Every point visited, the start first (`steps() + 1` points; the point of a
    /// non-finite divergence is included, so a plot should skip non-finite points).
    pub fn path(&self) -> &[[f32; 2]] {
        &self.path
    }

    /// The loss at every point of [`Self::path`].
    pub fn losses(&self) -> &[f32] {
        &self.losses
    }

    /// The current point `(x, y)`.
    pub fn point(&self) -> [f32; 2] {
        [self.params.weights[[0, 0]], self.params.weights[[0, 1]]]
    }

    /// The current loss.
    pub fn loss(&self) -> f32 {
        let [x, y] = self.point();
        self.surface.value(x, y)
    }

    /// Euclidean distance from the current point to the surface's minimiser.
    pub fn distance_to_minimum(&self) -> f32 {
        let ([x, y], [mx, my]) = (self.point(), self.surface.minimum());
        norm(x - mx, y - my)
    }

    /// Takes one optimizer step (nothing once finished) and returns the new status.
    pub fn step(&mut self) -> DescentStatus {
        if self.status.is_finished() {
            return self.status;
        }
        let [x0, y0] = self.point();
        let grad = self.surface.gradient(x0, y0);
        // The trainer's per-batch order: advance the step counter, then update the layer.
        self.state.begin_step(&self.config);
        self.state.update(
            0,
            &mut self.params,
            &grad,
            &[0.0],
            &self.config,
            Regularization::None,
            0.0,
        );
        let [x, y] = self.point();
        let loss = self.surface.value(x, y);
        let prev = self.losses.last().copied().unwrap_or(loss);
        self.rises = if loss > prev { self.rises + 1 } else { 0 };
        self.path.push([x, y]);
        self.losses.push(loss);
        self.status = self.classify(x - x0, y - y0);
        self.status
    }

    /// Steps up to `n` times, stopping early once the run is finished.
    pub fn run(&mut self, n: usize) -> DescentStatus {
        for _ in 0..n {
            if self.step().is_finished() {
                break;
            }
        }
        self.status
    }

    /// The status after the latest step, which moved the point by `(dx, dy)`.
    fn classify(&self, dx: f32, dy: f32) -> DescentStatus {
        let step = self.steps();
        let [x, y] = self.point();
        let loss = self.loss();
        let diverged = |reason| DescentStatus::Diverged { step, reason };
        if !(x.is_finite() && y.is_finite() && loss.is_finite()) {
            return diverged(Divergence::NonFinite);
        }
        if x.abs() > BOUND || y.abs() > BOUND {
            return diverged(Divergence::OutOfBounds);
        }
        let start_loss = self.losses.first().copied().unwrap_or(loss);
        if self.rises >= GROWTH_STEPS && loss > GROWTH_FACTOR * start_loss {
            return diverged(Divergence::LossGrowing);
        }
        let [gx, gy] = self.surface.gradient(x, y);
        let at_minimum = norm(gx, gy) <= GRAD_TOL || loss - self.surface.min_value() <= LOSS_TOL;
        if norm(dx, dy) <= STEP_TOL && at_minimum {
            DescentStatus::Converged { step }
        } else if step >= STEP_LIMIT {
            DescentStatus::StepLimit
        } else {
            DescentStatus::Running
        }
    }
}

/// `√(a² + b²)`; an overflow gives `∞`, which every tolerance test reads as "large".
fn norm(a: f32, b: f32) -> f32 {
    libm::sqrtf(a * a + b * b)
}
