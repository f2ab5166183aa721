//! Frame pacing (pure): how many epochs to train in this animation frame and how much of the
//! picture to redraw, so the page stays at 60 fps whatever the network's size.
//!
//! The learner asks for a speed in epochs per second (or "as fast as possible"); the pacer
//! accumulates `speed × dt` and trains the whole part of it, but never more than fits the
//! frame's training budget, measured from the cost of recent epochs (an exponential average
//! of milliseconds per epoch).
//!
//! The budget for everything else is measured too, from the frames themselves: the average
//! interval between animation frames includes training, snapshots, Yew's render and the
//! browser's style, layout and paint. When it stays above one 60 Hz vsync the pacer steps to
//! a cheaper [`Detail`] level (coarser heatmaps, neuron thumbnails and SVG views refreshed
//! less often, a smaller training budget); after two seconds of smooth frames it steps back.
//! Paused, everything is drawn at full detail.

/// Largest epoch count per frame, whatever the measured speed.
pub const MAX_EPOCHS_PER_FRAME: usize = 200;
/// A frame interval over this (ms) is a dropped frame: a missed 60 Hz vsync shows as 33 ms.
const SLOW_FRAME_MS: f64 = 20.0;
/// Frames are judged in windows of this many frames, or of this many ms when frames are
/// so slow that 20 would take seconds.
const WINDOW: u32 = 20;
const WINDOW_MS: f64 = 400.0;
/// A window where at least a quarter of the frames dropped steps the detail down…
const SLOW_SHARE: f64 = 0.25;
/// …one where at most one in twenty did counts as smooth,
const SMOOTH_SHARE: f64 = 0.05;
/// and this many smooth windows in a row (two seconds) step it back up, so a level that
/// just failed is not retried at once and a single hitch (a rebuild, a collection) is
/// forgiven.
const SMOOTH_WINDOWS: u32 = 6;

/// How much of the picture a training frame redraws.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detail {
    /// Milliseconds of training per frame.
    pub train_budget_ms: f64,
    /// Heatmap grid side of the neuron thumbnails and of the output map.
    pub neuron_res: usize,
    pub output_res: usize,
    /// The neuron thumbnails are refreshed every this many frames.
    pub thumbs_every: u64,
    /// The SVG views (links, chart, inspector) follow at most this often (ms).
    pub views_every_ms: f64,
}

/// The levels, from full detail to the cheapest. The output map is 100×100 like TensorFlow
/// Playground's (10,000 points through the network: ~0.3 ms for the default network,
/// benchmark B) until the third level.
pub const LEVELS: [Detail; 4] = [
    Detail {
        train_budget_ms: 9.0,
        neuron_res: 24,
        output_res: 100,
        thumbs_every: 1,
        views_every_ms: 100.0,
    },
    Detail {
        train_budget_ms: 6.0,
        neuron_res: 16,
        output_res: 100,
        thumbs_every: 2,
        views_every_ms: 200.0,
    },
    Detail {
        train_budget_ms: 4.0,
        neuron_res: 16,
        output_res: 50,
        thumbs_every: 4,
        views_every_ms: 400.0,
    },
    Detail {
        train_budget_ms: 3.0,
        neuron_res: 12,
        output_res: 50,
        thumbs_every: 8,
        views_every_ms: 1000.0,
    },
];

/// Pacing state carried between frames.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pacer {
    /// Fractional epochs owed from previous frames.
    owed: f64,
    /// Smoothed cost of one epoch, in ms.
    ms_per_epoch: f64,
    /// Index into [`LEVELS`].
    level: usize,
    /// Frames, dropped frames and milliseconds in the current window.
    window_frames: u32,
    window_slow: u32,
    window_ms: f64,
    /// Smooth windows in a row.
    smooth_windows: u32,
    /// Frames since play started.
    frame: u64,
    /// Timestamp of the previous animation frame of this run (ms).
    last_frame_ms: Option<f64>,
    /// Smoothed epochs trained per second of wall time.
    rate: f64,
}

impl Default for Pacer {
    fn default() -> Self {
        Pacer {
            owed: 0.0,
            ms_per_epoch: 0.5,
            level: 0,
            window_frames: 0,
            window_slow: 0,
            window_ms: 0.0,
            smooth_windows: 0,
            frame: 0,
            last_frame_ms: None,
            rate: 0.0,
        }
    }
}

