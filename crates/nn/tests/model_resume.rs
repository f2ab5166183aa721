//! A model's run saved between epochs (as JSON) and resumed ends with the same bits as one
//! run straight through, for every update rule; memory that does not fit is refused; a
//! snapshot put back restores the model exactly.

use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::memory::ModelMemory;
use neurite_nn::model::source::Labelled;
use neurite_nn::model::train::{ModelTrainConfig, ModelTrainer};
use neurite_nn::model::{Model, Shape};
use neurite_nn::{OptimizerConfig, OptimizerKind, Regularization, Rng};

const ARCH: &str =
    "conv 3x3x3 pad 1 relu, maxpool 2, batchnorm, dropout 0.2, dense 6 tanh, dense 3 softmax";

fn data() -> Labelled {
    let mut rng = Rng::new(5);
    let x: Vec<f32> = (0..60 * 36).map(|_| rng.next_f32()).collect();
    let labels: Vec<usize> = (0..60).map(|i| (i * 7) % 3).collect();
    Labelled::classes(x, 36, &labels, 3).expect("data")
}

fn config(kind: OptimizerKind) -> ModelTrainConfig {
    ModelTrainConfig {
        optimizer: OptimizerConfig {
            kind,
            learning_rate: 0.02,
            ..OptimizerConfig::default()
        },
        batch_size: 8,
        loss: ModelLoss::CrossEntropy,
        regularization: Regularization::L2,
        regularization_rate: 0.001,
        seed: 9,
    }
}

fn trainer(kind: OptimizerKind) -> ModelTrainer {
    let kinds = parse_arch(ARCH).expect("arch");
    let model = Model::new(Shape::image(1, 6, 6), &[], &kinds, &mut Rng::new(4)).expect("model");
    ModelTrainer::new(model, config(kind)).expect("trainer")
}

#[test]
fn a_saved_run_resumes_bit_for_bit_for_every_rule() {
    let data = data();
    for kind in [
        OptimizerKind::Sgd,
        OptimizerKind::Momentum,
        OptimizerKind::Adam,
    ] {
        let mut straight = trainer(kind);
        let losses: Vec<u64> = (0..5)
            .map(|_| straight.train_epoch(&data).expect("epoch").to_bits())
            .collect();
        let mut first = trainer(kind);
        for _ in 0..2 {
            first.train_epoch(&data).expect("epoch");
        }
        let json = serde_json::to_string(&first.memory()).expect("json");
        let memory: ModelMemory = serde_json::from_str(&json).expect("read back");
        let mut resumed = ModelTrainer::resume(memory, config(kind)).expect("resume");
        assert_eq!(resumed.epoch(), 2);
        let rest: Vec<u64> = (0..3)
            .map(|_| resumed.train_epoch(&data).expect("epoch").to_bits())
            .collect();
        assert_eq!(rest, losses[2..], "{kind:?}");
        assert_eq!(resumed.model, straight.model, "{kind:?}");
        assert_eq!(resumed.optimizer(), straight.optimizer(), "{kind:?}");
    }
}

#[test]
fn memory_that_does_not_fit_is_refused() {
    let data = data();
    let mut t = trainer(OptimizerKind::Adam);
    t.train_epoch(&data).expect("epoch");
    let memory = t.memory();
    assert!(ModelTrainer::resume(memory.clone(), config(OptimizerKind::Momentum)).is_err());
    let json = serde_json::to_string(&memory).expect("json");
    // Drop one value from the first moment buffer: lengths no longer fit the model.
    let at = json.find("\"first\":[[[").expect("first moments") + "\"first\":[[[".len();
    let comma = at + json[at..].find(',').expect("a second value");
    let damaged = format!("{}{}", &json[..at], &json[comma + 1..]);
    let memory: ModelMemory = serde_json::from_str(&damaged).expect("still JSON of a memory");
    let err = ModelTrainer::resume(memory, config(OptimizerKind::Adam)).map(|_| ());
    assert!(err.is_err());
}

#[test]
fn a_snapshot_put_back_restores_the_model() {
    let data = data();
    let mut t = trainer(OptimizerKind::Adam);
    t.train_epoch(&data).expect("epoch");
    let best = t.snapshot();
    t.train_epoch(&data).expect("epoch");
    assert_ne!(t.model, best);
    t.restore(&best).expect("restore");
    assert_eq!(t.model, best);
    let other = Model::new(
        Shape::image(1, 6, 6),
        &[],
        &parse_arch("dense 3 softmax").expect("arch"),
        &mut Rng::new(1),
    )
    .expect("model");
    assert!(t.restore(&other).is_err());
    assert_eq!(t.model, best);
}
