//! A trainer rebuilt from its network, epoch, history and [`TrainingMemory`] trains on exactly
//! like the one it was saved from — for every optimizer, with dropout, L2 and early stopping —
//! and without the memory it does not (so the memory is what makes it exact).

use neurite_nn::{
    Activation, EarlyStopping, OptimizerKind, OutputHead, Regularization, Trainer, TrainingMemory,
};
use neurite_testkit::setup::{network, train_config, train_only};
use neurite_testkit::spiral::spiral_samples;

const KINDS: [OptimizerKind; 3] = [
    OptimizerKind::Sgd,
    OptimizerKind::Momentum,
    OptimizerKind::Adam,
];

fn bits(t: &Trainer) -> Vec<u32> {
    let params = t.network().layers().iter();
    params
        .flat_map(|d| d.weights.iter().chain(d.bias.iter()).map(|v| v.to_bits()))
        .collect()
}

fn trainer(kind: OptimizerKind) -> Trainer {
    let mut net = network(
        2,
        &[(6, Activation::Tanh), (4, Activation::Relu)],
        1,
        OutputHead::Tanh,
        3,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    net.layers_mut()[0].dropout = 0.2;
    let mut config = train_config(kind, 0.02, 7);
    config.regularization = Regularization::L2;
    config.regularization_rate = 0.001;
    // Patience far beyond the run: the watch runs (and must be carried) but never fires.
    config.early_stopping = Some(EarlyStopping {
        patience: 1000,
        restore_best: true,
    });
    Trainer::new(net, train_only(spiral_samples(60)), config).unwrap_or_else(|e| panic!("{e}"))
}

/// `n` more epochs (`Trainer::run` would stop at its limit and stay stopped).
fn train(t: &mut Trainer, n: usize) {
    for _ in 0..n {
        t.train_epoch().unwrap_or_else(|e| panic!("{e}"));
    }
}

/// Epochs `k` then `m` in one trainer, against `k` in one, then `m` in a second built from
/// the first's network, epoch, history and (if `with_memory`) memory.
fn resumed_matches(kind: OptimizerKind, k: usize, m: usize, with_memory: bool) -> bool {
    let mut original = trainer(kind);
    train(&mut original, k);
    let (net, epoch, memory): (_, _, TrainingMemory) = (
        original.network().clone(),
        original.epoch(),
        original.memory(),
    );
    let mut resumed = Trainer::new(net, original.data().clone(), original.config().clone())
        .unwrap_or_else(|e| panic!("{e}"));
    resumed.set_epoch(epoch);
    if with_memory {
        resumed
            .restore_memory(&memory)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    train(&mut original, m);
    train(&mut resumed, m);
    bits(&original) == bits(&resumed) && original.history()[k..] == resumed.history()[..]
}

#[test]
fn every_optimizer_resumes_exactly_with_its_memory() {
    for kind in KINDS {
        assert!(resumed_matches(kind, 6, 5, true), "{kind:?}");
    }
}

#[test]
fn momentum_and_adam_drift_without_their_memory() {
    // SGD keeps nothing that matters between steps; the others do.
    assert!(resumed_matches(OptimizerKind::Sgd, 6, 5, false));
    assert!(!resumed_matches(OptimizerKind::Momentum, 6, 5, false));
    assert!(!resumed_matches(OptimizerKind::Adam, 6, 5, false));
}

#[test]
fn memory_that_does_not_fit_is_refused_with_a_reason() {
    let mut t = trainer(OptimizerKind::Adam);
    train(&mut t, 2);
    let good = t.memory();
    // Two epochs of 60 samples in batches of 7: 9 steps each.
    assert_eq!(good.optimizer.steps, 18);
    let mut wrong_kind = trainer(OptimizerKind::Momentum);
    let e = wrong_kind.restore_memory(&good).map_err(|e| e.to_string());
    assert!(e.is_err_and(|e| e.contains("another optimizer")));
    let mut short = good.clone();
    short.optimizer.second.pop();
    let e = t.restore_memory(&short).map_err(|e| e.to_string());
    assert!(
        e.as_ref()
            .is_err_and(|e| e.contains("second moment is for 2 layers, the network has 3")),
        "{e:?}"
    );
    let mut nan = good.clone();
    nan.optimizer.first[1].1[0] = f32::NAN;
    assert!(nan
        .check(&[(12, 6), (24, 4), (4, 1)])
        .is_err_and(|e| e.contains("of layer 1 does not fit it or is not finite")));
    let mut negative = good.clone();
    negative.optimizer.second[0].0[0] = -1.0;
    assert!(negative
        .check(&[(12, 6), (24, 4), (4, 1)])
        .is_err_and(|e| e.contains("negative")));
    let mut power = good;
    power.optimizer.beta2_pow = 1.5;
    assert!(power
        .check(&[(12, 6), (24, 4), (4, 1)])
        .is_err_and(|e| e.contains("β powers")));
}
