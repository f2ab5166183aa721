//! The overfitting lab's link keys:
//! `lab=overfit&dataset=sine&points=40&noise=30&width=16&depth=2&learningRate=0.03&epochs=800&regularization=none&regularizationRate=0.1&dropout=0&patience=0&restoreBest=true&k=5&seed=4`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `dataset` | `sine`, `circle` | `sine` |
//! | `points` | 20..=200 | 40 |
//! | `noise` | 0..=50 (percent) | 30 |
//! | `width` | 2..=16 neurons per hidden layer | 16 |
//! | `depth` | 1..=3 hidden layers | 2 |
//! | `learningRate` | 0.0001..=1 (Adam) | 0.03 |
//! | `epochs` | 50..=3000 | 800 |
//! | `regularization` | `none`, `l1`, `l2` | `none` |
//! | `regularizationRate` | 0.00001..=1 | 0.1 |
//! | `dropout` | 0..=0.5 | 0 |
//! | `patience` | 0..=500 epochs (0 = no Early Stopping) | 0 |
//! | `restoreBest` | `true`, `false` | `true` |
//! | `k` | 2..=10 folds | 5 |
//! | `seed` | a decimal u64; other text is hashed, as in playground links | 4 |
//! | `scrub` | the epoch the scrubber is pinned to, 0..=`epochs` (larger: clamped; not a whole number: ignored); written only when pinned | absent: the latest epoch |

use neurite_nn::Regularization;

