//! What is shown, not what is computed: the selection, the hovered point and its trace, the
//! display flags, the language, the banner.

use super::{AppState, RunStatus};
use crate::view::Selection;

/// Selects a neuron or a link (or nothing); `false` when it already was.
pub fn select(s: &mut AppState, sel: Option<Selection>) -> bool {
    if s.selection == sel {
        return false;
    }
    s.selection = sel;
    true
}

/// The point under the pointer, traced through the network for the formula panel (the
/// inspected point again once the pointer leaves).
pub fn hover(s: &mut AppState, point: Option<usize>) -> bool {
    if s.hover == point {
        return false;
    }
    s.hover = point;
    let engine = s.engine.borrow();
    let traced = super::inspect::traced_point(s, &engine);
    let trace = traced.and_then(|i| engine.trace(i)).map(Into::into);
    drop(engine);
    s.trace = trace;
    s.grad_net = super::inspect::gradient_view(s);
    true
}

/// Closes the banner: a broken-link or error message goes; a divergence stays in the status
/// line but its explanation is dismissed.
pub fn dismiss_banner(s: &mut AppState) {
    s.banner = None;
    if let RunStatus::Diverged(d) = &mut s.status {
        d.dismissed = true;
    }
}
