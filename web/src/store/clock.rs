//! The clock the store reads to time training and painting: injected, so the reducer stays
//! pure — the browser's `performance.now()` in the app, a hand-driven clock in tests.

use std::fmt;
use std::rc::Rc;

/// A source of monotonic milliseconds.
#[derive(Clone)]
pub struct Clock(Rc<dyn Fn() -> f64>);

impl Clock {
    /// A clock reading `now`.
    pub fn new(now: impl Fn() -> f64 + 'static) -> Clock {
        Clock(Rc::new(now))
    }

    /// Milliseconds now.
    pub fn now(&self) -> f64 {
        (self.0)()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Clock")
    }
}
