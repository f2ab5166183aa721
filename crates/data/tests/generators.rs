//! Cross-module checks of `generate`: counts, balance, domain, determinism, geometry.

use neurite_data::generators::regress::{gaussian_value, plane_value};
use neurite_data::{generate, Dataset, DatasetKind, DatasetSpec, Label, Task};
use neurite_nn::rng::{Rng, Stream};

fn make(kind: DatasetKind, points: usize, noise: f32, seed: u64) -> Dataset {
    let spec = DatasetSpec {
        points,
        noise,
        ..DatasetSpec::new(kind)
    };
    generate(&spec, &mut Rng::stream(seed, Stream::Data))
        .unwrap_or_else(|e| panic!("{kind:?}: {e}"))
}

/// How many points carry each class label (empty for regression).
fn class_counts(ds: &Dataset) -> Vec<usize> {
    let mut counts = vec![0; ds.task.classes().unwrap_or(0)];
    for p in &ds.points {
        if let Some(slot) = p.label.class().and_then(|c| counts.get_mut(c)) {
            *slot += 1;
        }
    }
    counts
}

fn xy(ds: &Dataset) -> impl Iterator<Item = (f64, f64, Label)> + '_ {
    ds.points
        .iter()
        .map(|p| (f64::from(p.coords[0]), f64::from(p.coords[1]), p.label))
}

/// Largest |coordinate| a kind can produce at the given noise (None: unbounded Gaussian).
fn coordinate_bound(kind: DatasetKind, noise: f64) -> f64 {
    let f = noise / 100.0;
    match kind {
        DatasetKind::Circle => 5.0,
        DatasetKind::Xor => 5.3,
        DatasetKind::Spiral | DatasetKind::Spirals => 5.0 + f,
        DatasetKind::Gauss => 2.0 + 6.0 * libm::sqrt(0.5 + 7.0 * f),
        DatasetKind::Blobs => 4.0 + 6.0 * (0.5 + 2.0 * f),
        DatasetKind::Moons => 5.25 + 6.0 * 2.0 * f,
        DatasetKind::RegPlane
        | DatasetKind::RegGauss
        | DatasetKind::Checkerboard
        | DatasetKind::Sine => 6.0,
    }
}

#[test]
fn every_kind_counts_domain_and_balance() {
    for kind in DatasetKind::ALL {
        for noise in [0.0, 25.0, 50.0] {
            for n in [1, 7, 501] {
                let ds = make(kind, n, noise, 3);
                assert_eq!(ds.len(), n, "{kind:?}");
                let bound = coordinate_bound(kind, f64::from(noise)) + 1e-5;
                for p in &ds.points {
                    assert_eq!(p.coords.len(), kind.dims());
                    assert!(
                        p.coords.iter().all(|c| f64::from(c.abs()) <= bound),
                        "{kind:?} {p:?}"
                    );
                    match (ds.task, p.label) {
                        (Task::Regression, Label::Value(v)) => assert!(v.abs() <= 2.0, "{v}"),
                        (Task::Binary, Label::Class(c)) => assert!(c < 2),
                        (Task::Multiclass { classes }, Label::Class(c)) => assert!(c < classes),
                        other => panic!("{kind:?}: label {other:?}"),
                    }
                }
            }
        }
        // Balance: generated class sizes differ by at most one at zero noise; XOR (as in
        // TFP) labels uniform points by quadrant, so it is balanced only in expectation
        // (binomial standard deviation √150 ≈ 12 at n = 600).
        if !kind.is_regression() {
            let ds = make(kind, 600, 0.0, 4);
            let counts = class_counts(&ds);
            let (lo, hi) = (counts.iter().min(), counts.iter().max());
            let slack = if kind == DatasetKind::Xor { 100 } else { 1 };
            assert!(
                hi.zip(lo).is_some_and(|(h, l)| h - l <= slack),
                "{kind:?} {counts:?}"
            );
        }
    }
}

