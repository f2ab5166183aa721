//! What the learner set in the convolution lab: the image, the kernels, stride, padding,
//! ReLU, the window's position, and the pooling part's kind, size and shift.

use serde::{Deserialize, Serialize};

use super::kernels::{resize, Kernel, KernelPreset};
use super::picture::{Drawing, Pattern, PAD_SIDE};
use crate::bounds::Bounds;
use neurite_nn::model::layers::conv::output_side;

/// Most kernels at once (feature maps side by side).
pub const MAX_KERNELS: usize = 4;
/// Largest stride.
pub const MAX_STRIDE: usize = 3;
/// Largest zero padding per side.
pub const MAX_PAD: usize = 4;
/// The kernel sides offered.
pub const KERNEL_SIDES: [usize; 2] = [3, 5];
/// The pooling window sides offered.
pub const POOL_SIDES: [usize; 2] = [2, 3];
/// Largest shift of the image, in pixels.
pub const MAX_SHIFT: usize = 2;
/// Range of a kernel weight.
pub const WEIGHT: Bounds = Bounds::linear(-10.0, 10.0);
/// Images in the 8×8 digit set (UCI optdigits).
pub const DIGITS8_COUNT: usize = 1797;
/// Images in the 28×28 digit set (MNIST, 10,000).
pub const DIGITS28_COUNT: usize = 10_000;

/// Where the image comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImageKind {
    /// A digit from [`ConvLab::set`].
    Digit,
    /// A vertical bar.
    Bar,
    /// A plus sign.
    Cross,
    /// A checkerboard.
    Checker,
    /// The learner's drawing.
    Drawn,
}

impl ImageKind {
    /// Every kind, in menu order.
    pub const ALL: [ImageKind; 5] = [
        ImageKind::Digit,
        ImageKind::Bar,
        ImageKind::Cross,
        ImageKind::Checker,
        ImageKind::Drawn,
    ];

    /// The pattern this kind draws, if it is one.
    pub fn pattern(self) -> Option<Pattern> {
        match self {
            ImageKind::Bar => Some(Pattern::Bar),
            ImageKind::Cross => Some(Pattern::Cross),
            ImageKind::Checker => Some(Pattern::Checker),
            ImageKind::Digit | ImageKind::Drawn => None,
        }
    }
}

/// Which digit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DigitSet {
    /// 1,797 8×8 digits.
    Digits8,
    /// 10,000 28×28 MNIST digits.
    Digits28,
}

impl DigitSet {
    /// Both sets.
    pub const ALL: [DigitSet; 2] = [DigitSet::Digits8, DigitSet::Digits28];

    /// Images in the set.
    pub fn count(self) -> usize {
        match self {
            DigitSet::Digits8 => DIGITS8_COUNT,
            DigitSet::Digits28 => DIGITS28_COUNT,
        }
    }
}

/// Max or average pooling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoolChoice {
    /// The window's largest value.
    Max,
    /// The window's mean.
    Avg,
}

impl PoolChoice {
    /// Both.
    pub const ALL: [PoolChoice; 2] = [PoolChoice::Max, PoolChoice::Avg];
}

/// The convolution lab's state.
#[derive(Debug, Clone, PartialEq)]
pub struct ConvLab {
    /// Where the image comes from.
    pub image: ImageKind,
    /// The digit set, read with [`ImageKind::Digit`].
    pub set: DigitSet,
    /// The digit's index in its set.
    pub digit: usize,
    /// The learner's drawing, read with [`ImageKind::Drawn`].
    pub drawing: Drawing,
    /// Kernel side, 3 or 5.
    pub size: usize,
    /// 1..=[`MAX_KERNELS`] kernels, one feature map each.
    pub kernels: Vec<Kernel>,
    /// The kernel shown in detail (index into `kernels`).
    pub selected: usize,
    /// Stride 1..=[`MAX_STRIDE`].
    pub stride: usize,
    /// Zero padding 0..=[`MAX_PAD`] (and below the kernel side).
    pub pad: usize,
    /// ReLU on the feature maps.
    pub relu: bool,
    /// The window's output row.
    pub row: usize,
    /// The window's output column.
    pub col: usize,
    /// Max or average pooling.
    pub pool: PoolChoice,
    /// Pooling window side (2 or 3), also its stride.
    pub pool_size: usize,
    /// How far the image is moved right and down for the comparison, 0..=[`MAX_SHIFT`].
    pub shift: usize,
}

