//! The warped grid: what the first hidden layer does to the input plane.
//!
//! With two neurons in the first hidden layer, each input point (x₁, x₂) lands at the
//! layer's output (h₁, h₂) = f(W₁·x + b₁). Mapping the lines of a grid over the data square
//! and the data points through it — with the engine's forward pass,
//! [`Network::neuron_activations`] — shows the plane being stretched, folded and squashed: a
//! linear f maps it affinely (lines stay straight and parallel, so classes no line could
//! split stay unsplittable), a non-linear f bends it until a line can separate the classes.
//!
//! [`Network::neuron_activations`]: neurite_nn::Network::neuron_activations

use ndarray::Array2;
use neurite_data::{feature_matrix, DOMAIN};
use neurite_nn::NnError;
use neurite_playground::Session;

/// Grid lines in each direction.
pub const GRID_LINES: usize = 13;
/// Points along each grid line.
pub const LINE_SAMPLES: usize = 49;

/// A data point after the layer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MappedPoint {
    /// (h₁, h₂).
    pub at: [f32; 2],
    /// Its class (`None` for a regression value).
    pub class: Option<usize>,
}

/// The grid and the data, before and after the first hidden layer.
#[derive(Debug, Clone, PartialEq)]
pub struct WarpedGrid {
    /// The grid lines in the input plane: [`GRID_LINES`] with constant x₁, then as many with
    /// constant x₂, each of [`LINE_SAMPLES`] points.
    pub lines: Vec<Vec<[f32; 2]>>,
    /// The same lines after the layer, point for point.
    pub warped: Vec<Vec<[f32; 2]>>,
    /// Every data point after the layer.
    pub points: Vec<MappedPoint>,
}

/// The warped grid of `session`'s network, or `None` unless its data is 2-D and its first
/// hidden layer has exactly two neurons.
pub fn warped_grid(session: &Session) -> Result<Option<WarpedGrid>, NnError> {
    let net = session.trainer().network();
    let data = session.dataset();
    if data.dims != 2 || net.spec().hidden.first().map(|l| l.width) != Some(2) {
        return Ok(None);
    }
    let lines = grid_lines();
    let coords: Vec<&[f32]> = lines
        .iter()
        .flatten()
        .map(|p| &p[..])
        .chain(data.points.iter().map(|p| &p.coords[..]))
        .collect();
    let inputs = feature_matrix(2, coords.iter().copied(), &session.state().features);
    let hidden = first_hidden(net.neuron_activations(inputs.view())?)?;
    let mapped: Vec<[f32; 2]> = hidden
        .row(0)
        .iter()
        .zip(hidden.row(1))
        .map(|(&h1, &h2)| [h1, h2])
        .collect();
    let (grid, rest) = mapped.split_at((2 * GRID_LINES * LINE_SAMPLES).min(mapped.len()));
    let warped = grid.chunks(LINE_SAMPLES).map(<[_]>::to_vec).collect();
    let points = rest
        .iter()
        .zip(&data.points)
        .map(|(&at, p)| MappedPoint {
            at,
            class: p.label.class(),
        })
        .collect();
    Ok(Some(WarpedGrid {
        lines,
        warped,
        points,
    }))
}

/// [`GRID_LINES`] lines of constant x₁ across the data square, then as many of constant x₂.
fn grid_lines() -> Vec<Vec<[f32; 2]>> {
    let (lo, hi) = DOMAIN;
    let at = |k: usize, of: usize| lo + (hi - lo) * k as f32 / (of - 1) as f32;
    let mut lines = Vec::with_capacity(2 * GRID_LINES);
    for constant_x2 in [false, true] {
        for g in 0..GRID_LINES {
            let c = at(g, GRID_LINES);
            let point = |s: usize| {
                let t = at(s, LINE_SAMPLES);
                if constant_x2 {
                    [t, c]
                } else {
                    [c, t]
                }
            };
            lines.push((0..LINE_SAMPLES).map(point).collect());
        }
    }
    lines
}

/// The first hidden layer's `2 × n` block.
fn first_hidden(layers: Vec<Array2<f32>>) -> Result<Array2<f32>, NnError> {
    layers
        .into_iter()
        .nth(1)
        .filter(|h| h.nrows() == 2)
        .ok_or_else(|| NnError::ShapeMismatch("no first hidden layer of width 2".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nonlinear::NonlinearLab;
    use neurite_nn::Activation;

    fn grid(activation: Activation, width: usize) -> Option<WarpedGrid> {
        let lab = NonlinearLab {
            activation,
            width,
            depth: 2,
            ..NonlinearLab::default()
        };
        let run = lab.train_for(20).unwrap_or_else(|e| panic!("{e}"));
        warped_grid(&run.session).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn shapes_and_the_engines_values() {
        let g = grid(Activation::Tanh, 2).unwrap_or_else(|| panic!("width 2 warps"));
        assert_eq!(
            (g.lines.len(), g.warped.len()),
            (2 * GRID_LINES, 2 * GRID_LINES)
        );
        assert!(g.warped.iter().all(|l| l.len() == LINE_SAMPLES));
        assert_eq!(g.points.len(), 500);
        assert!(g.points.iter().all(|p| p.class.is_some()));
        // tanh maps everything into (−1, 1)².
        assert!(g
            .warped
            .iter()
            .flatten()
            .all(|p| p[0].abs() <= 1.0 && p[1].abs() <= 1.0));
        assert_eq!(g.lines[0][0], [-6.0, -6.0]);
        assert_eq!(g.lines[GRID_LINES][LINE_SAMPLES - 1], [6.0, -6.0]);
        assert!(grid(Activation::Tanh, 3).is_none());
    }

    #[test]
    fn a_linear_layer_keeps_lines_straight() {
        let g = grid(Activation::Linear, 2).unwrap_or_else(|| panic!("width 2 warps"));
        for line in &g.warped {
            let (a, b) = (line[0], line[LINE_SAMPLES - 1]);
            let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
            let len = (dx * dx + dy * dy).sqrt().max(1e-6);
            for p in line {
                let off = ((p[0] - a[0]) * dy - (p[1] - a[1]) * dx).abs() / len;
                assert!(off < 1e-3 * len.max(1.0), "{off}");
            }
        }
    }
}
