//! Hand-computed examples: a 2-2-1 ReLU network, its forward pass and one SGD step.
//!
//! W₁ = [[1, −1], [1, 1]], b₁ = [0, −0.5], W₂ = [[1, −2]], b₂ = 0.25; x = (1, 0.5), y = 1.
//! Forward: z₁ = (1 − 0.5 + 0, 1 + 0.5 − 0.5) = (0.5, 1); a₁ = ReLU(z₁) = (0.5, 1);
//!          o = 0.5 − 2 + 0.25 = −1.25; L = ½(−1.25 − 1)² = 2.53125.
//! Backward: δ₂ = o − y = −2.25; ∂W₂ = δ₂·a₁ = (−1.125, −2.25); ∂b₂ = −2.25;
//!           δ₁ = W₂ᵀδ₂ ⊙ ReLU'(z₁) = (−2.25, 4.5); ∂W₁ = δ₁ ⊗ x = [[−2.25, −1.125], [4.5, 2.25]];
//!           ∂b₁ = (−2.25, 4.5).
//! SGD, lr 0.1: W₂ = (1.1125, −1.775), b₂ = 0.475, W₁ = [[1.225, −0.8875], [0.55, 0.775]],
//!           b₁ = (0.225, −0.95).
//!
//! One-sample trace of a 2-1 network, w = (0.5, −1), x = (2, 1), y = 1 (all exact in f32):
//! - Linear head, b = 0.25: z = 1 − 1 + 0.25 = 0.25 = a; L = ½(0.25 − 1)² = 0.28125;
//!   δ = a − y = −0.75; ∂w = δ·x = (−1.5, −0.75); ∂b = −0.75.
//!   Link x₂ removed (w₂ := 0): z = 1.25 = a; L = ½·0.25² = 0.03125; δ = 0.25;
//!   ∂w = (0.5, 0) — the removed link reports 0, not δ·x₂; ∂b = 0.25.
//! - Sigmoid head with BCE, b = 0: z = 0, a = σ(0) = ½, L = ln 2; δ = a − y = −½;
//!   ∂w = (−1, −½); ∂b = −½.

use ndarray::{arr1, arr2, Array2};
use neurite_nn::*;

fn net() -> Network {
    let spec = NetworkSpec {
        inputs: 2,
        hidden: vec![LayerSpec::new(2, Activation::Relu)],
        outputs: 1,
        head: OutputHead::Linear,
    };
    let l0 = Dense::new(
        arr2(&[[1.0, -1.0], [1.0, 1.0]]),
        arr1(&[0.0, -0.5]),
        Activation::Relu,
        1.0,
        0.0,
    );
    let l1 = Dense::new(
        arr2(&[[1.0, -2.0]]),
        arr1(&[0.25]),
        Activation::Linear,
        1.0,
        0.0,
    );
    Network::from_parts(spec, vec![l0, l1]).expect("valid parts")
}

fn sample() -> Samples {
    Samples::new(arr2(&[[1.0, 0.5]]), arr2(&[[1.0]]))
}

fn close(a: f32, b: f32) {
    assert!((a - b).abs() < 1e-6, "{a} vs {b}");
}

#[test]
fn forward_and_gradients_by_hand() {
    let n = net();
    let acts = n.activations(sample().inputs.view()).expect("activations");
    assert_eq!(acts[1], arr2(&[[0.5, 1.0]]));
    assert_eq!(acts[2], arr2(&[[-1.25]]));
    assert_eq!(
        n.forward(sample().inputs.view()).expect("forward"),
        arr2(&[[-1.25]])
    );
    let g = n
        .gradients(&sample(), Loss::SquaredError)
        .expect("gradients");
    assert_eq!(g.weights[1], arr2(&[[-1.125, -2.25]]));
    assert_eq!(g.biases[1], arr1(&[-2.25]));
    assert_eq!(g.weights[0], arr2(&[[-2.25, -1.125], [4.5, 2.25]]));
    assert_eq!(g.biases[0], arr1(&[-2.25, 4.5]));
}

