//! k-means clustering (教師なし学習): groups found from the points alone, no labels.
//!
//! Lloyd's algorithm alternates two steps, each of which can only lower the within-cluster
//! sum of squared distances Σᵢ ‖xᵢ − c_{a(i)}‖²: assign every point to its nearest centre,
//! then move every centre to the mean of its points. The sum is bounded below and takes
//! finitely many values (one per assignment), so the steps stop changing anything after
//! finitely many rounds — at a local minimum, which is why the start matters.
//!
//! The start is k-means++ (Arthur & Vassilvitskii, 2007): the first centre a uniformly
//! random point, each next one a point drawn with probability proportional to its squared
//! distance from the nearest centre so far, so the centres start spread over the groups
//! instead of two in one group. The draws come from the seed: the same seed, the same
//! clusters.

use neurite_nn::Rng;

/// k centres over 2-D points and which centre each point belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct KMeans {
    points: Vec<[f64; 2]>,
    /// The centres.
    pub centres: Vec<[f64; 2]>,
    /// Each point's cluster (index into `centres`).
    pub assignment: Vec<usize>,
    /// Lloyd steps taken.
    pub steps: usize,
    /// Whether the last step changed no assignment (converged).
    pub settled: bool,
}

fn dist2(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

/// Index of the centre nearest `p` (the first of equals).
fn nearest(p: [f64; 2], centres: &[[f64; 2]]) -> usize {
    let mut best = (0, f64::INFINITY);
    for (j, &c) in centres.iter().enumerate() {
        let d = dist2(p, c);
        if d < best.1 {
            best = (j, d);
        }
    }
    best.0
}

impl KMeans {
    /// `k` centres started by k-means++ with `rng`, every point assigned to its nearest.
    /// With no points the centres are all at the origin; `k` is at least 1.
    pub fn new(points: Vec<[f64; 2]>, k: usize, rng: &mut Rng) -> KMeans {
        let k = k.max(1);
        let mut centres: Vec<[f64; 2]> = Vec::with_capacity(k);
        if points.is_empty() {
            centres.resize(k, [0.0, 0.0]);
        } else {
            centres.push(points[rng.below(points.len())]);
            while centres.len() < k {
                let d: Vec<f64> = points
                    .iter()
                    .map(|&p| dist2(p, centres[nearest(p, &centres)]))
                    .collect();
                let total: f64 = d.iter().sum();
                let pick = if total > 0.0 {
                    let mut r = rng.next_f64() * total;
                    d.iter()
                        .position(|&w| {
                            r -= w;
                            r < 0.0
                        })
                        .unwrap_or(points.len() - 1)
                } else {
                    rng.below(points.len())
                };
                centres.push(points[pick]);
            }
        }
        let assignment = points.iter().map(|&p| nearest(p, &centres)).collect();
        KMeans {
            points,
            centres,
            assignment,
            steps: 0,
            settled: false,
        }
    }

    /// One Lloyd step: each centre to the mean of its points (a centre with none stays),
    /// then each point to its nearest centre. Returns whether any assignment changed.
    pub fn step(&mut self) -> bool {
        let k = self.centres.len();
        let mut sums = vec![[0.0f64; 2]; k];
        let mut counts = vec![0usize; k];
        for (p, &a) in self.points.iter().zip(&self.assignment) {
            sums[a][0] += p[0];
            sums[a][1] += p[1];
            counts[a] += 1;
        }
        for ((c, s), &n) in self.centres.iter_mut().zip(&sums).zip(&counts) {
            if n > 0 {
                *c = [s[0] / n as f64, s[1] / n as f64];
            }
        }
        let mut changed = false;
        for (p, a) in self.points.iter().zip(self.assignment.iter_mut()) {
            let j = nearest(*p, &self.centres);
            changed |= j != *a;
            *a = j;
        }
        self.steps += 1;
        self.settled = !changed;
        changed
    }

    /// Within-cluster sum of squared distances (what every step lowers).
    pub fn inertia(&self) -> f64 {
        self.points
            .iter()
            .zip(&self.assignment)
            .map(|(&p, &a)| dist2(p, self.centres[a]))
            .sum()
    }
}

/// Cluster purity: each cluster votes for the hidden class most of its points have, and
/// purity is the fraction of points in their cluster's majority class,
/// (1/n) Σ_clusters max_class |cluster ∩ class|. 1 when every cluster is one class;
/// clusters drawn at random from K equal classes score about 1/K. Labels outside
/// `0..classes` count for no class. `None` for no points.
pub fn purity(
    assignment: &[usize],
    labels: &[usize],
    clusters: usize,
    classes: usize,
) -> Option<f64> {
    if assignment.is_empty() {
        return None;
    }
    let mut table = vec![0usize; clusters * classes];
    for (&a, &l) in assignment.iter().zip(labels) {
        if a < clusters && l < classes {
            table[a * classes + l] += 1;
        }
    }
    let majority: usize = table
        .chunks(classes.max(1))
        .map(|row| row.iter().copied().max().unwrap_or(0))
        .sum();
    Some(majority as f64 / assignment.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purity_of_a_tiny_example_by_hand() {
        // Cluster 0 holds classes [0, 0, 1] (majority 2), cluster 1 holds [1, 2, 2, 2]
        // (majority 3): purity (2 + 3) / 7.
        let assignment = [0, 0, 0, 1, 1, 1, 1];
        let labels = [0, 0, 1, 1, 2, 2, 2];
        assert_eq!(purity(&assignment, &labels, 2, 3), Some(5.0 / 7.0));
        assert_eq!(purity(&[0, 1, 2], &[2, 0, 1], 3, 3), Some(1.0));
        assert_eq!(purity(&[0, 0, 0, 0], &[0, 1, 2, 3], 1, 4), Some(0.25));
        assert_eq!(purity(&[], &[], 2, 2), None);
    }

    #[test]
    fn finds_hand_made_clusters_exactly() {
        // Three tight groups of five around far-apart corners.
        let corners = [[-10.0, -10.0], [10.0, -10.0], [0.0, 12.0]];
        let offsets = [
            [0.0, 0.0],
            [0.3, 0.1],
            [-0.2, 0.3],
            [0.2, -0.3],
            [-0.3, -0.1],
        ];
        let mut points = Vec::new();
        let mut labels = Vec::new();
        for (l, c) in corners.iter().enumerate() {
            for o in offsets {
                points.push([c[0] + o[0], c[1] + o[1]]);
                labels.push(l);
            }
        }
        for seed in 0..20 {
            let mut km = KMeans::new(points.clone(), 3, &mut Rng::new(seed));
            let mut guard = 0;
            while km.step() && guard < 100 {
                guard += 1;
            }
            assert!(km.settled, "seed {seed}");
            assert_eq!(
                purity(&km.assignment, &labels, 3, 3),
                Some(1.0),
                "seed {seed}"
            );
            // Each centre is its group's mean (the corner, offsets summing to 0).
            for c in corners {
                assert!(
                    km.centres.iter().any(|m| dist2(*m, c) < 1e-12),
                    "seed {seed}"
                );
            }
        }
    }

    #[test]
    fn steps_never_raise_the_sum_of_squares() {
        let mut rng = Rng::new(5);
        let points: Vec<[f64; 2]> = (0..200).map(|_| [rng.normal(), rng.normal()]).collect();
        let mut km = KMeans::new(points, 4, &mut Rng::new(1));
        let mut last = km.inertia();
        for _ in 0..30 {
            km.step();
            let now = km.inertia();
            assert!(now <= last + 1e-9, "{now} > {last}");
            last = now;
        }
        assert!(km.settled);
    }

    #[test]
    fn no_points_and_k_zero_do_not_panic() {
        let mut km = KMeans::new(Vec::new(), 0, &mut Rng::new(1));
        assert_eq!(km.centres.len(), 1);
        assert!(!km.step());
        assert_eq!(km.inertia(), 0.0);
    }
}
