//! Descent runs: the rate regimes on the bowl, the engine's exact SGD step, momentum and
//! Adam, Rosenbrock's valley, hostile inputs, determinism.

use super::*;
use neurite_nn::{NnError, OptimizerConfig, OptimizerKind};

const BOWL: LossSurface = LossSurface::Bowl { elongation: 1.0 };
const START: [f32; 2] = [-2.5, 2.0];

fn cfg(kind: OptimizerKind, lr: f32) -> OptimizerConfig {
    OptimizerConfig {
        kind,
        learning_rate: lr,
        ..OptimizerConfig::default()
    }
}

fn descent(surface: LossSurface, start: [f32; 2], kind: OptimizerKind, lr: f32) -> Descent {
    Descent::new(surface, start, cfg(kind, lr)).unwrap_or_else(|e| panic!("{e}"))
}

fn dist(p: [f32; 2], q: [f32; 2]) -> f32 {
    ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt()
}

#[test]
fn good_rate_converges() {
    let mut d = descent(BOWL, START, OptimizerKind::Sgd, 0.1);
    assert_eq!(d.status(), DescentStatus::Ready);
    assert_eq!(d.step(), DescentStatus::Running);
    let s = d.run(usize::MAX);
    // θₖ = 0.9ᵏ·θ₀, so Lₖ = ½·0.81ᵏ·‖θ₀‖² = 5.125·0.81ᵏ first drops to 1e-6 at k = 74.
    assert_eq!(s, DescentStatus::Converged { step: 74 });
    assert!(d.distance_to_minimum() < 2e-3 && d.loss() <= LOSS_TOL);
    assert_eq!((d.path().len(), d.losses().len()), (75, 75));
    assert!(d.losses().windows(2).all(|w| w[1] < w[0]));
    // Finished: stepping again changes nothing.
    assert_eq!(d.step(), s);
    assert_eq!(d.steps(), 74);
}

#[test]
fn too_large_a_rate_diverges() {
    // x ← (1 − 2.5)x: the point zig-zags outward ×1.5 and the loss grows ×2.25 a step.
    let mut d = descent(BOWL, START, OptimizerKind::Sgd, 2.5);
    let s = d.run(1000);
    assert_eq!(
        s,
        DescentStatus::Diverged {
            step: GROWTH_STEPS,
            reason: Divergence::LossGrowing
        }
    );
    let xs: Vec<f32> = d.path().iter().map(|p| p[0]).collect();
    assert!(xs
        .windows(2)
        .all(|w| w[0] * w[1] < 0.0 && w[1].abs() > w[0].abs()));
    assert!(s.to_string().contains("smaller learning rate"));
    // Just past the edge (|1 − lr| = 1.05) the climb is slower but still caught.
    let mut d = descent(BOWL, START, OptimizerKind::Sgd, 2.05);
    assert!(matches!(
        d.run(STEP_LIMIT),
        DescentStatus::Diverged {
            reason: Divergence::LossGrowing,
            ..
        }
    ));
    // Rosenbrock's quartic walls blow up at once at a rate that is fine on the bowl.
    let r = LossSurface::Rosenbrock;
    let mut d = descent(r, r.suggested_start(), OptimizerKind::Sgd, 0.1);
    assert!(matches!(
        d.run(100),
        DescentStatus::Diverged {
            reason: Divergence::NonFinite | Divergence::OutOfBounds,
            ..
        }
    ));
}

#[test]
fn tiny_rate_crawls() {
    let mut d = descent(BOWL, START, OptimizerKind::Sgd, 1e-4);
    let s = d.run(50);
    assert_eq!(s, DescentStatus::Running);
    assert!(d.distance_to_minimum() > 0.9 * dist(START, [0.0, 0.0]));
    assert!(d.losses().windows(2).all(|w| w[1] < w[0]));
}

#[test]
fn one_sgd_step_is_the_textbook_update_bitwise() {
    let lr = 0.37;
    for e in [1.0f32, 3.0, 100.0] {
        let s = LossSurface::Bowl { elongation: e };
        let mut d = descent(s, START, OptimizerKind::Sgd, lr);
        d.step();
        let [x, y] = START;
        let [gx, gy] = [x, e * y];
        let want = [x - lr * gx, y - lr * gy];
        assert_eq!(d.point().map(f32::to_bits), want.map(f32::to_bits));
        assert_eq!(d.path()[1], want);
    }
    // The 1-D parabola keeps y at 0 (frozen), whatever the start says.
    let mut d = descent(LossSurface::Parabola, [2.0, 9.0], OptimizerKind::Sgd, 0.5);
    assert_eq!(d.point(), [2.0, 0.0]);
    d.step();
    assert_eq!(d.point(), [1.0, 0.0]);
    assert_eq!(d.losses(), &[2.0, 0.5]);
}

