//! What the CNN lab shows of a trained network: its prediction for one image with every
//! layer's feature maps, the validation confusion matrix, accuracy on digits moved by two
//! pixels, and its first layer's filters. All by the engine's forward pass in inference.

use neurite_nn::model::loss::argmax;
use neurite_nn::model::{Layer, Model};

/// One layer's maps for one image: `channels` maps of `height × width`.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerMaps {
    /// The layer's kind as the architecture names it (`relu` after a convolution, `maxpool`).
    pub kind: &'static str,
    /// Maps.
    pub channels: usize,
    /// Rows.
    pub height: usize,
    /// Columns.
    pub width: usize,
    /// `channels × height × width` values.
    pub values: Vec<f32>,
}

/// A prediction: class probabilities and the maps of every image-shaped layer after a
/// convolution's activation or a pooling.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// The 10 probabilities (softmax).
    pub probs: Vec<f32>,
    /// The most probable class.
    pub class: usize,
    /// Maps, in layer order.
    pub maps: Vec<LayerMaps>,
}

/// `model`'s prediction for one image `x`; `None` when the model refuses it.
pub fn predict(model: &Model, x: &[f32]) -> Option<Prediction> {
    let tape = model.forward(x, &[], 1, false, None).ok()?;
    let mut maps = Vec::new();
    for (i, layer) in model.layers().iter().enumerate() {
        let kind = match layer {
            Layer::Activation { .. }
                if i > 0 && matches!(model.layers()[i - 1], Layer::Conv(_)) =>
            {
                "relu"
            }
            Layer::Pool(_) => "maxpool",
            _ => continue,
        };
        let shape = layer.output_shape();
        maps.push(LayerMaps {
            kind,
            channels: shape.channels,
            height: shape.height,
            width: shape.width,
            values: tape.acts.get(i + 1)?.clone(),
        });
    }
    let probs = tape.output().to_vec();
    Some(Prediction {
        class: argmax(&probs),
        probs,
        maps,
    })
}

/// The class `model` gives each of the `n` images in `x` (each `len` values).
pub fn classes(model: &Model, x: &[f32], len: usize) -> Vec<usize> {
    let n = x.len() / len.max(1);
    match model.predict(x, &[], n) {
        Ok(out) => out.chunks(10).map(argmax).collect(),
        Err(_) => vec![usize::MAX; n],
    }
}

/// `counts[t][p]`: validation images of true class `t` predicted `p`.
pub fn confusion(truth: &[usize], predicted: &[usize]) -> [[usize; 10]; 10] {
    let mut counts = [[0; 10]; 10];
    for (&t, &p) in truth.iter().zip(predicted) {
        if t < 10 && p < 10 {
            counts[t][p] += 1;
        }
    }
    counts
}

/// Every `side × side` image of `x` moved `(dy, dx)` pixels, zeros coming in.
pub fn shifted(x: &[f32], side: usize, (dy, dx): (isize, isize)) -> Vec<f32> {
    let len = side * side;
    x.chunks(len)
        .flat_map(|img| {
            (0..len).map(move |i| {
                let (r, c) = ((i / side) as isize - dy, (i % side) as isize - dx);
                if r < 0 || c < 0 || r >= side as isize || c >= side as isize {
                    0.0
                } else {
                    img[r as usize * side + c as usize]
                }
            })
        })
        .collect()
}

/// The four two-pixel moves: right, left, down, up.
pub const SHIFTS: [(isize, isize); 4] = [(0, 2), (0, -2), (2, 0), (-2, 0)];

/// Accuracy on the images moved two pixels each way ([`SHIFTS`]), averaged.
pub fn shifted_accuracy(model: &Model, x: &[f32], side: usize, truth: &[usize]) -> f64 {
    let total: usize = SHIFTS
        .iter()
        .map(|&s| {
            let moved = shifted(x, side, s);
            let got = classes(model, &moved, side * side);
            got.iter().zip(truth).filter(|(g, t)| g == t).count()
        })
        .sum();
    total as f64 / (SHIFTS.len() * truth.len()).max(1) as f64
}

/// The first convolution's filters: `(count, side, weights)` (each filter's first input
/// channel, row-major), `None` without one.
pub fn first_filters(model: &Model) -> Option<(usize, usize, Vec<f32>)> {
    model.layers().iter().find_map(|l| match l {
        Layer::Conv(c) => Some((c.output.channels, c.kernel, c.params.first()?.value.clone())),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confusion_counts_pairs_and_shifts_move_pixels() {
        let c = confusion(&[1, 1, 2, 7], &[1, 7, 2, 7]);
        assert_eq!((c[1][1], c[1][7], c[2][2], c[7][7]), (1, 1, 1, 1));
        assert_eq!(c.iter().flatten().sum::<usize>(), 4);
        let img: Vec<f32> = (0..9).map(|v| v as f32).collect();
        assert_eq!(
            shifted(&img, 3, (0, 1)),
            [0.0, 0.0, 1.0, 0.0, 3.0, 4.0, 0.0, 6.0, 7.0]
        );
        assert_eq!(
            shifted(&img, 3, (-1, 0)),
            [3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 0.0, 0.0, 0.0]
        );
    }
}
