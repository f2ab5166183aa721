//! Every neuron's picture and the output's, in whichever form the data allows: heatmaps over
//! the plane (2-D data), curves over x (1-D regression, `plots.rs`), histograms and a fit
//! summary (N-D data, `plots.rs`). [`Engine::layer_fields`] is the one place that turns a
//! network's per-layer activations into per-neuron fields, whatever the form.

use std::rc::Rc;

use ndarray::Array2;

use super::Engine;
use crate::view::colors::{auto_scale, Scale};
use crate::view::{Field, FieldKind, Fit, PlotMode};

/// Pictures of every neuron (per UI layer) and of the main output, plus the fit summary
/// that stands in for the output on N-D data.
#[derive(Debug, Clone, PartialEq)]
pub struct Fields {
    /// Per UI layer, every neuron's picture.
    pub neurons: Vec<Vec<Rc<Field>>>,
    pub output: Rc<Field>,
    pub fit: Option<Rc<Fit>>,
}

impl Fields {
    /// Nothing to draw.
    pub fn empty() -> Fields {
        Fields {
            neurons: Vec::new(),
            output: Rc::new(Field::empty()),
            fit: None,
        }
    }
}

/// Which pictures a refresh will show; the others are not computed (off the plane a
/// training frame repaints one layer's neurons and no output, docs/BENCHMARKS.md).
#[derive(Clone, Copy)]
pub struct Wanted<'a> {
    /// Whether UI layer `l`'s neurons are wanted (a layer not wanted gets no fields).
    pub layer: &'a dyn Fn(usize) -> bool,
    /// Whether the output's picture (and on N-D data the fit summary) is wanted.
    pub output: bool,
}

#[cfg(test)]
impl Wanted<'_> {
    /// Every picture.
    pub const ALL: Wanted<'static> = Wanted {
        layer: &|_| true,
        output: true,
    };
}

impl Engine {
    /// How many UI layers the network has: the inputs, then one per parameter layer
    /// (hidden layers and output).
    pub fn ui_layers(&self) -> usize {
        self.session.trainer().network().layers().len() + 1
    }

    /// The `wanted` neuron pictures and the output's: heatmaps at `neuron_res` /
    /// `output_res` on 2-D data, curves on 1-D regression, histograms and a fit on N-D data.
    pub fn fields(&self, neuron_res: usize, output_res: usize, wanted: Wanted) -> Fields {
        match self.plot_mode() {
            PlotMode::Line => self.line_fields(wanted),
            PlotMode::Points => self.point_fields(wanted),
            PlotMode::Plane => self.plane_fields(neuron_res, output_res, wanted),
        }
    }

    /// One field per neuron of every wanted UI layer of `acts` (each `width × samples`;
    /// a layer not wanted is left empty): `make` turns a neuron's samples and its layer's
    /// scale into a field; a layer without a fixed scale (inputs, unbounded activations) is
    /// scaled to each neuron's own values.
    pub(super) fn layer_fields(
        &self,
        acts: &[Array2<f32>],
        output: Scale,
        wanted: Wanted,
        make: impl Fn(Vec<f32>, Scale) -> Field,
    ) -> Vec<Vec<Rc<Field>>> {
        let last = acts.len().saturating_sub(1);
        acts.iter()
            .enumerate()
            .map(|(l, arr)| {
                if !(wanted.layer)(l) {
                    return Vec::new();
                }
                let scale = self.scale_for(l, last, output);
                arr.rows()
                    .into_iter()
                    .map(|row| {
                        let data = row.to_vec();
                        let scale = scale.unwrap_or_else(|| auto_scale(&data));
                        Rc::new(make(data, scale))
                    })
                    .collect()
            })
            .collect()
    }

    /// Heatmaps over the (x₁, x₂) plane.
    fn plane_fields(&self, neuron_res: usize, output_res: usize, wanted: Wanted) -> Fields {
        let out_scale = self.output_scale();
        let neurons = match self.session.grid_activations(neuron_res) {
            Ok(small) => {
                let res = small.resolution;
                self.layer_fields(&small.layers, out_scale, wanted, |data, scale| Field {
                    res,
                    channels: 1,
                    data,
                    scale,
                    kind: FieldKind::Plane,
                })
            }
            Err(_) => Vec::new(),
        };
        let output = wanted
            .output
            .then(|| self.session.grid_activations(output_res).ok())
            .flatten()
            .and_then(|big| {
                let arr = big.layers.last()?;
                let k = arr.nrows();
                let data: Vec<f32> = if k == 1 {
                    arr.iter().copied().collect()
                } else {
                    // Pixel-major probabilities for the class colouring.
                    arr.t().iter().copied().collect()
                };
                Some(Field {
                    res: big.resolution,
                    channels: k,
                    data,
                    scale: out_scale,
                    kind: FieldKind::Plane,
                })
            })
            .unwrap_or_else(Field::empty);
        Fields {
            neurons,
            output: Rc::new(output),
            fit: None,
        }
    }
}
