//! Where the overfitting lab's play button is (it can pause, unlike the one-button labs'
//! `labs::phase::Phase`).

/// Where the play button is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Ready,
    Running,
    Paused,
    Done,
}

impl Phase {
    /// The button's `data-status`.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Ready => "ready",
            Phase::Running => "running",
            Phase::Paused => "paused",
            Phase::Done => "done",
        }
    }
}
