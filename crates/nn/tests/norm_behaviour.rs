//! Batch and layer normalization by hand and in training: a hand-computed 1-2-1 batch of
//! three, inference on running statistics (which converge to the data's), a batch of one,
//! bit-identical heatmaps, γ/β learning under every optimizer and the divergence site.

use ndarray::{arr1, arr2, Array2};
use neurite_nn::{
    Activation, Dense, DivergenceSite, GridEvaluator, Init, LayerSpec, Loss, Mode, Network,
    NetworkSpec, NonFinite, Normalization, OptimizerKind, OutputHead, Rng, Samples, Status,
    StopReason, Trainer,
};
use neurite_testkit::{train_config, train_only};

/// 1 → 2 (linear, `kind`) → 1 (linear): `W₀ = [1, 2]ᵀ`, `b₀ = [0, 1]`, `γ = [2, 1]`,
/// `β = [0.5, −1]`, `W₁ = [1, 1]`, `b₁ = 0`.
fn hand_net(kind: Normalization) -> Network {
    let spec = NetworkSpec {
        inputs: 1,
        hidden: vec![LayerSpec {
            normalization: kind,
            ..LayerSpec::new(2, Activation::Linear)
        }],
        outputs: 1,
        head: OutputHead::Linear,
    };
    let mut l0 = Dense::new(
        arr2(&[[1.0], [2.0]]),
        arr1(&[0.0, 1.0]),
        Activation::Linear,
        1.0,
        0.0,
    )
    .with_normalization(kind);
    l0.norm.gamma = arr1(&[2.0, 1.0]);
    l0.norm.beta = arr1(&[0.5, -1.0]);
    let l1 = Dense::new(
        arr2(&[[1.0, 1.0]]),
        arr1(&[0.0]),
        Activation::Linear,
        1.0,
        0.0,
    );
    Network::from_parts(spec, vec![l0, l1]).expect("hand network")
}

fn three() -> Samples {
    Samples::new(arr2(&[[1.0], [2.0], [3.0]]), Array2::zeros((3, 1)))
}

fn close(a: f32, b: f64, tol: f64) -> bool {
    (a as f64 - b).abs() <= tol
}

#[test]
fn batch_norm_of_three_samples_by_hand() {
    // z₀ = [1, 2, 3]: μ = 2, σ² = 2/3 → x̂ = ±1/√(2/3 + 10⁻⁵) = ±1.2247357;
    // z₁ = [3, 5, 7]: μ = 5, σ² = 8/3 → x̂ = ±2/√(8/3 + 10⁻⁵) = ±1.2247426.
    let net = hand_net(Normalization::Batch);
    let x = three().inputs;
    let layers = net.batch_layers(x.view(), Mode::Training { dropout: None });
    let layers = layers.expect("batch");
    let y = layers[0].normalized.as_ref().expect("normalized");
    let want_y = [
        [-1.949_471_4, -2.224_742_6],
        [0.5, -1.0],
        [2.949_471_4, 0.224_742_6],
    ];
    for (s, row) in want_y.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            assert!(close(y[[s, j]], v, 1e-5), "y[{s}][{j}] = {}", y[[s, j]]);
        }
    }
    let out = &layers[1].a;
    for (s, v) in [-4.174_213_9, -0.5, 3.174_213_9].into_iter().enumerate() {
        assert!(close(out[[s, 0]], v, 1e-5), "out {s} = {}", out[[s, 0]]);
    }
    // L̄ = (1/3)Σ ½o² with targets 0: ∂β = mean(o) = −0.5 for both neurons,
    // ∂γⱼ = (1/3)Σ o·x̂ⱼ, and the bias before batch norm has no effect at all.
    let g = net
        .gradients(&three(), Loss::SquaredError)
        .expect("gradients");
    assert!(close(g.betas[0][0], -0.5, 1e-6) && close(g.betas[0][1], -0.5, 1e-6));
    assert!(
        close(g.gammas[0][0], 2.999_960_6, 1e-5),
        "{}",
        g.gammas[0][0]
    );
    assert!(
        close(g.gammas[0][1], 2.999_977_5, 1e-5),
        "{}",
        g.gammas[0][1]
    );
    assert!(
        g.biases[0].iter().all(|v| v.abs() < 1e-6),
        "{:?}",
        g.biases[0]
    );
}