#[test]
fn one_sgd_step_by_hand() {
    let data = DataSplit {
        train: sample(),
        validation: Samples::empty(2, 1),
        test: Samples::empty(2, 1),
    };
    let cfg = TrainConfig {
        optimizer: OptimizerConfig {
            learning_rate: 0.1,
            ..OptimizerConfig::default()
        },
        batch_size: 1,
        ..TrainConfig::default()
    };
    let mut t = Trainer::new(net(), data, cfg).expect("trainer");
    let before = t.evaluate();
    assert_eq!(before.train_loss, Some(2.53125));
    assert_eq!((before.val_loss, before.train_acc), (None, None));
    t.train_epoch().expect("epoch");
    let n = t.network();
    let expect_w1 = [[1.225, -0.8875], [0.55, 0.775]];
    for (to, row) in expect_w1.iter().enumerate() {
        for (from, &w) in row.iter().enumerate() {
            close(n.weight(0, to, from).unwrap_or(f32::NAN), w);
        }
    }
    close(n.bias(0, 0).unwrap_or(f32::NAN), 0.225);
    close(n.bias(0, 1).unwrap_or(f32::NAN), -0.95);
    close(n.weight(1, 0, 0).unwrap_or(f32::NAN), 1.1125);
    close(n.weight(1, 0, 1).unwrap_or(f32::NAN), -1.775);
    close(n.bias(1, 0).unwrap_or(f32::NAN), 0.475);
    // New loss: z₁ = (1.225 − 0.44375 + 0.225, 0.55 + 0.3875 − 0.95) = (1.00625, −0.0125);
    // a₁ = (1.00625, 0); o = 1.1125·1.00625 + 0.475 = 1.594453125; L = ½·0.594453125².
    let m = &t.history()[0];
    assert_eq!(m.epoch, 1);
    assert!((m.train_loss.unwrap_or(f32::NAN) - 0.176_687_26).abs() < 1e-6);
}

#[test]
fn tanh_head_forward_by_hand() {
    // No hidden layer: o = tanh(0.5·2 − 1·1 + 0.25) = tanh(0.25) = 0.244918662…
    let n = two_one(OutputHead::Tanh, 0.25);
    let o = n
        .forward(
            Array2::from_shape_vec((1, 2), vec![2.0, 1.0])
                .expect("shape")
                .view(),
        )
        .expect("forward");
    assert!((o[[0, 0]] - 0.244_918_66).abs() < 1e-6);
}

/// The 2-1 network w = (0.5, −1), bias `bias`, with `head`.
fn two_one(head: OutputHead, bias: f32) -> Network {
    let spec = NetworkSpec {
        inputs: 2,
        hidden: vec![],
        outputs: 1,
        head,
    };
    let l0 = Dense::new(
        arr2(&[[0.5, -1.0]]),
        arr1(&[bias]),
        head.layer_activation(),
        1.0,
        0.0,
    );
    Network::from_parts(spec, vec![l0]).expect("parts")
}

#[test]
fn one_sample_trace_and_gradients_by_hand() {
    let (x, y) = ([2.0, 1.0], [1.0]);
    let mut n = two_one(OutputHead::Linear, 0.25);
    let t = n.trace(&x).expect("trace");
    assert_eq!((t.inputs.clone(), t.layers.len()), (x.to_vec(), 1));
    assert_eq!(
        (t.layers[0].z.clone(), t.output().to_vec()),
        (vec![0.25], vec![0.25])
    );
    let g = n
        .backprop_sample(&x, &y, Loss::SquaredError)
        .expect("gradients");
    assert_eq!(g.loss, 0.28125);
    assert_eq!(g.layers[0].delta, vec![-0.75]);
    assert_eq!(g.layers[0].weights, arr2(&[[-1.5, -0.75]]));
    assert_eq!(g.layers[0].bias, vec![-0.75]);

    n.set_link(0, 0, 1, false).expect("link");
    assert_eq!(n.trace(&x).expect("trace").layers[0].z, vec![1.25]);
    let g = n
        .backprop_sample(&x, &y, Loss::SquaredError)
        .expect("gradients");
    assert_eq!((g.loss, g.layers[0].delta.clone()), (0.03125, vec![0.25]));
    assert_eq!(g.layers[0].weights, arr2(&[[0.5, 0.0]]));
    assert_eq!(g.layers[0].bias, vec![0.25]);

    let s = two_one(OutputHead::Sigmoid, 0.0);
    assert_eq!(s.trace(&x).expect("trace").output(), &[0.5]);
    let g = s
        .backprop_sample(&x, &y, Loss::BinaryCrossEntropy)
        .expect("gradients");
    close(g.loss, std::f32::consts::LN_2);
    assert_eq!(g.layers[0].delta, vec![-0.5]);
    assert_eq!(g.layers[0].weights, arr2(&[[-1.0, -0.5]]));
    assert_eq!(g.layers[0].bias, vec![-0.5]);
}
