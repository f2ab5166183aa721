//! What the controls need to know about the model (choices, dims, plot mode) and its
//! parameters as the network view draws them.

use std::rc::Rc;

use neurite_data::Task;
use neurite_nn::OutputHead;
use neurite_playground::head_suits;

use super::Engine;
use crate::view::{LayerView, ModelInfo, NetView, NeuronFn, PlotMode};

impl Engine {
    /// The model's choices and data shape, for the panels.
    pub fn model_info(&self) -> ModelInfo {
        let st = self.session.state();
        let task = st.task();
        ModelInfo {
            activations: st.network.hidden.iter().map(|l| l.activation).collect(),
            normalizations: st.network.hidden.iter().map(|l| l.normalization).collect(),
            heads: OutputHead::ALL
                .into_iter()
                .filter(|h| head_suits(task, *h))
                .collect(),
            features: st.features.clone(),
            dims: self.dims(),
            classes: self.classes(),
            mode: self.plot_mode(),
            train_points: self.session.split().train.len(),
        }
    }

    /// Coordinates per point.
    pub fn dims(&self) -> usize {
        self.session.dataset().dims
    }

    /// Class count, `None` for regression.
    pub fn classes(&self) -> Option<usize> {
        match self.session.dataset().task {
            Task::Regression => None,
            t => t.classes(),
        }
    }

    /// The picture the current data allows.
    pub fn plot_mode(&self) -> PlotMode {
        let ds = self.session.dataset();
        match (ds.dims, ds.task) {
            (1, Task::Regression) => PlotMode::Line,
            (d, _) if d > 2 => PlotMode::Points,
            _ => PlotMode::Plane,
        }
    }

    /// The network's parameters by layer, with the input neurons' labels (feature names, or
    /// `x1…xn` for CSV columns).
    pub fn net_view(&self) -> NetView {
        let st = self.session.state();
        let net = self.session.trainer().network();
        let features = neurite_data::active_features(self.dims(), &st.features);
        let inputs = if features.is_empty() {
            (0..net.spec().inputs)
                .map(|i| format!("x{}", i + 1))
                .collect()
        } else {
            features.iter().map(|f| f.label().to_string()).collect()
        };
        let last = net.layers().len().saturating_sub(1);
        let layers = net
            .layers()
            .iter()
            .enumerate()
            .map(|(i, d)| {
                Rc::new(LayerView {
                    inputs: d.inputs(),
                    outputs: d.outputs(),
                    weights: d.weights.iter().copied().collect(),
                    biases: d.bias.to_vec(),
                    enabled: d.mask.iter().copied().collect(),
                    frozen_weights: d.frozen_weights.iter().copied().collect(),
                    frozen_biases: d.frozen_bias.to_vec(),
                    function: if i == last {
                        NeuronFn::Head(net.spec().head)
                    } else {
                        NeuronFn::Hidden(d.activation)
                    },
                })
            })
            .collect();
        NetView { inputs, layers }
    }
}
