//! One sample traced forward and differentiated backward (`Network::trace`,
//! `Network::backprop_sample`) against the independent f64 oracle of `neurite_testkit`:
//! every activation × every valid head/loss pair, with removed links; and against the
//! engine's own batch gradients and one SGD step, which must agree to the bit.

use ndarray::Array2;
use neurite_nn::*;
use neurite_testkit::{
    assert_gradients_match, case_setup, cases, check_network, loss64, params, Case, Forward64,
};

fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() <= 1e-5 + 1e-5 * b.abs(), "{what}: {a} vs {b}");
}

/// The trace's `z` and `a`, and the sample's loss `loss`, against the oracle.
fn check_forward(net: &Network, case: &Case, x: &[f32], y: &[f32], loss: f32) -> Trace {
    let oracle = Forward64::run(&params(net), case.head, x);
    let trace = net.trace(x).expect("trace");
    assert_eq!(trace.inputs, x);
    for (l, lt) in trace.layers.iter().enumerate() {
        for j in 0..lt.z.len() {
            let at = format!("{case} layer {l} neuron {j}");
            close(lt.z[j] as f64, oracle.z[l][j], &at);
            close(lt.a[j] as f64, oracle.a[l][j], &at);
        }
    }
    let t64: Vec<f64> = y.iter().map(|&v| v as f64).collect();
    let want = loss64(case.loss, oracle.output(), &t64);
    close(loss as f64, want, "loss");
    trace
}

#[test]
fn one_sample_matches_the_oracle_and_finite_differences() {
    let mut checked = 0;
    for case in cases() {
        let (net, sample) = case_setup(&case, 300 + case.pair as u64, 1).expect("case");
        let (x, y) = (
            sample.inputs.row(0).to_vec(),
            sample.targets.row(0).to_vec(),
        );
        let g = net.backprop_sample(&x, &y, case.loss).expect("gradients");
        let trace = check_forward(&net, &case, &x, &y, g.loss);
        // The engine's batch gradients of a one-sample batch: the same code, the same bits.
        let batch = net.gradients(&sample, case.loss).expect("batch gradients");
        for (l, lg) in g.layers.iter().enumerate() {
            assert_eq!(lg.weights, batch.weights[l]);
            assert_eq!(lg.bias, batch.biases[l].to_vec());
            assert_eq!(lg.delta, lg.bias, "∂L/∂b = ∂L/∂z");
            let a_in = if l == 0 { &x } else { &trace.layers[l - 1].a };
            for ((to, from), &gw) in lg.weights.indexed_iter() {
                if net.link_enabled(l, to, from) == Some(true) {
                    let want = lg.delta[to] as f64 * a_in[from] as f64;
                    close(gw as f64, want, "∂L/∂w = δ·a");
                }
            }
        }
        let analytic = |l: usize, to: usize, from: Option<usize>| match from {
            Some(i) => g.layers[l].weights[[to, i]],
            None => g.layers[l].bias[to],
        };
        checked += assert_gradients_match(&net, &case, &sample, analytic);
    }
    assert!(checked > 2500, "only {checked} gradients checked");
}

#[test]
fn one_sgd_step_moves_by_exactly_the_sample_gradient() {
    let case = Case {
        act: Activation::Tanh,
        head: OutputHead::Tanh,
        loss: Loss::SquaredError,
        outputs: 1,
        pair: 2,
    };
    let net = check_network(&case, 5).expect("network");
    let x = Array2::from_shape_vec((1, 3), vec![0.3, -1.2, 0.8]).expect("shape");
    let y = Array2::from_shape_vec((1, 1), vec![-1.0]).expect("shape");
    let g = net
        .backprop_sample(&[0.3, -1.2, 0.8], &[-1.0], Loss::SquaredError)
        .expect("gradients");
    let lr = 0.05;
    let cfg = TrainConfig {
        optimizer: OptimizerConfig {
            learning_rate: lr,
            ..OptimizerConfig::default()
        },
        batch_size: 1,
        ..TrainConfig::default()
    };
    let data = DataSplit {
        train: Samples::new(x, y),
        validation: Samples::empty(3, 1),
        test: Samples::empty(3, 1),
    };
    let mut t = Trainer::new(net.clone(), data, cfg).expect("trainer");
    t.train_epoch().expect("epoch");
    // SGD: w − lr·g on every present, unfrozen weight (the frozen one stays), b − lr·g.
    for ((before, after), lg) in net.layers().iter().zip(t.network().layers()).zip(&g.layers) {
        for ((i, &w), &gw) in before.weights.indexed_iter().zip(&lg.weights) {
            let want = if before.frozen_weights[i] {
                w
            } else {
                w - lr * gw
            };
            assert_eq!(after.weights[i].to_bits(), want.to_bits(), "weight {i:?}");
        }
        for ((&b, &a), &gb) in before.bias.iter().zip(&after.bias).zip(&lg.bias) {
            assert_eq!(a.to_bits(), (b - lr * gb).to_bits());
        }
    }
}
