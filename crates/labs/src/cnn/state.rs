//! What the learner set in the CNN lab: the digit set, the network's shape within limits,
//! the epoch budget and the seed — and how many epochs were trained, so a link reopens the
//! same trained network by training it again (runs are deterministic per seed, so the
//! weights come back bit for bit).

use crate::conv::DigitSet;

/// Most convolution layers.
pub const MAX_CONVS: usize = 2;
/// Filters in the first convolution layer (the second has twice as many).
pub const FILTERS: std::ops::RangeInclusive<usize> = 2..=16;
/// Kernel sides offered.
pub const KERNELS: [usize; 2] = [3, 5];
/// Largest epoch budget.
pub const MAX_EPOCHS: usize = 30;

/// The CNN lab's state.
#[derive(Debug, Clone, PartialEq)]
pub struct CnnLab {
    /// Which digits.
    pub set: DigitSet,
    /// Convolution layers, 1 or 2.
    pub convs: usize,
    /// Filters of the first one.
    pub filters: usize,
    /// Kernel side (padding keeps the size: k/2).
    pub kernel: usize,
    /// Max pooling 2×2 after each convolution.
    pub pool: bool,
    /// Epochs to train.
    pub epochs: usize,
    /// The run's seed (initial weights, split, batch order).
    pub seed: u64,
    /// Epochs trained (0..=`epochs`), replayed when a link opens.
    pub trained: usize,
}

impl Default for CnnLab {
    /// One 3×3 convolution with 8 filters and max pooling on the 8×8 digits, 15 epochs.
    fn default() -> Self {
        CnnLab {
            set: DigitSet::Digits8,
            convs: 1,
            filters: 8,
            kernel: 3,
            pool: true,
            epochs: 15,
            seed: 1,
            trained: 0,
        }
    }
}

impl CnnLab {
    /// The image side of the set.
    pub fn side(&self) -> usize {
        match self.set {
            DigitSet::Digits8 => 8,
            DigitSet::Digits28 => 28,
        }
    }

    /// The network, as the engine's architecture text: each convolution keeps the map's
    /// size (padding k/2) and is followed by ReLU and, with pooling, a 2×2 max pool; then a
    /// dense softmax over the 10 classes. A second convolution has twice the filters.
    pub fn arch(&self) -> String {
        let mut parts = Vec::new();
        for c in 0..self.convs.clamp(1, MAX_CONVS) {
            let f = self.filters << c;
            parts.push(format!(
                "conv {k}x{k}x{f} pad {p} relu",
                k = self.kernel,
                p = self.kernel / 2
            ));
            if self.pool {
                parts.push("maxpool 2".into());
            }
        }
        parts.push("flatten".into());
        parts.push("dense 10 softmax".into());
        parts.join(", ")
    }

    /// The comparison network: one hidden dense layer of `hidden` ReLU units.
    pub fn dense_arch(hidden: usize) -> String {
        format!("flatten, dense {hidden} relu, dense 10 softmax")
    }

    /// Hidden units that give the dense network about `params` parameters on `inputs`
    /// pixels: `(inputs + 1)·h + 10·(h + 1) ≈ params`, at least 2.
    pub fn dense_hidden(params: usize, inputs: usize) -> usize {
        (params.saturating_sub(10) / (inputs + 11)).max(2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn architectures_read_as_the_cli_writes_them() {
        assert_eq!(
            CnnLab::default().arch(),
            "conv 3x3x8 pad 1 relu, maxpool 2, flatten, dense 10 softmax"
        );
        let two = CnnLab {
            convs: 2,
            kernel: 5,
            pool: false,
            ..CnnLab::default()
        };
        assert_eq!(
            two.arch(),
            "conv 5x5x8 pad 2 relu, conv 5x5x16 pad 2 relu, flatten, dense 10 softmax"
        );
        assert_eq!(
            CnnLab::dense_arch(12),
            "flatten, dense 12 relu, dense 10 softmax"
        );
        // 64 inputs: 75·h + 10 parameters; 1,370 (the default CNN) → h = 18 → 1,360.
        assert_eq!(CnnLab::dense_hidden(1370, 64), 18);
        assert_eq!(CnnLab::dense_hidden(5, 64), 2);
    }
}
