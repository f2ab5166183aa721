//! Where a lab's one-button training is: shared by the labs whose networks train in chunks
//! over animation frames until their budget is spent (non-linearity, normalization).

/// Where the button is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Not trained yet (the untrained networks are shown).
    Ready,
    Training,
    /// The budget is spent (or training stopped); until a setting changes.
    Done,
}

impl Phase {
    /// The lab's `data-status`.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Ready => "ready",
            Phase::Training => "running",
            Phase::Done => "done",
        }
    }
}
