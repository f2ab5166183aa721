//! Training models from batch sources: an autoencoder (target = input), denoising pairs
//! drawn per batch, distillation from a teacher's softened outputs; determinism per seed,
//! divergence restoring the epoch's start, frozen tensors staying put, and a model run in
//! parts (encoder, then the decoder alone on the latent) giving the whole model's bits.

use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::generate::{Denoise, Distill, Schedule, TIME_FREQUENCIES};
use neurite_nn::model::loss::{argmax, ModelLoss};
use neurite_nn::model::source::{Batch, BatchSource, Labelled, Reconstruct};
use neurite_nn::model::train::{ModelTrainConfig, ModelTrainer};
use neurite_nn::model::{Model, Shape};
use neurite_nn::{NnError, OptimizerConfig, OptimizerKind, Regularization, Rng};

fn config(lr: f32, loss: ModelLoss, seed: u64) -> ModelTrainConfig {
    ModelTrainConfig {
        optimizer: OptimizerConfig {
            kind: OptimizerKind::Adam,
            learning_rate: lr,
            ..OptimizerConfig::default()
        },
        batch_size: 16,
        loss,
        regularization: Regularization::None,
        regularization_rate: 0.0,
        seed,
    }
}

fn model(input: Shape, side: &[Shape], arch: &str, seed: u64) -> Model {
    let kinds = parse_arch(arch).expect("arch");
    Model::new(input, side, &kinds, &mut Rng::new(seed)).expect("model")
}

/// 8-value samples on a 2-D manifold: `(sin a, cos a, sin b, cos b, a·b, …)`.
fn manifold(n: usize, seed: u64) -> Vec<f32> {
    let mut rng = Rng::new(seed);
    (0..n)
        .flat_map(|_| {
            let (a, b) = (rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0));
            [
                a.sin(),
                a.cos(),
                b.sin(),
                b.cos(),
                a * b,
                a - b,
                0.5 * a,
                -0.5 * b,
            ]
            .map(|v| v as f32)
        })
        .collect()
}

#[test]
fn an_autoencoder_learns_to_reconstruct_and_decodes_from_the_latent_alone() {
    let data = Reconstruct::new(manifold(256, 1), 8).expect("data");
    let m = model(
        Shape::vector(8),
        &[],
        "dense 16 tanh, dense 2, dense 16 tanh, dense 8",
        2,
    );
    let mut t = ModelTrainer::new(m, config(0.01, ModelLoss::SquaredError, 3)).expect("trainer");
    let before = t.evaluate(&data).expect("eval").loss;
    for _ in 0..60 {
        t.train_epoch(&data).expect("epoch");
    }
    let after = t.evaluate(&data).expect("eval").loss;
    assert!(after < 0.1 * before, "loss {before} → {after}");
    // Encoder (dense, tanh, dense: layers 0–2) then decoder (layers 3–5) alone equals the whole model.
    let x = manifold(5, 9);
    let latent = t.model.predict_range(0, 3, &x, &[], 5).expect("encode");
    assert_eq!(latent.len(), 10);
    let decoded = t
        .model
        .predict_range(3, 6, &latent, &[], 5)
        .expect("decode");
    assert_eq!(decoded, t.model.predict(&x, &[], 5).expect("whole"));
}

#[test]
fn denoising_pairs_follow_the_schedule_and_a_denoiser_learns() {
    let schedule = Schedule::linear(50, 1e-3, 0.2).expect("schedule");
    assert!(schedule.alpha_bar.windows(2).all(|w| w[1] < w[0]));
    let x0 = manifold(128, 4);
    let data = Denoise::new(x0.clone(), 8, schedule.clone()).expect("data");
    let mut batch = Batch::default();
    data.fill(&[3, 7], &mut Rng::new(5), &mut batch);
    // Redraw by hand with the same stream: t, then ε value by value.
    let mut rng = Rng::new(5);
    for (k, &i) in [3usize, 7].iter().enumerate() {
        let t = 1 + rng.below(50);
        let ab = schedule.alpha_bar[t - 1];
        for j in 0..8 {
            let e = rng.normal() as f32;
            let want = (ab.sqrt() as f32) * x0[i * 8 + j] + ((1.0 - ab).sqrt() as f32) * e;
            assert!((batch.x[k * 8 + j] - want).abs() < 1e-6);
            assert_eq!(batch.target[k * 8 + j], e);
        }
        assert_eq!(
            batch.side[0][k * (1 + 2 * TIME_FREQUENCIES)],
            t as f32 / 50.0
        );
    }
    let side = [Shape::vector(1 + 2 * TIME_FREQUENCIES)];
    let m = model(
        Shape::vector(8),
        &side,
        "concat 0, dense 32 relu, dense 32 relu, dense 8",
        6,
    );
    let mut t = ModelTrainer::new(m, config(0.005, ModelLoss::SquaredError, 7)).expect("trainer");
    let first = t.train_epoch(&data).expect("epoch");
    let mut last = first;
    for _ in 0..40 {
        last = t.train_epoch(&data).expect("epoch");
    }
    // Predicting ε = 0 costs ½·8·E[ε²] = 4 per sample; the learnt denoiser does better.
    assert!(last < 0.75 * first && last < 3.0, "loss {first} → {last}");
}

