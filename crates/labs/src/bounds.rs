//! The ranges of a lab's numbers, shared by the link decoder (which refuses values outside
//! them) and the UI (which uses them for its sliders), so the two can never disagree.

use std::fmt;

/// How a slider moves through a range: evenly, or evenly in the exponent (for quantities
/// spanning decades, such as a learning rate from 10⁻⁵ to 100).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// Equal steps in the value.
    Linear,
    /// Equal steps in log₁₀ of the value (`min > 0`).
    Log,
}

/// A closed interval `[min, max]` of f32 values and how to slide through it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Smallest accepted value.
    pub min: f32,
    /// Largest accepted value.
    pub max: f32,
    /// Slider scale.
    pub scale: Scale,
}

impl Bounds {
    /// `[min, max]` with a linear slider.
    pub const fn linear(min: f32, max: f32) -> Self {
        Bounds {
            min,
            max,
            scale: Scale::Linear,
        }
    }

    /// `[min, max]` (`min > 0`) with a logarithmic slider.
    pub const fn log(min: f32, max: f32) -> Self {
        Bounds {
            min,
            max,
            scale: Scale::Log,
        }
    }

    /// Whether `v` lies in `[min, max]` (NaN never does).
    pub fn contains(self, v: f32) -> bool {
        v >= self.min && v <= self.max
    }

    /// The nearest value in range; NaN becomes `min`, so setters can take any input.
    pub fn clamp(self, v: f32) -> f32 {
        if v.is_nan() {
            self.min
        } else {
            v.clamp(self.min, self.max)
        }
    }
}

impl fmt::Display for Bounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} to {}", self.min, self.max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_and_clamps() {
        let b = Bounds::linear(-20.0, 20.0);
        assert!(b.contains(-20.0) && b.contains(20.0) && b.contains(-0.0));
        assert!(!b.contains(20.000002) && !b.contains(f32::NAN));
        assert_eq!(b.clamp(99.0), 20.0);
        assert_eq!(b.clamp(f32::NAN), -20.0);
        assert_eq!(b.clamp(f32::NEG_INFINITY), -20.0);
        assert_eq!(Bounds::log(1e-5, 100.0).to_string(), "0.00001 to 100");
    }
}
