//! The shape of one sample's activations: `(channels, height, width)`.
//!
//! A vector of `n` values is `(n, 1, 1)`; a grey image is `(1, H, W)`; a stack of feature
//! maps is `(C, H, W)`. Values are stored channel-major, then row, then column
//! (`index = (c·H + y)·W + x`), one sample after another in a batch (`n × len`).

use serde::{Deserialize, Serialize};

/// Activations of one sample: `channels × height × width` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Shape {
    /// Channels `C` (feature maps); for a vector, its length.
    pub channels: usize,
    /// Rows `H`.
    pub height: usize,
    /// Columns `W`.
    pub width: usize,
}

impl Shape {
    /// A vector of `len` values: `(len, 1, 1)`.
    pub const fn vector(len: usize) -> Shape {
        Shape {
            channels: len,
            height: 1,
            width: 1,
        }
    }

    /// `(channels, height, width)`.
    pub const fn image(channels: usize, height: usize, width: usize) -> Shape {
        Shape {
            channels,
            height,
            width,
        }
    }

    /// Values per sample, `C·H·W` (saturating: shapes are checked against
    /// [`MAX_VALUES`] before anything is allocated).
    pub fn len(&self) -> usize {
        self.channels
            .saturating_mul(self.height)
            .saturating_mul(self.width)
    }

    /// Whether the shape holds no value.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether this is a plain vector (`H = W = 1`).
    pub fn is_vector(&self) -> bool {
        self.height == 1 && self.width == 1
    }

    /// Values per channel, `H·W`.
    pub fn plane(&self) -> usize {
        self.height.saturating_mul(self.width)
    }
}

impl std::fmt::Display for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_vector() {
            write!(f, "{}", self.channels)
        } else {
            write!(f, "{}×{}×{}", self.channels, self.height, self.width)
        }
    }
}

/// Most values one sample may hold at any layer (4 M): bounds memory before allocating.
pub const MAX_VALUES: usize = 1 << 22;
