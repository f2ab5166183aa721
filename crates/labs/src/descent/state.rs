//! What the learner set in the descent lab ([`DescentLab`]), the ranges of its settings and
//! the engine run they describe ([`DescentLab::descent`]).

use neurite_nn::descent::{Descent, Surface, BOUND, MAX_ELONGATION, MIN_ELONGATION};
use neurite_nn::{NnError, OptimizerConfig, OptimizerKind};

use crate::bounds::Bounds;

/// Range of the bowl's elongation: the engine's own, `MIN_ELONGATION..=MAX_ELONGATION`.
pub const ELONGATION: Bounds = Bounds::log(MIN_ELONGATION, MAX_ELONGATION);
/// The bowl's elongation until the learner changes it.
pub const DEFAULT_ELONGATION: f32 = 5.0;
/// Range of the learning rate: small enough to crawl, large enough to diverge (発散).
pub const LEARNING_RATE: Bounds = Bounds::log(1e-5, 100.0);
/// Range of each start coordinate (well inside the engine's `BOUND`).
pub const START: Bounds = Bounds::linear(-10.0, 10.0);
/// Most steps (fewer than the engine's `MAX_STEPS`, so a lab run never hits its step limit).
pub const MAX_STEPS: usize = 1000;
/// Every optimizer the lab offers.
pub const OPTIMIZERS: [OptimizerKind; 3] = [
    OptimizerKind::Sgd,
    OptimizerKind::Momentum,
    OptimizerKind::Adam,
];
/// Every surface, in menu order (the bowl at [`DEFAULT_ELONGATION`]).
pub const SURFACES: [Surface; 3] = [
    Surface::Parabola,
    Surface::Bowl {
        elongation: DEFAULT_ELONGATION,
    },
    Surface::Rosenbrock,
];

// The lab's ranges fit the engine's: checked when compiling.
const _: () = assert!(MAX_STEPS < neurite_nn::descent::MAX_STEPS);
const _: () = assert!(-BOUND <= START.min && START.max <= BOUND);

/// What the learner set in the descent lab.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DescentLab {
    /// The engine's surface; a bowl carries its elongation (in [`ELONGATION`]).
    pub surface: Surface,
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
            surface: Surface::Bowl {
                elongation: DEFAULT_ELONGATION,
            },
            learning_rate: 0.05,
            optimizer: OptimizerKind::Sgd,
            start_x: -4.0,
            start_y: 3.0,
            steps: 50,
        }
    }
}

impl DescentLab {
    /// The bowl's elongation, `None` on the other surfaces.
    pub fn elongation(&self) -> Option<f32> {
        match self.surface {
            Surface::Bowl { elongation } => Some(elongation),
            Surface::Parabola | Surface::Rosenbrock => None,
        }
    }

    /// The update rule's settings: the engine's defaults (momentum 0.9, Adam's β₁, β₂, ε)
    /// with the lab's optimizer and learning rate.
    pub fn config(&self) -> OptimizerConfig {
        OptimizerConfig {
            kind: self.optimizer,
            learning_rate: self.learning_rate,
            ..OptimizerConfig::default()
        }
    }

    /// The engine's run at the lab's start point, not stepped yet (take the lab's steps
    /// with `run(self.steps)`). An error only for settings outside the lab's ranges.
    pub fn descent(&self) -> Result<Descent, NnError> {
        Descent::new(self.surface, [self.start_x, self.start_y], self.config())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_agree_with_the_engine() {
        assert_eq!(
            (ELONGATION.min, ELONGATION.max),
            (MIN_ELONGATION, MAX_ELONGATION)
        );
        assert!(ELONGATION.contains(DEFAULT_ELONGATION));
        for e in [ELONGATION.min, DEFAULT_ELONGATION, ELONGATION.max] {
            let bowl = Surface::Bowl { elongation: e };
            assert_eq!(bowl.sanitized(), bowl, "the engine keeps {e} as it is");
        }
        for lr in [LEARNING_RATE.min, LEARNING_RATE.max] {
            let lab = DescentLab {
                learning_rate: lr,
                ..DescentLab::default()
            };
            assert_eq!(lab.config().validate(), Ok(()));
        }
        let kinds: Vec<usize> = SURFACES.iter().map(|s| s.dims()).collect();
        assert_eq!(kinds, [1, 2, 2]);
        assert_eq!(DescentLab::default().elongation(), Some(DEFAULT_ELONGATION));
        let parabola = DescentLab {
            surface: Surface::Parabola,
            ..DescentLab::default()
        };
        assert_eq!(parabola.elongation(), None);
    }
}
