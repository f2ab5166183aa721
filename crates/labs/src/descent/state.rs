//! What the learner set in the descent lab ([`DescentLab`]), the ranges of its settings and
//! the descent runs they describe ([`DescentLab::descent`]).

use neurite_nn::{NnError, OptimizerConfig, OptimizerKind};
use serde::{Deserialize, Serialize};

use super::loss_surface::LossSurface;
use super::run::Descent;
use crate::bounds::Bounds;

/// Range of the elongation.
pub const ELONGATION: Bounds = Bounds::log(1.0, 100.0);
/// Range of the learning rate: small enough to crawl, large enough to diverge (発散).
pub const LEARNING_RATE: Bounds = Bounds::log(1e-5, 100.0);
/// Range of each start coordinate.
pub const START: Bounds = Bounds::linear(-10.0, 10.0);
/// Most steps.
pub const MAX_STEPS: usize = 1000;
/// Every optimizer the lab offers.
pub const OPTIMIZERS: [OptimizerKind; 3] = [
    OptimizerKind::Sgd,
    OptimizerKind::Momentum,
    OptimizerKind::Adam,
];

/// Which loss surface the ball rolls on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Surface {
    /// A one-dimensional parabola.
    Parabola,
    /// An elongated bowl (a quadratic with unequal curvatures).
    Bowl,
    /// Rosenbrock's curved valley.
    Rosenbrock,
}

impl Surface {
    /// Every surface, in menu order.
    pub const ALL: [Surface; 3] = [Surface::Parabola, Surface::Bowl, Surface::Rosenbrock];
}

/// What the learner set in the descent lab.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DescentLab {
    /// The surface.
    pub surface: Surface,
    /// How elongated it is.
    pub elongation: f32,
    /// The step size.
    pub learning_rate: f32,
    /// The update rule.
    pub optimizer: OptimizerKind,
    /// Start x.
    pub start_x: f32,
    /// Start y.
    pub start_y: f32,
    /// How many steps to take.
    pub steps: usize,
}

impl Default for DescentLab {
    fn default() -> Self {
        DescentLab {
            surface: Surface::Bowl,
            elongation: 5.0,
            learning_rate: 0.05,
            optimizer: OptimizerKind::Sgd,
            start_x: -4.0,
            start_y: 3.0,
            steps: 50,
        }
    }
}

impl DescentLab {
    /// The loss surface for these settings (the bowl carries the elongation).
    pub fn loss_surface(&self) -> LossSurface {
        match self.surface {
            Surface::Parabola => LossSurface::Parabola,
            Surface::Bowl => LossSurface::Bowl {
                elongation: self.elongation,
            },
            Surface::Rosenbrock => LossSurface::Rosenbrock,
        }
    }

    /// The optimizer settings of a run with update rule `kind` at the lab's learning rate
    /// (momentum μ, Adam's β₁, β₂ and ε at the engine's defaults, as the playground uses).
    pub fn optimizer_config(&self, kind: OptimizerKind) -> OptimizerConfig {
        OptimizerConfig {
            kind,
            learning_rate: self.learning_rate,
            ..OptimizerConfig::default()
        }
    }

    /// A fresh run from the lab's start with update rule `kind` (the lab's own
    /// optimizer, or another one to compare side by side from the same start).
    ///
    /// Errors: [`Descent::new`] refuses the rate or the start (never for values within the
    /// lab's bounds).
    pub fn descent(&self, kind: OptimizerKind) -> Result<Descent, NnError> {
        Descent::new(
            self.loss_surface(),
            [self.start_x, self.start_y],
            self.optimizer_config(kind),
        )
    }

    /// Whether `other` starts a different run: the surface, the elongation, the rate, the
    /// optimizer or the start differ (the number of steps to take does not).
    pub fn same_run(&self, other: &DescentLab) -> bool {
        DescentLab {
            steps: other.steps,
            ..*self
        } == *other
    }
}
