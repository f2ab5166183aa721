//! Determinism cases for models of layer kinds: a convolution stack and an embedding stack
//! (with concatenation, sampling, dropout and both normalizations), trained a few epochs
//! on seeded data and rendered as every epoch's loss bits and every parameter's bits, so
//! the wasm run must equal the native one for each new layer kind.

use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::source::{Batch, BatchSource, Labelled};
use neurite_nn::model::train::{ModelTrainConfig, ModelTrainer};
use neurite_nn::model::{Model, Shape};
use neurite_nn::{OptimizerConfig, OptimizerKind, Regularization, Rng};

/// A labelled set that also hands each batch a side input (the condition of a concat).
struct WithSide {
    inner: Labelled,
    side: Vec<f32>,
    side_len: usize,
}

impl BatchSource for WithSide {
    fn len(&self) -> usize {
        self.inner.len()
    }
    fn fill(&self, indices: &[usize], rng: &mut Rng, batch: &mut Batch) {
        self.inner.fill(indices, rng, batch);
        let l = self.side_len;
        batch.side = vec![indices
            .iter()
            .flat_map(|&i| self.side[i * l..(i + 1) * l].to_vec())
            .collect()];
    }
}

fn render(
    name: &str,
    trainer: &mut ModelTrainer,
    source: &dyn BatchSource,
    epochs: usize,
) -> String {
    let mut out = String::new();
    for _ in 0..epochs {
        match trainer.train_epoch(source) {
            Ok(loss) => out.push_str(&format!(
                "{name} epoch {}: {:016x}\n",
                trainer.epoch(),
                loss.to_bits()
            )),
            Err(e) => out.push_str(&format!("{name} error: {e}\n")),
        }
    }
    for (l, p) in trainer.model.params() {
        let bits: Vec<String> = p
            .value
            .iter()
            .map(|v| format!("{:08x}", v.to_bits()))
            .collect();
        out.push_str(&format!(
            "{name} layer {l} {}: {}\n",
            p.role.name(),
            bits.join(" ")
        ));
    }
    out
}

fn trainer(
    input: Shape,
    side: &[Shape],
    arch: &str,
    loss: ModelLoss,
    seed: u64,
) -> Result<ModelTrainer, String> {
    let kinds = parse_arch(arch).map_err(|e| e.to_string())?;
    let model = Model::new(input, side, &kinds, &mut Rng::new(seed)).map_err(|e| e.to_string())?;
    let config = ModelTrainConfig {
        optimizer: OptimizerConfig {
            kind: OptimizerKind::Adam,
            learning_rate: 0.01,
            ..OptimizerConfig::default()
        },
        batch_size: 8,
        loss,
        regularization: Regularization::L2,
        regularization_rate: 0.001,
        seed,
    };
    ModelTrainer::new(model, config).map_err(|e| e.to_string())
}

/// The convolution case: 48 random 8×8 images in 3 classes.
pub fn conv_case() -> Result<String, String> {
    let mut rng = Rng::new(21);
    let n = 48;
    let x: Vec<f32> = (0..n * 64).map(|_| rng.next_f32()).collect();
    let labels: Vec<usize> = (0..n).map(|i| i % 3).collect();
    let data = Labelled::classes(x, 64, &labels, 3).map_err(|e| e.to_string())?;
    let arch = "conv 3x3x4 pad 1 relu, maxpool 2, conv 3x3x4 stride 2 pad 1 tanh, batchnorm, avgpool 2, dropout 0.2, dense 3 softmax";
    let mut t = trainer(
        Shape::image(1, 8, 8),
        &[],
        arch,
        ModelLoss::CrossEntropy,
        21,
    )?;
    Ok(render("conv", &mut t, &data, 4))
}

/// The embedding case: 3 token ids and a 2-value condition per sample, through an
/// embedding, a concat, a VAE-style sampling layer and layer norm, to a squared error.
pub fn embedding_case() -> Result<String, String> {
    let mut rng = Rng::new(22);
    let n = 40;
    let ids: Vec<f32> = (0..n * 3).map(|_| rng.below(9) as f32).collect();
    let side: Vec<f32> = (0..n * 2).map(|_| rng.next_f32()).collect();
    let target: Vec<f32> = (0..n * 4).map(|_| rng.next_f32()).collect();
    let inner = Labelled::new(ids, 3, target, 4).map_err(|e| e.to_string())?;
    let data = WithSide {
        inner,
        side,
        side_len: 2,
    };
    let arch = "embedding 9x5, flatten, concat 0, dense 8 tanh, layernorm, dense 6, sample 0.1, dense 4 sigmoid";
    let mut t = trainer(
        Shape::vector(3),
        &[Shape::vector(2)],
        arch,
        ModelLoss::SquaredError,
        22,
    )?;
    Ok(render("embedding", &mut t, &data, 4))
}

/// Both cases' text, errors rendered in place.
pub fn run_model_cases() -> String {
    [conv_case(), embedding_case()]
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| format!("error: {e}\n")))
        .collect()
}
