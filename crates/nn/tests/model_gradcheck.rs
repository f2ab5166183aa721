//! Every layer kind's backward against the independent f64 oracle
//! (`neurite_testkit::model_oracle`, central differences), on the stacks the labs use:
//! conv → pool → dense → softmax; stride and padding variants; encoder → sampling (with KL)
//! → decoder; embedding → concat → dense; normalization, dropout and every activation.
//! Backpropagation through time: `model_bptt.rs`.

use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::layers::Layer;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::{Grads, Model, Shape};
use neurite_nn::Rng;
use neurite_testkit::{model_forward64, model_params64, ModelObjective};

const H: f64 = 1e-6;

use neurite_testkit::assert_grad_close as close;

fn values(rng: &mut Rng, n: usize, lo: f64, hi: f64) -> Vec<f32> {
    (0..n).map(|_| rng.uniform(lo, hi) as f32).collect()
}

struct Case {
    model: Model,
    x: Vec<f32>,
    side: Vec<Vec<f32>>,
    target: Vec<f32>,
    n: usize,
    loss: ModelLoss,
    /// Seed of the pass's random stream (dropout, ε), or none.
    stream: Option<u64>,
}

fn to64(v: &[f32]) -> Vec<f64> {
    v.iter().map(|&x| x as f64).collect()
}

/// Engine gradients (parameters, input, side inputs) against the oracle's.
fn check(case: &Case) {
    let side: Vec<&[f32]> = case.side.iter().map(|s| s.as_slice()).collect();
    let mut rng = case.stream.map(Rng::new);
    let tape = case
        .model
        .forward(&case.x, &side, case.n, true, rng.as_mut())
        .expect("forward");
    let eps: Vec<Vec<f64>> = case
        .model
        .layers()
        .iter()
        .zip(&tape.saved)
        .map(|(l, s)| {
            if matches!(l, Layer::Sample { .. }) {
                to64(s)
            } else {
                Vec::new()
            }
        })
        .collect();
    let oracle = ModelObjective {
        model: &case.model,
        x: to64(&case.x),
        side: case.side.iter().map(|s| to64(s)).collect(),
        target: to64(&case.target),
        n: case.n,
        loss: case.loss,
        eps: eps.clone(),
    };
    // Forward agrees.
    let p = model_params64(&case.model);
    let (out64, _) = model_forward64(&case.model, &p, &oracle.x, &oracle.side, case.n, &eps);
    for (i, (&a, &b)) in tape.output().iter().zip(&out64).enumerate() {
        close(&format!("output {i}"), a, b);
    }
    let g = case
        .loss
        .gradient(tape.output(), &case.target, case.n, false);
    let mut grads: Grads = case.model.zero_grads();
    let inputs = case
        .model
        .backward(&tape, &side, &g, &mut grads)
        .expect("backward");
    let numeric = oracle.param_gradients(H);
    for (l, layer) in numeric.iter().enumerate() {
        for (t, tensor) in layer.iter().enumerate() {
            for (i, &num) in tensor.iter().enumerate() {
                close(
                    &format!("layer {l} tensor {t} value {i}"),
                    grads.layers[l][t][i],
                    num,
                );
            }
        }
    }
    let (gx, gs) = oracle.input_gradients(H);
    let embeds = matches!(case.model.layers().first(), Some(Layer::Embedding(_)));
    if !embeds {
        for (i, &num) in gx.iter().enumerate() {
            close(&format!("input {i}"), inputs.input[i], num);
        }
    }
    for (k, s) in gs.iter().enumerate() {
        for (i, &num) in s.iter().enumerate() {
            close(&format!("side {k} value {i}"), inputs.side[k][i], num);
        }
    }
}

fn case(input: Shape, side: &[Shape], arch: &str, n: usize, loss: ModelLoss, seed: u64) -> Case {
    let mut rng = Rng::new(seed);
    let kinds = parse_arch(arch).expect("arch");
    let model = Model::new(input, side, &kinds, &mut rng).expect("model");
    let x = values(&mut rng, n * input.len(), -1.0, 1.0);
    let side = side
        .iter()
        .map(|s| values(&mut rng, n * s.len(), -1.0, 1.0))
        .collect();
    let out = model.output_shape().len();
    let target = match loss {
        ModelLoss::CrossEntropy => (0..n * out)
            .map(|i| if i % out == (i / out) % out { 1.0 } else { 0.0 })
            .collect(),
        ModelLoss::SquaredError => values(&mut rng, n * out, -0.5, 0.5),
        ModelLoss::BinaryCrossEntropy => (0..n * out).map(|i| (i % 2) as f32).collect(),
    };
    Case {
        model,
        x,
        side,
        target,
        n,
        loss,
        stream: None,
    }
}

