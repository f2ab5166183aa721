//! The three learners on one world, trained together a round at a time so the page keeps
//! drawing and a link's `trained=N` replays exactly: round r is one epoch of the network on
//! the labelled points (supervised), one Lloyd step of k-means on the same points without
//! their labels (unsupervised), and [`PULLS`] choices of the bandit agent among the
//! world's regions (reinforcement). Every draw comes from the lab's seed.
//!
//! The world is the playground's `blobs` data set: K Gaussian clusters on a circle of
//! radius 4, spread 0.5 + 2·noise/100, [`POINTS`] points split 50 / 20 / 30 into train,
//! validation and test; the network (two hidden tanh layers of 8, softmax over K classes,
//! plain SGD at rate 0.01 in batches of 10 — slow enough that the accuracy visibly climbs
//! over the first rounds, where Adam reached 1 within the first epoch) sees only the
//! training points' labels and is scored on the test points.

use neurite_data::{DatasetKind, DatasetSpec};
use neurite_nn::{Activation, LayerSpec, OptimizerKind, Rng, Stream};
use neurite_playground::{Session, State};

use super::bandit::Bandit;
use super::kmeans::{purity, KMeans};
use super::state::ParadigmsLab;

/// Points in the world.
pub const POINTS: usize = 300;
/// The agent's choices per round.
pub const PULLS: usize = 10;
/// Stream indices that keep k-means' and the agent's draws apart from the engine's.
const KMEANS_DRAWS: u64 = 0x6b6d_6561_6e73;
const AGENT_DRAWS: u64 = 0x0061_6765_6e74;

/// Where the three learners stand.
pub struct ParadigmsSession {
    /// The settings it was made with (`run_key`).
    pub lab: ParadigmsLab,
    /// The supervised network, its data and split.
    pub supervised: Session,
    /// The clustering of the same points.
    pub kmeans: KMeans,
    /// The agent choosing among the regions.
    pub bandit: Bandit,
    /// Each point's hidden class.
    pub labels: Vec<usize>,
    /// Rounds finished.
    pub rounds: usize,
    /// Test accuracy after each round.
    pub accuracy: Vec<f64>,
    /// Purity after each round.
    pub purity: Vec<f64>,
    /// The agent's mean reward per choice so far, after each round.
    pub reward: Vec<f64>,
    /// Why training stopped, if it did.
    pub failure: Option<String>,
}

/// The playground state of `lab`'s world and network.
pub fn world_state(lab: &ParadigmsLab) -> State {
    let mut s = State {
        dataset: DatasetSpec {
            kind: DatasetKind::Blobs,
            points: POINTS,
            noise: lab.noise as f32,
            classes: lab.classes,
        },
        seed: lab.seed,
        ..State::default()
    };
    s.adapt_to_task();
    s.network.hidden = vec![LayerSpec::new(8, Activation::Tanh); 2];
    s.training.optimizer.kind = OptimizerKind::Sgd;
    s.training.optimizer.learning_rate = 0.01;
    s
}

impl ParadigmsSession {
    /// The world of `lab` and its three untrained learners.
    pub fn new(lab: &ParadigmsLab) -> Result<ParadigmsSession, String> {
        let supervised = Session::new(&world_state(lab)).map_err(|e| e.to_string())?;
        let data = supervised.dataset();
        let points: Vec<[f64; 2]> = data
            .points
            .iter()
            .map(|p| {
                let c = |i: usize| f64::from(p.coords.get(i).copied().unwrap_or(0.0));
                [c(0), c(1)]
            })
            .collect();
        let labels = data
            .points
            .iter()
            .map(|p| p.label.class().unwrap_or(usize::MAX))
            .collect();
        let kmeans = KMeans::new(
            points,
            lab.classes,
            &mut Rng::stream_at(lab.seed, Stream::Data, KMEANS_DRAWS),
        );
        let bandit = Bandit::new(
            lab.classes,
            Rng::stream_at(lab.seed, Stream::Batches, AGENT_DRAWS),
        );
        Ok(ParadigmsSession {
            lab: lab.run_key(),
            supervised,
            kmeans,
            bandit,
            labels,
            rounds: 0,
            accuracy: Vec::new(),
            purity: Vec::new(),
            reward: Vec::new(),
            failure: None,
        })
    }

    /// Whether `budget` rounds are trained (or training failed).
    pub fn finished(&self, budget: usize) -> bool {
        self.failure.is_some() || self.rounds >= budget
    }

    /// Progress through `budget` rounds in [0, 1].
    pub fn progress(&self, budget: usize) -> f64 {
        (self.rounds as f64 / budget.max(1) as f64).clamp(0.0, 1.0)
    }

    /// The clusters' purity against the hidden labels now.
    pub fn current_purity(&self) -> Option<f64> {
        purity(
            &self.kmeans.assignment,
            &self.labels,
            self.kmeans.centres.len(),
            self.lab.classes,
        )
    }

    /// One round of all three, unless `budget` rounds are done or training failed.
    pub fn round(&mut self, budget: usize) {
        if self.finished(budget) {
            return;
        }
        let metrics = self.supervised.train_epochs(1).last().cloned();
        let acc = metrics.and_then(|m| m.test_acc).map(f64::from);
        match acc {
            Some(a) if a.is_finite() => self.accuracy.push(a),
            _ => {
                self.failure = Some("the network stopped training (it diverged)".into());
                return;
            }
        }
        self.kmeans.step();
        self.purity.push(self.current_purity().unwrap_or(0.0));
        for _ in 0..PULLS {
            self.bandit.pull();
        }
        self.reward.push(self.bandit.mean_reward().unwrap_or(0.0));
        self.rounds += 1;
    }
}
