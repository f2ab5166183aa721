//! Training: play, step, reset, the frame tick, divergence, mid-run settings.

use super::*;

#[test]
fn the_default_state_is_ready_with_epoch_zero_losses() {
    let (s, _) = open("");
    assert_eq!(
        (s.epoch, s.playing, &s.status),
        (0, false, &RunStatus::Ready)
    );
    assert!(s.losses[0].is_some_and(f32::is_finite));
    assert_eq!(
        s.link.version, s.link_version,
        "the first link is encoded at start"
    );
}

#[test]
fn reset_reproduces_the_epoch_zero_losses() {
    let (mut s, _) = open("");
    let initial = s.losses;
    for _ in 0..3 {
        apply(&mut s, Action::Step);
    }
    assert_eq!(s.epoch, 3);
    assert_ne!(s.losses, initial);
    apply(&mut s, Action::Reset);
    assert_eq!((s.epoch, s.losses), (0, initial));
}

#[test]
fn tick_while_paused_changes_nothing() {
    let (mut s, now) = open("");
    now.set(1000.0);
    let before = (s.epoch, s.version, s.link_version, s.pacer.get());
    assert!(!apply(&mut s, Action::Tick { now_ms: 1000.0 }));
    assert_eq!((s.epoch, s.version, s.link_version, s.pacer.get()), before);
}

#[test]
fn ticks_while_playing_train_at_the_requested_speed() {
    let (mut s, now) = open("");
    apply(&mut s, Action::SetSpeed(60.0));
    apply(&mut s, Action::TogglePlay);
    assert!(s.playing);
    // One second of 60 Hz frames at 60 epochs/s: about 60 epochs.
    for i in 0..=60 {
        let t = 1000.0 + i as f64 * 1000.0 / 60.0;
        now.set(t);
        apply(&mut s, Action::Tick { now_ms: t });
    }
    assert!((58..=60).contains(&s.epoch), "{}", s.epoch);
    apply(&mut s, Action::TogglePlay);
    assert_eq!(s.status, RunStatus::Paused);
}

#[test]
fn a_diverged_run_reports_its_cause() {
    let (mut s, _) = open("#problem=regression&regDataset=reg-plane&activation=linear&networkShape=4,4&learningRate=1000");
    for _ in 0..20 {
        apply(&mut s, Action::Step);
        if matches!(s.status, RunStatus::Diverged(_)) {
            break;
        }
    }
    let RunStatus::Diverged(d) = &s.status else {
        panic!("did not diverge: {:?}", s.status);
    };
    assert!(d.blames_learning_rate());
    // The cause is the engine's typed report, not a guess from a message.
    let neurite_nn::Status::Stopped(neurite_nn::StopReason::Diverged { site, value, .. }) =
        s.engine.borrow().session().trainer().status().clone()
    else {
        panic!("the trainer did not stop with a divergence");
    };
    assert_eq!((d.site, d.value), (site, value));
    assert_eq!(d.learning_rate, 1000.0);
    assert!(d.epoch >= 1);
    // Dismissing the banner keeps the status.
    apply(&mut s, Action::DismissBanner);
    assert!(matches!(&s.status, RunStatus::Diverged(d) if d.dismissed));
}

#[test]
fn settings_that_apply_mid_run_keep_the_weights() {
    let (mut s, _) = open("");
    apply(&mut s, Action::Step);
    let w = weight(&s, FIRST_LINK);
    apply(&mut s, Action::SetLearningRate(0.1));
    apply(
        &mut s,
        Action::SetRegularization(neurite_nn::Regularization::L2),
    );
    assert_eq!(weight(&s, FIRST_LINK), w);
    assert_eq!(s.train.learning_rate, 0.1);
    assert_eq!(
        s.train.regularization_rate,
        crate::store::settings::DEFAULT_REGULARIZATION_RATE
    );
    apply(&mut s, Action::SetSpeed(f64::NAN));
    assert!(s.train.speed.is_finite());
}

#[test]
fn off_the_plane_a_training_frame_repaints_one_layer_with_what_a_full_refresh_computes() {
    use crate::engine::Wanted;
    let (mut s, now) =
        open("#regDataset=sine&problem=regression&activation=tanh&networkShape=4,4,4&x=true");
    // One epoch per 60 Hz frame.
    apply(&mut s, Action::SetSpeed(60.0));
    apply(&mut s, Action::TogglePlay);
    let layers = s.fields.len();
    assert_eq!(layers, 5, "inputs, three hidden layers, output");
    // The pacer's first frames only measure; from the first trained epoch on, every frame
    // trains and repaints one layer, the layers in turn.
    let mut t = 1000.0;
    let mut tick = |s: &mut AppState| {
        t += 1000.0 / 60.0;
        now.set(t);
        apply(s, Action::Tick { now_ms: t });
    };
    for _ in 0..60 {
        if s.epoch > 0 {
            break;
        }
        tick(&mut s);
    }
    assert!(s.epoch > 0, "training started within a second");
    let mut repainted = Vec::new();
    for _ in 0..layers {
        let before = (*s.layer_versions).clone();
        let epoch = s.epoch;
        tick(&mut s);
        assert!(s.epoch > epoch, "every frame trains");
        let changed: Vec<usize> = (0..layers)
            .filter(|&l| s.layer_versions[l] != before[l])
            .collect();
        assert_eq!(changed.len(), 1, "one layer per frame: {changed:?}");
        let l = changed[0];
        let widths = [1, 4, 4, 4, 1];
        assert_eq!(
            s.fields[l].len(),
            widths[l],
            "a picture per neuron of layer {l}"
        );
        let full = s.engine.borrow().fields(8, 8, Wanted::ALL);
        assert_eq!(
            s.fields[l], full.neurons[l],
            "layer {l} as a full refresh draws it"
        );
        repainted.push(l);
    }
    repainted.sort_unstable();
    assert_eq!(
        repainted,
        (0..layers).collect::<Vec<_>>(),
        "every layer takes its turn"
    );
}
