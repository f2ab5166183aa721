//! The descent lab's link keys (table in `mod.rs`).

use super::state::{DescentLab, Surface, ELONGATION, LEARNING_RATE, MAX_STEPS, OPTIMIZERS, START};
use crate::link::write::{name, number};
use crate::link::{LabLinkError, LabState, Pairs};

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
    use crate::bounds::Bounds;
    use crate::link::{decode, encode, round_trip, Lab};
    use neurite_nn::OptimizerKind;
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
            super::super::DescentStatus::Diverged { .. }
        ));
        let flat = DescentLab {
            surface: Surface::Parabola,
            ..lab
        };
        assert_eq!(flat.loss_surface(), super::super::LossSurface::Parabola);
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
