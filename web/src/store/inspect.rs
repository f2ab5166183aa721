//! One point forward and backward, and one update (the notes' 学習 in slow motion): a
//! training point is inspected by index, the formula panel shows its z and f(z) in every
//! neuron, the backward view draws every link by that point's ∂L/∂w, and one plain-SGD
//! update from that point alone applies w ← w − η·∂L/∂w with exactly the numbers shown.

use std::rc::Rc;

use super::refresh::refresh_params;
use super::AppState;
use crate::engine::Engine;
use crate::view::NetView;

/// The data index whose trace the formula panel shows: the hovered point, else the
/// inspected training point.
pub fn traced_point(s: &AppState, engine: &Engine) -> Option<usize> {
    s.hover
        .or_else(|| s.inspect.and_then(|i| engine.training_point(i)))
}

/// The links by gradient, while the backward view is on and a point is traced.
pub fn gradient_view(s: &AppState) -> Option<Rc<NetView>> {
    let trace = s.trace.as_ref().filter(|_| s.flags.backward)?;
    Some(Rc::new(s.net.with_weights(&trace.weight_grads)))
}

/// Inspects training point `i` (clamped to the training split), or none.
pub fn inspect_point(s: &mut AppState, i: Option<usize>) -> bool {
    let last = s.model.train_points.checked_sub(1);
    let i = i.and_then(|i| last.map(|last| i.min(last)));
    if s.inspect == i {
        return false;
    }
    s.inspect = i;
    refresh_params(s);
    true
}

/// Inspects dataset point `point` when it belongs to the training split; anything else
/// changes nothing.
pub fn inspect_dataset_point(s: &mut AppState, point: usize) -> bool {
    let train_index = s.engine.borrow().train_index_of(point);
    match train_index {
        Some(i) => inspect_point(s, Some(i)),
        None => false,
    }
}

/// Switches the backward view; it inspects the first training point if none was.
pub fn set_backward(s: &mut AppState, on: bool) {
    s.flags.backward = on;
    if on && s.inspect.is_none() && s.model.train_points > 0 {
        s.inspect = Some(0);
    }
    refresh_params(s);
}

/// One plain-SGD update from the inspected point; `false` when none is inspected.
pub fn update_step(s: &mut AppState) -> bool {
    let Some(i) = s.inspect else {
        return false;
    };
    if !s.engine.borrow_mut().update_on_point(i) {
        return false;
    }
    s.link_version += 1;
    refresh_params(s);
    true
}
