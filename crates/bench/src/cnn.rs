//! Workloads D and E: small convolutional classifiers on the engine's layer-kind models
//! (`neurite_nn::model`), trained with cross-entropy (fused with the final softmax), plain
//! SGD lr 0.01, batch 32.
//!
//! - D: `conv 3x3x8 relu, maxpool 2, dense 10 softmax` on 1×8×8 images, 1,797 samples.
//! - E: `conv 5x5x8 pad 2 relu, maxpool 2, conv 5x5x16 relu, maxpool 2, dense 10 softmax`
//!   on 1×28×28 images, 2,000 samples.
//!
//! The images are **seeded random pixels** (bytes from `Rng::new(seed)`, value = byte/255)
//! with random labels: a speed benchmark needs the shapes, not real digits. Initial
//! parameters are the model's own init (`Rng::stream(1, Stream::Weights)`), dumped per layer
//! in Neurite's layouts (conv kernels `C_out × C_in × k × k`, dense `out × in` over the
//! input read flat in `C × H × W` order); the peers reorder them (see `bench/engines/`).

use crate::protocol::Job;
use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::layers::Layer;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::source::Labelled;
use neurite_nn::model::train::{ModelTrainConfig, ModelTrainer};
use neurite_nn::model::{Model, Shape};
use neurite_nn::{NnError, OptimizerConfig, OptimizerKind, Regularization, Rng, Stream};
use serde::{Deserialize, Serialize};

/// One layer as the peers build it; `weights`/`bias` empty for pooling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CnnLayer {
    /// `"conv"`, `"maxpool"` or `"dense"`.
    pub kind: String,
    /// Activation after it: `"relu"`, `"softmax"` or `""`.
    pub activation: String,
    /// Input `[C, H, W]` (dense: the shape it reads flat).
    pub input: [usize; 3],
    /// Output `[C, H, W]`.
    pub output: [usize; 3],
    /// Kernel side (conv) or window side and stride (maxpool); 0 for dense.
    pub size: usize,
    /// Zero padding per side (conv).
    pub pad: usize,
    /// Conv `C_out × C_in × k × k`; dense `out × in`.
    pub weights: Vec<f32>,
    /// One per output channel or neuron.
    pub bias: Vec<f32>,
}

/// A CNN workload: architecture, data, training settings, initial parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CnnFixture {
    /// Architecture text (`neurite_nn::model::arch`).
    pub arch: String,
    /// Input `[C, H, W]`.
    pub input: [usize; 3],
    /// Classes (one-hot targets).
    pub classes: usize,
    /// Pixels, `samples × C·H·W` bytes; the value is byte/255.
    pub pixels: Vec<u8>,
    /// One class per sample.
    pub labels: Vec<u8>,
    /// Mini-batch size.
    pub batch: usize,
    /// SGD learning rate (no momentum).
    pub lr: f32,
    /// Epochs before the loss is reported (warm-up and calibration).
    pub check_epochs: usize,
    /// Timed runs (fewer than A–C: an epoch of the slowest peer takes seconds).
    pub runs: usize,
    /// The layers with their initial parameters.
    pub layers: Vec<CnnLayer>,
}

/// Which CNN workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CnnId {
    /// 8×8, one conv.
    D,
    /// 28×28, two convs.
    E,
}

impl CnnId {
    /// `"D"` or `"E"`.
    pub fn name(self) -> &'static str {
        match self {
            CnnId::D => "D",
            CnnId::E => "E",
        }
    }
}

fn dims(s: Shape) -> [usize; 3] {
    [s.channels, s.height, s.width]
}

fn shape(d: [usize; 3]) -> Shape {
    Shape::image(d[0], d[1], d[2])
}

fn model_of(arch: &str, input: [usize; 3]) -> Result<Model, NnError> {
    let kinds = parse_arch(arch)?;
    let mut rng = Rng::stream(1, Stream::Weights);
    Model::new(shape(input), &[], &kinds, &mut rng)
}

/// Generates a CNN workload: `samples` random images of `input`, seeded by `seed`; 5 timed
/// runs after `check_epochs`.
pub fn generate(
    arch: &str,
    input: [usize; 3],
    samples: usize,
    seed: u64,
    check_epochs: usize,
) -> Result<CnnFixture, NnError> {
    let model = model_of(arch, input)?;
    let mut layers: Vec<CnnLayer> = Vec::new();
    for layer in model.layers() {
        let (kind, size, pad) = match layer {
            Layer::Conv(c) => ("conv", c.kernel, c.pad),
            Layer::Pool(p) => ("maxpool", p.size, 0),
            Layer::Linear(_) => ("dense", 0, 0),
            Layer::Activation { .. } | Layer::Softmax { .. } => {
                let name = match layer {
                    Layer::Activation { function, .. } => function.name(),
                    _ => "softmax",
                };
                match layers.last_mut() {
                    Some(last) => last.activation = name.into(),
                    None => return Err(NnError::InvalidSpec("bench CNN: activation first".into())),
                }
                continue;
            }
            Layer::Reshape { .. } => continue,
            other => {
                return Err(NnError::InvalidSpec(format!(
                    "bench CNN: unsupported layer {}",
                    other.describe()
                )))
            }
        };
        let input = layers.last().map_or(input, |l| l.output);
        let p = layer.params();
        layers.push(CnnLayer {
            kind: kind.into(),
            activation: String::new(),
            input,
            output: dims(layer.output_shape()),
            size,
            pad,
            weights: p.first().map_or(Vec::new(), |t| t.value.clone()),
            bias: p.get(1).map_or(Vec::new(), |t| t.value.clone()),
        });
    }
    let classes = model.output_shape().len();
    let mut rng = Rng::new(seed);
    let len = input.iter().product::<usize>();
    let pixels = (0..samples * len).map(|_| rng.below(256) as u8).collect();
    let labels = (0..samples).map(|_| rng.below(classes) as u8).collect();
    Ok(CnnFixture {
        arch: arch.into(),
        input,
        classes,
        pixels,
        labels,
        batch: 32,
        lr: 0.01,
        check_epochs,
        runs: 5,
        layers,
    })
}

