//! The three-kinds lab trained natively, as the page trains it: with labels the network
//! separates the world's clusters; without them k-means finds groups that match the hidden
//! classes far better than chance; with only a reward the agent earns more than choosing at
//! random. The same seed gives the same numbers.

use std::time::Instant;

use neurite_labs::paradigms::bandit::{HIGH, LOW};
use neurite_labs::paradigms::{ParadigmsLab, ParadigmsSession};

fn trained(lab: &ParadigmsLab) -> ParadigmsSession {
    let mut s = ParadigmsSession::new(lab).unwrap_or_else(|e| panic!("{e}"));
    while !s.finished(lab.rounds) {
        s.round(lab.rounds);
    }
    assert_eq!(s.failure, None);
    s
}

#[test]
fn the_default_world_is_learned_three_ways() {
    let lab = ParadigmsLab::default();
    let t0 = Instant::now();
    let s = trained(&lab);
    let ms = t0.elapsed().as_millis();
    let acc = s.accuracy.last().copied().unwrap_or(0.0);
    let purity = s.purity.last().copied().unwrap_or(0.0);
    let reward = s.reward.last().copied().unwrap_or(0.0);
    eprintln!(
        "default: accuracy {acc}, purity {purity}, reward {reward} (chance {}), {ms} ms",
        s.bandit.chance()
    );
    assert_eq!(s.rounds, lab.rounds);
    assert!(acc > 0.9, "accuracy {acc}");
    assert!(purity > 0.9, "purity {purity}");
    assert!(reward > s.bandit.chance() + 0.1, "reward {reward}");
    // The untrained network is near chance: the accuracy was learned.
    assert!(s.accuracy[0] <= acc);
}

#[test]
fn over_seeds_and_cluster_counts_every_kind_beats_chance() {
    let mut sums = (0.0, 0.0, 0.0, 0usize);
    for classes in 3..=6 {
        for seed in 1..=5 {
            let lab = ParadigmsLab {
                classes,
                seed,
                ..ParadigmsLab::default()
            };
            let s = trained(&lab);
            let chance_class = 1.0 / classes as f64;
            let (acc, purity, reward) = (
                s.accuracy[lab.rounds - 1],
                s.purity[lab.rounds - 1],
                s.reward[lab.rounds - 1],
            );
            assert!(acc > 0.8, "{classes} classes, seed {seed}: accuracy {acc}");
            assert!(
                purity > chance_class + 0.3,
                "{classes}, {seed}: purity {purity}"
            );
            assert!(reward > 0.55, "{classes}, {seed}: reward {reward}");
            assert!((s.bandit.chance() - (LOW + HIGH) / 2.0).abs() < 1e-12);
            sums = (sums.0 + acc, sums.1 + purity, sums.2 + reward, sums.3 + 1);
        }
    }
    let n = sums.3 as f64;
    eprintln!(
        "means over {n} runs: accuracy {}, purity {}, reward {}",
        sums.0 / n,
        sums.1 / n,
        sums.2 / n
    );
    assert!(sums.2 / n > 0.65);
}

#[test]
fn the_same_seed_gives_the_same_run_and_another_seed_another() {
    let lab = ParadigmsLab {
        rounds: 12,
        seed: 7,
        ..ParadigmsLab::default()
    };
    let (a, b) = (trained(&lab), trained(&lab));
    assert_eq!(
        (&a.accuracy, &a.purity, &a.reward),
        (&b.accuracy, &b.purity, &b.reward)
    );
    assert_eq!(a.kmeans, b.kmeans);
    assert_eq!(a.bandit, b.bandit);
    let c = trained(&ParadigmsLab { seed: 8, ..lab });
    assert_ne!(a.bandit, c.bandit);
    // A round past the budget does nothing.
    let mut d = trained(&lab);
    d.round(lab.rounds);
    assert_eq!(d.rounds, lab.rounds);
}
