//! An independent f64 reference for normalized networks, written from the formulas of
//! `neurite_nn::norm` (it shares nothing with the engine but the parameter values): a whole
//! batch goes forward together, because batch norm couples its samples.
//!
//! Per layer: `z = W·a + b`; for a normalized hidden layer `x̂ = (z − μ)/√(σ² + ε)` with
//! μ, σ² the biased batch statistics per neuron (batch norm, training), the running ones
//! (batch norm, inference) or the sample's statistics over the layer's neurons (layer norm),
//! then `y = γ·x̂ + β`, `a = f(y)`; the head on the last `z`; the mean over the batch of the
//! per-sample loss. Central differences on it check every parameter and input.

use ndarray::Array2;
use neurite_nn::{Activation, Loss, Network, Normalization, OutputHead, NORM_EPSILON};

use crate::oracle::{act64, head64, loss64};

/// One parameter layer in f64.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer64 {
    /// `out × in` weights.
    pub w: Vec<Vec<f64>>,
    /// Biases.
    pub b: Vec<f64>,
    /// Hidden activation (ignored for the output layer).
    pub act: Activation,
    /// Sigmoid gain.
    pub gain: f64,
    /// Normalization of `z`.
    pub norm: Normalization,
    /// `γ`, `β`, running mean and variance (empty without normalization).
    pub gamma: Vec<f64>,
    /// See `gamma`.
    pub beta: Vec<f64>,
    /// See `gamma`.
    pub mean: Vec<f64>,
    /// See `gamma`.
    pub var: Vec<f64>,
}

/// `net`'s layers in f64.
pub fn layers64(net: &Network) -> Vec<Layer64> {
    let f = |a: &ndarray::Array1<f32>| a.iter().map(|&v| v as f64).collect::<Vec<_>>();
    net.layers()
        .iter()
        .map(|d| Layer64 {
            w: d.weights
                .rows()
                .into_iter()
                .map(|r| r.iter().map(|&v| v as f64).collect())
                .collect(),
            b: f(&d.bias),
            act: d.activation,
            gain: d.gain as f64,
            norm: d.normalization,
            gamma: f(&d.norm.gamma),
            beta: f(&d.norm.beta),
            mean: f(&d.norm.running_mean),
            var: f(&d.norm.running_var),
        })
        .collect()
}

fn mean_var(v: &[f64]) -> (f64, f64) {
    let n = v.len().max(1) as f64;
    let mu = v.iter().sum::<f64>() / n;
    (mu, v.iter().map(|x| (x - mu) * (x - mu)).sum::<f64>() / n)
}

/// Normalizes `z` (`samples × neurons`) in place to `y` for `layer`.
fn normalize(layer: &Layer64, z: &mut [Vec<f64>], training: bool) {
    let eps = NORM_EPSILON as f64;
    let width = layer.b.len();
    match (layer.norm, training) {
        (Normalization::None, _) => {}
        (Normalization::Layer, _) => {
            for row in z.iter_mut() {
                let (mu, var) = mean_var(row);
                for (j, v) in row.iter_mut().enumerate() {
                    *v = layer.gamma[j] * (*v - mu) / (var + eps).sqrt() + layer.beta[j];
                }
            }
        }
        (Normalization::Batch, _) => {
            for j in 0..width {
                let column: Vec<f64> = z.iter().map(|r| r[j]).collect();
                let (mu, var) = if training {
                    mean_var(&column)
                } else {
                    (layer.mean[j], layer.var[j])
                };
                for row in z.iter_mut() {
                    row[j] = layer.gamma[j] * (row[j] - mu) / (var + eps).sqrt() + layer.beta[j];
                }
            }
        }
    }
}

/// One value per sample and neuron: `rows[sample][neuron]`.
pub type Rows = Vec<Vec<f64>>;

/// Every layer's values for the batch `x`: per layer `(z, a)`, each `samples × width`.
pub fn batch_forward64(
    layers: &[Layer64],
    head: OutputHead,
    x: &[Vec<f64>],
    training: bool,
) -> Vec<(Rows, Rows)> {
    let mut a: Vec<Vec<f64>> = x.to_vec();
    let mut all = Vec::new();
    for (l, layer) in layers.iter().enumerate() {
        let z: Vec<Vec<f64>> = a
            .iter()
            .map(|inp| {
                layer
                    .w
                    .iter()
                    .zip(&layer.b)
                    .map(|(row, b)| b + row.iter().zip(inp).map(|(w, v)| w * v).sum::<f64>())
                    .collect()
            })
            .collect();
        a = if l + 1 < layers.len() {
            let mut y = z.clone();
            normalize(layer, &mut y, training);
            let act = |v: &f64| act64(layer.act, *v, layer.gain);
            y.iter().map(|r| r.iter().map(act).collect()).collect()
        } else {
            z.iter().map(|r| head64(head, r)).collect()
        };
        all.push((z, a.clone()));
    }
    all
}

