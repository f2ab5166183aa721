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

/// The point under the pointer, traced through the network for the formula panel.
pub fn hover(s: &mut AppState, point: Option<usize>) -> bool {
    if s.hover == point {
        return false;
    }
    s.hover = point;
    s.trace = point
        .and_then(|i| s.engine.borrow().trace(i))
        .map(Into::into);
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
