//! One sample traced forward and differentiated backward (`Network::trace`,
//! `Network::backprop_sample`) against the independent f64 oracle of `neurite_testkit`:
//! every activation × every valid head/loss pair, with removed links; and against the
//! engine's own batch gradients and one SGD step, which must agree to the bit.

use ndarray::Array2;
use neurite_nn::*;
use neurite_testkit::{loss64, numeric_gradient, params, random_samples, Forward64, PAIRS};

fn network(act: Activation, head: OutputHead, k: usize, seed: u64) -> Network {
    let mut hidden = vec![LayerSpec::new(4, act), LayerSpec::new(3, act)];
    hidden[1].gain = 0.7;
    let spec = NetworkSpec {
        inputs: 3,
        hidden,
        outputs: k,
        head,
    };
    let mut net = Network::new(&spec, Init::Xavier, &mut Rng::new(seed)).expect("valid spec");
    for l in net.layers_mut() {
        l.weights.mapv_inplace(|w| w * 1.5);
        l.bias.mapv_inplace(|_| -0.1);
    }
    net.set_link(0, 2, 1, false).expect("link");
    net.set_link(2, 0, 1, false).expect("link");
    net
}

fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() <= 1e-5 + 1e-5 * b.abs(), "{what}: {a} vs {b}");
}

#[test]
fn one_sample_matches_the_oracle_and_finite_differences() {
    let h = 1e-4;
    let mut checked = 0;
    for act in Activation::ALL {
        for (pi, &(head, loss)) in PAIRS.iter().enumerate() {
            let k = if head == OutputHead::Softmax { 3 } else { 2 };
            let seed = 300 + pi as u64;
            let net = network(act, head, k, seed);
            let sample = random_samples(head, 1, 3, k, &mut Rng::new(seed + 7));
            let (x, y) = (&sample.inputs, &sample.targets);
            let (xr, yr) = (x.row(0).to_vec(), y.row(0).to_vec());
            let base = params(&net);
            let oracle = Forward64::run(&base, head, &xr);

            let trace = net.trace(&xr).expect("trace");
            assert_eq!(trace.inputs, xr);
            for (l, lt) in trace.layers.iter().enumerate() {
                for j in 0..lt.z.len() {
                    close(
                        lt.z[j] as f64,
                        oracle.z[l][j],
                        &format!("{act:?} z[{l}][{j}]"),
                    );
                    close(
                        lt.a[j] as f64,
                        oracle.a[l][j],
                        &format!("{act:?} a[{l}][{j}]"),
                    );
                }
            }

            let g = net.backprop_sample(&xr, &yr, loss).expect("gradients");
            let t64: Vec<f64> = yr.iter().map(|&v| v as f64).collect();
            close(g.loss as f64, loss64(loss, oracle.output(), &t64), "loss");
            // The engine's batch gradients of a one-sample batch: the same code, the same bits.
            let batch = net.gradients(&sample, loss).expect("batch gradients");
            for (l, lg) in g.layers.iter().enumerate() {
                assert_eq!(lg.weights, batch.weights[l]);
                assert_eq!(lg.bias, batch.biases[l].to_vec());
                assert_eq!(lg.delta, lg.bias, "∂L/∂b = ∂L/∂z");
                for ((to, from), &gw) in lg.weights.indexed_iter() {
                    if net.link_enabled(l, to, from) == Some(false) {
                        assert_eq!(gw, 0.0, "removed link must have zero gradient");
                        continue;
                    }
                    let dz = lg.delta[to] as f64;
                    let a_in = if l == 0 {
                        xr[from]
                    } else {
                        trace.layers[l - 1].a[from]
                    };
                    close(gw as f64, dz * a_in as f64, "∂L/∂w = δ·a");
                }
                for to in 0..lg.bias.len() {
                    for from in
                        (0..=lg.weights.ncols()).map(|i| (i < lg.weights.ncols()).then_some(i))
                    {
                        if from.is_some_and(|i| net.link_enabled(l, to, i) == Some(false)) {
                            continue;
                        }
                        let Some(numeric) =
                            numeric_gradient(&base, head, loss, x, y, l, to, from, h)
                        else {
                            continue; // the step crosses a kink
                        };
                        let analytic = match from {
                            Some(i) => lg.weights[[to, i]],
                            None => lg.bias[to],
                        } as f64;
                        let tol = 2e-4 + 2e-3 * numeric.abs();
                        assert!(
                            (analytic - numeric).abs() <= tol,
                            "{act:?} {head:?}/{loss:?} layer {l} to {to} from {from:?}: analytic {analytic} numeric {numeric}"
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 2500, "only {checked} gradients checked");
}

#[test]
fn one_sgd_step_moves_by_exactly_the_sample_gradient() {
    let net = network(Activation::Tanh, OutputHead::Tanh, 1, 5);
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
    for ((before, after), lg) in net.layers().iter().zip(t.network().layers()).zip(&g.layers) {
        let want_w = &before.weights - &(lg.weights.mapv(|v| lr * v));
        assert_eq!(after.weights, want_w);
        for ((&b, &a), &gb) in before.bias.iter().zip(&after.bias).zip(&lg.bias) {
            assert_eq!(a.to_bits(), (b - lr * gb).to_bits());
        }
    }
}
