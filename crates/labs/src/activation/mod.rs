//! The activation lab (活性化関数, 微分): f, f′, the tangent, the secant, flat regions and
//! kinks, all from the engine's own functions.

mod compute;
mod keys;
mod regions;
mod state;

pub use compute::{Secant, Tangent, MAX_SAMPLES, ROUNDOFF_FACTOR};
pub use regions::{kinks, Interval, Kink, KinkKind, SATURATION_EPS};
pub use state::{ActivationLab, GAIN, H, X};
