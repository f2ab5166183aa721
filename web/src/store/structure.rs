//! The network's structure: hidden layers and their widths, activations and normalization, the input
//! features, the output head. Each change rebuilds the network from the seed.

use neurite_data::Feature;
use neurite_nn::{Activation, LayerSpec, Normalization, OutputHead};
use neurite_playground::limits::{MAX_HIDDEN_LAYERS, MAX_LAYER_WIDTH};

use super::change::rebuild;
use super::AppState;

/// Width of a newly added hidden layer.
pub const NEW_LAYER_WIDTH: usize = 2;

fn with_hidden(s: &mut AppState, f: impl FnOnce(&mut Vec<LayerSpec>)) {
    rebuild(s, |st| f(&mut st.network.hidden));
}

/// Adds a hidden layer (up to the limit) with the last layer's activation.
pub fn add_layer(s: &mut AppState) {
    with_hidden(s, |h| {
        if h.len() < MAX_HIDDEN_LAYERS {
            let act = h.last().map_or(Activation::Tanh, |l| l.activation);
            h.push(LayerSpec::new(NEW_LAYER_WIDTH, act));
        }
    });
}

pub fn remove_layer(s: &mut AppState) {
    with_hidden(s, |h| {
        h.pop();
    });
}

/// Adds `delta` neurons to hidden layer `hidden`, keeping 1 ≤ width ≤ the limit.
pub fn resize_layer(s: &mut AppState, hidden: usize, delta: i32) {
    with_hidden(s, |h| {
        if let Some(l) = h.get_mut(hidden) {
            let w = l.width as i64 + delta as i64;
            l.width = w.clamp(1, MAX_LAYER_WIDTH as i64) as usize;
        }
    });
}

pub fn set_activation(s: &mut AppState, hidden: usize, activation: Activation) {
    with_hidden(s, |h| {
        if let Some(l) = h.get_mut(hidden) {
            l.activation = activation;
        }
    });
}

/// Batch norm, layer norm or none on hidden layer `hidden` (fresh γ = 1, β = 0).
pub fn set_normalization(s: &mut AppState, hidden: usize, normalization: Normalization) {
    with_hidden(s, |h| {
        if let Some(l) = h.get_mut(hidden) {
            l.normalization = normalization;
        }
    });
}

pub fn set_head(s: &mut AppState, head: OutputHead) {
    rebuild(s, |st| {
        st.network.head = head;
        st.network.loss = head.default_loss();
    });
}

/// Switches feature `f` on or off; `false` when it is the last one (a network needs an
/// input).
pub fn toggle_feature(s: &mut AppState, f: Feature) -> bool {
    let mut features = s.model.features.clone();
    if let Some(i) = features.iter().position(|x| *x == f) {
        if features.len() == 1 {
            return false;
        }
        features.remove(i);
    } else {
        features.push(f);
    }
    // In the canonical order (what sorting by position in `Feature::ALL` gave).
    let features: Vec<Feature> = Feature::ALL
        .into_iter()
        .filter(|a| features.contains(a))
        .collect();
    rebuild(s, |st| st.features = features);
    true
}
