//! Frame pacing (pure): how many epochs to train in this animation frame, and at what
//! resolution to sample the heatmaps, so the page stays near 60 fps.
//!
//! The user asks for a speed in epochs per second; the pacer accumulates `speed × dt` and
//! trains the whole part of it, but never more than fits a time budget measured from the
//! cost of recent frames (an exponential average of milliseconds per epoch). Heatmaps drop
//! to a coarser grid while training is slow and return to full resolution when paused.

/// Milliseconds of training allowed per frame (the rest of the ~16.7 ms goes to heatmaps
/// and the browser).
pub const TRAIN_BUDGET_MS: f64 = 9.0;
/// Largest epoch count per frame, whatever the measured speed.
pub const MAX_EPOCHS_PER_FRAME: usize = 200;

/// Heatmap grid sides: neuron thumbnails and the main output, fine and coarse. The output
/// map is 100×100 like TensorFlow Playground's (10,000 points through the network: ~0.3 ms
/// for the default network, benchmark B); the coarse sides apply only while painting is
/// slow (bigger networks), see [`Pacer::resolution`].
pub const NEURON_RES: (usize, usize) = (24, 16);
pub const OUTPUT_RES: (usize, usize) = (100, 50);

/// Pacing state carried between frames.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pacer {
    /// Fractional epochs owed from previous frames.
    owed: f64,
    /// Smoothed cost of one epoch, in ms.
    ms_per_epoch: f64,
    /// Smoothed cost of one heatmap refresh, in ms.
    ms_per_paint: f64,
    /// Timestamp of the previous animation frame of this run (ms).
    last_frame_ms: Option<f64>,
}

impl Default for Pacer {
    fn default() -> Self {
        Pacer {
            owed: 0.0,
            ms_per_epoch: 0.5,
            ms_per_paint: 2.0,
            last_frame_ms: None,
        }
    }
}

impl Pacer {
    /// Epochs to train in the animation frame stamped `now_ms`: the time since the previous
    /// frame (none before the first) times `speed`, within the frame's training budget.
    pub fn epochs_at(&mut self, speed: f64, now_ms: f64) -> usize {
        let dt = self.since_last_frame(now_ms);
        self.last_frame_ms = Some(now_ms);
        self.epochs_for(speed, dt)
    }

    /// Milliseconds from the previous frame to `now_ms` (0 before the first frame; a stall
    /// counts as at most 250 ms, a clock that went backwards as 0).
    pub fn since_last_frame(&self, now_ms: f64) -> f64 {
        self.last_frame_ms
            .map_or(0.0, |last| (now_ms - last).clamp(0.0, 250.0))
    }

    /// Epochs to train in a frame that came `dt_ms` after the previous one.
    pub fn epochs_for(&mut self, speed: f64, dt_ms: f64) -> usize {
        let speed = if speed.is_finite() {
            speed.max(0.0)
        } else {
            0.0
        };
        // Carry at most one frame's worth so a long stall does not cause a burst.
        self.owed = (self.owed + speed * dt_ms.clamp(0.0, 100.0) / 1000.0).min(speed.max(1.0));
        let budget = (TRAIN_BUDGET_MS / self.ms_per_epoch.max(1e-3)).floor() as usize;
        let want = self.owed.floor() as usize;
        let n = want.min(budget.max(1)).min(MAX_EPOCHS_PER_FRAME);
        self.owed -= n as f64;
        if n < want {
            // Behind: forget the backlog rather than chase it forever.
            self.owed = 0.0;
        }
        n
    }

    /// Records that `epochs` epochs took `ms` milliseconds.
    pub fn record_training(&mut self, epochs: usize, ms: f64) {
        if epochs > 0 && ms.is_finite() && ms >= 0.0 {
            let sample = ms / epochs as f64;
            self.ms_per_epoch = 0.8 * self.ms_per_epoch + 0.2 * sample;
        }
    }

    /// Records that a heatmap refresh took `ms` milliseconds.
    pub fn record_paint(&mut self, ms: f64) {
        if ms.is_finite() && ms >= 0.0 {
            self.ms_per_paint = 0.8 * self.ms_per_paint + 0.2 * ms;
        }
    }

    /// `(neuron, output)` grid sides: full when paused or when painting is cheap.
    pub fn resolution(&self, playing: bool) -> (usize, usize) {
        if playing && self.ms_per_paint > 6.0 {
            (NEURON_RES.1, OUTPUT_RES.1)
        } else {
            (NEURON_RES.0, OUTPUT_RES.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speed_accumulates_across_frames() {
        let mut p = Pacer::default();
        // 10 epochs/s at 60 fps: one epoch every 6 frames.
        let total: usize = (0..60).map(|_| p.epochs_for(10.0, 1000.0 / 60.0)).sum();
        assert!((9..=10).contains(&total), "{total}");
    }

    #[test]
    fn frame_timestamps_give_the_time_between_frames() {
        let mut p = Pacer::default();
        // The first frame only starts the clock.
        assert_eq!(p.epochs_at(60.0, 1000.0), 0);
        // 60 epochs/s, frames 1/60 s apart: one epoch per frame.
        let total: usize = (1..=60)
            .map(|i| p.epochs_at(60.0, 1000.0 + i as f64 * 1000.0 / 60.0))
            .sum();
        assert!((59..=60).contains(&total), "{total}");
    }

    #[test]
    fn budget_caps_slow_epochs() {
        let mut p = Pacer::default();
        p.record_training(1, 100.0);
        p.record_training(1, 100.0);
        assert_eq!(p.epochs_for(1000.0, 16.0), 1);
        assert_eq!(p.epochs_for(0.0, 16.0), 0);
        assert_eq!(p.epochs_for(f64::NAN, 16.0), 0);
    }

    #[test]
    fn resolution_drops_only_while_playing_and_slow() {
        let mut p = Pacer::default();
        assert_eq!(p.resolution(true), (NEURON_RES.0, OUTPUT_RES.0));
        for _ in 0..20 {
            p.record_paint(30.0);
        }
        assert_eq!(p.resolution(true), (NEURON_RES.1, OUTPUT_RES.1));
        assert_eq!(p.resolution(false), (NEURON_RES.0, OUTPUT_RES.0));
    }
}