#[test]
fn layer_norm_is_per_sample_and_the_same_in_both_modes() {
    // Sample x = 1: z = [1, 3] → μ = 2, σ² = 1 → x̂ = [−1, 1]/√(1 + 10⁻⁵).
    let net = hand_net(Normalization::Layer);
    let x = three().inputs;
    let train = net.batch_layers(x.view(), Mode::Training { dropout: None });
    let infer = net.batch_layers(x.view(), Mode::Inference);
    let (train, infer) = (train.expect("train"), infer.expect("infer"));
    let k = 0.999_995_000_037_5;
    let y = train[0].normalized.as_ref().expect("normalized");
    assert!(close(y[[0, 0]], -2.0 * k + 0.5, 1e-6) && close(y[[0, 1]], k - 1.0, 1e-6));
    assert_eq!(train, infer, "layer norm has no batch statistics");
    // Samples do not interact: a one-sample batch gives that row of the whole batch.
    let one = net.batch_layers(
        x.slice(ndarray::s![0..1, ..]),
        Mode::Training { dropout: None },
    );
    assert_eq!(one.expect("one")[1].a.row(0), train[1].a.row(0));
}

#[test]
fn inference_uses_running_statistics_which_converge_to_the_data() {
    // One full-batch step at learning rate 0: only the running statistics move, from
    // (μ̄, σ̄²) = (0, 1) to 0.9·(0, 1) + 0.1·(μ, unbiased σ²) = ([0.2, 0.5], [1.0, 1.3]).
    let mut cfg = train_config(OptimizerKind::Sgd, 0.0, 3);
    cfg.loss = Loss::SquaredError;
    let mut t = Trainer::new(
        hand_net(Normalization::Batch),
        train_only(three()),
        cfg.clone(),
    )
    .expect("trainer");
    t.train_epoch().expect("epoch");
    let p = &t.network().layers()[0].norm;
    assert!(close(p.running_mean[0], 0.2, 1e-6) && close(p.running_mean[1], 0.5, 1e-6));
    assert!(close(p.running_var[0], 1.0, 1e-6) && close(p.running_var[1], 1.3, 1e-6));
    // At x = 2: x̂ = [(2 − 0.2)/√(1 + ε), (5 − 0.5)/√(1.3 + ε)] → o = 7.0467279, while a
    // training-mode batch of that one point gives x̂ = 0, o = β₀ + β₁ = −0.5.
    let x = arr2(&[[2.0f32]]);
    let o = t.network().forward(x.view()).expect("forward")[[0, 0]];
    assert!(close(o, 7.046_727_9, 1e-5), "inference {o}");
    let train = t
        .network()
        .batch_layers(x.view(), Mode::Training { dropout: None });
    assert_eq!(train.expect("train")[1].a[[0, 0]], -0.5);
    // 200 more full-batch steps: the geometric average has forgotten its start (0.9²⁰⁰).
    for _ in 0..200 {
        t.train_epoch().expect("epoch");
    }
    let p = &t.network().layers()[0].norm;
    let want = [(2.0, 1.0), (5.0, 4.0)]; // mean and unbiased variance of z₀, z₁
    for (j, (m, v)) in want.into_iter().enumerate() {
        assert!(
            close(p.running_mean[j], m, 1e-4),
            "mean {j}: {}",
            p.running_mean[j]
        );
        assert!(
            close(p.running_var[j], v, 1e-4),
            "var {j}: {}",
            p.running_var[j]
        );
    }
    // Mini-batches of 10 from 400 points x ∈ [−1, 1]: mean ≈ 0, variance ≈ 1/3 for z₀.
    let xs = Array2::from_shape_fn((400, 1), |(i, _)| i as f32 / 199.5 - 1.0);
    let data = train_only(Samples::new(xs, Array2::zeros((400, 1))));
    let mut t = Trainer::new(
        hand_net(Normalization::Batch),
        data,
        train_config(OptimizerKind::Sgd, 0.0, 10),
    )
    .expect("trainer");
    t.run(5);
    let p = &t.network().layers()[0].norm;
    assert!(p.running_mean[0].abs() < 0.1, "{}", p.running_mean[0]);
    assert!(
        (p.running_var[0] - 1.0 / 3.0).abs() < 0.1,
        "{}",
        p.running_var[0]
    );
}

