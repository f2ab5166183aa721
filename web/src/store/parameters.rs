//! The network's parameters, edited by hand: weights, biases, removed links, freezes. The
//! weights stay; every heatmap repaints at once. An edit the network refuses (the inputs
//! have no parameters, a removed link's weight is held at 0, a value must be finite)
//! changes nothing and renders nothing.

use super::refresh::refresh_params;
use super::AppState;
use crate::engine::Engine;
use crate::view::{LinkId, NeuronId, Selection};

/// Applies `edit` to the engine and refreshes if it was accepted; whether it was.
fn edit(s: &mut AppState, edit: impl FnOnce(&mut Engine) -> bool) -> bool {
    if !edit(&mut s.engine.borrow_mut()) {
        return false;
    }
    s.link_version += 1;
    refresh_params(s);
    true
}

/// Removes or restores a link and selects it.
pub fn toggle_link(s: &mut AppState, link: LinkId) -> bool {
    let changed = edit(s, |e| e.toggle_link(link));
    if changed {
        s.selection = Some(Selection::Link(link));
    }
    changed
}

pub fn set_weight(s: &mut AppState, link: LinkId, value: f32) -> bool {
    edit(s, |e| e.set_weight(link, value))
}

pub fn set_bias(s: &mut AppState, neuron: NeuronId, value: f32) -> bool {
    edit(s, |e| e.set_bias(neuron, value))
}

pub fn freeze_weight(s: &mut AppState, link: LinkId, frozen: bool) -> bool {
    edit(s, |e| e.freeze_weight(link, frozen))
}

pub fn freeze_bias(s: &mut AppState, neuron: NeuronId, frozen: bool) -> bool {
    edit(s, |e| e.freeze_bias(neuron, frozen))
}
