//! Parameter edits by UI address (UI layer `l` = engine layer `l − 1`; layer 0 is the inputs,
//! which have no parameters, so edits addressed there are refused). Each returns whether the
//! network accepted the edit: an address out of range or a non-finite value changes nothing.

use super::Engine;
use crate::view::{LinkId, NeuronId};

impl Engine {
    /// Sets a weight by UI address.
    pub fn set_weight(&mut self, link: LinkId, value: f32) -> bool {
        let Some(layer) = link.layer.checked_sub(1) else {
            return false;
        };
        let net = self.session.trainer_mut().network_mut();
        net.set_weight(layer, link.to, link.from, value).is_ok()
    }

    /// Sets a bias by UI address.
    pub fn set_bias(&mut self, neuron: NeuronId, value: f32) -> bool {
        let Some(layer) = neuron.layer.checked_sub(1) else {
            return false;
        };
        let net = self.session.trainer_mut().network_mut();
        net.set_bias(layer, neuron.index, value).is_ok()
    }

    /// Removes a present link or restores a removed one.
    pub fn toggle_link(&mut self, link: LinkId) -> bool {
        let Some(layer) = link.layer.checked_sub(1) else {
            return false;
        };
        let net = self.session.trainer_mut().network_mut();
        match net.link_enabled(layer, link.to, link.from) {
            Some(on) => net.set_link(layer, link.to, link.from, !on).is_ok(),
            None => false,
        }
    }

    /// Freezes or unfreezes a weight.
    pub fn freeze_weight(&mut self, link: LinkId, frozen: bool) -> bool {
        let Some(layer) = link.layer.checked_sub(1) else {
            return false;
        };
        let net = self.session.trainer_mut().network_mut();
        net.set_weight_frozen(layer, link.to, link.from, frozen)
            .is_ok()
    }

    /// Freezes or unfreezes a bias.
    pub fn freeze_bias(&mut self, neuron: NeuronId, frozen: bool) -> bool {
        let Some(layer) = neuron.layer.checked_sub(1) else {
            return false;
        };
        let net = self.session.trainer_mut().network_mut();
        net.set_bias_frozen(layer, neuron.index, frozen).is_ok()
    }

    /// The data index of training point `train_index` (0 = the training split's first).
    pub fn training_point(&self, train_index: usize) -> Option<usize> {
        self.session.split().train.get(train_index).copied()
    }

    /// The training-split index of dataset point `point`, if it is a training point.
    pub fn train_index_of(&self, point: usize) -> Option<usize> {
        self.session.split().train.iter().position(|&p| p == point)
    }

    /// One plain-SGD update from training point `train_index` alone at the current learning
    /// rate (`Session::sgd_step_on_point`); whether it was applied.
    pub fn update_on_point(&mut self, train_index: usize) -> bool {
        match self.training_point(train_index) {
            Some(i) => self.session.sgd_step_on_point(i).is_some(),
            None => false,
        }
    }
}
