//! What the learner set in the RNN lab: the hidden size, the epoch budget and seed, how many
//! epochs were trained (a link trains the same seed again), the beginning typed for the
//! network to continue, and how many steps the unrolled view shows.

/// Hidden units offered.
pub const HIDDEN: std::ops::RangeInclusive<usize> = 4..=64;
/// Largest epoch budget.
pub const MAX_EPOCHS: usize = 200;
/// Longest beginning typed.
pub const MAX_PREFIX: usize = 12;
/// Steps the unrolled view can show.
pub const STEPS: std::ops::RangeInclusive<usize> = 2..=40;

/// The RNN lab's state.
#[derive(Debug, Clone, PartialEq)]
pub struct RnnLab {
    /// Hidden units of the cell.
    pub hidden: usize,
    /// Epochs to train.
    pub epochs: usize,
    /// The run's seed (initial weights, word order).
    pub seed: u64,
    /// Epochs trained (0..=`epochs`), replayed when a link opens.
    pub trained: usize,
    /// The beginning the network continues: `a`–`z`, at most [`MAX_PREFIX`].
    pub prefix: String,
    /// Steps unrolled in the view.
    pub steps: usize,
}

impl Default for RnnLab {
    /// 32 hidden units, 30 epochs, continuing "ka", 12 steps unrolled.
    fn default() -> Self {
        RnnLab {
            hidden: 32,
            epochs: 30,
            seed: 1,
            trained: 0,
            prefix: "ka".into(),
            steps: 12,
        }
    }
}

impl RnnLab {
    /// The same settings at epoch 0, whatever is typed or viewed (what decides the run).
    pub fn run_key(&self) -> RnnLab {
        RnnLab {
            trained: 0,
            prefix: String::new(),
            steps: 0,
            ..self.clone()
        }
    }
}
