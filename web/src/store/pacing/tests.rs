//! The pacer's arithmetic on hand-made frame sequences.

use super::*;

/// Frames `dt` ms apart from t = 1000, asking for `speed`; the epochs of each frame.
fn run(p: &mut Pacer, speed: Option<f64>, dt: f64, frames: usize) -> Vec<usize> {
    let t0 = p.last_frame_ms.unwrap_or(1000.0);
    (1..=frames)
        .map(|i| p.epochs_at(speed, t0 + i as f64 * dt))
        .collect()
}

#[test]
fn speed_accumulates_across_frames() {
    let mut p = Pacer::default();
    // 10 epochs/s at 60 fps: one epoch every 6 frames.
    let total: usize = (0..60)
        .map(|_| p.epochs_for(Some(10.0), 1000.0 / 60.0))
        .sum();
    assert!((9..=10).contains(&total), "{total}");
}

#[test]
fn frame_timestamps_give_the_time_between_frames() {
    let mut p = Pacer::default();
    // The first frame only starts the clock.
    assert_eq!(p.epochs_at(Some(60.0), 1000.0), 0);
    // 60 epochs/s, frames 1/60 s apart: one epoch per frame, and that is what is achieved.
    let total: usize = run(&mut p, Some(60.0), 1000.0 / 60.0, 60).iter().sum();
    assert!((59..=60).contains(&total), "{total}");
    run(&mut p, Some(60.0), 1000.0 / 60.0, 120);
    assert!(
        (p.achieved_rate() - 60.0).abs() < 6.0,
        "{}",
        p.achieved_rate()
    );
}

#[test]
fn budget_caps_slow_epochs() {
    let mut p = Pacer::default();
    p.record_training(1, 100.0);
    p.record_training(1, 100.0);
    assert_eq!(p.epochs_for(Some(1000.0), 16.0), 1);
    assert_eq!(p.epochs_for(Some(0.0), 16.0), 0);
    assert_eq!(p.epochs_for(Some(f64::NAN), 16.0), 0);
}

#[test]
fn as_fast_as_possible_fills_the_training_budget() {
    let mut p = Pacer::default();
    for _ in 0..30 {
        p.record_training(1, 0.1);
    }
    // 9 ms of budget at ~0.1 ms an epoch.
    let n = p.epochs_for(None, 16.7);
    assert!((85..=95).contains(&n), "{n}");
    for _ in 0..30 {
        p.record_training(1, 0.001);
    }
    assert_eq!(p.epochs_for(None, 16.7), MAX_EPOCHS_PER_FRAME);
}

#[test]
fn slow_frames_step_down_the_detail_and_smooth_frames_step_it_back() {
    let mut p = Pacer::default();
    assert_eq!(p.detail(), LEVELS[0]);
    // Frames that take 50 ms: one level cheaper every 400 ms (8 frames), down to the last.
    run(&mut p, Some(30.0), 50.0, 9);
    assert_eq!(p.detail(), LEVELS[1]);
    run(&mut p, Some(30.0), 50.0, 200);
    assert_eq!(p.detail(), LEVELS[3]);
    assert_eq!(p.detail_for(false), LEVELS[0], "paused: full detail");
    // Smooth 60 Hz frames: back one level per two seconds.
    run(&mut p, Some(30.0), 1000.0 / 60.0, 130);
    assert_eq!(p.detail(), LEVELS[2]);
    run(&mut p, Some(30.0), 1000.0 / 60.0, 400);
    assert_eq!(p.detail(), LEVELS[0]);
}

#[test]
fn a_level_is_kept_through_a_single_slow_frame() {
    let mut p = Pacer::default();
    run(&mut p, Some(30.0), 1000.0 / 60.0, 60);
    run(&mut p, Some(30.0), 100.0, 1);
    run(&mut p, Some(30.0), 1000.0 / 60.0, 60);
    assert_eq!(p.detail(), LEVELS[0]);
}

#[test]
fn very_slow_frames_step_down_within_two_seconds() {
    let mut p = Pacer::default();
    run(&mut p, Some(30.0), 500.0, 8);
    assert_eq!(p.detail(), LEVELS[3]);
}

#[test]
fn thumbnails_follow_every_nth_frame_at_cheaper_levels() {
    let mut p = Pacer::default();
    run(&mut p, Some(30.0), 50.0, 200);
    let mut due = [0usize; 3];
    for _ in 0..16 {
        let t = p.last_frame_ms.unwrap_or(0.0) + 50.0;
        p.epochs_at(Some(30.0), t);
        for (layer, d) in due.iter_mut().enumerate() {
            *d += usize::from(p.layer_due(layer));
        }
    }
    assert_eq!(
        due,
        [2, 2, 2],
        "every 8th frame at the cheapest level, each layer"
    );
    // The layers take turns: never all on the same frame.
    let all_at_once = (0..8).any(|_| {
        let t = p.last_frame_ms.unwrap_or(0.0) + 50.0;
        p.epochs_at(Some(30.0), t);
        (0..3).all(|l| p.layer_due(l))
    });
    assert!(!all_at_once);
}