#[test]
fn conv_pool_dense_softmax() {
    check(&case(
        Shape::image(1, 5, 5),
        &[],
        "conv 3x3x2 pad 1 relu, maxpool 2, dense 3 softmax",
        3,
        ModelLoss::CrossEntropy,
        1,
    ));
}

#[test]
fn stride_and_padding_variants() {
    let stacks = [
        (
            Shape::image(2, 6, 6),
            "conv 3x3x3 stride 2 pad 1 tanh, avgpool 2, flatten, dense 2",
        ),
        (
            Shape::image(1, 7, 7),
            "conv 5x5x2 pad 2 sigmoid, maxpool 3, dense 2",
        ),
        (
            Shape::image(2, 5, 4),
            "conv 2x2x2 stride 2 elu, conv 1x1x3 softplus, flatten, dense 2",
        ),
        (
            Shape::image(1, 9, 9),
            "conv 7x7x1 stride 1 pad 3 silu, avgpool 3, conv 3x3x2 gelu, dense 2",
        ),
    ];
    for (i, (input, arch)) in stacks.into_iter().enumerate() {
        check(&case(
            input,
            &[],
            arch,
            2,
            ModelLoss::SquaredError,
            10 + i as u64,
        ));
    }
}

#[test]
fn normalization_dropout_and_activations() {
    let stacks = [
        (
            Shape::image(2, 4, 4),
            "conv 3x3x2 pad 1, batchnorm, leaky_relu, maxpool 2, dense 3 softmax",
        ),
        (
            Shape::image(1, 4, 4),
            "conv 3x3x3, layernorm, sine, dense 2 softmax",
        ),
        (
            Shape::vector(5),
            "dense 6, batchnorm, tanh, dropout 0.3, dense 4, layernorm, gelu, dense 3 softmax",
        ),
        (
            Shape::vector(4),
            "dense 5 linear, step, dense 3 relu, dense 2 softmax",
        ),
    ];
    for (i, (input, arch)) in stacks.into_iter().enumerate() {
        check(&case(
            input,
            &[],
            arch,
            4,
            ModelLoss::CrossEntropy,
            20 + i as u64,
        ));
    }
}

#[test]
fn encoder_sampling_decoder_with_kl() {
    for (seed, beta) in [(31u64, 0.0), (32, 0.5), (33, 2.0)] {
        let mut c = case(
            Shape::vector(5),
            &[],
            &format!("dense 6 tanh, dense 4, sample {beta}, dense 6 tanh, dense 5 sigmoid"),
            3,
            ModelLoss::SquaredError,
            seed,
        );
        c.target = c.x.iter().map(|v| 0.5 + 0.4 * v).collect();
        c.stream = Some(seed * 7);
        check(&c);
    }
}

#[test]
fn embedding_concat_dense() {
    let mut c = case(
        Shape::vector(3),
        &[Shape::vector(2)],
        "embedding 7x4, flatten, concat 0, dense 3 tanh, dense 3 softmax",
        4,
        ModelLoss::CrossEntropy,
        41,
    );
    // Ids with repeats within and across samples, so rows collect several gradients.
    c.x = vec![0., 3., 3., 6., 1., 3., 2., 2., 0., 5., 4., 6.];
    check(&c);
}

#[test]
fn word_pairs_dot_sigmoid_binary_cross_entropy() {
    // Skip-gram with negatives: [center, context] ids → two vectors → their dot product →
    // σ, target 1 for a true pair and 0 for a drawn negative.
    let mut c = case(
        Shape::vector(2),
        &[],
        "embedding 6x3, dot, sigmoid",
        4,
        ModelLoss::BinaryCrossEntropy,
        61,
    );
    c.x = vec![0., 1., 0., 4., 2., 2., 5., 0.];
    check(&c);
    let r = case(
        Shape::image(2, 3, 2),
        &[],
        "reshape 3x2x2, conv 2x2x2 tanh, flatten, dense 4, dot, sigmoid",
        3,
        ModelLoss::BinaryCrossEntropy,
        62,
    );
    check(&Case {
        target: vec![1.0, 0.0, 1.0],
        ..r
    });
}
