//! Heatmaps: every neuron's output over a `resolution × resolution` grid of the data
//! domain, computed in one batched forward pass.
//!
//! Layer 0 is the input features, then each hidden layer, then the output. Each layer is a
//! `width × resolution²` array (neuron-major, so a neuron's row is its heatmap), cells in
//! row-major order with the top row (largest x₂) first, as `neurite_data::grid_coords`
//! lays them out. 1-D data is evaluated at each cell's x₁ (vertical bands).

use ndarray::Array2;
use neurite_data::{feature_matrix, grid_coords, DOMAIN};
use neurite_nn::Network;

use super::{Session, SessionError};
use crate::limits::MAX_GRID_RESOLUTION;

/// Every neuron's output over the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct GridActivations {
    /// Cells per side (clamped to [`MAX_GRID_RESOLUTION`]).
    pub resolution: usize,
    /// `[inputs, hidden…, output]`, each `width × resolution²`.
    pub layers: Vec<Array2<f32>>,
}

impl GridActivations {
    /// Neuron `neuron` of `layer` over the grid (`resolution²` values), if it exists.
    pub fn neuron(&self, layer: usize, neuron: usize) -> Option<&[f32]> {
        self.layers.get(layer)?.row(neuron).to_slice()
    }
}

impl Session {
    /// Every neuron's output over a `resolution²` grid of [`DOMAIN`]. Only for 1-D and 2-D
    /// data; `resolution` is clamped to `1..=MAX_GRID_RESOLUTION`.
    pub fn grid_activations(&self, resolution: usize) -> Result<GridActivations, SessionError> {
        self.grid_activations_of(self.trainer.network(), resolution)
    }

    /// [`Session::grid_activations`] of another network with this session's inputs — e.g. a
    /// snapshot of its own network from an earlier epoch.
    pub fn grid_activations_of(
        &self,
        network: &Network,
        resolution: usize,
    ) -> Result<GridActivations, SessionError> {
        let dims = self.dataset.dims;
        if dims > 2 {
            return Err(SessionError::Unsupported(format!(
                "heatmaps need 1-D or 2-D data, this dataset has {dims} dimensions"
            )));
        }
        let resolution = resolution.clamp(1, MAX_GRID_RESOLUTION);
        let cells = grid_coords(resolution, DOMAIN);
        let inputs = feature_matrix(dims, cells.iter().map(|c| &c[..]), &self.state.features);
        let layers = network.neuron_activations(inputs.view())?;
        Ok(GridActivations { resolution, layers })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::State;

    #[test]
    fn grid_shapes_follow_the_network() {
        let session = Session::new(&State::default()).unwrap_or_else(|e| panic!("{e}"));
        let g = session
            .grid_activations(10)
            .unwrap_or_else(|e| panic!("{e}"));
        let widths: Vec<usize> = g.layers.iter().map(|a| a.nrows()).collect();
        assert_eq!(widths, vec![2, 4, 2, 1]);
        assert!(g.layers.iter().all(|a| a.ncols() == 100));
        // Input neuron x₁ grows left to right along the top row.
        let x1 = g.neuron(0, 0).unwrap_or_default();
        assert!(x1[0] < x1[9]);
        assert!(g
            .neuron(3, 0)
            .is_some_and(|o| o.iter().all(|v| (-1.0..=1.0).contains(v))));
        assert!(g.neuron(4, 0).is_none());
        assert_eq!(
            session.grid_activations(100_000).map(|g| g.resolution),
            Ok(MAX_GRID_RESOLUTION)
        );
    }
}
