//! Finite-difference gradient checks against an independent oracle.
//!
//! The oracle is a naive f64 scalar forward pass + loss written here from the formulas (it
//! shares nothing with the engine but the parameter values). Central differences
//! `(L(θ+h) − L(θ−h)) / 2h` in f64 are compared with the engine's analytic f32 gradients for
//! every activation × every valid head/loss pair, with removed links and frozen weights.
//! Parameters whose perturbation moves a kinked activation (ReLU, Step, …) across its kink
//! are skipped; removed links must report exactly 0.

use ndarray::Array2;
use neurite_nn::{
    Activation, Init, LayerSpec, Loss, Network, NetworkSpec, OutputHead, Rng, Samples,
};

fn act64(a: Activation, z: f64, gain: f64) -> f64 {
    let sig = |x: f64| 1.0 / (1.0 + (-x).exp());
    match a {
        Activation::Linear => z,
        Activation::Relu => z.max(0.0),
        Activation::LeakyRelu => {
            if z > 0.0 {
                z
            } else {
                0.01 * z
            }
        }
        Activation::Elu => {
            if z > 0.0 {
                z
            } else {
                z.exp() - 1.0
            }
        }
        Activation::Sigmoid => sig(gain * z),
        Activation::Tanh => z.tanh(),
        Activation::Step => {
            if z > 0.0 {
                1.0
            } else {
                0.0
            }
        }
        Activation::Softplus => (1.0 + z.exp()).ln(),
        Activation::Silu => z * sig(z),
        Activation::Gelu => {
            let k = (2.0 / std::f64::consts::PI).sqrt();
            0.5 * z * (1.0 + (k * (z + 0.044715 * z * z * z)).tanh())
        }
        Activation::Sine => z.sin(),
    }
}

fn kinked(a: Activation) -> bool {
    matches!(
        a,
        Activation::Relu | Activation::LeakyRelu | Activation::Elu | Activation::Step
    )
}

/// Parameters as f64: per layer (weights out×in, bias, activation, gain).
type Params = Vec<(Vec<Vec<f64>>, Vec<f64>, Activation, f64)>;

fn params(net: &Network) -> Params {
    net.layers()
        .iter()
        .map(|d| {
            let w = d
                .weights
                .rows()
                .into_iter()
                .map(|r| r.iter().map(|&v| v as f64).collect())
                .collect();
            (
                w,
                d.bias.iter().map(|&v| v as f64).collect(),
                d.activation,
                d.gain as f64,
            )
        })
        .collect()
}

/// Mean loss over the batch and the sign pattern of kinked pre-activations.
fn oracle(
    p: &Params,
    head: OutputHead,
    loss: Loss,
    x: &Array2<f32>,
    y: &Array2<f32>,
) -> (f64, Vec<bool>) {
    let mut total = 0.0;
    let mut pattern = Vec::new();
    for s in 0..x.nrows() {
        let mut a: Vec<f64> = x.row(s).iter().map(|&v| v as f64).collect();
        let mut z = Vec::new();
        for (l, (w, b, act, gain)) in p.iter().enumerate() {
            z = w
                .iter()
                .zip(b)
                .map(|(row, bo)| bo + row.iter().zip(&a).map(|(wi, ai)| wi * ai).sum::<f64>())
                .collect();
            if l + 1 < p.len() {
                if kinked(*act) {
                    pattern.extend(z.iter().map(|&v| v > 0.0));
                }
                a = z.iter().map(|&v| act64(*act, v, *gain)).collect();
            }
        }
        let t: Vec<f64> = y.row(s).iter().map(|&v| v as f64).collect();
        let o: Vec<f64> = match head {
            OutputHead::Linear => z.clone(),
            OutputHead::Tanh => z.iter().map(|v| v.tanh()).collect(),
            OutputHead::Sigmoid => z.iter().map(|v| 1.0 / (1.0 + (-v).exp())).collect(),
            OutputHead::Softmax => {
                let e: Vec<f64> = z.iter().map(|v| v.exp()).collect();
                let sum: f64 = e.iter().sum();
                e.iter().map(|v| v / sum).collect()
            }
        };
        total += o
            .iter()
            .zip(&t)
            .map(|(&o, &t)| match loss {
                Loss::SquaredError => 0.5 * (o - t) * (o - t),
                Loss::Huber => {
                    if (o - t).abs() <= 1.0 {
                        0.5 * (o - t) * (o - t)
                    } else {
                        (o - t).abs() - 0.5
                    }
                }
                Loss::BinaryCrossEntropy => -(t * o.ln() + (1.0 - t) * (1.0 - o).ln()),
                Loss::CrossEntropy => -t * o.ln(),
            })
            .sum::<f64>();
    }
    (total / x.nrows() as f64, pattern)
}