#[test]
fn same_seed_same_data_different_seed_different_data() {
    for kind in DatasetKind::ALL {
        let a = make(kind, 200, 10.0, 42);
        let b = make(kind, 200, 10.0, 42);
        let c = make(kind, 200, 10.0, 43);
        assert_eq!(a, b, "{kind:?}");
        assert_ne!(a, c, "{kind:?}");
    }
}

#[test]
fn points_are_shuffled() {
    let ds = make(DatasetKind::Circle, 500, 0.0, 1);
    let first_half_ones = ds.points[..250]
        .iter()
        .filter(|p| p.label == Label::Class(1))
        .count();
    assert!((80..170).contains(&first_half_ones), "{first_half_ones}");
}

#[test]
fn circle_inner_class_has_smaller_radius() {
    for noise in [0.0, 50.0] {
        let ds = make(DatasetKind::Circle, 1000, noise, 5);
        let mean_r = |class: usize| {
            let rs: Vec<f64> = xy(&ds)
                .filter(|p| p.2 == Label::Class(class))
                .map(|(x, y, _)| libm::hypot(x, y))
                .collect();
            rs.iter().sum::<f64>() / rs.len() as f64
        };
        assert!(mean_r(1) + 1.0 < mean_r(0), "noise {noise}");
    }
}

#[test]
fn noise_flips_some_labels_but_not_most() {
    let clean = |x: f64, y: f64| Label::Class(usize::from(x * y >= 0.0));
    let ds = make(DatasetKind::Xor, 2000, 0.0, 6);
    assert!(xy(&ds).all(|(x, y, l)| l == clean(x, y)));
    let noisy = make(DatasetKind::Xor, 2000, 50.0, 6);
    let wrong = xy(&noisy).filter(|&(x, y, l)| l != clean(x, y)).count();
    assert!((100..800).contains(&wrong), "{wrong}");
}

#[test]
fn regression_targets_match_tfp_formulas_at_zero_noise() {
    let plane = make(DatasetKind::RegPlane, 500, 0.0, 7);
    for (x, y, l) in xy(&plane) {
        assert!((f64::from(l.as_f32()) - plane_value(x, y)).abs() < 1e-5);
    }
    let gauss = make(DatasetKind::RegGauss, 500, 0.0, 7);
    for (x, y, l) in xy(&gauss) {
        assert!((f64::from(l.as_f32()) - gaussian_value(x, y)).abs() < 1e-5);
        assert!(l.as_f32().abs() <= 1.0);
    }
}

#[test]
fn gauss_classes_are_on_their_diagonal_side() {
    let ds = make(DatasetKind::Gauss, 1000, 0.0, 8);
    let right_side = xy(&ds)
        .filter(|&(x, y, l)| (x + y > 0.0) == (l == Label::Class(1)))
        .count();
    assert!(right_side > 990, "{right_side}");
}

#[test]
fn sine_is_one_dimensional_and_noisy() {
    let ds = make(DatasetKind::Sine, 60, 20.0, 9);
    assert_eq!((ds.dims, ds.task), (1, Task::Regression));
    let residual: f64 = ds
        .points
        .iter()
        .map(|p| {
            let x = f64::from(p.coords[0]);
            (f64::from(p.label.as_f32()) - 0.8 * libm::sin(x)).powi(2)
        })
        .sum::<f64>()
        / 60.0;
    // Noise 20 % → standard deviation 0.2 → mean squared residual ≈ 0.04.
    assert!((0.015..0.08).contains(&residual), "{residual}");
}

#[test]
fn multiclass_uses_requested_class_count() {
    for kind in [DatasetKind::Blobs, DatasetKind::Spirals] {
        for classes in 3..=6 {
            let spec = DatasetSpec {
                classes,
                ..DatasetSpec::new(kind)
            };
            let ds = generate(&spec, &mut Rng::new(1)).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(ds.task, Task::Multiclass { classes });
            assert!(class_counts(&ds).iter().all(|&c| c >= 500 / classes));
        }
    }
}