/// What a normalized network's batch loss depends on.
#[derive(Debug, Clone, Copy)]
pub struct NormObjective<'a> {
    /// Output head.
    pub head: OutputHead,
    /// Loss (summed over outputs, mean over samples).
    pub loss: Loss,
    /// Targets, one sample per row.
    pub y: &'a Array2<f32>,
    /// Batch statistics (training) or running statistics (inference).
    pub training: bool,
}

impl NormObjective<'_> {
    /// The batch's mean loss.
    pub fn mean_loss(&self, layers: &[Layer64], x: &[Vec<f64>]) -> f64 {
        let out = batch_forward64(layers, self.head, x, self.training);
        let Some((_, o)) = out.last() else { return 0.0 };
        let total: f64 = o
            .iter()
            .zip(self.y.rows())
            .map(|(o, t)| {
                loss64(
                    self.loss,
                    o,
                    &t.iter().map(|&v| v as f64).collect::<Vec<_>>(),
                )
            })
            .sum();
        total / x.len().max(1) as f64
    }

    /// Central difference `(L(θ+h) − L(θ−h))/2h` in the value `at` names.
    pub fn central(&self, layers: &[Layer64], x: &[Vec<f64>], h: f64, at: Value) -> f64 {
        let eval = |d: f64| {
            let (mut l, mut xs) = (layers.to_vec(), x.to_vec());
            *match at {
                Value::Weight { layer, to, from } => &mut l[layer].w[to][from],
                Value::Bias { layer, neuron } => &mut l[layer].b[neuron],
                Value::Gamma { layer, neuron } => &mut l[layer].gamma[neuron],
                Value::Beta { layer, neuron } => &mut l[layer].beta[neuron],
                Value::Input { sample, feature } => &mut xs[sample][feature],
            } += d;
            self.mean_loss(&l, &xs)
        };
        (eval(h) - eval(-h)) / (2.0 * h)
    }
}

/// One value the loss depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// Weight `[to, from]` of a layer.
    Weight {
        /// Parameter layer.
        layer: usize,
        /// Neuron fed.
        to: usize,
        /// Neuron feeding.
        from: usize,
    },
    /// A bias.
    Bias {
        /// Parameter layer.
        layer: usize,
        /// Neuron.
        neuron: usize,
    },
    /// A normalized layer's `γ`.
    Gamma {
        /// Parameter layer.
        layer: usize,
        /// Neuron.
        neuron: usize,
    },
    /// A normalized layer's `β`.
    Beta {
        /// Parameter layer.
        layer: usize,
        /// Neuron.
        neuron: usize,
    },
    /// Input feature of a sample.
    Input {
        /// Sample (row).
        sample: usize,
        /// Feature (column).
        feature: usize,
    },
}

/// Every value of `layers` and of a `samples × inputs` batch, in a fixed order.
pub fn all_values(layers: &[Layer64], samples: usize) -> Vec<Value> {
    let mut v = Vec::new();
    for (layer, d) in layers.iter().enumerate() {
        for (to, row) in d.w.iter().enumerate() {
            v.extend((0..row.len()).map(|from| Value::Weight { layer, to, from }));
            v.push(Value::Bias { layer, neuron: to });
        }
        for neuron in 0..d.gamma.len() {
            v.push(Value::Gamma { layer, neuron });
            v.push(Value::Beta { layer, neuron });
        }
    }
    let inputs = layers.first().and_then(|d| d.w.first()).map_or(0, Vec::len);
    for sample in 0..samples {
        v.extend((0..inputs).map(|feature| Value::Input { sample, feature }));
    }
    v
}

/// `x` as f64 rows.
pub fn rows64(x: &Array2<f32>) -> Vec<Vec<f64>> {
    x.rows()
        .into_iter()
        .map(|r| r.iter().map(|&v| v as f64).collect())
        .collect()
}
