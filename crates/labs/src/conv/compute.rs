//! The convolution itself, computed by the engine's own convolution layer: the lab builds a
//! one-layer model `conv k×k×n [stride s] [pad p]` (then ReLU when asked) on the picture,
//! puts the learner's kernels in as its weights with zero biases, and runs it forward. The
//! written-out window (its k×k products and their Σ, added here in f64) is the independent
//! check the page shows beside the engine's value.
//!
//! Output side: `⌊(H − k + 2p)/s⌋ + 1` (the engine's [`output_side`]).

use neurite_nn::model::layers::conv::output_side;
use neurite_nn::model::{Layer, LayerKind, Model, Shape};
use neurite_nn::{Activation, Rng};

use super::picture::Picture;

/// Why a convolution cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConvError {
    /// The padded image (`side + 2·pad`) is smaller than the kernel.
    TooSmall {
        /// The image's smaller side.
        side: usize,
        /// Padding per side.
        pad: usize,
        /// Kernel side.
        kernel: usize,
    },
    /// The engine refused the layer (its message).
    Engine(String),
}

impl std::fmt::Display for ConvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConvError::TooSmall { side, pad, kernel } => write!(
                f,
                "the padded image ({side} + 2·{pad} pixels) is smaller than the {kernel}×{kernel} kernel"
            ),
            ConvError::Engine(why) => f.write_str(why),
        }
    }
}

/// One feature map per kernel.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureMaps {
    /// Rows of each map.
    pub height: usize,
    /// Columns of each map.
    pub width: usize,
    /// `maps[k]` = kernel `k`'s map, row-major (after ReLU when it is on).
    pub maps: Vec<Vec<f32>>,
}

impl FeatureMaps {
    /// Map `k` at `(row, col)`, `None` outside.
    pub fn at(&self, k: usize, row: usize, col: usize) -> Option<f32> {
        if row >= self.height || col >= self.width {
            return None;
        }
        self.maps.get(k)?.get(row * self.width + col).copied()
    }
}

/// The map size for a `height × width` image, or why there is none.
pub fn map_size(
    height: usize,
    width: usize,
    kernel: usize,
    stride: usize,
    pad: usize,
) -> Result<(usize, usize), ConvError> {
    let too_small = ConvError::TooSmall {
        side: height.min(width),
        pad,
        kernel,
    };
    let oh = output_side(height, kernel, stride, pad).ok_or(too_small.clone())?;
    let ow = output_side(width, kernel, stride, pad).ok_or(too_small)?;
    Ok((oh, ow))
}

/// Every kernel (each `size × size`, row-major) over `picture` by the engine.
pub fn convolve(
    picture: &Picture,
    kernels: &[Vec<f32>],
    size: usize,
    stride: usize,
    pad: usize,
    relu: bool,
) -> Result<FeatureMaps, ConvError> {
    let (height, width) = map_size(picture.height, picture.width, size, stride, pad)?;
    let mut kinds = vec![LayerKind::Conv {
        filters: kernels.len(),
        kernel: size,
        stride,
        pad,
    }];
    if relu {
        kinds.push(LayerKind::Activation {
            function: Activation::Relu,
            gain: 1.0,
        });
    }
    let input = Shape::image(1, picture.height, picture.width);
    let engine = |e: neurite_nn::NnError| ConvError::Engine(e.to_string());
    let mut model = Model::new(input, &[], &kinds, &mut Rng::new(0)).map_err(engine)?;
    if let Some(Layer::Conv(conv)) = model.layers_mut().first_mut() {
        let flat: Vec<f32> = kernels.iter().flatten().copied().collect();
        if flat.len() != size * size * kernels.len() {
            return Err(ConvError::Engine(
                "a kernel has the wrong number of weights".into(),
            ));
        }
        conv.params[0].value = flat;
        conv.params[1].value.fill(0.0);
    }
    let tape = model
        .forward(&picture.pixels, &[], 1, false, None)
        .map_err(engine)?;
    let plane = height * width;
    let maps = tape.output().chunks(plane).map(<[f32]>::to_vec).collect();
    Ok(FeatureMaps {
        height,
        width,
        maps,
    })
}

/// One term of the window: the pixel under a weight and their product.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowTerm {
    /// The image row under this weight (may be in the padding).
    pub row: isize,
    /// The image column.
    pub col: isize,
    /// Whether it lies in the zero padding.
    pub padding: bool,
    /// The pixel value (0 in the padding).
    pub pixel: f32,
    /// The kernel weight.
    pub weight: f32,
}

impl WindowTerm {
    /// pixel × weight.
    pub fn product(&self) -> f64 {
        f64::from(self.pixel) * f64::from(self.weight)
    }
}

/// The kernel's window at one output position, written out.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    /// Top-left image row of the window (negative in the padding).
    pub top: isize,
    /// Top-left image column.
    pub left: isize,
    /// The `k × k` terms, row-major.
    pub terms: Vec<WindowTerm>,
}

