//! The objective a model gradient check differentiates: the batch loss in f64 on the
//! oracle's forward pass (`model_oracle`), with central differences over every parameter and
//! every input value.

use crate::model_oracle::{model_forward64, model_params64, Params64};
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::Model;

/// The batch loss in f64.
pub fn model_loss64(loss: ModelLoss, out: &[f64], target: &[f64], n: usize) -> f64 {
    let total: f64 = out
        .iter()
        .zip(target)
        .map(|(&o, &t)| match loss {
            ModelLoss::CrossEntropy if t != 0.0 => -t * o.ln(),
            ModelLoss::CrossEntropy => 0.0,
            ModelLoss::SquaredError => 0.5 * (o - t) * (o - t),
            ModelLoss::BinaryCrossEntropy => -t * o.ln() - (1.0 - t) * (1.0 - o).ln(),
        })
        .sum();
    total / n as f64
}

/// What a gradient check differentiates.
pub struct ModelObjective<'a> {
    /// The model (sizes and kinds; parameters come from `params`).
    pub model: &'a Model,
    /// Inputs, `n × input length`.
    pub x: Vec<f64>,
    /// Side inputs.
    pub side: Vec<Vec<f64>>,
    /// Targets.
    pub target: Vec<f64>,
    /// Samples.
    pub n: usize,
    /// The loss.
    pub loss: ModelLoss,
    /// Per layer, the ε the engine drew (sampling layers).
    pub eps: Vec<Vec<f64>>,
}

impl ModelObjective<'_> {
    /// `L(p, x)`.
    pub fn value(&self, p: &Params64, x: &[f64], side: &[Vec<f64>]) -> f64 {
        let (out, extra) = model_forward64(self.model, p, x, side, self.n, &self.eps);
        model_loss64(self.loss, &out, &self.target, self.n) + extra
    }

    /// Central differences of `L` for every parameter value, step `h`.
    pub fn param_gradients(&self, h: f64) -> Params64 {
        let base = model_params64(self.model);
        let mut grads = base.clone();
        for l in 0..base.len() {
            for t in 0..base[l].len() {
                for i in 0..base[l][t].len() {
                    let mut p = base.clone();
                    p[l][t][i] = base[l][t][i] + h;
                    let up = self.value(&p, &self.x, &self.side);
                    p[l][t][i] = base[l][t][i] - h;
                    let down = self.value(&p, &self.x, &self.side);
                    grads[l][t][i] = (up - down) / (2.0 * h);
                }
            }
        }
        grads
    }

    /// Central differences of `L` for every input value (and side input value).
    pub fn input_gradients(&self, h: f64) -> (Vec<f64>, Vec<Vec<f64>>) {
        let p = model_params64(self.model);
        let gx = (0..self.x.len())
            .map(|i| {
                let mut x = self.x.clone();
                x[i] += h;
                let up = self.value(&p, &x, &self.side);
                x[i] -= 2.0 * h;
                (up - self.value(&p, &x, &self.side)) / (2.0 * h)
            })
            .collect();
        let gs = (0..self.side.len())
            .map(|k| {
                (0..self.side[k].len())
                    .map(|i| {
                        let mut s = self.side.clone();
                        s[k][i] += h;
                        let up = self.value(&p, &self.x, &s);
                        s[k][i] -= 2.0 * h;
                        (up - self.value(&p, &self.x, &s)) / (2.0 * h)
                    })
                    .collect()
            })
            .collect();
        (gx, gs)
    }
}

/// Asserts an engine gradient (f32) matches the oracle's central difference (f64) within
/// `2·10⁻⁴ + 0.5 %` of the numeric value, naming `what` when it does not.
pub fn assert_grad_close(what: &str, analytic: f32, numeric: f64) {
    let tol = 2e-4 + 5e-3 * numeric.abs();
    assert!(
        (analytic as f64 - numeric).abs() <= tol,
        "{what}: engine {analytic} vs oracle {numeric}"
    );
}