#[test]
fn momentum_and_adam_take_their_own_paths_and_converge() {
    let mut runs: Vec<Descent> = [
        OptimizerKind::Sgd,
        OptimizerKind::Momentum,
        OptimizerKind::Adam,
    ]
    .into_iter()
    .map(|k| descent(BOWL, START, k, 0.1))
    .collect();
    for d in &mut runs {
        let s = d.run(1000);
        assert!(
            matches!(s, DescentStatus::Converged { step } if step < 500),
            "{:?}: {s:?}",
            d.config().kind
        );
    }
    let (m, a) = (&runs[1], &runs[2]);
    assert_ne!(m.path()[2], a.path()[2]);
    assert_ne!(runs[0].path()[2], m.path()[2]);
    // Momentum overshoots: its path crosses x = 0, SGD's (x ← 0.9x) never does.
    assert!(m.path().iter().any(|p| p[0] > 0.0));
    assert!(runs[0].path().iter().all(|p| p[0] < 0.0));
}

#[test]
fn adam_follows_rosenbrocks_valley() {
    let r = LossSurface::Rosenbrock;
    let start = [-1.5, 2.0];
    let mut d = descent(r, start, OptimizerKind::Adam, 0.02);
    d.run(3000);
    assert!(!matches!(d.status(), DescentStatus::Diverged { .. }));
    let [x, y] = d.point();
    // From x = −1.5 round the bend past the origin, near the floor y ≈ x².
    assert!(x > 0.8 && (y - x * x).abs() < 0.1, "({x}, {y})");
    assert!(d.distance_to_minimum() < 0.1 * dist(start, r.minimum()));
    assert!(d.loss() < 1e-3 * d.losses()[0]);
}

#[test]
fn hostile_inputs_error_or_diverge_without_panicking() {
    let bad = |surface, start, lr| Descent::new(surface, start, cfg(OptimizerKind::Adam, lr));
    for lr in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY, -1.0] {
        assert!(matches!(
            bad(BOWL, START, lr),
            Err(NnError::InvalidConfig(_))
        ));
    }
    for start in [[f32::NAN, 0.0], [0.0, f32::INFINITY], [2e6, 0.0]] {
        assert!(matches!(
            bad(BOWL, start, 0.1),
            Err(NnError::InvalidValue(_))
        ));
    }
    // y is ignored on the 1-D parabola, even when it is NaN.
    assert!(bad(LossSurface::Parabola, [1.0, f32::NAN], 0.1).is_ok());
    let nan_momentum = OptimizerConfig {
        momentum: f32::NAN,
        ..cfg(OptimizerKind::Momentum, 0.1)
    };
    assert!(Descent::new(BOWL, START, nan_momentum).is_err());
    // Huge but finite rates are valid settings: they diverge at once.
    for (kind, lr) in [(OptimizerKind::Sgd, 1e30), (OptimizerKind::Momentum, 3e38)] {
        for s in [LossSurface::Parabola, BOWL, LossSurface::Rosenbrock] {
            let mut d = descent(s, [BOUND, -BOUND], kind, lr);
            assert!(matches!(d.run(10), DescentStatus::Diverged { step: 1, .. }));
        }
    }
    // A NaN elongation is a round bowl.
    let d = descent(
        LossSurface::Bowl {
            elongation: f32::NAN,
        },
        START,
        OptimizerKind::Sgd,
        1.0,
    );
    assert_eq!(d.surface(), BOWL);
    // Adam's steps stay ~lr long: lr = 100 swings wildly but never overflows.
    let mut d = descent(
        LossSurface::Rosenbrock,
        [BOUND, BOUND],
        OptimizerKind::Adam,
        100.0,
    );
    let s = d.run(STEP_LIMIT);
    assert!(s.is_finished(), "{s:?}");
    assert!(d.path().iter().flatten().all(|v| v.is_finite()), "{s:?}");
    assert!(d.path().len() <= STEP_LIMIT + 1);
}

#[test]
fn zero_rate_and_exact_start_at_the_minimum() {
    let mut d = descent(BOWL, [0.0, 0.0], OptimizerKind::Adam, 0.1);
    assert_eq!(d.step(), DescentStatus::Converged { step: 1 });
    let mut d = descent(BOWL, START, OptimizerKind::Sgd, 0.0);
    assert_eq!(d.run(usize::MAX), DescentStatus::StepLimit);
    assert_eq!(d.steps(), STEP_LIMIT);
    assert_eq!(d.point(), START);
}

#[test]
fn deterministic_bit_for_bit() {
    for kind in [
        OptimizerKind::Sgd,
        OptimizerKind::Momentum,
        OptimizerKind::Adam,
    ] {
        let bits = || {
            let mut d = descent(LossSurface::Rosenbrock, [-1.2, 1.0], kind, 1e-3);
            d.run(500);
            let p: Vec<[u32; 2]> = d.path().iter().map(|p| p.map(f32::to_bits)).collect();
            let l: Vec<u32> = d.losses().iter().map(|v| v.to_bits()).collect();
            (p, l, d.status())
        };
        assert_eq!(bits(), bits());
    }
}