use super::state::{
    OverfitLab, DATASETS, DEPTH, DROPOUT, EPOCHS, FOLDS, LEARNING_RATE, NOISE, PATIENCE, POINTS,
    REGULARIZATION_RATE, WIDTH,
};
use crate::link::write::{name, number};
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for OverfitLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![
            ("dataset", name(&self.dataset)),
            ("points", self.points.to_string()),
            ("noise", number(self.noise)),
            ("width", self.width.to_string()),
            ("depth", self.depth.to_string()),
            ("learningRate", number(self.learning_rate)),
            ("epochs", self.epochs.to_string()),
            ("regularization", name(&self.regularization)),
            ("regularizationRate", number(self.regularization_rate)),
            ("dropout", number(self.dropout)),
            ("patience", self.patience.to_string()),
            ("restoreBest", self.restore_best.to_string()),
            ("k", self.folds.to_string()),
            ("seed", self.seed.to_string()),
        ];
        if let Some(epoch) = self.scrub {
            pairs.push(("scrub", epoch.to_string()));
        }
        pairs
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = OverfitLab::default();
        let epochs = p.whole("epochs", EPOCHS, d.epochs)?;
        // Total: a scrubber position that is not a whole number is dropped (the scrubber
        // follows the latest epoch), one past the budget is clamped to it.
        let scrub = p.get("scrub")?.and_then(|v| v.trim().parse::<usize>().ok());
        Ok(OverfitLab {
            dataset: p.choice("dataset", &DATASETS, d.dataset)?,
            points: p.whole("points", POINTS, d.points)?,
            noise: p.number("noise", NOISE, d.noise)?,
            width: p.whole("width", WIDTH, d.width)?,
            depth: p.whole("depth", DEPTH, d.depth)?,
            learning_rate: p.number("learningRate", LEARNING_RATE, d.learning_rate)?,
            epochs,
            regularization: p.choice("regularization", &Regularization::ALL, d.regularization)?,
            regularization_rate: p.number(
                "regularizationRate",
                REGULARIZATION_RATE,
                d.regularization_rate,
            )?,
            dropout: p.number("dropout", DROPOUT, d.dropout)?,
            patience: p.whole("patience", PATIENCE, d.patience)?,
            restore_best: p.flag("restoreBest", d.restore_best)?,
            folds: p.whole("k", FOLDS, d.folds)?,
            seed: p.seed("seed", d.seed)?,
            scrub: scrub.map(|e| e.min(epochs)),
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
            encode(&Lab::Overfit(OverfitLab::default())),
            "lab=overfit&dataset=sine&points=40&noise=30&width=16&depth=2&learningRate=0.03\
             &epochs=800&regularization=none&regularizationRate=0.1&dropout=0&patience=0\
             &restoreBest=true&k=5&seed=4"
        );
        assert_eq!(
            decode("lab=overfit"),
            Ok(Lab::Overfit(OverfitLab::default()))
        );
        let e = decode("lab=overfit&dataset=spiral").map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("dataset: 'spiral' is not one of sine, circle".into())
        );
        let e = decode("lab=overfit&k=11").map_err(|e| e.to_string());
        assert_eq!(e, Err("k: '11' is outside 2 to 10".into()));
        let e = decode("lab=overfit&restoreBest=maybe").map_err(|e| e.to_string());
        assert_eq!(e, Err("restoreBest: 'maybe' is not true or false".into()));
        assert!(decode("lab=overfit&regularization=l3").is_err());
        assert!(decode("lab=overfit&dropout=0.9").is_err());
        assert!(decode("lab=overfit&epochs=1e9").is_err());
        assert!(decode("lab=overfit&k=5&k=6").is_err());
        let l2 = decode("lab=overfit&regularization=l2");
        assert!(l2
            .is_ok_and(|l| matches!(l, Lab::Overfit(o) if o.regularization == Regularization::L2)));
    }

    #[test]
    fn the_scrubber_position_round_trips_and_garbage_is_ignored_or_clamped() {
        let pinned = OverfitLab {
            scrub: Some(197),
            ..OverfitLab::default()
        };
        let text = encode(&Lab::Overfit(pinned));
        assert!(text.ends_with("&seed=4&scrub=197"), "{text}");
        assert_eq!(decode(&text), Ok(Lab::Overfit(pinned)));
        assert_eq!(round_trip(&Lab::Overfit(pinned)), Ok(()));
        let scrub_of = |link: &str| match decode(link) {
            Ok(Lab::Overfit(o)) => Ok(o.scrub),
            other => Err(format!("{other:?}")),
        };
        assert_eq!(scrub_of("lab=overfit"), Ok(None));
        assert_eq!(scrub_of("lab=overfit&scrub=0"), Ok(Some(0)));
        assert_eq!(scrub_of("lab=overfit&scrub=%20120%20"), Ok(Some(120)));
        // Past the budget: clamped to it (800 by default, or the link's `epochs`).
        assert_eq!(scrub_of("lab=overfit&scrub=5000"), Ok(Some(800)));
        assert_eq!(scrub_of("lab=overfit&epochs=100&scrub=101"), Ok(Some(100)));
        for garbage in [
            "",
            "-3",
            "1.5",
            "1e3",
            "NaN",
            "twelve",
            "99999999999999999999999",
            "%FF",
        ] {
            let link = format!("lab=overfit&scrub={garbage}");
            assert_eq!(scrub_of(&link), Ok(None), "{link}");
        }
        assert!(
            decode("lab=overfit&scrub=1&scrub=2").is_err(),
            "a duplicate, as for every key"
        );
    }

    proptest! {
        #[test]
        fn round_trips_bit_for_bit(
            dataset in prop::sample::select(DATASETS.to_vec()),
            points in POINTS,
            noise in 0.0f32..=50.0,
            width in WIDTH,
            depth in DEPTH,
            lr in -4.0f64..=0.0,
            epochs in EPOCHS,
            regularization in prop::sample::select(Regularization::ALL.to_vec()),
            rate in -5.0f64..=0.0,
            dropout in 0.0f32..=0.5,
            patience in PATIENCE,
            restore_best in any::<bool>(),
            folds in FOLDS,
            seed in any::<u64>(),
            scrub in prop::option::of(0usize..=3000),
        ) {
            let lab = Lab::Overfit(OverfitLab {
                dataset, points, noise, width, depth,
                learning_rate: LEARNING_RATE.clamp(10f64.powf(lr) as f32),
                epochs, regularization,
                regularization_rate: REGULARIZATION_RATE.clamp(10f64.powf(rate) as f32),
                dropout, patience, restore_best, folds, seed,
                scrub: scrub.map(|e| e.min(epochs)),
            });
            prop_assert_eq!(round_trip(&lab), Ok(()));
        }
    }
}