impl CnnFixture {
    /// Samples in the data set.
    pub fn samples(&self) -> usize {
        self.labels.len()
    }

    /// Checks lengths against the architecture.
    pub fn check(&self, name: &str) -> Result<(), NnError> {
        let len = self.input.iter().product::<usize>();
        let model = model_of(&self.arch, self.input)?;
        let with_params = model.layers().iter().filter(|l| !l.params().is_empty());
        let ours = self.layers.iter().filter(|l| !l.weights.is_empty());
        let params_ok = with_params.clone().count() == ours.clone().count()
            && with_params.zip(ours).all(|(m, f)| {
                m.params()[0].len() == f.weights.len() && m.params()[1].len() == f.bias.len()
            });
        if self.pixels.len() != len * self.samples() || self.samples() == 0 || !params_ok {
            return Err(NnError::InvalidData(format!(
                "fixture: {name} data or parameters do not match its architecture"
            )));
        }
        Ok(())
    }

    /// The model with the fixture's initial parameters.
    pub fn model(&self) -> Result<Model, NnError> {
        let mut model = model_of(&self.arch, self.input)?;
        let mut ours = self.layers.iter().filter(|l| !l.weights.is_empty());
        for layer in model.layers_mut() {
            let params = layer.params_mut();
            if params.is_empty() {
                continue;
            }
            let src = ours
                .next()
                .ok_or_else(|| NnError::InvalidData("fixture: too few CNN layers".into()))?;
            params[0].value.clone_from(&src.weights);
            params[1].value.clone_from(&src.bias);
        }
        Ok(model)
    }

    /// The training set: pixels as byte/255, one-hot labels.
    pub fn data(&self) -> Result<Labelled, NnError> {
        let x = self.pixels.iter().map(|&b| f32::from(b) / 255.0).collect();
        let labels: Vec<usize> = self.labels.iter().map(|&c| usize::from(c)).collect();
        Labelled::classes(x, self.input.iter().product(), &labels, self.classes)
    }
}

/// A CNN workload's trainer and data.
#[derive(Debug, Clone)]
pub struct CnnJob {
    /// The trainer (model, SGD).
    pub trainer: ModelTrainer,
    /// The training set.
    pub data: Labelled,
}

impl CnnJob {
    /// A fresh trainer from the fixture's initial parameters (batch-order seed 1).
    pub fn new(c: &CnnFixture) -> Result<CnnJob, NnError> {
        let config = ModelTrainConfig {
            optimizer: OptimizerConfig {
                kind: OptimizerKind::Sgd,
                learning_rate: c.lr,
                momentum: 0.0,
                ..OptimizerConfig::default()
            },
            batch_size: c.batch,
            loss: ModelLoss::CrossEntropy,
            regularization: Regularization::None,
            regularization_rate: 0.0,
            seed: 1,
        };
        Ok(CnnJob {
            trainer: ModelTrainer::new(c.model()?, config)?,
            data: c.data()?,
        })
    }
}

impl Job for CnnJob {
    fn loss(&mut self) -> f64 {
        self.trainer
            .evaluate(&self.data)
            .map_or(f64::NAN, |s| s.loss)
    }

    fn epoch(&mut self) -> Result<f64, NnError> {
        self.trainer.train_epoch(&self.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Fixture, ARCH_D};

    #[test]
    fn the_fixture_rebuilds_the_model_and_d_learns() {
        let f = Fixture::generate().unwrap_or_else(|e| panic!("{e}"));
        let c = f.cnn(CnnId::D);
        assert_eq!(c.arch, ARCH_D);
        assert_eq!((c.samples(), c.pixels.len()), (1_797, 1_797 * 64));
        let kinds: Vec<&str> = c.layers.iter().map(|l| l.kind.as_str()).collect();
        assert_eq!(kinds, ["conv", "maxpool", "dense"]);
        assert_eq!(c.layers[2].input, [8, 3, 3]);
        assert_eq!(f.cnn(CnnId::E).layers[4].input, [16, 5, 5]);
        let fresh = model_of(&c.arch, c.input).unwrap_or_else(|e| panic!("{e}"));
        let mut job = CnnJob::new(c).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(job.trainer.model, fresh);
        let before = job.loss();
        job.epoch().unwrap_or_else(|e| panic!("{e}"));
        assert!(job.loss() < before);
    }
}
