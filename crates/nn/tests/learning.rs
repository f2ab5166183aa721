//! End-to-end training behaviour: learning, stalls, early stopping, wiring, freezing,
//! dropout and determinism (divergence: `divergence.rs`).

use ndarray::Array2;
use neurite_nn::*;
use neurite_testkit::{network, spiral_samples, train_config, train_only};

fn net(
    inputs: usize,
    hidden: &[(usize, Activation)],
    outputs: usize,
    head: OutputHead,
    seed: u64,
) -> Network {
    network(inputs, hidden, outputs, head, seed).expect("spec")
}

fn xor() -> Samples {
    let x = Array2::from_shape_vec((4, 2), vec![-1.0, -1.0, -1.0, 1.0, 1.0, -1.0, 1.0, 1.0])
        .expect("shape");
    let y = Array2::from_shape_vec((4, 1), vec![-1.0, 1.0, 1.0, -1.0]).expect("shape");
    Samples::new(x, y)
}

#[test]
fn xor_reaches_full_accuracy() {
    let mut t = Trainer::new(
        net(2, &[(4, Activation::Tanh)], 1, OutputHead::Tanh, 1),
        train_only(xor()),
        train_config(OptimizerKind::Sgd, 0.1, 1),
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
        train_only(spiral_samples(200)),
        train_config(OptimizerKind::Adam, 0.01, 10),
    )
    .expect("trainer");
    t.run(400);
    let acc = t.history().last().and_then(|m| m.train_acc).unwrap_or(0.0);
    assert!(acc >= 0.95, "spiral accuracy {acc}");
}

#[test]
fn step_activation_stalls_lower_layers() {
    let before = net(2, &[(4, Activation::Step)], 1, OutputHead::Tanh, 4);
    let mut t = Trainer::new(
        before.clone(),
        train_only(xor()),
        train_config(OptimizerKind::Sgd, 0.1, 2),
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
    let mut cfg = train_config(OptimizerKind::Sgd, 0.05, 4);
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
    let mut cfg = train_config(OptimizerKind::Adam, 0.05, 2);
    cfg.regularization = Regularization::L2;
    cfg.regularization_rate = 0.01;
    let mut t = Trainer::new(n, train_only(xor()), cfg).expect("trainer");
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
                dropout: 0.2,
                ..LayerSpec::new(8, Activation::Relu)
            },
            LayerSpec::new(6, Activation::Tanh),
        ],
        outputs: 1,
        head: OutputHead::Sigmoid,
    };
    let n = Network::new(&spec, Init::He, &mut Rng::stream(11, Stream::Weights)).expect("spec");
    let mut s = spiral_samples(100);
    s.targets.mapv_inplace(|v| if v > 0.0 { 1.0 } else { 0.0 });
    let mut cfg = train_config(OptimizerKind::Momentum, 0.05, 7);
    cfg.loss = Loss::BinaryCrossEntropy;
    cfg.regularization = Regularization::L1;
    cfg.regularization_rate = 0.001;
    let mut t = Trainer::new(n, train_only(s), cfg).expect("trainer");
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
    let x = spiral_samples(10).inputs;
    assert_eq!(
        n1.forward(x.view()).expect("forward"),
        n1.forward(x.view()).expect("forward")
    );
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    let n = net(2, &[(3, Activation::Relu)], 1, OutputHead::Tanh, 8);
    let mut cfg = train_config(OptimizerKind::Sgd, 0.1, 0);
    assert!(Trainer::new(n.clone(), train_only(xor()), cfg.clone()).is_err());
    cfg.batch_size = 2;
    cfg.loss = Loss::CrossEntropy;
    assert!(Trainer::new(n.clone(), train_only(xor()), cfg.clone()).is_err());
    cfg.loss = Loss::SquaredError;
    let wrong = Samples::new(Array2::zeros((4, 3)), Array2::zeros((4, 1)));
    assert!(Trainer::new(n.clone(), train_only(wrong), cfg.clone()).is_err());
    assert!(n.forward(Array2::zeros((2, 5)).view()).is_err());
    let mut t = Trainer::new(n, train_only(xor()), cfg).expect("trainer");
    t.network_mut().layers_mut()[0].weights = Array2::zeros((2, 2));
    assert!(matches!(t.train_epoch(), Err(NnError::ShapeMismatch(_))));
    assert!(matches!(
        t.status(),
        Status::Stopped(StopReason::Error { .. })
    ));
}
