//! Where training is, and what the banner above the playground says.

use neurite_nn::{DivergenceSite, NonFinite};

/// A learning rate at or above this is named as the likely cause of a divergence.
pub const HIGH_LEARNING_RATE: f32 = 0.1;

/// Where training is, as the status line reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStatus {
    Ready,
    Paused,
    EarlyStopped {
        /// Epoch (1-based) with the best validation loss; its weights were restored.
        best_epoch: usize,
    },
    /// Training blew up and was paused; the one carrier of the divergence's details.
    Diverged(Divergence),
}

/// A divergence as the banner explains it.
#[derive(Debug, Clone, PartialEq)]
pub struct Divergence {
    /// Epoch (1-based) in which values became non-finite.
    pub epoch: usize,
    /// Where the first non-finite value appeared (engine layer numbers).
    pub site: DivergenceSite,
    /// What it was: NaN, +∞ or −∞.
    pub value: NonFinite,
    /// The learning rate at the time: a high one is named as the likely cause.
    pub learning_rate: f32,
    /// The learner closed the banner (the status line still says it diverged).
    pub dismissed: bool,
}

impl Divergence {
    /// Whether the learning rate is the likely cause.
    pub fn blames_learning_rate(&self) -> bool {
        self.learning_rate >= HIGH_LEARNING_RATE
    }
}

/// A message above the playground (a divergence is shown from [`RunStatus::Diverged`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Banner {
    /// A share link could not be opened at start-up (the default opened); the text says why.
    BrokenLink(String),
    /// A link opened while the app ran could not be; the state is as it was.
    LinkRefused(String),
    /// An engine error (invalid setting combination), shown verbatim.
    Error(String),
}
