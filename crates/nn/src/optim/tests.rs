//! Optimizer tests: one step of each rule by hand, masked and frozen parameters.

use super::*;
use crate::activation::Activation;
use ndarray::{arr1, arr2};

fn layer() -> Dense {
    Dense::new(
        arr2(&[[1.0, 2.0]]),
        arr1(&[0.5]),
        Activation::Linear,
        1.0,
        0.0,
    )
}

#[test]
fn sgd_momentum_adam_steps() {
    let cfg = OptimizerConfig {
        learning_rate: 0.1,
        ..OptimizerConfig::default()
    };
    let mut d = layer();
    let mut st = OptimizerState::new(OptimizerKind::Sgd, &[(2, 1)]);
    st.begin_step(&cfg);
    st.update(
        0,
        &mut d,
        &[1.0, -1.0],
        &[2.0],
        &cfg,
        Regularization::None,
        0.0,
    );
    assert_eq!(
        (d.weights[[0, 0]], d.weights[[0, 1]], d.bias[0]),
        (0.9, 2.1, 0.3)
    );

    let cfg_m = OptimizerConfig {
        kind: OptimizerKind::Momentum,
        ..cfg
    };
    let mut d = layer();
    let mut st = OptimizerState::new(OptimizerKind::Momentum, &[(2, 1)]);
    for _ in 0..2 {
        st.begin_step(&cfg_m);
        st.update(
            0,
            &mut d,
            &[1.0, 0.0],
            &[0.0],
            &cfg_m,
            Regularization::None,
            0.0,
        );
    }
    // v₁ = 1, v₂ = 1.9: w = 1 − 0.1 − 0.19.
    assert!((d.weights[[0, 0]] - 0.71).abs() < 1e-6);

    // Adam's first step moves each weight by ≈ lr·sign(g).
    let cfg_a = OptimizerConfig {
        kind: OptimizerKind::Adam,
        ..cfg
    };
    let mut d = layer();
    let mut st = OptimizerState::new(OptimizerKind::Adam, &[(2, 1)]);
    st.begin_step(&cfg_a);
    st.update(
        0,
        &mut d,
        &[3.0, -0.01],
        &[0.0],
        &cfg_a,
        Regularization::None,
        0.0,
    );
    assert!((d.weights[[0, 0]] - 0.9).abs() < 1e-5 && (d.weights[[0, 1]] - 2.1).abs() < 1e-4);
}

#[test]
fn masked_and_frozen_are_untouched() {
    let cfg = OptimizerConfig::default();
    let mut d = layer();
    d.mask[[0, 0]] = false;
    d.frozen_weights[[0, 1]] = true;
    d.frozen_bias[0] = true;
    let mut st = OptimizerState::new(OptimizerKind::Sgd, &[(2, 1)]);
    st.update(
        0,
        &mut d,
        &[1.0, 1.0],
        &[1.0],
        &cfg,
        Regularization::L2,
        1.0,
    );
    assert_eq!(
        (d.weights[[0, 0]], d.weights[[0, 1]], d.bias[0]),
        (0.0, 2.0, 0.5)
    );
    assert!(OptimizerConfig {
        momentum: 1.0,
        ..cfg
    }
    .validate()
    .is_err());
}

/// The branch-free SGD loop for noted, fully trainable layers gives the checked loop's
/// bits; a noted layer with a removed link or a frozen weight still takes the checked loop.
#[test]
fn noted_layers_take_the_fast_loop_only_when_nothing_is_skipped() {
    let cfg = OptimizerConfig::default();
    let grads = [0.37f32, -1.25];
    let step = |d: &mut Dense, note: bool| {
        let mut st = OptimizerState::new(OptimizerKind::Sgd, &[(2, 1)]);
        if note {
            st.note_layers(std::slice::from_ref(d));
        }
        st.begin_step(&cfg);
        st.update(0, d, &grads, &[0.5], &cfg, Regularization::None, 0.0);
    };
    let (mut fast, mut checked) = (layer(), layer());
    step(&mut fast, true);
    step(&mut checked, false);
    assert_eq!(fast, checked);
    assert_eq!(fast.weights[[0, 0]], 1.0 - 0.03 * 0.37);

    let mut removed = layer();
    removed.mask[[0, 1]] = false;
    removed.weights[[0, 1]] = 0.0;
    let mut frozen = layer();
    frozen.frozen_weights[[0, 0]] = true;
    step(&mut removed, true);
    step(&mut frozen, true);
    assert_eq!(removed.weights[[0, 1]], 0.0);
    assert_eq!(frozen.weights[[0, 0]], 1.0);
}