#[test]
fn a_batch_of_one_outputs_beta_and_trains_without_nan() {
    let net = hand_net(Normalization::Batch);
    let one = net.batch_layers(arr2(&[[2.5f32]]).view(), Mode::Training { dropout: None });
    let one = one.expect("one");
    assert_eq!(
        one[0].normalized.as_ref().map(|y| y.row(0).to_vec()),
        Some(vec![0.5, -1.0])
    );
    let sample = Samples::new(arr2(&[[2.5]]), arr2(&[[1.0]]));
    let g = net
        .gradients(&sample, Loss::SquaredError)
        .expect("gradients");
    assert!(g.weights[0].iter().chain(&g.biases[0]).all(|&v| v == 0.0));
    assert_eq!(g.betas[0].to_vec(), vec![-1.5, -1.5]); // o − y = −0.5 − 1
                                                       // Batch size 1 for a whole run: every step is a batch of one.
    let xs = Array2::from_shape_fn((20, 1), |(i, _)| i as f32 / 10.0 - 1.0);
    let data = train_only(Samples::new(xs.clone(), xs.mapv(|v| 2.0 * v)));
    let mut t =
        Trainer::new(net, data, train_config(OptimizerKind::Adam, 0.01, 1)).expect("trainer");
    assert_eq!(t.run(5), &Status::Stopped(StopReason::MaxEpochs));
    assert!(t
        .history()
        .iter()
        .all(|m| m.train_loss.is_some_and(f32::is_finite)));
}

fn spiral_net(kind: Normalization, act: Activation, seed: u64) -> Network {
    let spec = NetworkSpec {
        inputs: 2,
        hidden: vec![
            LayerSpec {
                normalization: kind,
                ..LayerSpec::new(6, act)
            },
            LayerSpec {
                normalization: kind,
                dropout: 0.1,
                ..LayerSpec::new(5, act)
            },
        ],
        outputs: 1,
        head: OutputHead::Tanh,
    };
    Network::new(&spec, Init::Xavier, &mut Rng::new(seed)).expect("network")
}

#[test]
fn every_optimizer_trains_gamma_and_beta_and_heatmaps_keep_the_bits() {
    let data = train_only(neurite_testkit::spiral_samples(100));
    let pts = Array2::from_shape_fn((517, 2), |(s, j)| (s * 7 + j * 13) as f32 % 11.0 - 5.0);
    let mut eval = GridEvaluator::new();
    for (k, kind) in [Normalization::Batch, Normalization::Layer]
        .into_iter()
        .enumerate()
    {
        for (o, opt) in [
            OptimizerKind::Sgd,
            OptimizerKind::Momentum,
            OptimizerKind::Adam,
        ]
        .into_iter()
        .enumerate()
        {
            let act = Activation::ALL[(3 * k + o) % Activation::ALL.len()];
            let net = spiral_net(kind, act, (k * 3 + o) as u64);
            let cfg = train_config(opt, 0.01, 10);
            let mut t = Trainer::new(net, data.clone(), cfg).expect("trainer");
            t.run(3);
            let net = t.network();
            let p = &net.layers()[0].norm;
            assert!(
                p.gamma.iter().any(|&g| g != 1.0),
                "{kind:?} {opt:?}: γ learned"
            );
            assert!(
                p.beta.iter().any(|&b| b != 0.0),
                "{kind:?} {opt:?}: β learned"
            );
            eval.evaluate(net, pts.view()).expect("evaluate");
            let want = net.neuron_activations(pts.view()).expect("activations");
            for (l, map) in want.iter().enumerate() {
                let got = eval.layer(l).unwrap_or_default();
                let same = map.iter().zip(got).all(|(a, b)| a.to_bits() == b.to_bits());
                assert!(same, "{kind:?} {act:?}: layer {l} heatmap bits");
            }
        }
    }
}

#[test]
fn non_finite_running_statistics_are_a_normalization_divergence() {
    // z₀ ≈ ±10²⁰ is finite, but its variance (10⁴⁰) overflows: x̂ = (z − μ)·0 = 0, every
    // weight stays finite, and the running variance becomes +∞.
    let mut net = hand_net(Normalization::Batch);
    net.layers_mut()[0].weights[[0, 0]] = 1e20;
    let before = net.clone();
    let mut t = Trainer::new(
        net,
        train_only(three()),
        train_config(OptimizerKind::Sgd, 0.1, 3),
    )
    .expect("trainer");
    assert!(t.train_epoch().is_err());
    let want = StopReason::Diverged {
        epoch: 1,
        site: DivergenceSite::Normalization { layer: 0 },
        value: NonFinite::PosInf,
    };
    assert_eq!(t.status(), &Status::Stopped(want));
    assert_eq!(
        t.network(),
        &before,
        "rolled back, running statistics included"
    );
}
