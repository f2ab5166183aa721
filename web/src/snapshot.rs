//! Plain snapshots of the engine for the components (no yew, no browser): the network's
//! parameters, every neuron's heatmap, the points with their split, the curves, and one
//! point traced through the network for the formula panel.

use std::rc::Rc;

use neurite_data::{feature_matrix, Label, Task};
use neurite_nn::{Activation, OutputHead};

use crate::colors::Scale;
use crate::engine::Engine;
use crate::fields::auto_scale;
use crate::plane::{line_span, to_plane};
use crate::plots::PlotMode;
use crate::view::{Curves, Field, FieldKind, Fit, LayerView, NetView, PointView, Split, Trace};

/// Pictures of every neuron (per UI layer) and of the main output, plus the fit summary
/// that stands in for the output on N-D data.
pub struct Fields {
    pub neurons: Vec<Vec<Rc<Field>>>,
    pub output: Rc<Field>,
    pub fit: Option<Rc<Fit>>,
}

impl Fields {
    /// A one-pixel neutral field.
    pub fn empty_field() -> Rc<Field> {
        Rc::new(Field {
            res: 1,
            channels: 1,
            data: vec![0.0],
            scale: Scale::Symmetric,
            kind: FieldKind::Plane,
        })
    }

    /// Nothing to draw.
    pub fn empty() -> Fields {
        Fields {
            neurons: Vec::new(),
            output: Fields::empty_field(),
            fit: None,
        }
    }
}

fn hidden_scale(a: Activation) -> Scale {
    match a {
        Activation::Sigmoid | Activation::Step => Scale::Probability,
        _ => Scale::Symmetric,
    }
}

impl Engine {
    /// The network's parameters by layer.
    pub fn net_view(&self) -> NetView {
        let st = self.session.state();
        let net = self.session.trainer().network();
        let inputs = neurite_data::active_features(self.dims(), &st.features)
            .into_iter()
            .map(|f| f.label().to_string())
            .collect::<Vec<_>>();
        let inputs = if inputs.is_empty() {
            (0..net.spec().inputs)
                .map(|i| format!("x{}", i + 1))
                .collect()
        } else {
            inputs
        };
        let count = net.layers().len();
        let layers = net
            .layers()
            .iter()
            .enumerate()
            .map(|(i, d)| LayerView {
                inputs: d.inputs(),
                outputs: d.outputs(),
                weights: d.weights.iter().copied().collect(),
                biases: d.bias.to_vec(),
                enabled: d.mask.iter().copied().collect(),
                frozen_weights: d.frozen_weights.iter().copied().collect(),
                frozen_biases: d.frozen_bias.to_vec(),
                activation: if i + 1 == count {
                    head_name(net.spec().head).to_string()
                } else {
                    d.activation.name().to_string()
                },
            })
            .collect();
        NetView { inputs, layers }
    }

    /// The range regression outputs are coloured over.
    fn value_scale(&self) -> Scale {
        let values = self
            .session
            .dataset()
            .points
            .iter()
            .filter_map(|p| match p.label {
                Label::Value(v) => Some(v),
                Label::Class(_) => None,
            });
        let data: Vec<f32> = values.collect();
        match auto_scale(&data) {
            // TFP's targets lie in [−1, 1]: keep that fixed range (and its legend).
            Scale::Range(lo, hi) if lo >= -1.0 && hi <= 1.0 => Scale::Range(-1.0, 1.0),
            s => s,
        }
    }

    /// The fixed colour/value scale of UI layer `l`'s neurons: `None` for the inputs (and
    /// unbounded activations), which scale to their own range.
    pub(crate) fn layer_scale(&self, l: usize) -> Option<Scale> {
        let spec = self.session.trainer().network().spec();
        l.checked_sub(1)
            .and_then(|h| spec.hidden.get(h))
            .map(|h| hidden_scale(h.activation))
    }

    /// Scale of layer `l` of a network whose last layer (the output) is `last`: `output`
    /// there, the hidden activation's range elsewhere (`None` = fit to the values).
    pub(crate) fn scale_for(&self, l: usize, last: usize, output: Scale) -> Option<Scale> {
        if l == last {
            Some(output)
        } else {
            self.layer_scale(l)
        }
    }

