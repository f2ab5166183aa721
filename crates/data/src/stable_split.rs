//! A train / validation / test split that stays put while the user draws or erases points.
//!
//! Each point gets a pseudo-random key from the seed and its own content (coordinates and
//! label bits, FNV-1a then SplitMix64 finalised); points are ranked by key (ties by index)
//! and the ranking is cut by [`SplitPercent::counts`]. Because a key depends only on the
//! point, adding or removing one point changes no other key: the ranking of the others is
//! unchanged and only the cut positions move by at most one, so at most one existing point
//! per boundary changes part — unlike a shuffle of `0..n`, which reassigns everything when
//! `n` changes. Counts stay exact (largest remainder), as with [`crate::split_indices`].

use crate::point::{Label, Point};
use crate::split::SplitPercent;

/// Key of one point: a 64-bit hash of the seed and the point's bits.
fn point_key(seed: u64, point: &Point) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    let mut eat = |bits: u64| {
        for b in bits.to_le_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    point
        .coords
        .iter()
        .for_each(|c| eat(u64::from(c.to_bits())));
    eat(match point.label {
        Label::Class(c) => c as u64,
        Label::Value(v) => u64::from(v.to_bits()) | 1 << 40,
    });
    // SplitMix64 finaliser: spreads FNV's weak low bits over the whole word.
    let mut z = h.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Indices of `points` cut into (train, validation, test), stable under adding and removing
/// points (see the module docs). `seed` should be the playground seed.
pub fn stable_split(
    points: &[Point],
    split: SplitPercent,
    seed: u64,
) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
    let mut ranked: Vec<(u64, usize)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (point_key(seed, p), i))
        .collect();
    ranked.sort_unstable();
    let mut idx: Vec<usize> = ranked.into_iter().map(|(_, i)| i).collect();
    let [train, validation, _] = split.counts(points.len());
    let test = idx.split_off(train + validation);
    let validation_part = idx.split_off(train);
    (idx, validation_part, test)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cloud(n: usize) -> Vec<Point> {
        (0..n)
            .map(|i| {
                let x = (i as f64 * 0.37).sin() * 5.0;
                let y = (i as f64 * 0.11).cos() * 5.0;
                Point::xy(x, y, Label::Class(i % 2))
            })
            .collect()
    }

    fn part_of(split: &(Vec<usize>, Vec<usize>, Vec<usize>), i: usize) -> u8 {
        if split.0.contains(&i) {
            0
        } else if split.1.contains(&i) {
            1
        } else {
            2
        }
    }

    #[test]
    fn exact_counts_and_a_disjoint_cover() {
        let s = SplitPercent::new(50, 20, 30).unwrap_or_default();
        let pts = cloud(201);
        let split = stable_split(&pts, s, 9);
        assert_eq!([split.0.len(), split.1.len(), split.2.len()], s.counts(201));
        let mut all: Vec<usize> = split
            .0
            .iter()
            .chain(&split.1)
            .chain(&split.2)
            .copied()
            .collect();
        all.sort_unstable();
        assert_eq!(all, (0..201).collect::<Vec<_>>());
    }

    #[test]
    fn adding_a_point_moves_at_most_two_others() {
        let s = SplitPercent::new(50, 20, 30).unwrap_or_default();
        let mut pts = cloud(300);
        let before = stable_split(&pts, s, 4);
        pts.push(Point::xy(0.123, -4.56, Label::Class(1)));
        let after = stable_split(&pts, s, 4);
        let moved = (0..300)
            .filter(|&i| part_of(&before, i) != part_of(&after, i))
            .count();
        assert!(moved <= 2, "{moved} points changed part");
    }

    #[test]
    fn removing_a_point_keeps_the_others_nearly_in_place() {
        let s = SplitPercent::new(60, 20, 20).unwrap_or_default();
        let pts = cloud(300);
        let before = stable_split(&pts, s, 4);
        let mut fewer = pts.clone();
        fewer.remove(17);
        let after = stable_split(&fewer, s, 4);
        // Index i in `fewer` is index i or i + 1 in `pts`.
        let moved = (0..299)
            .filter(|&i| {
                let old = if i < 17 { i } else { i + 1 };
                part_of(&before, old) != part_of(&after, i)
            })
            .count();
        assert!(moved <= 2, "{moved} points changed part");
    }

    #[test]
    fn the_seed_changes_the_split() {
        let s = SplitPercent::default();
        let pts = cloud(100);
        assert_ne!(stable_split(&pts, s, 1).0, stable_split(&pts, s, 2).0);
        assert_eq!(stable_split(&pts, s, 1), stable_split(&pts, s, 1));
    }
}
