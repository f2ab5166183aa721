//! The kernel presets a learner starts from, at 3×3 and 5×5, row-major.
//!
//! - identity: 1 at the centre: the map is the image itself (shifted by the padding lost).
//! - blur: a box average, every weight 1/k²: each map value is its window's mean.
//! - sharpen: 2·identity − blur: the centre against its neighbourhood, edges stand out.
//! - vertical edge (Sobel): the left column against the right one, weighted 1, 2, 1 down
//!   the rows: large where brightness changes from left to right, 0 on flat areas.
//! - horizontal edge (Sobel): the same turned a quarter: the top row against the bottom.
//! - emboss: the top-left corner against the bottom-right, plus the centre: a relief lit
//!   from one side.
//!
//! The 5×5 versions spread the same idea over a larger window (Sobel's 5×5 extension:
//! smoothing [1, 4, 6, 4, 1] across the edge direction, differences [1, 2, 0, −2, −1] along it).

use serde::{Deserialize, Serialize};

/// A named kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KernelPreset {
    /// Passes the image through.
    Identity,
    /// The window's mean.
    Blur,
    /// The centre against its neighbourhood.
    Sharpen,
    /// Left against right (Sobel).
    EdgeVertical,
    /// Top against bottom (Sobel).
    EdgeHorizontal,
    /// Top-left against bottom-right.
    Emboss,
}

impl KernelPreset {
    /// Every preset, in menu order.
    pub const ALL: [KernelPreset; 6] = [
        KernelPreset::Identity,
        KernelPreset::Blur,
        KernelPreset::Sharpen,
        KernelPreset::EdgeVertical,
        KernelPreset::EdgeHorizontal,
        KernelPreset::Emboss,
    ];

    /// The preset's `size`×`size` weights, row-major (`size` 3 or 5; any other size is
    /// treated as 3).
    pub fn weights(self, size: usize) -> Vec<f32> {
        let k = if size == 5 { 5 } else { 3 };
        let centre = k / 2;
        let area = (k * k) as f32;
        let at = |r: usize, c: usize| r * k + c;
        let mut w = vec![0.0f32; k * k];
        match self {
            KernelPreset::Identity => w[at(centre, centre)] = 1.0,
            KernelPreset::Blur => w.fill(1.0 / area),
            KernelPreset::Sharpen => {
                w.fill(-1.0 / area);
                w[at(centre, centre)] += 2.0;
            }
            KernelPreset::EdgeVertical | KernelPreset::EdgeHorizontal => {
                let (smooth, diff): (&[f32], &[f32]) = if k == 5 {
                    (&[1.0, 4.0, 6.0, 4.0, 1.0], &[1.0, 2.0, 0.0, -2.0, -1.0])
                } else {
                    (&[1.0, 2.0, 1.0], &[1.0, 0.0, -1.0])
                };
                for r in 0..k {
                    for c in 0..k {
                        w[at(r, c)] = if self == KernelPreset::EdgeVertical {
                            smooth[r] * diff[c]
                        } else {
                            diff[r] * smooth[c]
                        };
                    }
                }
            }
            KernelPreset::Emboss => {
                for r in 0..k {
                    for c in 0..k {
                        let d = c as i32 + r as i32 - 2 * centre as i32;
                        w[at(r, c)] = -(d.signum() as f32);
                    }
                }
                w[at(centre, centre)] = 1.0;
            }
        }
        w
    }

    /// The preset whose weights are exactly `weights` at `size`, if any.
    pub fn matching(weights: &[f32], size: usize) -> Option<KernelPreset> {
        KernelPreset::ALL
            .into_iter()
            .find(|p| p.weights(size) == weights)
    }
}

/// One kernel: a preset (which follows the kernel size) or the learner's own numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Kernel {
    /// A named kernel.
    Preset(KernelPreset),
    /// `size × size` weights, row-major, each in [`super::state::WEIGHT`].
    Custom(Vec<f32>),
}

impl Kernel {
    /// The weights at `size`: a custom kernel of another size is cut to its centre or
    /// padded with zeros around it.
    pub fn weights(&self, size: usize) -> Vec<f32> {
        match self {
            Kernel::Preset(p) => p.weights(size),
            Kernel::Custom(w) => resize(w, size),
        }
    }
}

/// `w` (a square kernel) centred in a `size`×`size` one.
pub(crate) fn resize(w: &[f32], size: usize) -> Vec<f32> {
    let from = (w.len() as f64).sqrt() as usize;
    if from * from != w.len() || from == size {
        return if w.len() == size * size {
            w.to_vec()
        } else {
            vec![0.0; size * size]
        };
    }
    let mut out = vec![0.0; size * size];
    let offset = |r: usize| r as isize + (from as isize - size as isize) / 2;
    for r in 0..size {
        for c in 0..size {
            let (sr, sc) = (offset(r), offset(c));
            if (0..from as isize).contains(&sr) && (0..from as isize).contains(&sc) {
                out[r * size + c] = w[sr as usize * from + sc as usize];
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_the_textbook_kernels() {
        assert_eq!(
            KernelPreset::EdgeVertical.weights(3),
            [1.0, 0.0, -1.0, 2.0, 0.0, -2.0, 1.0, 0.0, -1.0]
        );
        assert_eq!(
            KernelPreset::EdgeHorizontal.weights(3),
            [1.0, 2.0, 1.0, 0.0, 0.0, 0.0, -1.0, -2.0, -1.0]
        );
        assert_eq!(
            KernelPreset::Emboss.weights(3),
            [1.0, 1.0, 0.0, 1.0, 1.0, -1.0, 0.0, -1.0, -1.0]
        );
        assert_eq!(
            KernelPreset::Identity.weights(5)[12],
            1.0,
            "the centre of a 5×5"
        );
        for size in [3, 5] {
            let sum = |p: KernelPreset| p.weights(size).iter().map(|&v| f64::from(v)).sum::<f64>();
            // Blur and sharpen keep a flat image's brightness; edges and emboss's
            // differences give 0 on it (emboss keeps its centre).
            assert!((sum(KernelPreset::Blur) - 1.0).abs() < 1e-6);
            assert!((sum(KernelPreset::Sharpen) - 1.0).abs() < 1e-6);
            assert_eq!(sum(KernelPreset::EdgeVertical), 0.0);
            assert_eq!(sum(KernelPreset::EdgeHorizontal), 0.0);
            assert_eq!(sum(KernelPreset::Emboss), 1.0);
            for p in KernelPreset::ALL {
                assert_eq!(KernelPreset::matching(&p.weights(size), size), Some(p));
            }
        }
    }
}
