//! How the view names things: a neuron or a link by its UI address, and what is selected.

/// UI address of a neuron: layer 0 = input features, `1..=H` hidden, `H + 1` output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NeuronId {
    pub layer: usize,
    pub index: usize,
}

/// UI address of a link: the weight into UI layer `layer` from neuron `from` of the layer
/// before it, to neuron `to`. Engine layer = `layer - 1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LinkId {
    pub layer: usize,
    pub from: usize,
    pub to: usize,
}

/// What is selected in the network view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Neuron(NeuronId),
    Link(LinkId),
}