#[test]
fn distillation_softens_the_teacher_and_the_student_follows_it() {
    let x = manifold(200, 8);
    let teacher = model(Shape::vector(8), &[], "dense 12 tanh, dense 4", 9);
    let sharp = Distill::new(&teacher, x.clone(), 1.0).expect("T = 1");
    let soft = Distill::new(&teacher, x.clone(), 4.0).expect("T = 4");
    let entropy = |p: &[f32]| -> f64 { p.iter().map(|&v| -(v as f64) * (v as f64).ln()).sum() };
    for s in 0..200 {
        let (a, b) = (
            &sharp.targets()[s * 4..s * 4 + 4],
            &soft.targets()[s * 4..s * 4 + 4],
        );
        assert!(
            (a.iter().sum::<f32>() - 1.0).abs() < 1e-5
                && (b.iter().sum::<f32>() - 1.0).abs() < 1e-5
        );
        assert!(entropy(b) >= entropy(a) - 1e-6);
        assert_eq!(argmax(a), argmax(b));
    }
    assert!(Distill::new(&teacher, x.clone(), 0.0).is_err());
    let student = model(Shape::vector(8), &[], "dense 8 tanh, dense 4 softmax", 10);
    let mut t =
        ModelTrainer::new(student, config(0.02, ModelLoss::CrossEntropy, 11)).expect("trainer");
    for _ in 0..80 {
        t.train_epoch(&soft).expect("epoch");
    }
    assert!(t.evaluate(&soft).expect("eval").accuracy > 0.9);
}

fn labelled(seed: u64) -> Labelled {
    let x = manifold(96, seed);
    let labels: Vec<usize> = (0..96).map(|i| usize::from(x[i * 8 + 4] > 0.0)).collect();
    Labelled::classes(x, 8, &labels, 2).expect("data")
}

#[test]
fn runs_repeat_per_seed_and_differ_between_seeds() {
    let data = labelled(12);
    let run = |seed: u64| {
        let m = model(
            Shape::vector(8),
            &[],
            "dense 6 relu, dropout 0.3, batchnorm, dense 2 softmax",
            13,
        );
        let mut t =
            ModelTrainer::new(m, config(0.01, ModelLoss::CrossEntropy, seed)).expect("trainer");
        for _ in 0..5 {
            t.train_epoch(&data).expect("epoch");
        }
        t.model
    };
    assert_eq!(run(1), run(1));
    assert_ne!(run(1), run(2));
}

#[test]
fn divergence_restores_the_epochs_start_and_frozen_tensors_stay() {
    let data = labelled(14);
    let m = model(Shape::vector(8), &[], "dense 6 relu, dense 2", 15);
    let mut cfg = config(1e30, ModelLoss::SquaredError, 16);
    cfg.optimizer.kind = OptimizerKind::Sgd;
    let mut t = ModelTrainer::new(m, cfg).expect("trainer");
    let start = t.model.clone();
    match t.train_epoch(&data) {
        Err(NnError::Diverged { epoch: 1, .. }) => {}
        other => panic!("expected a divergence in epoch 1, got {other:?}"),
    }
    assert_eq!(t.model, start);
    assert_eq!(t.epoch(), 0);
    // Freeze the first layer: training moves only the second.
    let mut m = model(Shape::vector(8), &[], "dense 6 relu, dense 2 softmax", 17);
    for p in m.layers_mut()[0].params_mut() {
        p.freeze_all(true);
    }
    let frozen = m.layers()[0].clone();
    let mut t = ModelTrainer::new(m, config(0.05, ModelLoss::CrossEntropy, 18)).expect("trainer");
    let second = t.model.layers()[2].clone();
    t.train_epoch(&data).expect("epoch");
    assert_eq!(t.model.layers()[0], frozen);
    assert_ne!(t.model.layers()[2], second);
}

#[test]
fn a_bad_batch_is_the_inputs_error_not_a_divergence() {
    // A token id outside the vocabulary: a clear InvalidData naming it, the model as it was.
    let ids = vec![0.0, 1.0, 2.0, 9.0];
    let data = Labelled::classes(ids, 1, &[0, 1, 0, 1], 2).expect("data");
    let m = model(Shape::vector(1), &[], "embedding 4x3, dense 2 softmax", 20);
    let mut t = ModelTrainer::new(m, config(0.01, ModelLoss::CrossEntropy, 21)).expect("trainer");
    let start = t.model.clone();
    match t.train_epoch(&data) {
        Err(NnError::InvalidData(m)) => assert!(m.contains("token id 9"), "{m}"),
        other => panic!("expected the token id's error, got {other:?}"),
    }
    assert_eq!(t.model, start);
    assert_eq!(t.epoch(), 0);
}
