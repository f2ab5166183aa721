//! What the learner set in the autoencoder lab: the digit set, AE or VAE, β, the hidden
//! width, the epoch budget and seed, how many epochs were trained (a link trains the same
//! seed again to reopen the same network), and the latent point being decoded.

use serde::{Deserialize, Serialize};

use crate::bounds::Bounds;
use crate::conv::DigitSet;

/// Latent dimensions: two, so the whole latent space can be drawn as a plane.
pub const LATENT: usize = 2;
/// Hidden units offered (encoder and decoder alike).
pub const HIDDEN: std::ops::RangeInclusive<usize> = 8..=256;
/// Largest epoch budget.
pub const MAX_EPOCHS: usize = 100;
/// β, the KL term's weight.
pub const BETA: Bounds = Bounds::linear(0.0, 1.0);
/// A latent coordinate (AE codes are unbounded; links keep them sane).
pub const COORD: Bounds = Bounds::linear(-100.0, 100.0);

/// A plain autoencoder or a variational one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AeMode {
    /// The encoder gives the code z itself.
    Ae,
    /// The encoder gives μ and log σ²; z = μ + σ·ε is sampled; β·KL joins the loss.
    Vae,
}

impl AeMode {
    /// Both modes.
    pub const ALL: [AeMode; 2] = [AeMode::Ae, AeMode::Vae];
}

/// The autoencoder lab's state.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoencoderLab {
    /// Which digits.
    pub set: DigitSet,
    /// AE or VAE.
    pub mode: AeMode,
    /// The KL weight (VAE only).
    pub beta: f32,
    /// Hidden units in the encoder's and the decoder's hidden layer.
    pub hidden: usize,
    /// Epochs to train.
    pub epochs: usize,
    /// The run's seed (initial weights, split, batch order, ε).
    pub seed: u64,
    /// Epochs trained (0..=`epochs`), replayed when a link opens.
    pub trained: usize,
    /// The latent point decoded, `(z₁, z₂)`.
    pub point: (f32, f32),
}

impl Default for AutoencoderLab {
    /// An AE with 64 hidden units on the 8×8 digits, 30 epochs.
    fn default() -> Self {
        AutoencoderLab {
            set: DigitSet::Digits8,
            mode: AeMode::Ae,
            beta: 0.1,
            hidden: 64,
            epochs: 30,
            seed: 1,
            trained: 0,
            point: (0.0, 0.0),
        }
    }
}

/// Where the parts of the network start, as layer indices of its model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// Layers `0..code` are the encoder: their output is z (AE) or `[μ ; log σ²]` (VAE).
    pub code: usize,
    /// The sampling layer (VAE), `code`.
    pub sample: Option<usize>,
    /// Layers `decoder..` are the decoder: z in, an image out.
    pub decoder: usize,
    /// Layers in all.
    pub layers: usize,
}

impl AutoencoderLab {
    /// The image side of the set.
    pub fn side(&self) -> usize {
        match self.set {
            DigitSet::Digits8 => 8,
            DigitSet::Digits28 => 28,
        }
    }

    /// Pixels per image.
    pub fn pixels(&self) -> usize {
        self.side() * self.side()
    }

    /// The network as the engine's architecture text. Encoder: a ReLU hidden layer, then
    /// a linear layer to z (AE) or to `[μ ; log σ²]` and a sampling layer (VAE). Decoder:
    /// a ReLU hidden layer, then one sigmoid per pixel (ink in [0, 1]).
    pub fn arch(&self) -> String {
        let h = self.hidden;
        let code = match self.mode {
            AeMode::Ae => format!("dense {LATENT}"),
            AeMode::Vae => format!("dense {}, sample {}", 2 * LATENT, self.beta),
        };
        format!(
            "flatten, dense {h} relu, {code}, dense {h} relu, dense {} sigmoid",
            self.pixels()
        )
    }

    /// The layer indices of [`Self::arch`]'s parts (flatten, linear, ReLU, linear to the
    /// code, [sample], linear, ReLU, linear, sigmoid).
    pub fn parts(&self) -> Parts {
        match self.mode {
            AeMode::Ae => Parts {
                code: 4,
                sample: None,
                decoder: 4,
                layers: 8,
            },
            AeMode::Vae => Parts {
                code: 4,
                sample: Some(4),
                decoder: 5,
                layers: 9,
            },
        }
    }

    /// The same settings at epoch 0 (what decides the run).
    pub fn run_key(&self) -> AutoencoderLab {
        AutoencoderLab {
            trained: 0,
            point: (0.0, 0.0),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::model::arch::parse_arch;
    use neurite_nn::model::{Layer, Model, Shape};
    use neurite_nn::Rng;

    #[test]
    fn the_parts_name_the_right_layers() {
        for mode in AeMode::ALL {
            let lab = AutoencoderLab {
                mode,
                ..AutoencoderLab::default()
            };
            let kinds = parse_arch(&lab.arch()).unwrap_or_else(|e| panic!("{e}"));
            let m = Model::new(Shape::image(1, 8, 8), &[], &kinds, &mut Rng::new(1))
                .unwrap_or_else(|e| panic!("{e}"));
            let p = lab.parts();
            assert_eq!(m.layers().len(), p.layers);
            let code_len = m.layers()[p.code - 1].output_shape().len();
            assert_eq!(code_len, if mode == AeMode::Ae { 2 } else { 4 });
            assert_eq!(m.layers()[p.decoder].input_shape().len(), LATENT);
            if let Some(s) = p.sample {
                assert!(matches!(m.layers()[s], Layer::Sample { .. }));
            }
            assert_eq!(m.output_shape().len(), 64);
        }
    }
}
