//! Sessions: same state → same data, split, weights and bit-identical training; a saved
//! state (through its link) restores the exact network.

use neurite_data::DatasetKind;
use neurite_nn::EpochMetrics;
use neurite_playground::{decode_link, encode_link, Session, State};

fn session(state: &State) -> Session {
    Session::new(state).unwrap_or_else(|e| panic!("{e}"))
}

fn bits(history: &[EpochMetrics]) -> Vec<Option<u32>> {
    history
        .iter()
        .flat_map(|m| {
            [
                m.train_loss,
                m.val_loss,
                m.test_loss,
                m.train_acc,
                m.val_acc,
                m.test_acc,
            ]
        })
        .map(|v| v.map(f32::to_bits))
        .collect()
}

#[test]
fn same_state_trains_bit_identically() {
    for kind in [
        DatasetKind::Spiral,
        DatasetKind::Blobs,
        DatasetKind::RegGauss,
        DatasetKind::Sine,
    ] {
        let mut state = State {
            dataset: neurite_data::DatasetSpec::new(kind),
            seed: 11,
            ..State::default()
        };
        state.network.hidden[0].dropout = 0.2;
        state.adapt_to_task();
        let (mut a, mut b) = (session(&state), session(&state));
        assert_eq!(a.dataset(), b.dataset());
        assert_eq!(a.split(), b.split());
        a.train_epochs(5);
        b.train_epochs(5);
        assert_eq!(
            bits(a.trainer().history()),
            bits(b.trainer().history()),
            "{kind:?}"
        );
        assert_eq!(a.to_state(true), b.to_state(true));
    }
}

#[test]
fn seed_changes_the_run() {
    let a = session(&State::default());
    let other = State {
        seed: 1,
        ..State::default()
    };
    let b = session(&other);
    assert_ne!(a.dataset(), b.dataset());
}

#[test]
fn saved_link_restores_the_exact_network() {
    let mut a = session(&State::default());
    a.train_epochs(4);
    let saved = a.to_state(true);
    let restored = decode_link(&encode_link(&saved)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(restored, saved);
    let b = session(&restored);
    assert_eq!(b.trainer().epoch(), 4);
    let (ma, mb) = (a.trainer().evaluate(), b.trainer().evaluate());
    assert_eq!(bits(&[ma]), bits(&[mb]));
    let ga = a.grid_activations(20).map(|g| g.layers);
    let gb = b.grid_activations(20).map(|g| g.layers);
    assert_eq!(ga, gb);
}

#[test]
fn live_settings_show_up_in_to_state() {
    let mut a = session(&State::default());
    a.set_learning_rate(0.5);
    assert_eq!(a.to_state(false).training.optimizer.learning_rate, 0.5);
    assert_eq!(a.state().training.optimizer.learning_rate, 0.03);
}

/// Parameters as bit patterns, for exact comparison.
fn param_bits(session: &Session) -> Vec<u32> {
    session
        .trainer()
        .network()
        .layers()
        .iter()
        .flat_map(|l| l.weights.iter().chain(l.bias.iter()).map(|v| v.to_bits()))
        .collect()
}

#[test]
fn a_run_resumed_from_its_link_continues_exactly_like_the_original() {
    // SGD with dropout: the optimizer has no state beyond the weights, and every epoch's
    // batch order and dropout masks depend only on (seed, epoch).
    let state = decode_link(
        "#activation=tanh&dataset=spiral&networkShape=6,4&dropout=0.2,0&learningRate=0.03\
         &batchSize=7&seed=21&x=true&y=true&sinX=true&sinY=true&percTrainData=60&percValData=20",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut original = session(&state);
    original.train_epochs(12);
    let link = encode_link(&original.to_state(true));
    original.train_epochs(8);

    let mut resumed = session(&decode_link(&link).unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(resumed.trainer().epoch(), 12);
    resumed.train_epochs(8);
    assert_eq!(resumed.trainer().epoch(), 20);
    assert_eq!(param_bits(&resumed), param_bits(&original));
    let last = |s: &Session| s.trainer().history().last().cloned();
    assert_eq!(
        bits(&last(&resumed).into_iter().collect::<Vec<_>>()),
        bits(&last(&original).into_iter().collect::<Vec<_>>())
    );
}
