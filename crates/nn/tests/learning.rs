//! End-to-end training behaviour: learning, divergence, stalls, early stopping, wiring,
//! freezing, dropout and determinism.

use ndarray::Array2;
use neurite_nn::*;

fn split(train: Samples) -> DataSplit {
    let (d, k) = (train.inputs.ncols(), train.targets.ncols());
    DataSplit {
        train,
        validation: Samples::empty(d, k),
        test: Samples::empty(d, k),
    }
}

fn net(
    inputs: usize,
    hidden: &[(usize, Activation)],
    outputs: usize,
    head: OutputHead,
    seed: u64,
) -> Network {
    let spec = NetworkSpec {
        inputs,
        hidden: hidden.iter().map(|&(w, a)| LayerSpec::new(w, a)).collect(),
        outputs,
        head,
    };
    Network::new(&spec, Init::Tfp, &mut Rng::stream(seed, Stream::Weights)).expect("spec")
}

fn config(kind: OptimizerKind, lr: f32, batch: usize) -> TrainConfig {
    TrainConfig {
        optimizer: OptimizerConfig {
            kind,
            learning_rate: lr,
            ..OptimizerConfig::default()
        },
        batch_size: batch,
        seed: 7,
        ..TrainConfig::default()
    }
}

fn xor() -> Samples {
    let x = Array2::from_shape_vec((4, 2), vec![-1.0, -1.0, -1.0, 1.0, 1.0, -1.0, 1.0, 1.0])
        .expect("shape");
    let y = Array2::from_shape_vec((4, 1), vec![-1.0, 1.0, 1.0, -1.0]).expect("shape");
    Samples::new(x, y)
}

/// Two interleaved spirals (TensorFlow Playground's generator, no noise), labels ±1.
fn spiral(n: usize) -> Samples {
    let mut x = Array2::zeros((n, 2));
    let mut y = Array2::zeros((n, 1));
    let half = n / 2;
    for i in 0..n {
        let (j, delta, label) = if i < half {
            (i, 0.0, 1.0)
        } else {
            (i - half, std::f32::consts::PI, -1.0)
        };
        let r = j as f32 / half as f32 * 5.0;
        let t = 1.75 * j as f32 / half as f32 * 2.0 * std::f32::consts::PI + delta;
        x[[i, 0]] = r * t.sin();
        x[[i, 1]] = r * t.cos();
        y[[i, 0]] = label;
    }
    Samples::new(x, y)
}

#[test]
fn xor_reaches_full_accuracy() {
    let mut t = Trainer::new(
        net(2, &[(4, Activation::Tanh)], 1, OutputHead::Tanh, 1),
        split(xor()),
        config(OptimizerKind::Sgd, 0.1, 1),
    )
    .expect("trainer");
    t.run(400);
    assert_eq!(t.status(), &Status::Stopped(StopReason::MaxEpochs));
    let last = t.history().last().expect("history");
    assert_eq!(last.train_acc, Some(1.0), "{last:?}");
    assert!(last.train_loss.unwrap_or(1.0) < 0.05, "{last:?}");
    // `evaluate` measures and assembles exactly like the epoch's own record.
    assert_eq!(&t.evaluate(), last);
}