fn batch(head: OutputHead, n: usize, d: usize, k: usize, rng: &mut Rng) -> Samples {
    let x = Array2::from_shape_simple_fn((n, d), || rng.uniform(-1.5, 1.5) as f32);
    let mut y = Array2::zeros((n, k));
    for s in 0..n {
        for j in 0..k {
            y[[s, j]] = match head {
                OutputHead::Linear => rng.uniform(-1.0, 1.0) as f32,
                OutputHead::Tanh => {
                    if rng.next_f64() < 0.5 {
                        -1.0
                    } else {
                        1.0
                    }
                }
                OutputHead::Sigmoid => {
                    if rng.next_f64() < 0.5 {
                        0.0
                    } else {
                        1.0
                    }
                }
                OutputHead::Softmax => 0.0,
            };
        }
        if head == OutputHead::Softmax {
            y[[s, rng.below(k)]] = 1.0;
        }
    }
    Samples::new(x, y)
}

const PAIRS: [(OutputHead, Loss); 7] = [
    (OutputHead::Linear, Loss::SquaredError),
    (OutputHead::Linear, Loss::Huber),
    (OutputHead::Tanh, Loss::SquaredError),
    (OutputHead::Tanh, Loss::Huber),
    (OutputHead::Sigmoid, Loss::BinaryCrossEntropy),
    (OutputHead::Sigmoid, Loss::SquaredError),
    (OutputHead::Softmax, Loss::CrossEntropy),
];

#[test]
fn analytic_gradients_match_finite_differences() {
    let h = 1e-4;
    let mut checked = 0;
    for act in Activation::ALL {
        for (pi, &(head, loss)) in PAIRS.iter().enumerate() {
            let k = if head == OutputHead::Softmax { 3 } else { 2 };
            let mut hidden = vec![LayerSpec::new(4, act), LayerSpec::new(3, act)];
            hidden[0].gain = 1.3;
            let spec = NetworkSpec {
                inputs: 3,
                hidden,
                outputs: k,
                head,
            };
            let seed = 100 + pi as u64;
            let mut net =
                Network::new(&spec, Init::Xavier, &mut Rng::new(seed)).expect("valid spec");
            // Larger weights than Xavier so saturating activations are exercised.
            for l in net.layers_mut() {
                l.weights.mapv_inplace(|w| w * 2.0);
                l.bias.mapv_inplace(|_| 0.05);
            }
            net.set_link(0, 1, 2, false).expect("link");
            net.set_link(1, 2, 0, false).expect("link");
            net.set_weight_frozen(1, 0, 1, true).expect("freeze");
            let data = batch(head, 7, 3, k, &mut Rng::new(seed + 1000));
            let grads = net.gradients(&data, loss).expect("gradients");
            let base = params(&net);
            let (_, pattern) = oracle(&base, head, loss, &data.inputs, &data.targets);
            for l in 0..base.len() {
                let (rows, cols) = (base[l].0.len(), base[l].0[0].len());
                for to in 0..rows {
                    for from in 0..=cols {
                        let is_bias = from == cols;
                        let analytic = if is_bias {
                            grads.biases[l][to]
                        } else {
                            grads.weights[l][[to, from]]
                        } as f64;
                        if !is_bias && net.link_enabled(l, to, from) == Some(false) {
                            assert_eq!(analytic, 0.0, "removed link must have zero gradient");
                            continue;
                        }
                        let eval = |delta: f64| {
                            let mut p = base.clone();
                            if is_bias {
                                p[l].1[to] += delta
                            } else {
                                p[l].0[to][from] += delta
                            }
                            oracle(&p, head, loss, &data.inputs, &data.targets)
                        };
                        let ((lp, pp), (lm, pm)) = (eval(h), eval(-h));
                        if pp != pattern || pm != pattern {
                            continue; // perturbation crosses a kink: not differentiable here
                        }
                        let numeric = (lp - lm) / (2.0 * h);
                        let tol = 2e-4 + 2e-3 * numeric.abs();
                        assert!(
                            (analytic - numeric).abs() <= tol,
                            "{act:?} {head:?}/{loss:?} layer {l} to {to} from {from}: analytic {analytic} numeric {numeric}"
                        );
                        if act == Activation::Step && l == 0 {
                            assert_eq!(analytic, 0.0, "nothing below a Step layer learns");
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 2000, "only {checked} gradients checked");
}
