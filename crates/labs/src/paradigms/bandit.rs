//! A multi-armed bandit (強化学習 at its smallest): the arms are the world's regions, each
//! paying a reward of 1 with its own probability and 0 otherwise. The agent is told nothing
//! but the reward of the arm it chose.
//!
//! The payout rates are spread evenly from [`LOW`] to [`HIGH`] and dealt to the regions in
//! a seeded order, so their mean — what choosing at random earns, the chance line — is
//! (LOW + HIGH)/2 = 0.5 whatever the number of regions.
//!
//! The agent is ε-greedy with optimistic sample averages: with probability [`EPSILON`] it
//! picks an arm at random (exploration, to keep learning) and otherwise the arm whose
//! estimate is highest (exploitation, ties to the lowest). Its estimate of an arm starts at
//! 1, the best reward there is, counted as one imagined observation, and is the mean of
//! that and the arm's real rewards, Q(a) = (1 + Σ r)/(1 + n(a)), updated as
//! Q ← Q + (r − Q)/(1 + n). The optimism makes it try every arm early (an untried arm looks
//! best), and keeps one unlucky first reward from writing the best arm off for good, which
//! plain averages from 0 do. Once the best arm's estimate leads, it earns about
//! (1 − ε)·HIGH + ε·0.5 per choice, well above chance.

use neurite_nn::Rng;

/// The worst region's payout rate.
pub const LOW: f64 = 0.2;
/// The best region's payout rate.
pub const HIGH: f64 = 0.8;
/// How often the agent explores.
pub const EPSILON: f64 = 0.1;

/// The regions' hidden rates and the agent learning them.
#[derive(Debug, Clone, PartialEq)]
pub struct Bandit {
    /// Each arm's payout probability (hidden from the agent).
    pub rates: Vec<f64>,
    /// The agent's estimate of each arm's mean reward.
    pub estimates: Vec<f64>,
    /// How often each arm was chosen.
    pub pulls: Vec<usize>,
    /// Total reward earned.
    pub total: f64,
    rng: Rng,
}

impl Bandit {
    /// `arms` arms (at least 1) with rates LOW…HIGH dealt in an order drawn from `rng`,
    /// which also gives the agent's later draws.
    pub fn new(arms: usize, mut rng: Rng) -> Bandit {
        let arms = arms.max(1);
        let mut rates: Vec<f64> = (0..arms)
            .map(|i| {
                if arms == 1 {
                    (LOW + HIGH) / 2.0
                } else {
                    LOW + (HIGH - LOW) * i as f64 / (arms - 1) as f64
                }
            })
            .collect();
        rng.shuffle(&mut rates);
        Bandit {
            estimates: vec![1.0; arms],
            pulls: vec![0; arms],
            rates,
            total: 0.0,
            rng,
        }
    }

    /// The mean reward of choosing at random: the chance line.
    pub fn chance(&self) -> f64 {
        self.rates.iter().sum::<f64>() / self.rates.len() as f64
    }

    /// The best arm's rate: what an agent that knew would earn.
    pub fn best(&self) -> f64 {
        self.rates.iter().copied().fold(0.0, f64::max)
    }

    /// Choices made.
    pub fn choices(&self) -> usize {
        self.pulls.iter().sum()
    }

    /// Mean reward per choice so far, `None` before the first.
    pub fn mean_reward(&self) -> Option<f64> {
        let n = self.choices();
        (n > 0).then(|| self.total / n as f64)
    }

    /// The arm the agent picks next (ε-greedy, ties to the lowest).
    fn choose(&mut self) -> usize {
        if self.rng.next_f64() < EPSILON {
            return self.rng.below(self.rates.len());
        }
        let mut best = 0;
        for (a, &q) in self.estimates.iter().enumerate() {
            if q > self.estimates[best] {
                best = a;
            }
        }
        best
    }

    /// One choice: pick an arm, draw its reward, update the estimate. Returns (arm, reward).
    pub fn pull(&mut self) -> (usize, f64) {
        let arm = self.choose();
        let reward = if self.rng.next_f64() < self.rates[arm] {
            1.0
        } else {
            0.0
        };
        self.pulls[arm] += 1;
        self.estimates[arm] += (reward - self.estimates[arm]) / (1 + self.pulls[arm]) as f64;
        self.total += reward;
        (arm, reward)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_spread_and_chance_is_a_half() {
        for arms in 1..=6 {
            let b = Bandit::new(arms, Rng::new(arms as u64));
            assert!((b.chance() - 0.5).abs() < 1e-12, "{arms}: {}", b.chance());
            let mut r = b.rates.clone();
            r.sort_by(f64::total_cmp);
            if arms > 1 {
                assert_eq!((r[0], r[arms - 1]), (LOW, HIGH));
            }
        }
    }

    #[test]
    fn estimates_are_the_mean_of_the_optimistic_prior_and_each_arms_rewards() {
        let mut b = Bandit::new(4, Rng::new(3));
        let mut sums = [0.0; 4];
        for _ in 0..300 {
            let (a, r) = b.pull();
            sums[a] += r;
        }
        for (a, sum) in sums.iter().enumerate() {
            let mean = (1.0 + sum) / (1 + b.pulls[a]) as f64;
            assert!((b.estimates[a] - mean).abs() < 1e-12);
        }
        assert_eq!(b.choices(), 300);
    }

    #[test]
    fn the_agent_beats_chance_and_finds_the_best_arm_over_seeds() {
        let mut worst = f64::INFINITY;
        for arms in 3..=6 {
            for seed in 0..30 {
                let mut b = Bandit::new(arms, Rng::new(seed));
                for _ in 0..400 {
                    b.pull();
                }
                let best = (0..arms).fold(0, |m, a| if b.rates[a] > b.rates[m] { a } else { m });
                let mean = b.mean_reward().unwrap_or(0.0);
                worst = worst.min(mean);
                assert!(mean > b.chance() + 0.1, "{arms} arms, seed {seed}: {mean}");
                let most = (0..arms).fold(0, |m, a| if b.pulls[a] > b.pulls[m] { a } else { m });
                // It may settle on the second-best arm when luck deceives it; it must at
                // least favour one of the top two rates.
                let second = HIGH - (HIGH - LOW) / (arms - 1) as f64;
                assert!(
                    most == best || b.rates[most] >= second - 1e-12,
                    "{arms}, {seed}"
                );
            }
        }
        eprintln!("worst mean reward over 120 runs of 400 choices: {worst}");
    }
}
