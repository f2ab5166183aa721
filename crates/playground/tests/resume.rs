//! "Share exactly what you see": a run's share link, opened and trained m more epochs, ends
//! with exactly the metrics, weights and history of the original run after k + m epochs —
//! for every optimizer, with dropout (per-epoch random streams), shuffled batches, L2 and
//! early stopping — through the link's text. Older links (blob version 1) still open.

use neurite_data::{DatasetKind, DatasetSpec, SplitPercent};
use neurite_nn::{Activation, EarlyStopping, EpochMetrics, LayerSpec, OptimizerKind};
use neurite_playground::limits::MAX_HISTORY;
use neurite_playground::{decode_link, encode_link_checked, Session, State};

/// Every optimizer the engine has (a new one must be added here: the match fails to compile).
fn every_optimizer() -> Vec<OptimizerKind> {
    let all = [
        OptimizerKind::Sgd,
        OptimizerKind::Momentum,
        OptimizerKind::Adam,
    ];
    for k in all {
        match k {
            OptimizerKind::Sgd | OptimizerKind::Momentum | OptimizerKind::Adam => {}
        }
    }
    all.to_vec()
}

fn state(optimizer: OptimizerKind, change: impl FnOnce(&mut State)) -> State {
    let mut s = decode_link(
        "#dataset=spiral&networkShape=6,4&activations=tanh,relu&dropout=0.2,0.1&learningRate=0.02\
         &batchSize=7&seed=21&x=true&y=true&sinX=true&percTrainData=60&percValData=20\
         &regularization=L2&regularizationRate=0.001",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    s.training.optimizer.kind = optimizer;
    change(&mut s);
    assert_eq!(s.validate(), Ok(()));
    s
}

fn session(state: &State) -> Session {
    Session::new(state).unwrap_or_else(|e| panic!("{e}"))
}

fn bits(h: &[EpochMetrics]) -> Vec<(usize, Vec<Option<u32>>)> {
    h.iter()
        .map(|m| {
            let v = [
                m.train_loss,
                m.val_loss,
                m.test_loss,
                m.train_acc,
                m.val_acc,
                m.test_acc,
            ];
            (m.epoch, v.iter().map(|x| x.map(f32::to_bits)).collect())
        })
        .collect()
}

fn param_bits(s: &Session) -> Vec<u32> {
    let layers = s.trainer().network().layers().iter();
    layers
        .flat_map(|l| l.weights.iter().chain(l.bias.iter()).map(|v| v.to_bits()))
        .collect()
}

/// The original run to `k + m` epochs, and the run reopened from its link at `k` and
/// trained `m` more (each stops early if its settings say so).
fn original_and_resumed(state: &State, k: usize, m: usize) -> (Session, Session, String) {
    let mut original = session(state);
    original.train_epochs(k);
    let link = encode_link_checked(&original.to_state(true)).unwrap_or_else(|e| panic!("{e}"));
    original.train_epochs(m);
    let mut resumed = session(&decode_link(&link).unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(resumed.trainer().epoch(), k);
    resumed.train_epochs(m);
    (original, resumed, link)
}

#[test]
fn every_optimizer_continues_from_its_link_bit_for_bit() {
    for kind in every_optimizer() {
        let (original, resumed, link) = original_and_resumed(&state(kind, |_| ()), 9, 6);
        assert!(link.contains("&w="), "{link}");
        assert_eq!(resumed.trainer().epoch(), 15, "{kind:?}");
        assert_eq!(param_bits(&resumed), param_bits(&original), "{kind:?}");
        // The whole history: the first 9 epochs travelled in the link, the rest was trained.
        assert_eq!(
            bits(resumed.trainer().history()),
            bits(original.trainer().history()),
            "{kind:?}"
        );
        assert_eq!(resumed.to_state(true), original.to_state(true), "{kind:?}");
    }
}

#[test]
fn without_the_memory_momentum_and_adam_would_drift() {
    // The oracle that the memory matters: strip it from the link's state and the run differs.
    for kind in [OptimizerKind::Momentum, OptimizerKind::Adam] {
        let mut original = session(&state(kind, |_| ()));
        original.train_epochs(9);
        let mut saved = original.to_state(true);
        assert!(saved.memory.as_ref().is_some_and(|m| m.optimizer.steps > 0));
        saved.memory = None;
        original.train_epochs(3);
        let mut forgetful = session(&saved);
        forgetful.train_epochs(3);
        assert_ne!(param_bits(&forgetful), param_bits(&original), "{kind:?}");
    }
}

#[test]
fn early_stopping_fires_at_the_same_epoch_after_a_link() {
    // Patience 3 with the best weights put back: the watch (best loss, its epoch, the epochs
    // since, the best weights) must travel, or the reopened run stops later or elsewhere.
    for kind in every_optimizer() {
        let st = state(kind, |s| {
            s.training.optimizer.learning_rate = 0.3;
            s.training.early_stopping = Some(EarlyStopping {
                patience: 3,
                restore_best: true,
            });
        });
        let mut probe = session(&st);
        probe.train_epochs(400);
        let stopped_at = probe.trainer().epoch();
        assert!(stopped_at < 400, "{kind:?}: early stopping should fire");
        // Share two epochs before it fires: the watch is counting then.
        let k = stopped_at - 2;
        let (original, resumed, _) = original_and_resumed(&st, k, 50);
        assert_eq!(original.trainer().epoch(), stopped_at, "{kind:?}");
        assert_eq!(resumed.trainer().epoch(), stopped_at, "{kind:?}");
        assert_eq!(resumed.trainer().status(), original.trainer().status());
        assert_eq!(param_bits(&resumed), param_bits(&original), "{kind:?}");
        // Without the watch the reopened run would count afresh and stop later.
        let mut saved = session(&st);
        saved.train_epochs(k);
        let mut blind = saved.to_state(true);
        if let Some(m) = blind.memory.as_mut() {
            assert!(m.early_stopping.as_ref().is_some_and(|e| e.since_best >= 1));
            m.early_stopping = None;
        }
        let mut blind = session(&blind);
        blind.train_epochs(50);
        assert!(blind.trainer().epoch() > stopped_at, "{kind:?}");
    }
}

#[test]
fn a_long_history_travels_thinned_and_training_is_unaffected() {
    let st = state(OptimizerKind::Adam, |s| {
        s.dataset = DatasetSpec::new(DatasetKind::Gauss);
        s.network.hidden = vec![LayerSpec::new(2, Activation::Tanh)];
        s.training.split = SplitPercent {
            train: 10,
            validation: 10,
            test: 80,
        };
    });
    let (original, resumed, link) = original_and_resumed(&st, 2500, 5);
    let travelled = decode_link(&link).unwrap_or_else(|e| panic!("{e}")).history;
    assert!(travelled.len() <= MAX_HISTORY, "{}", travelled.len());
    // 2500 epochs at stride 4: 625 multiples of 4 and epoch 1 (2500 is a multiple).
    assert_eq!(travelled.len(), 626);
    let full = &original.trainer().history()[..2500];
    for m in &travelled {
        assert_eq!(
            bits(std::slice::from_ref(m)),
            bits(&full[m.epoch - 1..m.epoch])
        );
    }
    assert_eq!(param_bits(&resumed), param_bits(&original));
    assert_eq!(
        bits(&resumed.trainer().history()[626..]),
        bits(&original.trainer().history()[2500..])
    );
}

/// A link made by the build before the history and memory existed (blob version 1): Adam,
/// epoch 3, written by `neurite train --link "seed=3&optimizer=adam&networkShape=3&percValData=20"
/// --epochs 3` at commit 8281ae8.
const VERSION_1_LINK: &str = "#activation=tanh&batchSize=10&dataset=circle&learningRate=0.03&regularization=none&regularizationRate=0&noise=0&networkShape=3&seed=3&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&hideText=false&v=1&optimizer=adam&percValData=20&epoch=3&w=ATsAxP8BAQIDAkCjWD8wRoe-62g9Py69ID8qM0M-t6AVv2CmMb-40pM_R6cpPwED-uMfv0g8QT_d8RE_aWgHvw";

#[test]
fn a_version_1_link_still_opens_with_its_weights() {
    let old = decode_link(VERSION_1_LINK).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(old.epoch, 3);
    assert!(old.weights.is_some());
    assert!(old.history.is_empty() && old.memory.is_none());
    let mut s = session(&old);
    // Its metrics are those the old build printed for epoch 3.
    let m = s.trainer().evaluate();
    assert_eq!(
        (m.train_loss, m.val_loss, m.test_acc),
        (Some(0.27539426), Some(0.26482004), Some(0.82))
    );
    assert_eq!(s.train_epochs(1).len(), 1);
}

#[test]
fn a_normalized_network_continues_from_its_link_bit_for_bit() {
    // γ and β have moments of their own (momentum, Adam): they travel with the memory.
    use neurite_nn::Normalization;
    for kind in every_optimizer() {
        let normalized = state(kind, |s| {
            s.network.hidden[0].normalization = Normalization::Batch;
            s.network.hidden[1].normalization = Normalization::Layer;
        });
        let (original, resumed, _) = original_and_resumed(&normalized, 8, 5);
        assert_eq!(
            bits(resumed.trainer().history()),
            bits(original.trainer().history()),
            "{kind:?}"
        );
        assert_eq!(resumed.to_state(true), original.to_state(true), "{kind:?}");
    }
}
