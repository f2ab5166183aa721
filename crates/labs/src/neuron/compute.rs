//! What the neuron lab shows, computed by the engine: z = Σᵢ wᵢxᵢ + b and y = f(z).
//!
//! The lab's neuron is a real engine network: the inputs feed one hidden neuron holding the
//! lab's weights, bias, activation and gain, which feeds an identity output (w = 1, b = 0,
//! linear head). y is that hidden neuron's value from the engine's forward pass
//! ([`Network::neuron_activations`]); z is the same network's value with the activation
//! set to `linear`, i.e. the engine's own weighted sum. So the lab can never show a neuron
//! the engine would not compute.

use ndarray::{Array1, Array2};
use neurite_nn::{Activation, Dense, LayerSpec, Network, NetworkSpec, NnError, OutputHead};

use super::state::{NeuronLab, VALUE};
use crate::geometry::{clip_line, Segment};

/// Most points of a sampled curve.
pub const MAX_CURVE_SAMPLES: usize = 2048;

/// One evaluation of the neuron.
#[derive(Debug, Clone, PartialEq)]
pub struct NeuronOutput {
    /// Each link's contribution wᵢ·xᵢ, for display beside the sum.
    pub terms: Vec<f32>,
    /// The engine's weighted input z = Σᵢ wᵢxᵢ + b.
    pub z: f32,
    /// The engine's output y = f(z).
    pub y: f32,
}

impl NeuronLab {
    /// The engine network of this neuron (see the module docs); its hidden neuron is the
    /// lab's neuron, its output equals y.
    pub fn network(&self) -> Result<Network, NnError> {
        self.network_with(self.activation)
    }

    fn network_with(&self, activation: Activation) -> Result<Network, NnError> {
        let n = self.inputs.len();
        let spec = NetworkSpec {
            inputs: n,
            hidden: vec![LayerSpec {
                gain: self.gain,
                ..LayerSpec::new(1, activation)
            }],
            outputs: 1,
            head: OutputHead::Linear,
        };
        let w: Vec<f32> = self.inputs.iter().map(|i| i.w).collect();
        let w = Array2::from_shape_vec((1, n), w).map_err(shape)?;
        let neuron = Dense::new(
            w,
            Array1::from_elem(1, self.bias),
            activation,
            self.gain,
            0.0,
        );
        let identity = Dense::new(
            Array2::ones((1, 1)),
            Array1::zeros(1),
            Activation::Linear,
            1.0,
            0.0,
        );
        Network::from_parts(spec, vec![neuron, identity])
    }

    /// The neuron's value at each row of `inputs` (`rows × n`), by `activation`.
    fn values(&self, activation: Activation, inputs: Array2<f32>) -> Result<Vec<f32>, NnError> {
        let layers = self
            .network_with(activation)?
            .neuron_activations(inputs.view())?;
        let hidden = layers
            .get(1)
            .ok_or_else(|| NnError::ShapeMismatch("no hidden layer".into()))?;
        Ok(hidden.row(0).to_vec())
    }

    /// z, y and the terms wᵢxᵢ at the lab's inputs.
    pub fn output(&self) -> Result<NeuronOutput, NnError> {
        let xs: Vec<f32> = self.inputs.iter().map(|i| i.x).collect();
        let row = Array2::from_shape_vec((1, xs.len()), xs).map_err(shape)?;
        let first = |v: Vec<f32>| v.first().copied().ok_or_else(|| shape("empty output"));
        let z = first(self.values(Activation::Linear, row.clone())?)?;
        let y = first(self.values(self.activation, row)?)?;
        let terms = self.inputs.iter().map(|i| i.w * i.x).collect();
        Ok(NeuronOutput { terms, z, y })
    }

    /// y as a function of input `i` over `[from, to]` (the other inputs held), as
    /// `samples` points `[xᵢ, y]` evenly spaced (clamped to 2..=[`MAX_CURVE_SAMPLES`]).
    /// With one input this is the neuron's whole response curve y(x).
    pub fn curve(
        &self,
        i: usize,
        from: f32,
        to: f32,
        samples: usize,
    ) -> Result<Vec<[f32; 2]>, NnError> {
        let n = self.inputs.len();
        if i >= n {
            return Err(NnError::IndexOutOfRange(format!("no input {i} of {n}")));
        }
        if !(from.is_finite() && to.is_finite()) {
            return Err(NnError::InvalidData(
                "the curve's range is not finite".into(),
            ));
        }
        let samples = samples.clamp(2, MAX_CURVE_SAMPLES);
        let step = (f64::from(to) - f64::from(from)) / (samples - 1) as f64;
        let xs: Vec<f32> = (0..samples)
            .map(|k| (f64::from(from) + step * k as f64) as f32)
            .collect();
        let mut inputs = Array2::zeros((samples, n));
        for (k, mut row) in inputs.rows_mut().into_iter().enumerate() {
            for (j, v) in row.iter_mut().enumerate() {
                *v = if j == i { xs[k] } else { self.inputs[j].x };
            }
        }
        let ys = self.values(self.activation, inputs)?;
        Ok(xs.into_iter().zip(ys).map(|(x, y)| [x, y]).collect())
    }

