//! Inference in the normalization lab (学習 と 推論): a new point of the circle's plane asked
//! of each trained network in both of the engine's modes, through the playground's one
//! query path ([`neurite_playground::query_network`]). With batch norm the two differ: in
//! training mode the point is a batch of one, so x̂ = 0 and every normalized layer outputs
//! f(β) whatever the input; in inference mode the running statistics normalize it. Layer
//! norm and no normalization answer the same in both modes.

use ndarray::{array, Array2};
use neurite_nn::NnError;
use neurite_playground::{query_network, PointQuery};

use super::data::LabData;
use super::run::NormRun;
use super::state::{InputScaling, NormalizeLab};

impl LabData {
    /// The network inputs of the point (x₁, x₂) of the circle's plane, as the lab's data
    /// rows are made: (x₁, s·x₂), as z-scores with the training statistics when `scaling`
    /// is `Standardized`.
    pub fn query_input(
        &self,
        lab: &NormalizeLab,
        (x1, x2): (f32, f32),
        scaling: InputScaling,
    ) -> Result<Array2<f32>, NnError> {
        if !(x1.is_finite() && x2.is_finite()) {
            return Err(NnError::InvalidValue(format!(
                "a query needs finite x₁ and x₂, got {x1}, {x2}"
            )));
        }
        let raw = array![[x1, x2 * lab.scale]];
        Ok(match scaling {
            InputScaling::Raw => raw,
            InputScaling::Standardized => self.stats.apply(raw.view()),
        })
    }
}

impl NormRun {
    /// This network's outputs for one input row in both modes (dropout: none here).
    pub fn query(&self, input: &Array2<f32>, seed: u64) -> Result<PointQuery, NnError> {
        query_network(self.trainer.network(), input.view(), seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::{Dense, Network, Normalization, NORM_EPSILON};

    /// The hand-computed f64 output of `net` (tanh layers, tanh head) for `x`: batch norm
    /// on the running statistics (`inference`) or on a batch of one (x̂ = 0).
    fn by_hand(net: &Network, x: &[f32], inference: bool) -> f64 {
        let mut a: Vec<f64> = x.iter().map(|&v| f64::from(v)).collect();
        for d in net.layers() {
            a = (0..d.bias.len())
                .map(|j| neuron(d, &a, j, inference).tanh())
                .collect();
        }
        a[0]
    }

    fn neuron(d: &Dense, a: &[f64], j: usize, inference: bool) -> f64 {
        let z: f64 = f64::from(d.bias[j])
            + a.iter()
                .enumerate()
                .map(|(i, v)| f64::from(d.weights[[j, i]]) * v)
                .sum::<f64>();
        if d.normalization != Normalization::Batch {
            return z;
        }
        let p = &d.norm;
        let x_hat = if inference {
            let var = f64::from(p.running_var[j]) + f64::from(NORM_EPSILON);
            (z - f64::from(p.running_mean[j])) / var.sqrt()
        } else {
            0.0 // a batch of one is its own mean
        };
        f64::from(p.gamma[j]) * x_hat + f64::from(p.beta[j])
    }

    #[test]
    fn batch_norm_answers_differently_in_the_two_modes_as_computed_by_hand() {
        let lab = NormalizeLab {
            norm_inputs: InputScaling::Standardized,
            ..NormalizeLab::default()
        };
        let data = LabData::of(&lab).unwrap_or_else(|e| panic!("{e}"));
        let [mut none, mut batch, mut layer] = lab
            .normalization_runs(&data)
            .unwrap_or_else(|e| panic!("{e}"));
        for r in [&mut none, &mut batch, &mut layer] {
            r.advance(20);
        }
        let ask = |r: &NormRun, p| {
            let x = data
                .query_input(&lab, p, lab.norm_inputs)
                .unwrap_or_else(|e| panic!("{e}"));
            (r.query(&x, lab.seed).unwrap_or_else(|e| panic!("{e}")), x)
        };
        let (a, xa) = ask(&batch, (1.0, 0.02));
        let (b, _) = ask(&batch, (-3.0, -0.04));
        let net = batch.trainer.network();
        let row: Vec<f32> = xa.iter().copied().collect();
        for (got, inference) in [(a.inference[0], true), (a.training[0], false)] {
            let want = by_hand(net, &row, inference);
            assert!((f64::from(got) - want).abs() < 1e-4, "{got} vs {want}");
        }
        assert!((a.inference[0] - a.training[0]).abs() > 1e-3, "{a:?}");
        assert_eq!(a.training, b.training, "x̂ = 0: the same for every point");
        assert_ne!(a.inference, b.inference);
        for r in [&none, &layer] {
            let (q, _) = ask(r, (1.0, 0.02));
            assert_eq!(q.inference, q.training);
        }
        // The input is (x₁, s·x₂), standardized with the training statistics.
        let raw = data.query_input(&lab, (1.0, 0.02), InputScaling::Raw);
        assert_eq!(raw.ok(), Some(array![[1.0, 0.02 * lab.scale]]));
        assert!(data
            .query_input(&lab, (f32::NAN, 0.0), lab.norm_inputs)
            .is_err());
    }
}
