//! Plain snapshots of the engine for the components (no yew, no browser): the network's
//! parameters, every neuron's heatmap, the points with their split, the curves, and one
//! point traced through the network for the formula panel.

use std::rc::Rc;

use neurite_data::{feature_matrix, Label, Task, DOMAIN};
use neurite_nn::{Activation, OutputHead};

use crate::colors::Scale;
use crate::engine::Engine;
use crate::fields::auto_scale;
use crate::view::{Curves, Field, LayerView, NetView, PointView, Split, Trace};

/// Heatmaps of every neuron (per UI layer) and of the main output.
pub struct Fields {
    pub neurons: Vec<Vec<Rc<Field>>>,
    pub output: Rc<Field>,
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

    /// Every neuron's heatmap at `neuron_res`, and the output at `output_res`.
    pub fn fields(&self, neuron_res: usize, output_res: usize) -> Fields {
        let empty = || {
            Rc::new(Field {
                res: 1,
                channels: 1,
                data: vec![0.0],
                scale: Scale::Symmetric,
            })
        };
        let Ok(small) = self.session.grid_activations(neuron_res) else {
            return Fields {
                neurons: Vec::new(),
                output: empty(),
            };
        };
        let spec = self.session.trainer().network().spec().clone();
        let last = small.layers.len().saturating_sub(1);
        let out_scale = self.output_scale(spec.head);
        let neurons = small
            .layers
            .iter()
            .enumerate()
            .map(|(l, arr)| {
                let scale = if l == 0 {
                    None
                } else if l == last {
                    Some(out_scale)
                } else {
                    spec.hidden.get(l - 1).map(|h| hidden_scale(h.activation))
                };
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
                })
            }),
            Err(_) => empty(),
        };
        Fields { neurons, output }
    }

    fn output_scale(&self, head: OutputHead) -> Scale {
        match (self.session.dataset().task, head) {
            (Task::Regression, _) => self.value_scale(),
            (_, OutputHead::Sigmoid | OutputHead::Softmax) => Scale::Probability,
            _ => Scale::Symmetric,
        }
    }

    /// Every point with its position on the plane and its split.
    pub fn points(&self) -> Vec<PointView> {
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
        let (lo, hi) = DOMAIN;
        let frac = |v: f32| ((v - lo) / (hi - lo)).clamp(0.0, 1.0);
        ds.points
            .iter()
            .zip(which)
            .map(|(p, split)| {
                let x = p.coords.first().copied().unwrap_or(0.0);
                let y = match (p.coords.get(1), p.label) {
                    (Some(y), _) => *y,
                    (None, label) => label.as_f32() * hi / 1.5,
                };
                PointView {
                    fx: frac(x),
                    fy: 1.0 - frac(y),
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