    /// The threshold θ = −b the weighted input Σᵢ wᵢxᵢ must exceed for z > 0, where the
    /// step fires, ReLU starts to pass and the sigmoid passes ½.
    pub fn threshold(&self) -> f32 {
        -self.bias
    }

    /// With one input, the x where z = w·x + b crosses 0: s = −b/w (the step's jump, the
    /// ReLU's kink). The neuron is "on" above s when w > 0 and below it when w < 0. `None`
    /// with more than one input, or w = 0 (z = b everywhere, no crossing).
    pub fn step_position(&self) -> Option<f32> {
        match self.inputs.as_slice() {
            [only] if only.w != 0.0 => Some(-self.bias / only.w),
            _ => None,
        }
    }

    /// With two inputs, the decision line w₁x₁ + w₂x₂ + b = 0 (z = 0) clipped to the lab's
    /// square [−20, 20]²; z > 0 on the side the normal (w₁, w₂) points to. `None` with
    /// another input count, w₁ = w₂ = 0, or a line that misses the square.
    pub fn decision_line(&self) -> Option<Segment> {
        match self.inputs.as_slice() {
            [a, b] => clip_line(
                f64::from(a.w),
                f64::from(b.w),
                f64::from(self.bias),
                f64::from(VALUE.max),
            ),
            _ => None,
        }
    }
}

fn shape(e: impl ToString) -> NnError {
    NnError::ShapeMismatch(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::neuron::state::NeuronInput;

    fn lab(inputs: &[(f32, f32)], bias: f32, activation: Activation) -> NeuronLab {
        NeuronLab {
            inputs: inputs.iter().map(|&(x, w)| NeuronInput { x, w }).collect(),
            bias,
            activation,
            gain: 1.0,
        }
    }

    #[test]
    fn z_and_y_come_from_the_engine_and_match_the_formula() {
        for act in Activation::ALL {
            let l = lab(&[(1.0, 0.5), (2.0, -0.25), (-3.0, 1.5)], 0.75, act);
            let out = l.output().unwrap_or_else(|e| panic!("{e}"));
            let expected_z = 0.5 * 1.0 - 0.25 * 2.0 + 1.5 * -3.0 + 0.75;
            assert!((out.z - expected_z).abs() < 1e-6, "{act:?}: {}", out.z);
            assert_eq!(out.y.to_bits(), act.apply(out.z, 1.0).to_bits(), "{act:?}");
            assert_eq!(out.terms, vec![0.5, -0.5, -4.5]);
        }
    }

    #[test]
    fn the_network_output_is_y() {
        let l = NeuronLab::default();
        let out = l.output().unwrap_or_else(|e| panic!("{e}"));
        let x = Array2::from_shape_vec((1, 2), vec![1.0, 2.0]).unwrap_or_default();
        let net = l.network().unwrap_or_else(|e| panic!("{e}"));
        let y = net.forward(x.view()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(y.as_slice().and_then(|s| s.first()).copied(), Some(out.y));
    }

    #[test]
    fn bias_as_threshold_fires_past_ten() {
        let mut l = NeuronLab::bias_as_threshold();
        assert_eq!((l.threshold(), l.step_position()), (10.0, Some(10.0)));
        let y = |l: &NeuronLab| l.output().map(|o| o.y).unwrap_or(f32::NAN);
        assert_eq!(y(&l), 0.0);
        l.set_x(0, 10.5);
        assert_eq!(y(&l), 1.0);
        let curve = l.curve(0, -20.0, 20.0, 401).unwrap_or_default();
        assert_eq!(curve.len(), 401);
        assert!(curve
            .iter()
            .all(|&[x, y]| y == if x > 10.0 { 1.0 } else { 0.0 }));
    }

    #[test]
    fn step_position_and_decision_line() {
        assert_eq!(
            lab(&[(1.0, 2.0)], 3.0, Activation::Step).step_position(),
            Some(-1.5)
        );
        assert_eq!(
            lab(&[(1.0, 0.0)], 3.0, Activation::Step).step_position(),
            None
        );
        assert_eq!(
            lab(&[(1.0, 1.0), (1.0, 1.0)], 3.0, Activation::Step).step_position(),
            None
        );
        let l = lab(&[(0.0, 1.0), (0.0, 1.0)], -2.0, Activation::Step);
        let s = l.decision_line();
        assert!(s.is_some_and(|s| [s.from, s.to]
            .iter()
            .all(|p| (p[0] + p[1] - 2.0).abs() < 1e-4)));
        assert_eq!(
            lab(&[(0.0, 0.0), (0.0, 0.0)], 1.0, Activation::Step).decision_line(),
            None
        );
        assert_eq!(
            lab(&[(0.0, 1.0)], 1.0, Activation::Step).decision_line(),
            None
        );
    }

    #[test]
    fn curve_refuses_bad_requests() {
        let l = NeuronLab::default();
        assert!(l.curve(5, -1.0, 1.0, 10).is_err());
        assert!(l.curve(0, f32::NAN, 1.0, 10).is_err());
        assert_eq!(
            l.curve(0, -1.0, 1.0, usize::MAX).map(|c| c.len()),
            Ok(MAX_CURVE_SAMPLES)
        );
    }
}
