//! Divergence end to end: a huge learning rate stops training with `Diverged`, naming the
//! epoch, where the first non-finite value was found and which kind it was, and restores
//! the weights from the start of that epoch.

use ndarray::Array2;
use neurite_nn::*;
use neurite_testkit::{network, train_config, train_only};

fn net(hidden: &[(usize, Activation)], head: OutputHead) -> Network {
    network(1, hidden, 1, head, 2).expect("spec")
}

/// y = 3x + 1 on x = 0, ¼, …, 4¾ (x = 0 is the first sample), one input, `hidden` linear
/// neurons, a Linear head, plain SGD.
fn linear_run(hidden: usize, lr: f32, batch: usize) -> (Trainer, Network) {
    let x = Array2::from_shape_fn((20, 1), |(i, _)| i as f32 / 4.0);
    let y = x.mapv(|v| 3.0 * v + 1.0);
    let widths = if hidden == 0 {
        vec![]
    } else {
        vec![(hidden, Activation::Linear)]
    };
    let before = net(&widths, OutputHead::Linear);
    let t = Trainer::new(
        before.clone(),
        train_only(Samples::new(x, y)),
        train_config(OptimizerKind::Sgd, lr, batch),
    )
    .expect("trainer");
    (t, before)
}

#[test]
fn huge_learning_rate_diverges_without_panic() {
    // 1-3-1, lr 10⁶: the second batch's backward pass overflows (δ of the hidden layer
    // reaches ±∞ while every pre-activation is finite), and the sample at x = 0 adds
    // ∞·0 = NaN to ∂W₀: the first bad value is a NaN among the weights of layer 0.
    let (mut t, before) = linear_run(3, 1e6, 5);
    let status = t.run(50).clone();
    let reason = StopReason::Diverged {
        epoch: 1,
        site: DivergenceSite::Weights { layer: 0 },
        value: NonFinite::Nan,
    };
    assert_eq!(status, Status::Stopped(reason.clone()));
    assert!(reason
        .to_string()
        .contains("epoch 1: the weights of parameter layer 0 became NaN"));
    // Weights restored to the start of the diverging epoch, and all finite.
    assert_eq!(t.network(), &before);
    assert!(t.history().is_empty());
    assert!(matches!(t.train_epoch(), Err(NnError::Stopped(_))));
}

#[test]
fn an_overflowing_loss_is_reported_as_the_loss_becoming_infinite() {
    // 1-1 linear, lr 10²⁰, one batch per epoch: the single update moves w and b by about
    // 10²⁰·O(10) — still finite, as were the pre-activations of the batch — but on the new
    // weights ½(o − y)² ≈ 10⁴⁴ overflows f32 when the mean loss is rounded: +∞.
    let (mut t, before) = linear_run(0, 1e20, 20);
    let err = t.train_epoch().expect_err("diverges");
    let site = DivergenceSite::Loss;
    let value = NonFinite::PosInf;
    assert_eq!(
        err,
        NnError::Diverged {
            epoch: 1,
            site,
            value
        }
    );
    assert_eq!(
        err.to_string(),
        "training diverged in epoch 1: the loss became +∞"
    );
    let reason = StopReason::Diverged {
        epoch: 1,
        site,
        value,
    };
    assert_eq!(t.status(), &Status::Stopped(reason.clone()));
    assert!(reason.to_string().contains("the loss became +∞"));
    assert_eq!(t.network(), &before);
}

#[test]
fn overflowing_pre_activations_are_reported_with_their_layer() {
    // 1-3-1 linear hidden layer, Sigmoid head, lr 10⁶: the hidden weights grow until the
    // output layer's z = W₁·a₁ + b₁ of a later batch overflows to −∞.
    let x = Array2::from_shape_fn((20, 1), |(i, _)| i as f32 / 4.0);
    let y = x.mapv(|v| if v > 2.0 { 1.0 } else { 0.0 });
    let n = net(&[(3, Activation::Linear)], OutputHead::Sigmoid);
    let mut cfg = train_config(OptimizerKind::Sgd, 1e6, 5);
    cfg.loss = Loss::BinaryCrossEntropy;
    let mut t = Trainer::new(n, train_only(Samples::new(x, y)), cfg).expect("trainer");
    let Status::Stopped(reason) = t.run(50).clone() else {
        panic!("expected a stop")
    };
    let StopReason::Diverged { site, value, .. } = reason else {
        panic!("expected divergence, got {reason:?}")
    };
    assert_eq!(
        (site, value),
        (
            DivergenceSite::PreActivations { layer: 1 },
            NonFinite::NegInf
        )
    );
    assert!(reason
        .to_string()
        .contains("the pre-activations of parameter layer 1 became −∞"));
}
