//! Where an activation is flat and where it has no derivative.
//!
//! Flat (saturated) regions: where |f′(x)| < ε, learning through the neuron nearly stops,
//! because backpropagation multiplies by f′. Found from the engine's derivative on a sampled
//! grid over the lab's range, so their ends are accurate to one grid step.
//!
//! Not differentiable (微分可能でない): ReLU and leaky ReLU have a corner at 0 (two different
//! one-sided slopes), the step a jump at 0. ELU with α = 1 is differentiable at 0 (both
//! sides have slope 1), the others are smooth. The test checks this list against the
//! engine's own one-sided slopes, so it cannot drift from the functions.

use neurite_nn::Activation;

use super::state::ActivationLab;

/// The ε below which |f′| counts as saturated.
pub const SATURATION_EPS: f32 = 0.05;

/// A closed x-interval `[from, to]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Left end.
    pub from: f32,
    /// Right end.
    pub to: f32,
}

/// How a function fails to be differentiable at a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KinkKind {
    /// Continuous, but the slopes from the left and the right differ.
    Corner,
    /// The function itself jumps.
    Jump,
}

/// A point where the activation has no derivative.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kink {
    /// Where.
    pub x: f32,
    /// What happens there.
    pub kind: KinkKind,
}

const AT_ZERO_CORNER: &[Kink] = &[Kink {
    x: 0.0,
    kind: KinkKind::Corner,
}];
const AT_ZERO_JUMP: &[Kink] = &[Kink {
    x: 0.0,
    kind: KinkKind::Jump,
}];

/// The points where `activation` is not differentiable (empty for the smooth ones).
pub fn kinks(activation: Activation) -> &'static [Kink] {
    match activation {
        Activation::Relu | Activation::LeakyRelu => AT_ZERO_CORNER,
        Activation::Step => AT_ZERO_JUMP,
        Activation::Linear
        | Activation::Elu
        | Activation::Sigmoid
        | Activation::Tanh
        | Activation::Softplus
        | Activation::Silu
        | Activation::Gelu
        | Activation::Sine => &[],
    }
}

impl ActivationLab {
    /// The x-intervals of the lab's range where |f′(x)| < `eps`, sampled at `samples`
    /// points (see the module docs).
    pub fn flat_regions(&self, eps: f32, samples: usize) -> Vec<Interval> {
        let mut regions: Vec<Interval> = Vec::new();
        let mut open: Option<Interval> = None;
        for [x, d] in self.derivative_curve(samples) {
            if d.abs() < eps {
                open = Some(match open {
                    Some(r) => Interval { to: x, ..r },
                    None => Interval { from: x, to: x },
                });
            } else if let Some(r) = open.take() {
                regions.push(r);
            }
        }
        regions.extend(open);
        regions
    }

    /// The points where the lab's activation is not differentiable.
    pub fn kinks(&self) -> &'static [Kink] {
        kinks(self.activation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab(activation: Activation) -> ActivationLab {
        ActivationLab {
            activation,
            ..ActivationLab::default()
        }
    }

    #[test]
    fn kinks_match_the_engines_one_sided_slopes() {
        let d = 1e-3f32;
        for act in Activation::ALL {
            let f = |x: f32| f64::from(act.apply(x, 1.0));
            let left = (f(0.0) - f(-d)) / f64::from(d);
            let right = (f(d) - f(0.0)) / f64::from(d);
            let jump = (f(d) - f(-d)).abs() > 0.5;
            let corner = !jump && (left - right).abs() > 0.005;
            let expected: Vec<KinkKind> = kinks(act).iter().map(|k| k.kind).collect();
            let found = match (jump, corner) {
                (true, _) => vec![KinkKind::Jump],
                (false, true) => vec![KinkKind::Corner],
                _ => vec![],
            };
            assert_eq!(found, expected, "{act:?}: left {left}, right {right}");
        }
    }

    #[test]
    fn saturation_of_sigmoid_relu_and_linear() {
        // σ′ = σ(1 − σ) < 0.05 ⇔ |x| > ln(σ/(1 − σ)) at σ = (1 + √0.8)/2, ≈ 2.887.
        let edge = {
            let s = (1.0 + 0.8f64.sqrt()) / 2.0;
            (s / (1.0 - s)).ln() as f32
        };
        let r = lab(Activation::Sigmoid).flat_regions(SATURATION_EPS, 1201);
        assert_eq!(r.len(), 2, "{r:?}");
        let step = 12.0 / 1200.0;
        assert_eq!((r[0].from, r[1].to), (-6.0, 6.0));
        assert!(
            (r[0].to + edge).abs() <= step && (r[1].from - edge).abs() <= step,
            "{r:?}"
        );
        let relu = lab(Activation::Relu).flat_regions(SATURATION_EPS, 1201);
        assert_eq!(relu.len(), 1);
        assert!(relu[0].from == -6.0 && relu[0].to.abs() <= step);
        assert!(lab(Activation::Linear)
            .flat_regions(SATURATION_EPS, 1201)
            .is_empty());
        let all = lab(Activation::Step).flat_regions(SATURATION_EPS, 11);
        assert_eq!(
            all,
            vec![Interval {
                from: -6.0,
                to: 6.0
            }]
        );
    }
}