impl Window {
    /// The window of output `(row, col)`: it starts at image `(row·s − p, col·s − p)`.
    pub fn at(
        picture: &Picture,
        weights: &[f32],
        size: usize,
        (stride, pad): (usize, usize),
        (row, col): (usize, usize),
    ) -> Window {
        let top = (row * stride) as isize - pad as isize;
        let left = (col * stride) as isize - pad as isize;
        let terms = (0..size * size)
            .map(|i| {
                let (r, c) = (top + (i / size) as isize, left + (i % size) as isize);
                let inside = r >= 0
                    && c >= 0
                    && (r as usize) < picture.height
                    && (c as usize) < picture.width;
                WindowTerm {
                    row: r,
                    col: c,
                    padding: !inside,
                    pixel: picture.at(r, c),
                    weight: weights.get(i).copied().unwrap_or(0.0),
                }
            })
            .collect();
        Window { top, left, terms }
    }

    /// Σ of the products, added in f64 row by row.
    pub fn sum(&self) -> f64 {
        self.terms.iter().map(WindowTerm::product).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conv::kernels::KernelPreset;
    use crate::conv::picture::Pattern;

    /// A 5×5 image: dark left half (0), a bright column 2 and right half (1).
    fn step_image() -> Picture {
        Picture {
            height: 5,
            width: 5,
            pixels: (0..25)
                .map(|i| if i % 5 >= 2 { 1.0 } else { 0.0 })
                .collect(),
        }
    }

    #[test]
    fn a_vertical_edge_kernel_on_a_known_image_by_hand() {
        // Sobel [1 0 −1; 2 0 −2; 1 0 −1] on columns 0 0 1 1 1: at output column 0 the window
        // covers image columns 0..3: left 0, right 1 → (1+2+1)·(0 − 1) = −4; columns 1..4:
        // left 0, right 1 → −4; columns 2..5: all bright → 0.
        let maps = convolve(
            &step_image(),
            &[KernelPreset::EdgeVertical.weights(3)],
            3,
            1,
            0,
            false,
        );
        let maps = maps.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((maps.height, maps.width), (3, 3));
        for r in 0..3 {
            assert_eq!(
                [0, 1, 2].map(|c| maps.at(0, r, c)),
                [Some(-4.0), Some(-4.0), Some(0.0)]
            );
        }
        let relu = convolve(
            &step_image(),
            &[KernelPreset::EdgeVertical.weights(3)],
            3,
            1,
            0,
            true,
        );
        assert!(relu.is_ok_and(|m| m.maps[0].iter().all(|&v| v == 0.0)));
    }

    #[test]
    fn the_written_window_sums_to_the_engines_map_value() {
        let bar = Pattern::Cross.picture();
        let kernels = [KernelPreset::Sharpen.weights(5), vec![0.5; 25]];
        for (stride, pad) in [(1, 0), (2, 2), (3, 4)] {
            let maps =
                convolve(&bar, &kernels, 5, stride, pad, false).unwrap_or_else(|e| panic!("{e}"));
            for (row, col) in [(0, 0), (1, 2), (maps.height - 1, maps.width - 1)] {
                for (k, w) in kernels.iter().enumerate() {
                    let window = Window::at(&bar, w, 5, (stride, pad), (row, col));
                    let engine = maps.at(k, row, col).map_or(f64::NAN, f64::from);
                    assert!(
                        (window.sum() - engine).abs() < 1e-5,
                        "{stride} {pad} {row} {col}"
                    );
                }
            }
        }
        let corner = Window::at(&bar, &kernels[0], 5, (2, 2), (0, 0));
        assert_eq!((corner.top, corner.left), (-2, -2));
        assert_eq!(corner.terms.iter().filter(|t| t.padding).count(), 25 - 9);
    }

    #[test]
    fn sizes_follow_the_formula_and_too_small_is_an_error() {
        for (h, k, s, p) in [
            (16, 3, 1, 0),
            (16, 5, 2, 1),
            (8, 3, 3, 2),
            (28, 5, 1, 2),
            (7, 5, 2, 0),
        ] {
            let expected = (h - k + 2 * p) / s + 1;
            assert_eq!(map_size(h, h, k, s, p), Ok((expected, expected)));
        }
        assert_eq!(
            map_size(2, 8, 5, 1, 1),
            Err(ConvError::TooSmall {
                side: 2,
                pad: 1,
                kernel: 5
            })
        );
        let tiny = Picture {
            height: 2,
            width: 2,
            pixels: vec![0.0; 4],
        };
        let e = convolve(&tiny, &[vec![0.0; 25]], 5, 1, 0, false);
        assert!(e.is_err_and(|e| e.to_string().contains("smaller than the 5×5 kernel")));
    }
}
