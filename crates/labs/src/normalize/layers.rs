//! What each hidden layer feeds its activation over the training batch: the values the
//! histograms show.
//!
//! For every hidden layer, the engine's own batched pass ([`Network::batch_layers`], in
//! training mode without dropout, over all training rows as one batch) gives the
//! pre-activations `z = W·a + b` and, for a normalized layer, `y = γ·x̂ + β`. The activation
//! reads `y` when the layer is normalized and `z` when it is not, so that is what
//! [`LayerValues::values`] holds; pooled over the layer's neurons and the batch, with its
//! mean and (population) standard deviation. Batch norm makes each neuron's x̂ mean 0 and
//! variance σ²/(σ² + ε) ≈ 1 over the batch, layer norm each sample's over the neurons; so
//! before training (γ = 1, β = 0) the pooled `y` has mean 0 and sd ≈ 1 exactly, and after
//! training it is as far from that as the learned γ and β moved it.

use neurite_nn::{LayerBatch, Mode, Network, NnError};

/// One hidden layer's values over the batch.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerValues {
    /// What the activation reads (`y` if normalized, else `z`), every neuron and sample.
    pub values: Vec<f32>,
    /// Their mean and standard deviation.
    pub mean: f32,
    pub sd: f32,
    /// The standard deviation of `z` before normalization (= `sd` when not normalized).
    pub z_sd: f32,
}

/// Mean and population sd of `v`, in f64.
fn moments(v: &[f32]) -> (f32, f32) {
    let n = v.len().max(1) as f64;
    let mean = v.iter().map(|&x| f64::from(x)).sum::<f64>() / n;
    let var = v
        .iter()
        .map(|&x| (f64::from(x) - mean).powi(2))
        .sum::<f64>()
        / n;
    (mean as f32, var.sqrt() as f32)
}

/// The [`LayerValues`] of every hidden layer of `net` over `inputs` (`n × 2`).
pub fn layer_values(
    net: &Network,
    inputs: ndarray::ArrayView2<f32>,
) -> Result<Vec<LayerValues>, NnError> {
    let layers = net.batch_layers(inputs, Mode::Training { dropout: None })?;
    let hidden = layers.len().saturating_sub(1);
    Ok(layers
        .into_iter()
        .take(hidden)
        .map(|LayerBatch { z, normalized, .. }| {
            let z: Vec<f32> = z.iter().copied().collect();
            let (_, z_sd) = moments(&z);
            let values = normalized.map_or(z, |y| y.iter().copied().collect());
            let (mean, sd) = moments(&values);
            LayerValues {
                values,
                mean,
                sd,
                z_sd,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{LabData, NormalizeLab, EPOCHS, HIDDEN};

    #[test]
    fn normalized_layers_start_at_mean_0_sd_1_and_raw_ones_do_not() {
        let lab = NormalizeLab::default();
        let data = LabData::of(&lab).unwrap_or_else(|e| panic!("{e}"));
        let mut runs = lab
            .normalization_runs(&data)
            .unwrap_or_else(|e| panic!("{e}"));
        let inputs = data.raw.train.inputs.view();
        let values = |r: &crate::normalize::NormRun| {
            layer_values(r.trainer.network(), inputs).unwrap_or_else(|e| panic!("{e}"))
        };
        let none = values(&runs[0]);
        assert_eq!(none.len(), HIDDEN);
        assert_eq!(none[0].values.len(), 250 * 8);
        // x₂ × 100 makes the first layer's z spread over tens to hundreds.
        assert!(
            none[0].sd > 20.0 && none[0].sd == none[0].z_sd,
            "{}",
            none[0].sd
        );
        for run in &runs[1..] {
            for l in values(run) {
                assert!(l.mean.abs() < 1e-4 && (l.sd - 1.0).abs() < 1e-3, "{l:?}");
            }
        }
        // The first layer's z is the same before normalization in all three networks.
        assert_eq!(values(&runs[1])[0].z_sd, none[0].z_sd);
        // After training, γ and β have moved the batch-normalized values only a little.
        while !runs[1].advance(EPOCHS) {}
        for l in values(&runs[1]) {
            assert!(
                l.mean.abs() < 0.5 && (l.sd - 1.0).abs() < 0.3,
                "{} {}",
                l.mean,
                l.sd
            );
        }
    }
}
