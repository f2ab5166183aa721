//! An epoch trained a few batches at a time (as a page trains between frames) gives the
//! whole-epoch run's bits: the same model, optimizer memory and mean loss, for a CNN with
//! dropout, whatever the chunk sizes; and a divergence mid-epoch puts back the epoch's start.

use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::source::Labelled;
use neurite_nn::model::{Model, ModelTrainConfig, ModelTrainer, Shape};
use neurite_nn::{NnError, OptimizerConfig, OptimizerKind, Regularization, Rng};

fn trainer(lr: f32) -> ModelTrainer {
    let kinds = parse_arch("conv 3x3x4 relu, maxpool 2, flatten, dropout 0.2, dense 3 softmax")
        .unwrap_or_else(|e| panic!("{e}"));
    let model = Model::new(Shape::image(1, 6, 6), &[], &kinds, &mut Rng::new(4))
        .unwrap_or_else(|e| panic!("{e}"));
    let config = ModelTrainConfig {
        optimizer: OptimizerConfig {
            kind: OptimizerKind::Adam,
            learning_rate: lr,
            ..OptimizerConfig::default()
        },
        batch_size: 7,
        loss: ModelLoss::CrossEntropy,
        regularization: Regularization::None,
        regularization_rate: 0.0,
        seed: 11,
    };
    ModelTrainer::new(model, config).unwrap_or_else(|e| panic!("{e}"))
}

fn data() -> Labelled {
    let mut rng = Rng::new(3);
    let n = 40;
    let x: Vec<f32> = (0..n * 36).map(|_| rng.uniform(0.0, 1.0) as f32).collect();
    let labels: Vec<usize> = (0..n).map(|i| i % 3).collect();
    Labelled::classes(x, 36, &labels, 3).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn chunked_epochs_give_the_whole_epochs_bits() {
    let data = data();
    let mut whole = trainer(0.01);
    let losses: Vec<f64> = (0..3)
        .map(|_| whole.train_epoch(&data).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    for chunk in [1, 2, 5] {
        let mut parts = trainer(0.01);
        for (e, &expected) in losses.iter().enumerate() {
            let mut run = parts.begin_epoch(&data);
            assert_eq!(run.epoch(), e + 1);
            let loss = loop {
                match parts.train_batches(&mut run, &data, chunk) {
                    Ok(Some(loss)) => break loss,
                    Ok(None) => assert!(run.progress().0 < 40),
                    Err(e) => panic!("{e}"),
                }
            };
            assert_eq!(
                loss.to_bits(),
                expected.to_bits(),
                "chunk {chunk}, epoch {}",
                e + 1
            );
            assert_eq!(run.progress(), (40, 40));
            assert_eq!(
                parts.train_batches(&mut run, &data, chunk).ok(),
                Some(None),
                "a finished run stays finished"
            );
        }
        assert_eq!(parts.model, whole.model, "chunk {chunk}");
        assert_eq!(parts.optimizer(), whole.optimizer());
        assert_eq!(parts.epoch(), 3);
    }
}

#[test]
fn a_divergence_mid_epoch_puts_back_the_epochs_start() {
    let data = data();
    let mut t = trainer(1e30);
    let before = t.model.clone();
    let mut run = t.begin_epoch(&data);
    let result = loop {
        match t.train_batches(&mut run, &data, 1) {
            Ok(None) => {}
            other => break other,
        }
    };
    assert!(
        matches!(result, Err(NnError::Diverged { epoch: 1, .. })),
        "{result:?}"
    );
    assert_eq!(t.model, before);
    assert_eq!(t.epoch(), 0);
}
