//! Early stopping on a model: it stops `patience` epochs after the best validation loss and
//! puts back exactly the model that epoch ended with.

use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::early::EarlyStop;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::source::Labelled;
use neurite_nn::model::train::{ModelTrainConfig, ModelTrainer};
use neurite_nn::model::{Model, Shape};
use neurite_nn::{OptimizerConfig, OptimizerKind, Regularization, Rng};

fn noisy(n: usize, seed: u64) -> Labelled {
    // Labels are a coin toss: a wide network memorises the training set and the
    // validation loss soon rises.
    let mut rng = Rng::new(seed);
    let x: Vec<f32> = (0..n * 8).map(|_| rng.next_f32()).collect();
    let labels: Vec<usize> = (0..n).map(|_| rng.below(2)).collect();
    Labelled::classes(x, 8, &labels, 2).expect("data")
}

fn trainer() -> ModelTrainer {
    let kinds = parse_arch("dense 64 relu, dense 64 relu, dense 2 softmax").expect("arch");
    let model = Model::new(Shape::vector(8), &[], &kinds, &mut Rng::new(3)).expect("model");
    let config = ModelTrainConfig {
        optimizer: OptimizerConfig {
            kind: OptimizerKind::Adam,
            learning_rate: 0.01,
            ..OptimizerConfig::default()
        },
        batch_size: 8,
        loss: ModelLoss::CrossEntropy,
        regularization: Regularization::None,
        regularization_rate: 0.0,
        seed: 4,
    };
    ModelTrainer::new(model, config).expect("trainer")
}

#[test]
fn stops_after_patience_and_restores_the_best_epoch() {
    let (train, validation) = (noisy(40, 1), noisy(40, 2));
    // A run without the watch records every epoch's validation loss and model.
    let mut free = trainer();
    let mut history = Vec::new();
    for _ in 0..60 {
        free.train_epoch(&train).expect("epoch");
        history.push((
            free.evaluate(&validation).expect("eval").loss,
            free.snapshot(),
        ));
    }
    let mut watched = trainer();
    let mut stop = EarlyStop::new(5, true).expect("watch");
    let mut stopped_at = None;
    for _ in 0..60 {
        watched.train_epoch(&train).expect("epoch");
        let loss = watched.evaluate(&validation).expect("eval").loss;
        if stop.observe(&mut watched, loss) {
            stopped_at = Some(watched.epoch());
            break;
        }
    }
    let stopped_at = stopped_at.expect("the validation loss must stop improving within 60 epochs");
    let (best_loss, best_epoch) = stop.best().expect("a best epoch");
    // The best is the lowest loss up to the stop, and the stop comes `patience` epochs later.
    let lowest = history[..stopped_at]
        .iter()
        .enumerate()
        .min_by(|a, b| a.1 .0.total_cmp(&b.1 .0))
        .map(|(i, _)| i + 1);
    assert_eq!(Some(best_epoch), lowest);
    assert_eq!(stopped_at, best_epoch + 5);
    assert_eq!(best_loss, history[best_epoch - 1].0);
    assert_eq!(watched.model, history[best_epoch - 1].1);
    assert!(EarlyStop::new(0, true).is_err());
}