#[test]
fn spiral_is_learned() {
    let hidden = [(16, Activation::Tanh), (16, Activation::Tanh)];
    let mut t = Trainer::new(
        net(2, &hidden, 1, OutputHead::Tanh, 3),
        split(spiral(200)),
        config(OptimizerKind::Adam, 0.01, 10),
    )
    .expect("trainer");
    t.run(400);
    let acc = t.history().last().and_then(|m| m.train_acc).unwrap_or(0.0);
    assert!(acc >= 0.95, "spiral accuracy {acc}");
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
    let before = net(1, &widths, 1, OutputHead::Linear, 2);
    let t = Trainer::new(
        before.clone(),
        split(Samples::new(x, y)),
        config(OptimizerKind::Sgd, lr, batch),
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
    let n = net(1, &[(3, Activation::Linear)], 1, OutputHead::Sigmoid, 2);
    let mut cfg = config(OptimizerKind::Sgd, 1e6, 5);
    cfg.loss = Loss::BinaryCrossEntropy;
    let mut t = Trainer::new(n, split(Samples::new(x, y)), cfg).expect("trainer");
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

#[test]
fn step_activation_stalls_lower_layers() {
    let before = net(2, &[(4, Activation::Step)], 1, OutputHead::Tanh, 4);
    let mut t = Trainer::new(
        before.clone(),
        split(xor()),
        config(OptimizerKind::Sgd, 0.1, 2),
    )
    .expect("trainer");
    t.run(20);
    assert_eq!(
        t.network().layers()[0],
        before.layers()[0],
        "weights below a step layer must not move"
    );
    assert_ne!(
        t.network().layers()[1].bias,
        before.layers()[1].bias,
        "the output layer still learns"
    );
}

#[test]
fn early_stopping_stops_and_restores_best() {
    // Train on y = x, validate on y = −x: validation loss only gets worse after epoch 1.
    let x = Array2::from_shape_fn((16, 1), |(i, _)| i as f32 / 8.0 - 1.0);
    let data = DataSplit {
        train: Samples::new(x.clone(), x.clone()),
        validation: Samples::new(x.clone(), x.mapv(|v| -v)),
        test: Samples::empty(1, 1),
    };
    let mut cfg = config(OptimizerKind::Sgd, 0.05, 4);
    cfg.early_stopping = Some(EarlyStopping {
        patience: 3,
        restore_best: true,
    });
    let mut t = Trainer::new(net(1, &[], 1, OutputHead::Linear, 5), data, cfg).expect("trainer");
    t.train_epoch().expect("epoch 1");
    let best = t.network().clone();
    t.run(100);
    assert_eq!(
        t.status(),
        &Status::Stopped(StopReason::EarlyStopped { best_epoch: 1 })
    );
    assert_eq!(t.history().len(), 4, "history keeps every epoch");
    assert_eq!(t.network(), &best);
}

#[test]
fn masked_links_stay_zero_and_frozen_values_stay_put() {
    let mut n = net(2, &[(4, Activation::Tanh)], 1, OutputHead::Tanh, 6);
    n.set_link(0, 1, 0, false).expect("link");
    n.set_weight_frozen(0, 2, 1, true).expect("freeze");
    n.set_bias_frozen(1, 0, true).expect("freeze");
    let (w, b, free) = (n.weight(0, 2, 1), n.bias(1, 0), n.weight(0, 2, 0));
    let mut cfg = config(OptimizerKind::Adam, 0.05, 2);
    cfg.regularization = Regularization::L2;
    cfg.regularization_rate = 0.01;
    let mut t = Trainer::new(n, split(xor()), cfg).expect("trainer");
    t.run(30);
    let n = t.network();
    assert_eq!(n.weight(0, 1, 0), Some(0.0));
    assert_eq!(n.weight(0, 2, 1), w);
    assert_eq!(n.bias(1, 0), b);
    assert_ne!(n.weight(0, 2, 0), free, "an unfrozen weight still learns");
}

fn dropout_run() -> (Vec<EpochMetrics>, Network) {
    let spec = NetworkSpec {
        inputs: 2,
        hidden: vec![
            LayerSpec {
                width: 8,
                activation: Activation::Relu,
                gain: 1.0,
                dropout: 0.2,
            },
            LayerSpec::new(6, Activation::Tanh),
        ],
        outputs: 1,
        head: OutputHead::Sigmoid,
    };
    let n = Network::new(&spec, Init::He, &mut Rng::stream(11, Stream::Weights)).expect("spec");
    let mut s = spiral(100);
    s.targets.mapv_inplace(|v| if v > 0.0 { 1.0 } else { 0.0 });
    let mut cfg = config(OptimizerKind::Momentum, 0.05, 7);
    cfg.loss = Loss::BinaryCrossEntropy;
    cfg.regularization = Regularization::L1;
    cfg.regularization_rate = 0.001;
    let mut t = Trainer::new(n, split(s), cfg).expect("trainer");
    t.run(15);
    (t.history().to_vec(), t.network().clone())
}

#[test]
fn runs_are_bit_identical() {
    let (h1, n1) = dropout_run();
    let (h2, n2) = dropout_run();
    assert_eq!(h1.len(), 15);
    for (a, b) in h1.iter().zip(&h2) {
        assert_eq!(
            a.train_loss.map(f32::to_bits),
            b.train_loss.map(f32::to_bits)
        );
    }
    for (a, b) in n1.layers().iter().zip(n2.layers()) {
        assert!(a
            .weights
            .iter()
            .zip(b.weights.iter())
            .all(|(x, y)| x.to_bits() == y.to_bits()));
    }
    // Evaluation has no dropout: repeated forward passes agree.
    let x = spiral(10).inputs;
    assert_eq!(
        n1.forward(x.view()).expect("forward"),
        n1.forward(x.view()).expect("forward")
    );
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    let n = net(2, &[(3, Activation::Relu)], 1, OutputHead::Tanh, 8);
    let mut cfg = config(OptimizerKind::Sgd, 0.1, 0);
    assert!(Trainer::new(n.clone(), split(xor()), cfg.clone()).is_err());
    cfg.batch_size = 2;
    cfg.loss = Loss::CrossEntropy;
    assert!(Trainer::new(n.clone(), split(xor()), cfg.clone()).is_err());
    cfg.loss = Loss::SquaredError;
    let wrong = Samples::new(Array2::zeros((4, 3)), Array2::zeros((4, 1)));
    assert!(Trainer::new(n.clone(), split(wrong), cfg.clone()).is_err());
    assert!(n.forward(Array2::zeros((2, 5)).view()).is_err());
    let mut t = Trainer::new(n, split(xor()), cfg).expect("trainer");
    t.network_mut().layers_mut()[0].weights = Array2::zeros((2, 2));
    assert!(matches!(t.train_epoch(), Err(NnError::ShapeMismatch(_))));
    assert!(matches!(
        t.status(),
        Status::Stopped(StopReason::Error { .. })
    ));
}
