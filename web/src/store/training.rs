//! Training: play/pause, one epoch, reset, the animation-frame tick, and the settings that
//! apply mid-run (learning rate, optimizer, regularization, dropout, early stopping, batch).

use neurite_nn::EarlyStopping;

use super::change::{live, rebuild, rebuild_keeping_weights};
use super::refresh::{pace, refresh_params, refresh_tick};
use super::settings::{DEFAULT_REGULARIZATION_RATE, MAX_DROPOUT, SPEED_RANGE};
use super::{AppState, Divergence, RunStatus};
use crate::engine::Outcome;

/// How often the share link (and the autosave) follows a running training. Once trained,
/// the link carries the exact network with its history and optimizer memory, and encoding
/// it (deflate, twice counting the autosave) takes one long frame: at 8 × 32 every second
/// that put the p95 frame at 200 ms, against 33 ms without it (`bench/frame-sizes.mjs`,
/// quiet machine, 2026-12-01). Every 5 s such a frame is under 0.4 % of frames; pausing,
/// a step, Copy and leaving the page encode the link at once.
pub const LINK_EVERY_MS: f64 = 5000.0;

/// Trains `epochs` epochs, timing them for the pacer, and updates the status.
fn train(s: &mut AppState, epochs: usize) {
    let t0 = s.clock.now();
    let outcome = s.engine.borrow_mut().train(epochs);
    let ms = s.clock.now() - t0;
    pace(s, |p| p.record_training(epochs, ms));
    match outcome {
        Outcome::Running => {
            if matches!(
                s.status,
                RunStatus::EarlyStopped { .. } | RunStatus::Diverged(_)
            ) {
                s.status = RunStatus::Ready;
            }
        }
        Outcome::EarlyStopped(best_epoch) => {
            s.playing = false;
            s.status = RunStatus::EarlyStopped { best_epoch };
        }
        Outcome::Diverged { epoch, site, value } => {
            s.playing = false;
            s.status = RunStatus::Diverged(Divergence {
                epoch,
                site,
                value,
                learning_rate: s.train.learning_rate,
                dismissed: false,
            });
        }
    }
}

/// An animation frame at `now_ms`: trains what the pacer allows; `false` (no render) when
/// paused or when this frame owes no epoch yet.
pub fn tick(s: &mut AppState, now_ms: f64) -> bool {
    if !s.playing {
        return false;
    }
    let speed = (!s.train.max_speed).then_some(s.train.speed);
    let before = s.pacer.get();
    let n = pace(s, |p| p.epochs_at(speed, now_ms));
    s.achieved_speed = s.pacer.get().achieved_rate();
    if n == 0 {
        return false;
    }
    let dt = before.since_last_frame(now_ms);
    train(s, n);
    s.since_link_ms += dt.max(1.0);
    if s.since_link_ms >= LINK_EVERY_MS {
        s.since_link_ms = 0.0;
        s.link_version += 1;
    }
    refresh_tick(s);
    true
}

pub fn toggle_play(s: &mut AppState) {
    s.playing = !s.playing;
    if !s.playing {
        s.status = RunStatus::Paused;
    }
    s.pacer.set(Default::default());
    s.link_version += 1;
    refresh_params(s);
}

pub fn step(s: &mut AppState) {
    s.playing = false;
    train(s, 1);
    s.link_version += 1;
    refresh_params(s);
}

pub fn reset(s: &mut AppState) {
    s.playing = false;
    rebuild(s, |_| {});
}

pub fn set_speed(s: &mut AppState, v: f64) {
    s.train.speed = if v.is_finite() {
        v.clamp(SPEED_RANGE.0, SPEED_RANGE.1)
    } else {
        s.train.speed
    };
}

/// "As fast as possible": as many epochs per frame as fit the frame's training budget.
pub fn set_max_speed(s: &mut AppState, on: bool) {
    s.train.max_speed = on;
}

pub fn set_learning_rate(s: &mut AppState, lr: f32) {
    live(s, |st| st.training.optimizer.learning_rate = lr);
}

pub fn set_optimizer(s: &mut AppState, kind: neurite_nn::OptimizerKind) {
    live(s, |st| st.training.optimizer.kind = kind);
}

pub fn set_regularization(s: &mut AppState, r: neurite_nn::Regularization) {
    live(s, |st| {
        st.training.regularization = r;
        if st.training.regularization_rate == 0.0 {
            st.training.regularization_rate = DEFAULT_REGULARIZATION_RATE;
        }
    });
}

pub fn set_regularization_rate(s: &mut AppState, r: f32) {
    live(s, |st| st.training.regularization_rate = r);
}

pub fn set_batch(s: &mut AppState, b: usize) {
    live(s, |st| st.training.batch_size = b.max(1));
}

pub fn set_early_stopping(s: &mut AppState, patience: Option<usize>) {
    live(s, |st| {
        st.training.early_stopping = patience.map(|patience| EarlyStopping {
            patience,
            restore_best: true,
        })
    });
}

pub fn set_dropout(s: &mut AppState, p: f32) {
    let p = if p.is_finite() {
        p.clamp(0.0, MAX_DROPOUT)
    } else {
        0.0
    };
    rebuild_keeping_weights(s, |st| {
        for l in &mut st.network.hidden {
            l.dropout = p;
        }
    });
}
