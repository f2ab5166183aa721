//! The activation lab's computations: f, f′, the tangent and the secant, all from the
//! engine's own [`Activation::apply`] and [`Activation::derivative`].
//!
//! The tangent at x has slope f′(x), the engine's analytic derivative (the very value that
//! backpropagation multiplies by). The secant through (x, f(x)) and (x + h, f(x + h)) has
//! slope (f(x + h) − f(x)) / h; as h shrinks it turns into the tangent — the notes'
//! "derivative = slope of the tangent = instantaneous rate of change".
//!
//! Round-off, honestly: f is the engine's f32 function, so each value is off by about one
//! unit of f32 precision ε = 2⁻²³ of its scale (for σ and tanh an *absolute* ε, since they
//! are formed as ½ + ½·tanh), and dividing the difference of two values by h magnifies that
//! by 1/h: for h = 10⁻⁴ it is ≈ 10⁻³ in the slope. So the secant uses the exact f32 endpoints
//! (x + h rounded to f32 first, and the step actually taken, (x+h) − x, as the denominator),
//! takes the difference in f64 (exact for two f32 values), and reports in
//! [`Secant::roundoff`] a bound on the f32 error; the UI shows the secant approaching the
//! tangent, never claims it equal. Across a kink or jump the secant differs from either
//! one-sided slope by construction — that is the lesson, not round-off.

use neurite_nn::Activation;

use super::state::{ActivationLab, X};

/// Most points of a sampled curve.
pub const MAX_SAMPLES: usize = 4096;

/// The factor of [`Secant::roundoff`]: the slope's f32 error is at most this many
/// ε·max(1, |x|, |f(x)|, |f(x+h)|)/h. Measured over the lab's range (x ∈ [−6, 6] in steps of
/// 0.01, gains 0.1–100, h ≤ 3·10⁻⁴, every smooth activation) the worst is 2.5 (steep σ) and
/// 2.0 (GELU); 4 leaves a margin. The test `roundoff_bound_holds` re-measures it.
pub const ROUNDOFF_FACTOR: f64 = 4.0;

/// The tangent line at x: through (x, f(x)) with slope f′(x).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tangent {
    /// Where it touches.
    pub x: f32,
    /// f(x).
    pub y: f32,
    /// f′(x), the engine's derivative.
    pub slope: f32,
}

impl Tangent {
    /// The line's height at `x`: y + slope·(x − self.x).
    pub fn at(&self, x: f32) -> f32 {
        self.y + self.slope * (x - self.x)
    }
}

/// The secant (chord) from (x₀, f(x₀)) to (x₁, f(x₁)).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Secant {
    /// Start, the tangent point.
    pub x0: f32,
    /// End, x₀ + h rounded to f32.
    pub x1: f32,
    /// f(x₀).
    pub y0: f32,
    /// f(x₁).
    pub y1: f32,
    /// (y₁ − y₀)/(x₁ − x₀), in f64 from the f32 values; NaN if x₁ = x₀.
    pub slope: f64,
    /// A bound on how far f32 evaluation can move `slope` (see [`ROUNDOFF_FACTOR`]).
    pub roundoff: f64,
}

impl ActivationLab {
    /// f(x) by the engine.
    pub fn value(&self, x: f32) -> f32 {
        self.activation.apply(x, self.gain)
    }

    /// f′(x) by the engine (for the step, 0 — also at its jump, as the engine trains it).
    pub fn slope(&self, x: f32) -> f32 {
        self.activation.derivative(x, self.value(x), self.gain)
    }

    /// The tangent at the lab's point.
    pub fn tangent(&self) -> Tangent {
        let x = self.at_x;
        Tangent {
            x,
            y: self.value(x),
            slope: self.slope(x),
        }
    }

    /// The secant from the lab's point with the lab's step h.
    pub fn secant(&self) -> Secant {
        self.secant_with(self.h)
    }

    /// The secant from the lab's point with step `h` (see the module docs on round-off).
    pub fn secant_with(&self, h: f32) -> Secant {
        let x0 = self.at_x;
        let x1 = x0 + h;
        let (y0, y1) = (self.value(x0), self.value(x1));
        let step = f64::from(x1) - f64::from(x0);
        let slope = if step == 0.0 {
            f64::NAN
        } else {
            (f64::from(y1) - f64::from(y0)) / step
        };
        let scale = [x0.abs(), y0.abs(), y1.abs()]
            .into_iter()
            .fold(1.0f32, f32::max);
        let roundoff = ROUNDOFF_FACTOR * f64::from(f32::EPSILON) * f64::from(scale) / step.abs();
        Secant {
            x0,
            x1,
            y0,
            y1,
            slope,
            roundoff,
        }
    }

    /// `samples` evenly spaced x over [`X`] (clamped to 2..=[`MAX_SAMPLES`]).
    pub fn xs(samples: usize) -> Vec<f32> {
        let samples = samples.clamp(2, MAX_SAMPLES);
        let step = (f64::from(X.max) - f64::from(X.min)) / (samples - 1) as f64;
        (0..samples)
            .map(|k| (f64::from(X.min) + step * k as f64) as f32)
            .collect()
    }

