//! Where a descent run is, and the sentence the lab shows for it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a run was declared diverged (checked in this order after every step).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Divergence {
    /// A coordinate or the loss became NaN or ±∞.
    NonFinite,
    /// `|x|` or `|y|` exceeded [`super::BOUND`].
    OutOfBounds,
    /// The loss rose at each of the last [`super::GROWTH_STEPS`] steps and is above
    /// [`super::GROWTH_FACTOR`] times the starting loss.
    LossGrowing,
}

/// A run's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DescentStatus {
    /// At the start point, no step taken.
    #[default]
    Ready,
    /// At least one step taken; neither converged nor diverged.
    Running,
    /// Converged at `step` (see [`super::Descent`] for the test); further steps do nothing.
    Converged {
        /// Step (1-based) at which the test first held.
        step: usize,
    },
    /// Diverged at `step`; further steps do nothing.
    Diverged {
        /// Step (1-based) that diverged.
        step: usize,
        /// What was seen.
        reason: Divergence,
    },
    /// [`super::STEP_LIMIT`] steps taken without converging or diverging.
    StepLimit,
}

impl DescentStatus {
    /// Whether `step` will do nothing more (converged, diverged or out of steps).
    pub fn is_finished(self) -> bool {
        matches!(
            self,
            DescentStatus::Converged { .. }
                | DescentStatus::Diverged { .. }
                | DescentStatus::StepLimit
        )
    }
}

impl fmt::Display for DescentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DescentStatus::Ready => write!(f, "Ready at the start point."),
            DescentStatus::Running => write!(f, "Descending."),
            DescentStatus::Converged { step } => {
                write!(f, "Converged to the minimum in {step} steps.")
            }
            DescentStatus::Diverged { step, reason } => {
                let what = match reason {
                    Divergence::NonFinite => "the numbers overflowed to infinity".to_string(),
                    Divergence::OutOfBounds => {
                        format!("a coordinate went beyond ±{}", super::BOUND)
                    }
                    Divergence::LossGrowing => "the loss kept growing, step after step".into(),
                };
                write!(
                    f,
                    "Diverged at step {step}: {what}. Each step overshoots the minimum by more than it corrects; try a smaller learning rate."
                )
            }
            DescentStatus::StepLimit => write!(
                f,
                "Stopped after {} steps, neither converged nor diverged.",
                super::STEP_LIMIT
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_serde() {
        let d = DescentStatus::Diverged {
            step: 7,
            reason: Divergence::LossGrowing,
        };
        assert!(d
            .to_string()
            .starts_with("Diverged at step 7: the loss kept growing"));
        assert!(d.is_finished() && !DescentStatus::Running.is_finished());
        let s = serde_json::to_string(&d).unwrap_or_default();
        assert_eq!(s, r#"{"diverged":{"step":7,"reason":"loss_growing"}}"#);
        let r = serde_json::to_string(&DescentStatus::Ready).unwrap_or_default();
        assert_eq!(r, r#""ready""#);
        assert!(DescentStatus::StepLimit.to_string().contains("10000 steps"));
    }
}
