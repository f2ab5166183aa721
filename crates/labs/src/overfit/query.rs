//! Inference on the lab's model (学習 と 推論): the model at a scrubber position asked about
//! a new x (or (x₁, x₂)) in both of the engine's modes — inference (no dropout) and
//! training (a dropout mask from the seed's dropout stream) — through the playground's one
//! query path (`Session::query_with` → `neurite_playground::query_network`).

use neurite_playground::{PointQuery, SessionError};

use super::run::{OverfitRun, Position};

impl OverfitRun {
    /// The outputs of the model at `at` for the raw coordinates `coords`.
    pub fn query_at(&self, at: Position, coords: &[f32]) -> Result<PointQuery, SessionError> {
        let net = self
            .model_at(at)
            .ok_or_else(|| SessionError::Unsupported(format!("no model at epoch {}", at.epoch)))?;
        self.session.query_with(&net, coords)
    }
}

#[cfg(test)]
mod tests {
    use crate::overfit::{OverfitLab, Position};

    #[test]
    fn dropout_separates_the_modes_and_inference_is_the_models_forward_pass() {
        let lab = OverfitLab {
            dropout: 0.3,
            epochs: 20,
            ..OverfitLab::default()
        };
        let mut run = lab.start().unwrap_or_else(|e| panic!("{e}"));
        run.advance(20);
        let at = Position {
            epoch: 10,
            restored: false,
        };
        let q = run.query_at(at, &[1.25]).unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(
            q.inference, q.training,
            "dropout thins the training-mode network"
        );
        // Inference = the epoch-10 model's own forward pass on the point's features.
        let net = run.model_at(at).unwrap_or_else(|| panic!("model"));
        let x = ndarray::array![[1.25f32]];
        let forward = net.forward(x.view()).map(|o| o.row(0).to_vec());
        assert_eq!(forward.ok(), Some(q.inference.clone()));
        // A different epoch answers differently; without dropout the modes agree.
        let latest = run.query_at(
            Position {
                epoch: 20,
                restored: false,
            },
            &[1.25],
        );
        assert_ne!(latest.ok().map(|q| q.inference), Some(q.inference));
        let plain = OverfitLab {
            dropout: 0.0,
            ..lab
        };
        let mut run = plain.start().unwrap_or_else(|e| panic!("{e}"));
        run.advance(5);
        let q = run.query_at(
            Position {
                epoch: 5,
                restored: false,
            },
            &[1.25],
        );
        let q = q.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(q.inference, q.training);
        assert!(run
            .query_at(
                Position {
                    epoch: 99,
                    restored: false
                },
                &[1.25]
            )
            .is_err());
        assert!(run
            .query_at(
                Position {
                    epoch: 5,
                    restored: false
                },
                &[1.0, 2.0]
            )
            .is_err());
    }
}
