//! The activation lab's state: which activation, the sigmoid gain a (σ(a·x)), the point
//! x where the tangent touches, and the secant's step h.

use neurite_nn::Activation;

use crate::bounds::Bounds;

/// The x range every curve of the lab is drawn over; the tangent point stays inside it.
pub const X: Bounds = Bounds::linear(-6.0, 6.0);
/// Range of the sigmoid gain a: from almost flat to almost the step function.
pub const GAIN: Bounds = Bounds::log(0.1, 100.0);
/// Range of the secant step h: from a visible chord down to one that hugs the tangent.
pub const H: Bounds = Bounds::log(1e-4, 2.0);

/// What the learner set in the activation lab.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ActivationLab {
    /// The function f.
    pub activation: Activation,
    /// The sigmoid gain a in σ(a·x); other activations ignore it, as in the engine.
    pub gain: f32,
    /// Where the tangent touches the curve.
    pub at_x: f32,
    /// The secant runs from x to x + h.
    pub h: f32,
}

impl Default for ActivationLab {
    /// The sigmoid with gain 1, touched at x = 1, with a secant of h = 0.5.
    fn default() -> Self {
        ActivationLab {
            activation: Activation::Sigmoid,
            gain: 1.0,
            at_x: 1.0,
            h: 0.5,
        }
    }
}

impl ActivationLab {
    /// Sets the gain (clamped to [`GAIN`]).
    pub fn set_gain(&mut self, gain: f32) {
        self.gain = GAIN.clamp(gain);
    }

    /// Sets the tangent point (clamped to [`X`]).
    pub fn set_at_x(&mut self, x: f32) {
        self.at_x = X.clamp(x);
    }

    /// Sets the secant step (clamped to [`H`]).
    pub fn set_h(&mut self, h: f32) {
        self.h = H.clamp(h);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setters_clamp() {
        let mut lab = ActivationLab::default();
        lab.set_gain(1e6);
        lab.set_at_x(-7.0);
        lab.set_h(0.0);
        assert_eq!((lab.gain, lab.at_x, lab.h), (100.0, -6.0, 1e-4));
    }
}