impl Pacer {
    /// Epochs to train in the animation frame stamped `now_ms`: the time since the previous
    /// frame (none before the first) times `speed` (`None`: as many as fit the budget),
    /// within the frame's training budget. Also adapts the detail level to the frame rate.
    pub fn epochs_at(&mut self, speed: Option<f64>, now_ms: f64) -> usize {
        let dt = self.since_last_frame(now_ms);
        if self.last_frame_ms.is_some() {
            self.observe_frame(dt);
        }
        self.last_frame_ms = Some(now_ms);
        self.frame += 1;
        let n = self.epochs_for(speed, dt);
        if dt > 0.0 {
            let inst = n as f64 * 1000.0 / dt;
            self.rate += (inst - self.rate) * (dt / 500.0).min(1.0);
        }
        n
    }

    /// Milliseconds from the previous frame to `now_ms` (0 before the first frame; a stall
    /// counts as at most 250 ms, a clock that went backwards as 0).
    pub fn since_last_frame(&self, now_ms: f64) -> f64 {
        self.last_frame_ms
            .map_or(0.0, |last| (now_ms - last).clamp(0.0, 250.0))
    }

    /// Adapts the level to a frame that came `dt` ms after the previous one.
    fn observe_frame(&mut self, dt: f64) {
        self.window_frames += 1;
        self.window_slow += u32::from(dt > SLOW_FRAME_MS);
        self.window_ms += dt;
        if self.window_frames < WINDOW && self.window_ms < WINDOW_MS {
            return;
        }
        let share = f64::from(self.window_slow) / f64::from(self.window_frames);
        if share >= SLOW_SHARE {
            self.level = (self.level + 1).min(LEVELS.len() - 1);
            self.smooth_windows = 0;
        } else if share <= SMOOTH_SHARE {
            self.smooth_windows += 1;
            if self.smooth_windows >= SMOOTH_WINDOWS {
                self.level = self.level.saturating_sub(1);
                self.smooth_windows = 0;
            }
        } else {
            self.smooth_windows = 0;
        }
        self.window_frames = 0;
        self.window_slow = 0;
        self.window_ms = 0.0;
    }

    /// Epochs to train in a frame that came `dt_ms` after the previous one, at `speed`
    /// epochs per second (`None`: as fast as the budget allows).
    pub fn epochs_for(&mut self, speed: Option<f64>, dt_ms: f64) -> usize {
        let budget = (self.detail().train_budget_ms / self.ms_per_epoch.max(1e-3)).floor() as usize;
        let budget = budget.clamp(1, MAX_EPOCHS_PER_FRAME);
        let Some(speed) = speed else {
            return budget;
        };
        let speed = if speed.is_finite() {
            speed.max(0.0)
        } else {
            0.0
        };
        // Carry at most one second's worth so a long stall does not cause a burst.
        self.owed = (self.owed + speed * dt_ms.clamp(0.0, 100.0) / 1000.0).min(speed.max(1.0));
        let want = self.owed.floor() as usize;
        let n = want.min(budget);
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

    /// The detail of the current level.
    pub fn detail(&self) -> Detail {
        LEVELS[self.level.min(LEVELS.len() - 1)]
    }

    /// The detail to draw at: the level's while playing, full detail when paused.
    pub fn detail_for(&self, playing: bool) -> Detail {
        if playing {
            self.detail()
        } else {
            LEVELS[0]
        }
    }

    /// Whether this frame refreshes the thumbnails of UI layer `layer`: every frame at full
    /// detail, else every `thumbs_every` frames, the layers taking turns so that each frame
    /// repaints a share of the neurons instead of all of them at once.
    pub fn layer_due(&self, layer: usize) -> bool {
        (self.frame + layer as u64).is_multiple_of(self.detail().thumbs_every.max(1))
    }

    /// Whose turn it is among `count` parts this frame (parts repainted one per frame).
    pub fn turn(&self, count: usize) -> usize {
        (self.frame % count.max(1) as u64) as usize
    }

    /// Epochs per second actually trained, smoothed over about half a second.
    pub fn achieved_rate(&self) -> f64 {
        self.rate
    }
}

#[cfg(test)]
mod tests;
