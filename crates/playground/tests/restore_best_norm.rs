//! Early stopping with "restore the best weights" on a batch-normalized playground network,
//! through the share link: the stopped session's link reopens the restored model (weights,
//! γ, β and running statistics) bit for bit, and a link saved between the best epoch and the
//! stop reopens a run that stops at the same epoch with the same restored model — because
//! the blob's memory carries the best epoch's normalization values (blob version 3), not
//! only its weights.
//! The oracle: the session's network cloned right after the best epoch, during the run.

use ndarray::Array2;
use neurite_nn::{Network, Status, StopReason};
use neurite_playground::{decode_link, encode_link_checked, Session, State};

const LINK: &str = "#dataset=circle&networkShape=8,8&activation=tanh&norm=batch,batch\
     &learningRate=0.03&optimizer=adam&percTrainData=50&percValData=30&noise=40\
     &earlyStopping=15&seed=3&x=true&y=true";

fn state() -> State {
    decode_link(LINK).unwrap_or_else(|e| panic!("{e}"))
}

fn session(s: &State) -> Session {
    Session::new(s).unwrap_or_else(|e| panic!("{e}"))
}

/// Inference-mode outputs over a grid of the plane, as bits.
fn bits(net: &Network) -> Vec<u32> {
    let grid = Array2::from_shape_fn((121, 2), |(i, j)| {
        -5.0 + if j == 0 { i % 11 } else { i / 11 } as f32
    });
    let out = net.forward(grid.view()).unwrap_or_else(|e| panic!("{e}"));
    out.iter().map(|v| v.to_bits()).collect()
}

/// Trains epoch by epoch until stopped (at most `limit` epochs), cloning the network after
/// each epoch whose validation loss beats every earlier one.
fn run(s: &mut Session, limit: usize) -> Option<Network> {
    let mut best = (f32::INFINITY, None);
    for _ in 0..limit {
        if s.train_epochs(1).is_empty() || s.trainer().status().is_stopped() {
            break;
        }
        let val = s.trainer().history().last().and_then(|m| m.val_loss);
        if let Some(v) = val.filter(|&v| v < best.0) {
            best = (v, Some(s.trainer().network().clone()));
        }
    }
    best.1
}

fn best_epoch(s: &Session) -> usize {
    match s.trainer().status() {
        Status::Stopped(StopReason::EarlyStopped { best_epoch }) => *best_epoch,
        other => panic!("not early-stopped: {other:?}"),
    }
}

#[test]
fn the_restored_model_travels_in_the_link_and_a_mid_run_link_restores_the_same() {
    let mut whole = session(&state());
    let oracle = run(&mut whole, 3000).unwrap_or_else(|| panic!("no best epoch"));
    let best = best_epoch(&whole);
    let stopped_at = whole.trainer().epoch();
    assert!(
        best > 5 && stopped_at == best + 15,
        "best {best}, stopped {stopped_at}"
    );
    assert_eq!(
        bits(whole.trainer().network()),
        bits(&oracle),
        "restored = best epoch"
    );

    // 1. The stopped, restored session's link reopens exactly that model.
    let link = encode_link_checked(&whole.to_state(true)).unwrap_or_else(|e| panic!("{e}"));
    let reopened = session(&decode_link(&link).unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(bits(reopened.trainer().network()), bits(&oracle));
    for (a, b) in reopened
        .trainer()
        .network()
        .layers()
        .iter()
        .zip(oracle.layers())
    {
        assert_eq!(a.norm, b.norm, "γ, β, μ̄, σ̄² in the link");
    }

    // 2. A link saved between the best epoch and the stop: the reopened run stops at the
    // same epoch and puts back the same model.
    let mut first = session(&state());
    first.train_epochs(best + 7);
    let saved = first.to_state(true);
    let kept = saved
        .memory
        .as_ref()
        .and_then(|m| m.early_stopping.as_ref());
    assert_eq!(
        kept.map(|e| e.best_norm.len()),
        Some(3),
        "best γ/β/statistics in the memory"
    );
    let mid = encode_link_checked(&saved).unwrap_or_else(|e| panic!("{e}"));
    let mut resumed = session(&decode_link(&mid).unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(
        resumed.to_state(true),
        saved,
        "the memory round-trips through the link"
    );
    run(&mut resumed, 3000);
    assert_eq!(
        (best_epoch(&resumed), resumed.trainer().epoch()),
        (best, stopped_at)
    );
    assert_eq!(bits(resumed.trainer().network()), bits(&oracle));
}
