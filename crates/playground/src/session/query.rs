//! Asking the trained model about a new input (学習 と 推論: learning builds the model,
//! inference applies it): the network's output for one point of the input plane, in both of
//! the engine's modes.
//!
//! - Inference ([`Mode::Inference`], what a deployed model does and what the playground's
//!   heatmap shows): no dropout, batch norm with its running statistics — the output depends
//!   on this point alone.
//! - Training ([`Mode::Training`], what a training step computes): batch norm with the
//!   statistics of the batch, here the single point itself, so x̂ = 0 and a batch-normalized
//!   layer outputs f(β) whatever the input; dropout with a mask drawn from the session's
//!   dropout stream (`Stream::Dropout` of the seed, fresh for every query, so the same
//!   query shows the same thinned network).
//!
//! Without batch norm or dropout both outputs are the same bits.
//!
//! [`query_network`] is the one implementation: `Session::query` asks it about the
//! session's network, `Session::query_with` about another network of the same shape (the
//! overfitting lab's model at a scrubbed epoch), and the normalization lab about its own
//! trainers' networks.

use ndarray::ArrayView2;
use neurite_data::feature_matrix;
use neurite_nn::{Mode, Network, NnError, Rng, Stream};

use super::{Session, SessionError};

/// A queried point's outputs (one value per output neuron, after the head).
#[derive(Debug, Clone, PartialEq)]
pub struct PointQuery {
    /// In inference mode.
    pub inference: Vec<f32>,
    /// In training mode, the point as a batch of one.
    pub training: Vec<f32>,
}

/// `net`'s outputs for `input`, one row of its input features (a batch of one), in both
/// modes, the training mode's dropout mask drawn from a fresh `Stream::Dropout` of `seed`.
pub fn query_network(
    net: &Network,
    input: ArrayView2<f32>,
    seed: u64,
) -> Result<PointQuery, NnError> {
    if input.nrows() != 1 {
        return Err(NnError::ShapeMismatch(format!(
            "a query is one point, got {} rows",
            input.nrows()
        )));
    }
    let first = |rows: ndarray::Array2<f32>| rows.rows().into_iter().next().map(|r| r.to_vec());
    let inference = first(net.forward(input)?).unwrap_or_default();
    let mut dropout = Rng::stream(seed, Stream::Dropout);
    let mode = Mode::Training {
        dropout: Some(&mut dropout),
    };
    let layers = net.batch_layers(input, mode)?;
    let training = layers
        .last()
        .and_then(|l| l.a.rows().into_iter().next().map(|r| r.to_vec()))
        .unwrap_or_default();
    Ok(PointQuery {
        inference,
        training,
    })
}

impl Session {
    /// The outputs for the raw coordinates `coords` (as many as the data's dimensions,
    /// turned into the state's selected features exactly as training points are).
    pub fn query(&self, coords: &[f32]) -> Result<PointQuery, SessionError> {
        self.query_with(self.trainer.network(), coords)
    }

    /// [`Session::query`] of `net`, a network of this session's shape (e.g. a snapshot).
    pub fn query_with(&self, net: &Network, coords: &[f32]) -> Result<PointQuery, SessionError> {
        let dims = self.dataset.dims;
        if coords.len() != dims || coords.iter().any(|c| !c.is_finite()) {
            return Err(SessionError::Unsupported(format!(
                "a query needs {dims} finite coordinates, got {} ({} finite)",
                coords.len(),
                coords.iter().filter(|c| c.is_finite()).count()
            )));
        }
        let inputs = feature_matrix(dims, std::iter::once(coords), &self.state.features);
        Ok(query_network(net, inputs.view(), self.state.seed)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::State;
    use neurite_nn::Normalization;

    fn trained(normalization: Normalization, dropout: f32) -> Session {
        let mut s = State::default();
        for l in &mut s.network.hidden {
            l.normalization = normalization;
            l.dropout = dropout;
        }
        let mut session = Session::new(&s).unwrap_or_else(|e| panic!("{e}"));
        session.train_epochs(5);
        session
    }

    #[test]
    fn without_batch_norm_or_dropout_both_modes_agree_and_match_the_heatmap_pass() {
        let session = trained(Normalization::None, 0.0);
        let q = session
            .query(&[1.5, -2.0])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(q.inference, q.training);
        let inputs = ndarray::array![[1.5f32, -2.0]];
        let forward = session.trainer().network().forward(inputs.view());
        assert_eq!(forward.map(|o| o.row(0).to_vec()).ok(), Some(q.inference));
    }

    #[test]
    fn batch_norm_on_one_point_outputs_f_of_beta_in_training_mode() {
        let session = trained(Normalization::Batch, 0.0);
        let a = session
            .query(&[1.5, -2.0])
            .unwrap_or_else(|e| panic!("{e}"));
        let b = session
            .query(&[-4.0, 3.0])
            .unwrap_or_else(|e| panic!("{e}"));
        // Training mode: x̂ = 0 for a batch of one, so every point gives the same output…
        assert_eq!(a.training, b.training);
        // …while inference uses the running statistics and tells the points apart.
        assert_ne!(a.inference, b.inference);
        assert_ne!(a.inference, a.training);
        // Layer norm is the same in both modes.
        let layer = trained(Normalization::Layer, 0.0);
        let q = layer.query(&[1.5, -2.0]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(q.inference, q.training);
    }

    #[test]
    fn dropout_uses_a_seeded_mask_and_bad_queries_are_errors() {
        let session = trained(Normalization::None, 0.5);
        let q = session
            .query(&[1.5, -2.0])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(q.inference, q.training, "half the hidden neurons dropped");
        assert_eq!(session.query(&[1.5, -2.0]).ok(), Some(q));
        assert!(session.query(&[1.0]).is_err());
        let two_rows = ndarray::array![[1.5f32, -2.0], [0.0, 0.0]];
        let e = query_network(session.trainer().network(), two_rows.view(), 1);
        assert!(e.is_err_and(|e| e.to_string().contains("one point, got 2 rows")));
        // Asking another network of the session's shape: the same path as `query`.
        let q2 = session.query_with(session.trainer().network(), &[1.5, -2.0]);
        assert_eq!(q2.ok(), session.query(&[1.5, -2.0]).ok());
        let e = session.query(&[f32::NAN, 0.0]).map_err(|e| e.to_string());
        assert!(e.is_err_and(|m| m.contains("2 finite coordinates")));
    }
}
