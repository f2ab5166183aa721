//! An independent reference: a naive f64 scalar forward pass and the losses, written from
//! the formulas (it shares nothing with the engine but the parameter values), and central
//! differences `(L(θ+h) − L(θ−h)) / 2h` on it.
//!
//! Per sample: `zₗ = Wₗ·aₗ + bₗ`, `aₗ₊₁ = fₗ(zₗ)` for hidden layers, the head on the last
//! `z` (identity, tanh, logistic, softmax), then the loss summed over the outputs; a batch's
//! loss is the mean over its samples, as the engine's gradients are.

use ndarray::Array2;
use neurite_nn::{Activation, Loss, Network, OutputHead};

/// Parameters as f64: per layer (weights `out × in`, bias, activation, gain).
pub type Params = Vec<(Vec<Vec<f64>>, Vec<f64>, Activation, f64)>;

/// `net`'s parameters in f64.
pub fn params(net: &Network) -> Params {
    net.layers()
        .iter()
        .map(|d| {
            let w = d
                .weights
                .rows()
                .into_iter()
                .map(|r| r.iter().map(|&v| v as f64).collect())
                .collect();
            (
                w,
                d.bias.iter().map(|&v| v as f64).collect(),
                d.activation,
                d.gain as f64,
            )
        })
        .collect()
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// `f(z)` of a hidden activation, in f64 (GELU: the tanh approximation, as the engine).
pub fn act64(a: Activation, z: f64, gain: f64) -> f64 {
    let step = |pos: f64, neg: f64| if z > 0.0 { pos } else { neg };
    match a {
        Activation::Linear => z,
        Activation::Relu => z.max(0.0),
        Activation::LeakyRelu => step(z, 0.01 * z),
        Activation::Elu => step(z, z.exp() - 1.0),
        Activation::Sigmoid => sigmoid(gain * z),
        Activation::Tanh => z.tanh(),
        Activation::Step => step(1.0, 0.0),
        Activation::Softplus => (1.0 + z.exp()).ln(),
        Activation::Silu => z * sigmoid(z),
        Activation::Gelu => {
            let k = (2.0 / std::f64::consts::PI).sqrt();
            0.5 * z * (1.0 + (k * (z + 0.044715 * z * z * z)).tanh())
        }
        Activation::Sine => z.sin(),
    }
}

/// Whether `a` has a kink at 0 (not differentiable there).
pub fn kinked(a: Activation) -> bool {
    matches!(
        a,
        Activation::Relu | Activation::LeakyRelu | Activation::Elu | Activation::Step
    )
}

/// One sample's forward pass.
#[derive(Debug, Clone, PartialEq)]
pub struct Forward64 {
    /// `zₗ` per parameter layer.
    pub z: Vec<Vec<f64>>,
    /// `aₗ₊₁` per parameter layer (the head's output last).
    pub a: Vec<Vec<f64>>,
    /// The sign (`z > 0`) of every pre-activation of a kinked hidden layer, in order.
    pub pattern: Vec<bool>,
}

impl Forward64 {
    /// Runs `p` with `head` on the input row `x`.
    pub fn run(p: &Params, head: OutputHead, x: &[f32]) -> Forward64 {
        let mut a: Vec<f64> = x.iter().map(|&v| v as f64).collect();
        let mut out = Forward64 {
            z: Vec::new(),
            a: Vec::new(),
            pattern: Vec::new(),
        };
        for (l, (w, b, act, gain)) in p.iter().enumerate() {
            let z: Vec<f64> = w
                .iter()
                .zip(b)
                .map(|(row, bo)| bo + row.iter().zip(&a).map(|(wi, ai)| wi * ai).sum::<f64>())
                .collect();
            a = if l + 1 < p.len() {
                if kinked(*act) {
                    out.pattern.extend(z.iter().map(|&v| v > 0.0));
                }
                z.iter().map(|&v| act64(*act, v, *gain)).collect()
            } else {
                head64(head, &z)
            };
            out.z.push(z);
            out.a.push(a.clone());
        }
        out
    }

    /// The output (the head applied to the last `z`).
    pub fn output(&self) -> &[f64] {
        self.a.last().map_or(&[], |a| a)
    }
}

/// The head applied to one sample's last `z`, in f64.
pub fn head64(head: OutputHead, z: &[f64]) -> Vec<f64> {
    match head {
        OutputHead::Linear => z.to_vec(),
        OutputHead::Tanh => z.iter().map(|v| v.tanh()).collect(),
        OutputHead::Sigmoid => z.iter().map(|&v| sigmoid(v)).collect(),
        OutputHead::Softmax => {
            let e: Vec<f64> = z.iter().map(|v| v.exp()).collect();
            let sum: f64 = e.iter().sum();
            e.iter().map(|v| v / sum).collect()
        }
    }
}

/// One sample's loss from outputs `o` and targets `t`, summed over the outputs.
pub fn loss64(loss: Loss, o: &[f64], t: &[f64]) -> f64 {
    o.iter()
        .zip(t)
        .map(|(&o, &t)| match loss {
            Loss::SquaredError => 0.5 * (o - t) * (o - t),
            Loss::Huber => {
                if (o - t).abs() <= 1.0 {
                    0.5 * (o - t) * (o - t)
                } else {
                    (o - t).abs() - 0.5
                }
            }
            Loss::BinaryCrossEntropy => -(t * o.ln() + (1.0 - t) * (1.0 - o).ln()),
            Loss::CrossEntropy => -t * o.ln(),
        })
        .sum()
}

/// A batch's mean loss as a function of the parameters: the head, the loss and the samples.
#[derive(Debug, Clone, Copy)]
pub struct Objective<'a> {
    /// The output head.
    pub head: OutputHead,
    /// The loss, summed over the outputs of each sample.
    pub loss: Loss,
    /// Inputs, one sample per row.
    pub x: &'a Array2<f32>,
    /// Targets, one sample per row.
    pub y: &'a Array2<f32>,
}

impl Objective<'_> {
    /// Mean loss with parameters `p`, and the kink pattern of all samples together.
    pub fn mean_loss(&self, p: &Params) -> (f64, Vec<bool>) {
        let mut total = 0.0;
        let mut pattern = Vec::new();
        for (xs, ys) in self.x.rows().into_iter().zip(self.y.rows()) {
            let f = Forward64::run(p, self.head, &xs.to_vec());
            let t: Vec<f64> = ys.iter().map(|&v| v as f64).collect();
            total += loss64(self.loss, f.output(), &t);
            pattern.extend(f.pattern);
        }
        (total / self.x.nrows().max(1) as f64, pattern)
    }

    /// Central difference at `p` in weight `[to, from]` of layer `l` (the bias of `to` when
    /// `from` is `None`) with step `h`; `None` when a step moves a kinked pre-activation
    /// across its kink (the loss is not differentiable there).
    pub fn numeric_gradient(
        &self,
        p: &Params,
        l: usize,
        to: usize,
        from: Option<usize>,
        h: f64,
    ) -> Option<f64> {
        let (_, pattern) = self.mean_loss(p);
        let eval = |delta: f64| {
            let mut q = p.clone();
            match from {
                Some(i) => q[l].0[to][i] += delta,
                None => q[l].1[to] += delta,
            }
            self.mean_loss(&q)
        };
        let ((lp, pp), (lm, pm)) = (eval(h), eval(-h));
        (pp == pattern && pm == pattern).then(|| (lp - lm) / (2.0 * h))
    }
}
