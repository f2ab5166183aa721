//! The three kinds of learning on one world (教師あり学習, 教師なし学習, 強化学習): the same
//! 2-D world of Gaussian clusters learned three ways, side by side.
//!
//! - supervised: every point comes with its label, and a small network of the engine learns
//!   the boundaries between the classes (scored by accuracy on held-out points);
//! - unsupervised: the labels are hidden, and k-means ([`kmeans`]) finds groups by distance
//!   alone (scored against the hidden labels by cluster purity);
//! - reinforcement: no labels and no points to fit, only a reward: an ε-greedy agent
//!   ([`bandit`]) chooses among the world's regions, each paying off at a rate it does not
//!   know, and its mean reward rises above chance as it learns which region pays best.

pub mod bandit;
pub mod keys;
pub mod kmeans;
pub mod session;
pub mod state;

pub use session::ParadigmsSession;
pub use state::ParadigmsLab;
