//! Labelled greyscale image sets (8×8 digits, MNIST) for convolutional networks.
//!
//! # The NRDI file format, version 1
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 4 | magic `b"NRDI"` |
//! | 4 | 1 | format version, `1` |
//! | 5 | 4 | `count`, u32 little-endian, ≥ 1 |
//! | 9 | 2 | `height`, u16 little-endian, ≥ 1 |
//! | 11 | 2 | `width`, u16 little-endian, ≥ 1 |
//! | 13 | 1 | `classes`, ≥ 2; every label is below it |
//! | 14 | 1 | `max value` of a pixel, ≥ 1 (16 for the 8×8 digits, 255 for MNIST) |
//! | 15 | `count` | one label byte per image |
//! | 15 + `count` | `count·height·width` | pixel bytes, image after image, each row-major |
//!
//! Nothing follows the last pixel. One byte per pixel and per label, no compression: the
//! files are served gzipped, and a flat layout decodes with a bounds check and two copies.
//! `scripts/data/convert-digits.py` and `scripts/data/convert-mnist.mjs` write the two
//! assets pinned by [`DIGITS_8X8`] and [`MNIST_10K`]; `web/data/README.md` has their
//! sources and licences.

mod asset;
mod decode;
mod error;

pub use asset::{fnv1a64, AssetSpec, DIGITS_8X8, MNIST_10K};
pub use decode::{HEADER_LEN, MAGIC, VERSION};
pub use error::ImageError;

use neurite_nn::rng::{Rng, Stream};

use crate::split::{split_indices, SplitPercent};

/// A decoded image set. The fields are private so that the invariants [`decode`]
/// checked (sizes agree, labels below `classes`, pixels at most `max_value`) keep holding.
///
/// [`decode`]: ImageSet::decode
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageSet {
    height: usize,
    width: usize,
    classes: u8,
    max_value: u8,
    labels: Vec<u8>,
    pixels: Vec<u8>,
}

impl ImageSet {
    /// Number of images.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Never true for a decoded set (a count of 0 is rejected); here for clippy's sake.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Rows per image.
    pub fn height(&self) -> usize {
        self.height
    }

    /// Columns per image.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Number of classes; every label is below it.
    pub fn classes(&self) -> usize {
        usize::from(self.classes)
    }

    /// The largest pixel value the format allows (not necessarily present).
    pub fn max_value(&self) -> u8 {
        self.max_value
    }

    /// One label per image.
    pub fn labels(&self) -> &[u8] {
        &self.labels
    }

    /// All pixels, image after image, each row-major.
    pub fn pixels(&self) -> &[u8] {
        &self.pixels
    }

    /// Image `i`'s `height · width` raw pixels, row-major.
    ///
    /// # Panics
    /// When `i >= len()`, like slice indexing: an index is the caller's, not the file's.
    pub fn image(&self, i: usize) -> &[u8] {
        let area = self.height * self.width;
        &self.pixels[i * area..(i + 1) * area]
    }

    /// Image `i` scaled to [0, 1] by `max_value`, as a network's input. Division (not a
    /// multiplication by 1/max) keeps `max_value` at exactly 1.0 and 8/16 at exactly 0.5.
    ///
    /// # Panics
    /// When `i >= len()`, as [`image`](Self::image).
    pub fn pixel_f32(&self, i: usize) -> Vec<f32> {
        let max = f32::from(self.max_value);
        self.image(i).iter().map(|&p| f32::from(p) / max).collect()
    }

    /// Count of images per class, indexed by label.
    pub fn class_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.classes()];
        for &l in &self.labels {
            counts[usize::from(l)] += 1;
        }
        counts
    }

    /// Shuffled (train, test) image indices, the same for the same seed on every platform:
    /// `test_fraction_percent` of the images (20 → an 80/20 split; values above 100 count
    /// as 100) go to test, rounded like [`SplitPercent::counts`]. The shuffle draws from
    /// `Rng::stream(seed, Stream::Split)`, as the 2-D data sets' splits do.
    pub fn split_indices(&self, seed: u64, test_fraction_percent: u32) -> (Vec<usize>, Vec<usize>) {
        let test = test_fraction_percent.min(100) as u8;
        let split = SplitPercent {
            train: 100 - test,
            validation: 0,
            test,
        };
        let mut rng = Rng::stream(seed, Stream::Split);
        let (train, _, test) = split_indices(self.len(), split, &mut rng);
        (train, test)
    }
}
