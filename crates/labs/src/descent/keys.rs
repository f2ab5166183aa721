//! The descent lab's link keys:
//! `lab=descent&surface=bowl&elongation=5&learningRate=0.05&optimizer=sgd&x=-4&y=3&steps=50`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `surface` | `parabola`, `bowl`, `rosenbrock` (the engine's serde names) | `bowl` |
//! | `elongation` | 1..=100 (how much steeper one axis is than the other; bowl only) | 5 |
//! | `learningRate` | 0.00001..=100 | 0.05 |
//! | `optimizer` | `sgd`, `momentum`, `adam` | `sgd` |
//! | `x`, `y` | the start, −10..=10 | −4, 3 |
//! | `steps` | 1..=1000 | 50 |
//!
//! The engine's `Surface::Bowl { elongation }` is written as two keys, so links stay
//! readable: `elongation` is written only for the bowl; when read it is range-checked
//! whatever the surface and used only by the bowl.

use neurite_nn::descent::Surface;

use super::state::{
    DescentLab, DEFAULT_ELONGATION, ELONGATION, LEARNING_RATE, MAX_STEPS, OPTIMIZERS, START,
    SURFACES,
};
use crate::link::write::{name, number};
use crate::link::{LabLinkError, LabState, Pairs};

/// The `surface` value naming `s`: its engine serde variant name.
fn surface_name(s: Surface) -> &'static str {
    match s {
        Surface::Parabola => "parabola",
        Surface::Bowl { .. } => "bowl",
        Surface::Rosenbrock => "rosenbrock",
    }
}

/// The surface the `surface` and `elongation` keys describe.
fn read_surface(p: &Pairs, default: Surface) -> Result<Surface, LabLinkError> {
    let named = match p.get("surface")? {
        None => default,
        Some(v) => SURFACES
            .into_iter()
            .find(|s| surface_name(*s) == v.trim())
            .ok_or_else(|| {
                let names: Vec<&str> = SURFACES.into_iter().map(surface_name).collect();
                LabLinkError::malformed("surface", v, format!("one of {}", names.join(", ")))
            })?,
    };
    let fallback = match default {
        Surface::Bowl { elongation } => elongation,
        _ => DEFAULT_ELONGATION,
    };
    let elongation = p.number("elongation", ELONGATION, fallback)?;
    Ok(match named {
        Surface::Bowl { .. } => Surface::Bowl { elongation },
        s => s,
    })
}

