//! The monotonic clock (`performance.now()`).

use super::window;

/// Milliseconds from a monotonic clock.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}