impl Default for ConvLab {
    /// The 8×8 set's first digit under a vertical and a horizontal edge kernel.
    fn default() -> Self {
        ConvLab {
            image: ImageKind::Digit,
            set: DigitSet::Digits8,
            digit: 0,
            drawing: Drawing::default(),
            size: 3,
            kernels: vec![
                Kernel::Preset(KernelPreset::EdgeVertical),
                Kernel::Preset(KernelPreset::EdgeHorizontal),
            ],
            selected: 0,
            stride: 1,
            pad: 0,
            relu: false,
            row: 2,
            col: 2,
            pool: PoolChoice::Max,
            pool_size: 2,
            shift: 1,
        }
    }
}

impl ConvLab {
    /// The image's side in pixels (every image is square): 8 or 28 for the digit sets,
    /// [`PAD_SIDE`] for the patterns and the drawing.
    pub fn image_side(&self) -> usize {
        match (self.image, self.set) {
            (ImageKind::Digit, DigitSet::Digits8) => 8,
            (ImageKind::Digit, DigitSet::Digits28) => 28,
            _ => PAD_SIDE,
        }
    }

    /// The feature map's side, `⌊(H − k + 2p)/s⌋ + 1` (at least 1 for every setting the
    /// lab allows: the smallest image, 8, is never below the largest kernel, 5).
    pub fn map_side(&self) -> usize {
        output_side(self.image_side(), self.size, self.stride, self.pad).unwrap_or(1)
    }

    /// The same state with the window's position kept inside the map, the padding below
    /// the kernel side and the selection on a kernel: what every edit passes through.
    pub fn fitted(mut self) -> ConvLab {
        self.pad = self.pad.min(self.size - 1);
        let last = self.map_side() - 1;
        self.row = self.row.min(last);
        self.col = self.col.min(last);
        self.selected = self.selected.min(self.kernels.len().saturating_sub(1));
        self.digit = self.digit.min(self.set.count() - 1);
        self
    }

    /// The kernel shown in detail (the first when `selected` is past the end).
    pub fn selected_kernel(&self) -> &Kernel {
        self.kernels
            .get(self.selected)
            .or_else(|| self.kernels.first())
            .unwrap_or(&Kernel::Preset(KernelPreset::Identity))
    }

    /// Every kernel's weights at the current size.
    pub fn kernel_weights(&self) -> Vec<Vec<f32>> {
        self.kernels.iter().map(|k| k.weights(self.size)).collect()
    }

    /// Sets the selected kernel's weight `(r, c)` to `value` (clamped to [`WEIGHT`]); it
    /// becomes a custom kernel unless the result equals a preset.
    pub fn set_weight(&mut self, r: usize, c: usize, value: f32) {
        if r >= self.size || c >= self.size || !value.is_finite() {
            return;
        }
        let i = self.selected.min(self.kernels.len().saturating_sub(1));
        let Some(kernel) = self.kernels.get_mut(i) else {
            return;
        };
        let mut w = kernel.weights(self.size);
        w[r * self.size + c] = WEIGHT.clamp(value);
        *kernel = match KernelPreset::matching(&w, self.size) {
            Some(p) => Kernel::Preset(p),
            None => Kernel::Custom(w),
        };
    }

    /// Changes the kernel side; custom kernels are re-centred, padding kept below it.
    pub fn set_size(&mut self, size: usize) {
        if !KERNEL_SIDES.contains(&size) {
            return;
        }
        for k in &mut self.kernels {
            if let Kernel::Custom(w) = k {
                *w = resize(w, size);
            }
        }
        self.size = size;
        self.pad = self.pad.min(size - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_a_weight_makes_a_custom_kernel_until_it_is_a_preset_again() {
        let mut lab = ConvLab::default();
        lab.set_weight(0, 0, 3.0);
        let Kernel::Custom(w) = &lab.kernels[0] else {
            panic!("a custom kernel");
        };
        assert_eq!(w[0], 3.0);
        lab.set_weight(0, 0, 1.0);
        assert_eq!(lab.kernels[0], Kernel::Preset(KernelPreset::EdgeVertical));
        lab.set_weight(0, 0, f32::NAN);
        lab.set_weight(9, 0, 1.0);
        lab.set_weight(0, 0, 99.0);
        assert_eq!(lab.kernels[0].weights(3)[0], 10.0, "clamped");
    }

    #[test]
    fn a_custom_kernel_keeps_its_centre_across_sizes() {
        let mut lab = ConvLab::default();
        lab.set_weight(1, 1, 5.0);
        lab.pad = 4;
        lab.set_size(5);
        assert_eq!(lab.pad, 4);
        let w = lab.kernels[0].weights(5);
        assert_eq!(w[2 * 5 + 2], 5.0);
        assert_eq!(w[5 + 1], 1.0, "the old corner moved in one");
        assert_eq!(w[0], 0.0);
        lab.set_size(3);
        assert_eq!(lab.pad, 2);
        assert_eq!(lab.kernels[0].weights(3)[4], 5.0);
        lab.set_size(4);
        assert_eq!(lab.size, 3);
    }
}