    /// `[x, f(x)]` over [`X`], through the engine's batched [`Activation::apply_slice`].
    pub fn curve(&self, samples: usize) -> Vec<[f32; 2]> {
        curve_of(self.activation, self.gain, samples)
    }

    /// `[x, f′(x)]` over [`X`], through the engine's batched
    /// [`Activation::backprop_slice`] applied to a gradient of ones.
    pub fn derivative_curve(&self, samples: usize) -> Vec<[f32; 2]> {
        let xs = Self::xs(samples);
        let mut ys = vec![0.0; xs.len()];
        self.activation.apply_slice(self.gain, &xs, &mut ys);
        let mut slopes = vec![1.0; xs.len()];
        self.activation
            .backprop_slice(self.gain, &xs, &ys, &mut slopes);
        xs.into_iter().zip(slopes).map(|(x, d)| [x, d]).collect()
    }

    /// The step function over [`X`], to overlay on σ(a·x) as a grows.
    pub fn step_curve(samples: usize) -> Vec<[f32; 2]> {
        curve_of(Activation::Step, 1.0, samples)
    }

    /// The largest |f(x) − step(x)| over the samples with |x| ≥ `min_abs_x`: how close
    /// σ(a·x) has come to the step away from the jump.
    pub fn max_gap_to_step(&self, min_abs_x: f32, samples: usize) -> f32 {
        Self::xs(samples)
            .into_iter()
            .filter(|x| x.abs() >= min_abs_x)
            .map(|x| (self.value(x) - Activation::Step.apply(x, 1.0)).abs())
            .fold(0.0, f32::max)
    }
}

fn curve_of(activation: Activation, gain: f32, samples: usize) -> Vec<[f32; 2]> {
    let xs = ActivationLab::xs(samples);
    let mut ys = vec![0.0; xs.len()];
    activation.apply_slice(gain, &xs, &mut ys);
    xs.into_iter().zip(ys).map(|(x, y)| [x, y]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab(activation: Activation, gain: f32, at_x: f32) -> ActivationLab {
        ActivationLab {
            activation,
            gain,
            at_x,
            h: 0.5,
        }
    }

    const SMOOTH: [Activation; 7] = [
        Activation::Linear,
        Activation::Sigmoid,
        Activation::Tanh,
        Activation::Softplus,
        Activation::Silu,
        Activation::Gelu,
        Activation::Sine,
    ];

    #[test]
    fn tangent_slope_is_the_engine_derivative() {
        for act in Activation::ALL {
            for x in [-2.5f32, -0.3, 0.7, 3.1] {
                let l = lab(act, 1.5, x);
                let t = l.tangent();
                let engine = act.derivative(x, act.apply(x, 1.5), 1.5);
                assert!((t.slope - engine).abs() <= 1e-4, "{act:?} at {x}");
                assert_eq!(t.at(x), t.y);
            }
        }
    }

    #[test]
    fn curves_match_scalar_calls() {
        let l = lab(Activation::Gelu, 1.0, 0.0);
        for ([x, y], [x2, d]) in l.curve(101).into_iter().zip(l.derivative_curve(101)) {
            assert_eq!((x, y), (x2, l.value(x)));
            assert_eq!(d, l.slope(x));
        }
        assert_eq!(l.curve(0).len(), 2);
        assert_eq!(l.curve(usize::MAX).len(), MAX_SAMPLES);
    }

    #[test]
    fn steep_sigmoid_is_near_the_step() {
        let l = lab(Activation::Sigmoid, 50.0, 0.0);
        assert!(l.max_gap_to_step(0.1, 1201) < 0.01);
        let gentle = lab(Activation::Sigmoid, 1.0, 0.0);
        assert!(gentle.max_gap_to_step(0.1, 1201) > 0.4);
    }

    #[test]
    fn secant_approaches_the_tangent() {
        for act in SMOOTH {
            for x in [-1.7f32, 0.4, 2.2] {
                let l = lab(act, 1.0, x);
                let slope = f64::from(l.tangent().slope);
                let gap = |h: f32| (l.secant_with(h).slope - slope).abs();
                let (g1, g2, g3) = (gap(1.0), gap(0.1), gap(0.01));
                assert!(g2 < g1 || g1 < 1e-6, "{act:?} at {x}: {g1} {g2}");
                assert!(g3 < g2 || g2 < 1e-5, "{act:?} at {x}: {g2} {g3}");
                assert!(g3 < 0.01, "{act:?} at {x}: {g3}");
            }
        }
    }

    #[test]
    fn roundoff_bound_holds() {
        // For tiny h the chord's true slope is the mean of the end slopes to O(h²·f‴), far
        // below the round-off; so any larger gap is f32 error and must lie inside the bound.
        for act in SMOOTH {
            for gain in [0.1f32, 1.0, 100.0] {
                for h in [1e-4f32, 3e-4] {
                    for k in 0..=240 {
                        let l = ActivationLab {
                            activation: act,
                            gain,
                            at_x: -6.0 + 0.05 * k as f32,
                            h,
                        };
                        let s = l.secant();
                        let truth = (f64::from(l.slope(s.x0)) + f64::from(l.slope(s.x1))) / 2.0;
                        let err = (s.slope - truth).abs();
                        assert!(err <= s.roundoff, "{l:?}: {err} > {}", s.roundoff);
                    }
                }
            }
        }
    }
}
