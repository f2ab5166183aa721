//! The dataset generators, one family per file. Each takes the point count, the noise as
//! a fraction in [0, 0.5] (TFP's `noise / 100`) and the data `Rng`, and returns points in
//! generation order; [`generate`](crate::generate) validates and shuffles.

pub mod classify;
pub mod multiclass;
pub mod regress;
pub mod shapes;

/// Sizes of `k` classes sharing `n` points as evenly as possible (earlier classes get the
/// extra points).
pub fn class_sizes(n: usize, k: usize) -> Vec<usize> {
    let k = k.max(1);
    (0..k).map(|c| n / k + usize::from(c < n % k)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_sizes_sum_to_n() {
        assert_eq!(class_sizes(7, 3), vec![3, 2, 2]);
        assert_eq!(class_sizes(1, 2), vec![1, 0]);
        assert_eq!(class_sizes(500, 2), vec![250, 250]);
    }
}
