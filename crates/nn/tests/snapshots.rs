//! Evaluating saved networks: a snapshot of the network taken after epoch e, evaluated with
//! `Trainer::evaluate_network`, reproduces the metrics the trainer recorded for epoch e bit
//! for bit — what the overfitting lab's epoch scrubber relies on.

use ndarray::Array2;
use neurite_nn::*;
use neurite_testkit::{network, spiral_samples, train_config};

fn split() -> DataSplit {
    let all = spiral_samples(90);
    let rows = |r: std::ops::Range<usize>| {
        Samples::new(
            all.inputs.slice(ndarray::s![r.clone(), ..]).to_owned(),
            all.targets.slice(ndarray::s![r, ..]).to_owned(),
        )
    };
    DataSplit {
        train: rows(0..50),
        validation: rows(50..70),
        test: rows(70..90),
    }
}

#[test]
fn a_snapshot_reproduces_its_epochs_metrics() {
    let hidden = [(8, Activation::Tanh), (8, Activation::Tanh)];
    let net = network(2, &hidden, 1, OutputHead::Tanh, 7).expect("spec");
    let mut cfg = train_config(OptimizerKind::Adam, 0.02, 10);
    cfg.regularization = Regularization::L2;
    cfg.regularization_rate = 0.001;
    let mut t = Trainer::new(net, split(), cfg).expect("trainer");
    let initial = t.network().clone();
    let mut snapshots = Vec::new();
    for _ in 0..25 {
        t.train_epoch().expect("epoch");
        snapshots.push(t.network().clone());
    }
    for (e, snap) in snapshots.iter().enumerate() {
        let again = t.evaluate_network(snap, e + 1).expect("same shape");
        assert_eq!(again, t.history()[e], "epoch {}", e + 1);
    }
    // The initial network is the epoch-0 model: a different (higher) training loss.
    let before = t.evaluate_network(&initial, 0).expect("same shape");
    assert!(before.train_loss > t.history()[24].train_loss, "{before:?}");
    // A network of other widths is refused with a message, not a panic.
    let other = network(3, &[], 1, OutputHead::Tanh, 1).expect("spec");
    let e = t.evaluate_network(&other, 0).map_err(|e| e.to_string());
    assert!(e.is_err_and(|m| m.contains("3-input")));
}

#[test]
fn restored_best_weights_score_the_best_epochs_validation_loss() {
    // Train on y = x, validate on y = −x: validation only gets worse after epoch 1.
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
    let net = network(1, &[], 1, OutputHead::Linear, 5).expect("spec");
    let mut t = Trainer::new(net, data, cfg).expect("trainer");
    t.run(100);
    let Status::Stopped(StopReason::EarlyStopped { best_epoch }) = t.status().clone() else {
        panic!("{:?}", t.status());
    };
    let restored = t.evaluate_network(t.network(), best_epoch).expect("same");
    assert_eq!(restored, t.history()[best_epoch - 1]);
    // `evaluate` reads the same network (only its epoch field says "now").
    let now = t.evaluate();
    assert_eq!(now.epoch, t.history().len());
    assert_eq!(
        EpochMetrics {
            epoch: best_epoch,
            ..now
        },
        restored
    );
}