impl LabState for DescentLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![("surface", surface_name(self.surface).to_owned())];
        if let Some(e) = self.elongation() {
            pairs.push(("elongation", number(e)));
        }
        pairs.extend([
            ("learningRate", number(self.learning_rate)),
            ("optimizer", name(&self.optimizer)),
            ("x", number(self.start_x)),
            ("y", number(self.start_y)),
            ("steps", self.steps.to_string()),
        ]);
        pairs
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = DescentLab::default();
        Ok(DescentLab {
            surface: read_surface(p, d.surface)?,
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
    use neurite_nn::descent::DescentStatus;
    use neurite_nn::OptimizerKind;
    use proptest::prelude::*;

    fn descent_lab(link: &str) -> Result<DescentLab, String> {
        match decode(link).map_err(|e| e.to_string())? {
            Lab::Descent(d) => Ok(d),
            other => Err(format!("not the descent lab: {other:?}")),
        }
    }

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
        let e = decode("lab=descent&surface=saddle").map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("surface: 'saddle' is not one of parabola, bowl, rosenbrock".into())
        );
        let e = decode("lab=descent&surface=parabola&elongation=1000").map_err(|e| e.to_string());
        assert_eq!(e, Err("elongation: '1000' is outside 1 to 100".into()));
        assert!(decode("lab=descent&optimizer=rmsprop").is_err());
        assert!(decode("lab=descent&steps=0").is_err());
        let d = descent_lab("lab=descent&surface=rosenbrock&optimizer=adam");
        assert!(d.is_ok_and(|d| d.surface == Surface::Rosenbrock
            && d.optimizer == OptimizerKind::Adam
            && d.elongation().is_none()));
    }

    #[test]
    fn the_bowl_is_two_keys() {
        let d = descent_lab("lab=descent&surface=bowl&elongation=12.5");
        assert_eq!(d.map(|d| d.surface), Ok(Surface::Bowl { elongation: 12.5 }));
        let d = descent_lab("lab=descent&elongation=7");
        assert_eq!(d.map(|d| d.surface), Ok(Surface::Bowl { elongation: 7.0 }));
        let d = descent_lab("lab=descent&surface=parabola&elongation=7");
        assert_eq!(d.map(|d| d.surface), Ok(Surface::Parabola));
        let parabola = DescentLab {
            surface: Surface::Parabola,
            ..DescentLab::default()
        };
        assert_eq!(
            encode(&Lab::Descent(parabola)),
            "lab=descent&surface=parabola&learningRate=0.05&optimizer=sgd&x=-4&y=3&steps=50"
        );
    }

    #[test]
    fn surface_names_are_the_engines_serde_names() {
        for s in Surface::ALL {
            let json = serde_json::to_value(s).unwrap_or_default();
            let engine = match &json {
                serde_json::Value::String(name) => name.clone(),
                serde_json::Value::Object(map) => map.keys().cloned().collect(),
                _ => String::new(),
            };
            assert_eq!(surface_name(s), engine, "{json}");
        }
    }

    #[test]
    fn a_decoded_lab_runs_on_the_engine() {
        use neurite_nn::descent::Divergence::OutOfBounds;
        use DescentStatus::{Converged, Diverged, Running};
        // Runs are deterministic, so each status is exact. The parabola at lr = 0.5 halves x
        // per step: 2.5·0.5¹² ≈ 0.0006 is the first x (and step) within the 1e-3 tolerance.
        let cases = [
            ("lab=descent", Running, 50),
            (
                "lab=descent&surface=parabola&learningRate=0.5&x=2.5&steps=200",
                Converged { step: 12 },
                12,
            ),
            (
                "lab=descent&surface=bowl&elongation=100&learningRate=0.015&optimizer=momentum&steps=1000",
                Converged { step: 158 },
                158,
            ),
            (
                "lab=descent&surface=rosenbrock&optimizer=adam&learningRate=0.01&x=-1.5&y=2&steps=20",
                Running,
                20,
            ),
            (
                "lab=descent&surface=bowl&elongation=1&learningRate=100&x=10&y=-10&steps=1000",
                Diverged { step: 3, reason: OutOfBounds },
                3,
            ),
        ];
        for (link, status, steps) in cases {
            let lab = descent_lab(link);
            let run = lab.map(|lab| (lab, lab.descent().map_err(|e| e.to_string())));
            let Ok((lab, Ok(mut d))) = run else {
                panic!("{link}: {run:?}");
            };
            assert_eq!(d.surface(), lab.surface, "{link}");
            let y = if lab.surface.dims() == 1 {
                0.0
            } else {
                lab.start_y
            };
            assert_eq!(d.point(), [lab.start_x, y], "{link}");
            assert_eq!(d.config().learning_rate, lab.learning_rate, "{link}");
            assert_eq!(d.config().kind, lab.optimizer, "{link}");
            assert_eq!((d.run(lab.steps), d.steps()), (status, steps), "{link}");
            assert_eq!(d.path().len(), steps + 1, "{link}");
        }
    }

    fn log_in(b: Bounds) -> impl Strategy<Value = f32> {
        let (lo, hi) = (f64::from(b.min).log10(), f64::from(b.max).log10());
        (lo..=hi).prop_map(move |e| b.clamp(10f64.powf(e) as f32))
    }

    proptest! {
        #[test]
        fn round_trips_bit_for_bit(
            surface in prop::sample::select(SURFACES.to_vec()),
            elongation in log_in(ELONGATION),
            learning_rate in log_in(LEARNING_RATE),
            optimizer in prop::sample::select(OPTIMIZERS.to_vec()),
            start_x in -10.0f32..=10.0,
            start_y in -10.0f32..=10.0,
            steps in 1..=MAX_STEPS,
        ) {
            let surface = match surface {
                Surface::Bowl { .. } => Surface::Bowl { elongation },
                s => s,
            };
            let lab = Lab::Descent(DescentLab {
                surface, learning_rate, optimizer, start_x, start_y, steps,
            });
            prop_assert_eq!(round_trip(&lab), Ok(()));
        }
    }
}
