//! Plain data the components draw (no yew, no browser): a snapshot of the network's
//! parameters, the heatmap fields of every neuron, the points and the metric curves.
//!
//! The reducer rebuilds these from the engine after each change and hands them to components
//! as `Rc`s, so a render never touches the engine and props compare by version, not by value.

use crate::colors::Scale;

/// UI address of a neuron: layer 0 = input features, `1..=H` hidden, `H + 1` output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NeuronId {
    pub layer: usize,
    pub index: usize,
}

/// UI address of a link: the weight into UI layer `layer` from neuron `from` of the layer
/// before it, to neuron `to`. Engine layer = `layer - 1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LinkId {
    pub layer: usize,
    pub from: usize,
    pub to: usize,
}

/// What is selected in the network view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Neuron(NeuronId),
    Link(LinkId),
}

/// The parameters of one engine layer, `out × in` row-major (`w[to * inputs + from]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LayerView {
    pub inputs: usize,
    pub outputs: usize,
    pub weights: Vec<f32>,
    pub biases: Vec<f32>,
    /// `false` where a link is removed.
    pub enabled: Vec<bool>,
    pub frozen_weights: Vec<bool>,
    pub frozen_biases: Vec<bool>,
    /// Activation name shown in formulas (`tanh`, `relu`, `softmax`…).
    pub activation: String,
}

impl LayerView {
    /// Weight from `from` to `to`, if in range.
    pub fn weight(&self, to: usize, from: usize) -> Option<f32> {
        (from < self.inputs)
            .then(|| self.weights.get(to * self.inputs + from).copied())
            .flatten()
    }

    /// Whether the link `from → to` is present.
    pub fn is_enabled(&self, to: usize, from: usize) -> bool {
        from < self.inputs
            && self
                .enabled
                .get(to * self.inputs + from)
                .copied()
                .unwrap_or(false)
    }

    /// Largest |weight| of the layer, for scaling link widths.
    pub fn max_abs(&self) -> f32 {
        self.weights.iter().fold(
            0.0f32,
            |m, w| if w.is_finite() { m.max(w.abs()) } else { m },
        )
    }
}

/// The whole network as the view sees it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetView {
    /// Labels of the input neurons (feature names).
    pub inputs: Vec<String>,
    /// Engine layers in order; the last one is the output layer.
    pub layers: Vec<LayerView>,
}

impl NetView {
    /// Neurons per UI layer (inputs first, output last).
    pub fn sizes(&self) -> Vec<usize> {
        std::iter::once(self.inputs.len())
            .chain(self.layers.iter().map(|l| l.outputs))
            .collect()
    }

    /// Number of hidden layers.
    pub fn hidden(&self) -> usize {
        self.layers.len().saturating_sub(1)
    }

    /// The engine layer feeding UI layer `ui_layer` (`None` for the inputs).
    pub fn layer(&self, ui_layer: usize) -> Option<&LayerView> {
        ui_layer.checked_sub(1).and_then(|l| self.layers.get(l))
    }
}

/// What a [`Field`]'s samples are.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum FieldKind {
    /// 2-D data: `res × res` pixels over the plane, row 0 at the top.
    #[default]
    Plane,
    /// 1-D data: `res` values at increasing x across the domain, drawn as a curve.
    Line,
    /// N-D data: `res` bin counts of the values over the data points, the bins spanning
    /// `[lo, hi]` evenly.
    Histogram { lo: f32, hi: f32 },
}

/// A sampled neuron output (or the prediction): a heatmap, a curve or a histogram, with
/// `channels` values per sample (1 for scalar outputs, K for class probabilities).
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub res: usize,
    pub channels: usize,
    pub data: Vec<f32>,
    pub scale: Scale,
    pub kind: FieldKind,
}

/// How the prediction fits the data when there is no plane to draw it on (N-D data).
#[derive(Debug, Clone, PartialEq)]
pub enum Fit {
    /// Regression: `(actual, predicted, split)` per point; both axes span `[lo, hi]`.
    Scatter {
        points: Vec<(f32, f32, Split)>,
        lo: f32,
        hi: f32,
    },
    /// Classification: `counts[actual * k + predicted]` over every point.
    Confusion { k: usize, counts: Vec<u32> },
}

/// Which split a point belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    Train,
    Validation,
    Test,
}

/// A point as drawn on the output plane.
#[derive(Debug, Clone, PartialEq)]
pub struct PointView {
    /// Position as fractions of the plane, (0, 0) top-left.
    pub fx: f32,
    pub fy: f32,
    /// Raw coordinates, for tooltips and the formula panel.
    pub x: Vec<f32>,
    /// Class index, or the regression value.
    pub class: Option<usize>,
    pub value: f32,
    pub split: Split,
}

/// What a click on the data plane does while editing data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DrawTool {
    /// Add a point of this class.
    Class(usize),
    /// Add a regression point with this value.
    Value(f32),
    /// Remove points near the pointer.
    Erase,
}

/// Loss and accuracy per epoch for the three splits (`NaN` where a split is empty).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Curves {
    pub train_loss: Vec<f32>,
    pub val_loss: Vec<f32>,
    pub test_loss: Vec<f32>,
    pub train_acc: Vec<f32>,
    pub val_acc: Vec<f32>,
    pub test_acc: Vec<f32>,
    /// Epoch (index into the vectors) with the lowest validation loss.
    pub best: Option<usize>,
    /// First epoch after which validation loss rises while training loss keeps falling.
    pub overfit: Option<usize>,
}

/// One data point pushed through the network, for the formula panel: the network inputs
/// (feature values) and, per engine layer, every neuron's `z` and `a = f(z)`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trace {
    pub inputs: Vec<f32>,
    pub z: Vec<Vec<f32>>,
    pub a: Vec<Vec<f32>>,
}

impl Trace {
    /// The output of UI layer `layer` (inputs for layer 0).
    pub fn outputs(&self, layer: usize) -> Option<&[f32]> {
        match layer.checked_sub(1) {
            None => Some(&self.inputs),
            Some(l) => self.a.get(l).map(Vec::as_slice),
        }
    }
}

/// Formats a metric for the `loss-*` readouts: plain decimal, `-` when missing.
pub fn format_metric(v: Option<f32>) -> String {
    match v {
        Some(v) if v.is_finite() => format!("{v:.3}"),
        Some(v) if v.is_nan() => "NaN".to_string(),
        Some(v) if v > 0.0 => "Infinity".to_string(),
        Some(_) => "-Infinity".to_string(),
        None => "-".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layer_lookup_and_bounds() {
        let l = LayerView {
            inputs: 2,
            outputs: 1,
            weights: vec![0.5, -2.0],
            biases: vec![0.0],
            enabled: vec![true, false],
            ..LayerView::default()
        };
        assert_eq!(l.weight(0, 1), Some(-2.0));
        assert_eq!(l.weight(0, 2), None);
        assert!(!l.is_enabled(0, 1));
        assert_eq!(l.max_abs(), 2.0);
        let net = NetView {
            inputs: vec!["x1".into(), "x2".into()],
            layers: vec![l],
        };
        assert_eq!(net.sizes(), vec![2, 1]);
        assert_eq!(net.hidden(), 0);
        assert!(net.layer(0).is_none());
    }

    #[test]
    fn metric_formatting() {
        assert_eq!(format_metric(Some(0.12345)), "0.123");
        assert_eq!(format_metric(None), "-");
        assert_eq!(format_metric(Some(f32::NAN)), "NaN");
    }
}
