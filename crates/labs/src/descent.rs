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

use neurite_nn::descent::Descent;
use neurite_nn::{NnError, OptimizerConfig, OptimizerKind};
use serde::{Deserialize, Serialize};

use crate::bounds::Bounds;
use crate::link::write::{name, number};
use crate::link::{LabLinkError, LabState, Pairs};

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
    /// The engine's surface for these settings (the bowl carries the elongation).
    pub fn engine_surface(&self) -> neurite_nn::Surface {
        match self.surface {
            Surface::Parabola => neurite_nn::Surface::Parabola,
            Surface::Bowl => neurite_nn::Surface::Bowl {
                elongation: self.elongation,
            },
            Surface::Rosenbrock => neurite_nn::Surface::Rosenbrock,
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

    /// A fresh engine run from the lab's start with update rule `kind` (the lab's own
    /// optimizer, or another one to compare side by side from the same start).
    ///
    /// Errors: the engine refuses the rate or the start (never for values within the
    /// lab's bounds).
    pub fn descent(&self, kind: OptimizerKind) -> Result<Descent, NnError> {
        Descent::new(
            self.engine_surface(),
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

impl LabState for DescentLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("surface", name(&self.surface)),
            ("elongation", number(self.elongation)),
            ("learningRate", number(self.learning_rate)),
            ("optimizer", name(&self.optimizer)),
            ("x", number(self.start_x)),
            ("y", number(self.start_y)),
            ("steps", self.steps.to_string()),
        ]
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = DescentLab::default();
        Ok(DescentLab {
            surface: p.choice("surface", &Surface::ALL, d.surface)?,
            elongation: p.number("elongation", ELONGATION, d.elongation)?,
            learning_rate: p.number("learningRate", LEARNING_RATE, d.learning_rate)?,
            optimizer: p.choice("optimizer", &OPTIMIZERS, d.optimizer)?,
            start_x: p.number("x", START, d.start_x)?,
            start_y: p.number("y", START, d.start_y)?,
            steps: p.whole("steps", 1..=MAX_STEPS, d.steps)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{decode, encode, round_trip, Lab};
    use proptest::prelude::*;

    #[test]
    fn default_link_and_errors() {
        assert_eq!(
            encode(&Lab::Descent(DescentLab::default())),
            "lab=descent&surface=bowl&elongation=5&learningRate=0.05&optimizer=sgd&x=-4&y=3&steps=50"
        );
        let e = decode("lab=descent&learningRate=1000").map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("learningRate: '1000' is outside 0.00001 to 100".into())
        );
        assert!(decode("lab=descent&optimizer=rmsprop").is_err());
        assert!(decode("lab=descent&steps=0").is_err());
        let lab = decode("lab=descent&surface=rosenbrock&optimizer=adam");
        assert!(lab.is_ok_and(|l| matches!(l, Lab::Descent(d)
            if d.surface == Surface::Rosenbrock && d.optimizer == OptimizerKind::Adam)));
    }

    #[test]
    fn runs_are_the_engines() {
        let lab = DescentLab::default();
        let d = lab.descent(lab.optimizer).unwrap_or_else(|e| panic!("{e}"));
        // ½(x² + e·y²) at (−4, 3) with e = 5.
        assert_eq!(d.loss(), 30.5);
        assert_eq!(d.path(), &[[-4.0, 3.0]]);
        let mut big = DescentLab {
            learning_rate: 2.5,
            ..lab
        }
        .descent(OptimizerKind::Sgd)
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            big.run(MAX_STEPS),
            neurite_nn::DescentStatus::Diverged { .. }
        ));
        let flat = DescentLab {
            surface: Surface::Parabola,
            ..lab
        };
        assert_eq!(flat.engine_surface(), neurite_nn::Surface::Parabola);
        let adam = flat.descent(OptimizerKind::Adam);
        assert!(adam.is_ok_and(|d| d.config().kind == OptimizerKind::Adam && d.point()[1] == 0.0));
        assert!(lab.same_run(&DescentLab { steps: 7, ..lab }));
        assert!(!lab.same_run(&DescentLab {
            learning_rate: 0.1,
            ..lab
        }));
    }

    fn log_in(b: Bounds) -> impl Strategy<Value = f32> {
        let (lo, hi) = (f64::from(b.min).log10(), f64::from(b.max).log10());
        (lo..=hi).prop_map(move |e| b.clamp(10f64.powf(e) as f32))
    }

    proptest! {
        #[test]
        fn round_trips_bit_for_bit(
            surface in prop::sample::select(Surface::ALL.to_vec()),
            elongation in log_in(ELONGATION),
            learning_rate in log_in(LEARNING_RATE),
            optimizer in prop::sample::select(OPTIMIZERS.to_vec()),
            start_x in -10.0f32..=10.0,
            start_y in -10.0f32..=10.0,
            steps in 1..=MAX_STEPS,
        ) {
            let lab = Lab::Descent(DescentLab {
                surface, elongation, learning_rate, optimizer, start_x, start_y, steps,
            });
            prop_assert_eq!(round_trip(&lab), Ok(()));
        }
    }
}
