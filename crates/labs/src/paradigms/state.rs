//! What the learner set in the three-kinds lab: the world (how many clusters, how noisy),
//! the number of rounds and the seed, and how many rounds were trained (a link trains the
//! same seed again to that round).

/// Clusters (classes, regions) offered: the playground's multi-class range.
pub const CLASSES: std::ops::RangeInclusive<usize> = 3..=6;
/// Noise in percent (the blobs' spread is 0.5 + 2·noise/100).
pub const NOISE: std::ops::RangeInclusive<usize> = 0..=50;
/// Largest round budget.
pub const MAX_ROUNDS: usize = 200;

/// The three-kinds lab's state.
#[derive(Debug, Clone, PartialEq)]
pub struct ParadigmsLab {
    /// Clusters in the world (the classes, and the agent's regions).
    pub classes: usize,
    /// Noise in percent.
    pub noise: usize,
    /// Rounds to train: each is one epoch of the network, one k-means step and
    /// [`super::session::PULLS`] choices of the agent.
    pub rounds: usize,
    /// The run's seed (world, weights, k-means start, the agent's luck).
    pub seed: u64,
    /// Rounds trained (0..=`rounds`), replayed when a link opens.
    pub trained: usize,
}

impl Default for ParadigmsLab {
    /// Three clusters at 30 % noise, 40 rounds.
    fn default() -> Self {
        ParadigmsLab {
            classes: 3,
            noise: 30,
            rounds: 40,
            seed: 1,
            trained: 0,
        }
    }
}

impl ParadigmsLab {
    /// The same settings at round 0 (what decides the run).
    pub fn run_key(&self) -> ParadigmsLab {
        ParadigmsLab {
            trained: 0,
            ..self.clone()
        }
    }
}