    /// Every neuron's picture and the output's: heatmaps at `neuron_res` / `output_res` on
    /// 2-D data, curves on 1-D regression, histograms and a fit on N-D data.
    pub fn fields(&self, neuron_res: usize, output_res: usize) -> Fields {
        match self.plot_mode() {
            PlotMode::Line => return self.line_fields(),
            PlotMode::Points => return self.point_fields(),
            PlotMode::Plane => {}
        }
        let empty = Fields::empty_field;
        let Ok(small) = self.session.grid_activations(neuron_res) else {
            return Fields::empty();
        };
        let head = self.session.trainer().network().spec().head;
        let last = small.layers.len().saturating_sub(1);
        let out_scale = self.output_scale(head);
        let neurons = small
            .layers
            .iter()
            .enumerate()
            .map(|(l, arr)| {
                let scale = self.scale_for(l, last, out_scale);
                arr.rows()
                    .into_iter()
                    .map(|row| {
                        let data = row.to_vec();
                        let scale = scale.unwrap_or_else(|| auto_scale(&data));
                        Rc::new(Field {
                            res: small.resolution,
                            channels: 1,
                            data,
                            scale,
                            kind: FieldKind::Plane,
                        })
                    })
                    .collect()
            })
            .collect();
        let output = match self.session.grid_activations(output_res) {
            Ok(big) => big.layers.last().map_or_else(empty, |arr| {
                let k = arr.nrows();
                let data: Vec<f32> = if k == 1 {
                    arr.iter().copied().collect()
                } else {
                    // Pixel-major probabilities for the class colouring.
                    arr.t().iter().copied().collect()
                };
                Rc::new(Field {
                    res: big.resolution,
                    channels: k,
                    data,
                    scale: out_scale,
                    kind: FieldKind::Plane,
                })
            }),
            Err(_) => empty(),
        };
        Fields {
            neurons,
            output,
            fit: None,
        }
    }

    pub(crate) fn output_scale(&self, head: OutputHead) -> Scale {
        match (self.session.dataset().task, head) {
            (Task::Regression, _) => self.value_scale(),
            (_, OutputHead::Sigmoid | OutputHead::Softmax) => Scale::Probability,
            _ => Scale::Symmetric,
        }
    }

    /// The split of every point, by index.
    pub(crate) fn splits(&self) -> Vec<Split> {
        let ds = self.session.dataset();
        let split = self.session.split();
        let mut which = vec![Split::Train; ds.len()];
        for &i in &split.validation {
            if let Some(s) = which.get_mut(i) {
                *s = Split::Validation;
            }
        }
        for &i in &split.test {
            if let Some(s) = which.get_mut(i) {
                *s = Split::Test;
            }
        }
        which
    }

    /// Every point with its position on the plane and its split.
    pub fn points(&self) -> Vec<PointView> {
        let ds = self.session.dataset();
        let span = line_span(ds);
        ds.points
            .iter()
            .zip(self.splits())
            .map(|(p, split)| {
                let (fx, fy) = to_plane(p, ds.dims, span);
                PointView {
                    fx,
                    fy,
                    x: p.coords.clone(),
                    class: p.label.class(),
                    value: p.label.as_f32(),
                    split,
                }
            })
            .collect()
    }

    /// Loss and accuracy curves.
    pub fn curves(&self) -> Curves {
        crate::curves::curves(self.session.trainer().history())
    }

    /// Point `index` pushed through the network.
    pub fn trace(&self, index: usize) -> Option<Trace> {
        let ds = self.session.dataset();
        let p = ds.points.get(index)?;
        let st = self.session.state();
        let inputs = feature_matrix(ds.dims, std::iter::once(p.coords.as_slice()), &st.features);
        let net = self.session.trainer().network();
        let acts = net.neuron_activations(inputs.view()).ok()?;
        let column = |l: usize| {
            acts.get(l)
                .map(|a| a.column(0).to_vec())
                .unwrap_or_default()
        };
        let mut trace = Trace {
            inputs: column(0),
            z: Vec::new(),
            a: Vec::new(),
        };
        for (l, d) in net.layers().iter().enumerate() {
            let prev = column(l);
            let z = (0..d.outputs())
                .map(|j| {
                    let sum: f32 = (0..d.inputs())
                        .filter(|&i| d.mask[[j, i]])
                        .map(|i| d.weights[[j, i]] * prev.get(i).copied().unwrap_or(0.0))
                        .sum();
                    sum + d.bias[j]
                })
                .collect();
            trace.z.push(z);
            trace.a.push(column(l + 1));
        }
        Some(trace)
    }
}

/// Name of an output head in formulas.
pub fn head_name(h: OutputHead) -> &'static str {
    match h {
        OutputHead::Linear => "linear",
        OutputHead::Tanh => "tanh",
        OutputHead::Sigmoid => "sigmoid",
        OutputHead::Softmax => "softmax",
    }
}
