//! Finite-difference checks of batch and layer normalization against the independent f64
//! oracle (`neurite_testkit::norm_oracle`, a whole batch forward together since batch norm
//! couples its samples): every weight, bias, `γ`, `β` and input of 3-4-3-k networks whose
//! two hidden layers are normalized, for every smooth activation × every valid head/loss
//! pair. Training mode (batch statistics) through `Network::gradients`; inference mode
//! (running statistics held constant) through `Network::backprop_sample`. Kinked
//! activations (ReLU, Step, …) are left out: a step across the kink is not a derivative.

use neurite_nn::{Activation, Init, LayerSpec, Network, NetworkSpec, Normalization, Rng};
use neurite_testkit::{
    all_values, kinked, layers64, random_samples, rows64, Case, NormObjective, Value,
};

const KINDS: [[Normalization; 2]; 3] = [
    [Normalization::Batch, Normalization::Batch],
    [Normalization::Layer, Normalization::Layer],
    [Normalization::Batch, Normalization::Layer],
];

fn smooth_cases() -> impl Iterator<Item = Case> {
    neurite_testkit::cases().filter(|c| !kinked(c.act) && c.act != Activation::Step)
}

/// A 3-4-3-k network normalized by `kinds`, with γ in [0.5, 1.5], β in [−0.3, 0.3],
/// running means in [−0.5, 0.5] and variances in [0.5, 2] (so inference differs from
/// training and from the identity).
fn norm_network(case: &Case, kinds: [Normalization; 2], seed: u64) -> Network {
    let hidden = kinds
        .iter()
        .zip([4, 3])
        .map(|(&normalization, w)| LayerSpec {
            normalization,
            gain: 1.3,
            ..LayerSpec::new(w, case.act)
        })
        .collect();
    let spec = NetworkSpec {
        inputs: 3,
        hidden,
        outputs: case.outputs,
        head: case.head,
    };
    let mut net = Network::new(&spec, Init::Xavier, &mut Rng::new(seed)).expect("network");
    let mut rng = Rng::new(seed + 7);
    for d in net.layers_mut() {
        let p = &mut d.norm;
        p.gamma.mapv_inplace(|_| rng.uniform(0.5, 1.5) as f32);
        p.beta.mapv_inplace(|_| rng.uniform(-0.3, 0.3) as f32);
        p.running_mean
            .mapv_inplace(|_| rng.uniform(-0.5, 0.5) as f32);
        p.running_var.mapv_inplace(|_| rng.uniform(0.5, 2.0) as f32);
    }
    net
}

fn assert_close(analytic: f32, numeric: f64, what: &str) {
    let a = analytic as f64;
    assert!(
        (a - numeric).abs() <= 2e-4 + 2e-3 * numeric.abs(),
        "{what}: analytic {a} numeric {numeric}"
    );
}

#[test]
fn training_mode_gradients_match_finite_differences() {
    let mut checked = 0;
    for case in smooth_cases() {
        for (k, kinds) in KINDS.into_iter().enumerate() {
            for n in [7, 2, 1] {
                let seed = 300 + 10 * case.pair as u64 + k as u64;
                let net = norm_network(&case, kinds, seed);
                let data = random_samples(case.head, n, 3, case.outputs, &mut Rng::new(seed));
                let g = net.gradients(&data, case.loss).expect("gradients");
                let (layers, x) = (layers64(&net), rows64(&data.inputs));
                let objective = NormObjective {
                    head: case.head,
                    loss: case.loss,
                    y: &data.targets,
                    training: true,
                };
                for v in all_values(&layers, n) {
                    let analytic = match v {
                        Value::Weight { layer, to, from } => g.weights[layer][[to, from]],
                        Value::Bias { layer, neuron } => g.biases[layer][neuron],
                        Value::Gamma { layer, neuron } => g.gammas[layer][neuron],
                        Value::Beta { layer, neuron } => g.betas[layer][neuron],
                        Value::Input { sample, feature } => g.inputs[[sample, feature]],
                    };
                    let numeric = objective.central(&layers, &x, 1e-4, v);
                    assert_close(analytic, numeric, &format!("{case} {kinds:?} n={n} {v:?}"));
                    checked += 1;
                }
                if n == 1 && kinds[0] == Normalization::Batch {
                    // A batch of one: x̂ = 0, so nothing below the first batch norm learns.
                    let below = g.weights[0].iter().chain(&g.biases[0]).chain(&g.inputs);
                    assert!(below.copied().all(|v| v == 0.0), "{case}: batch of one");
                }
            }
        }
    }
    assert!(checked > 25_000, "only {checked} gradients checked");
}

#[test]
fn inference_mode_sample_gradients_match_finite_differences() {
    let mut checked = 0;
    for case in smooth_cases() {
        for (k, kinds) in KINDS.into_iter().enumerate() {
            let seed = 500 + 10 * case.pair as u64 + k as u64;
            let net = norm_network(&case, kinds, seed);
            let data = random_samples(case.head, 1, 3, case.outputs, &mut Rng::new(seed));
            let (x, y) = (data.inputs.row(0).to_vec(), data.targets.row(0).to_vec());
            let g = net.backprop_sample(&x, &y, case.loss).expect("backprop");
            let layers = layers64(&net);
            let objective = NormObjective {
                head: case.head,
                loss: case.loss,
                y: &data.targets,
                training: false,
            };
            let xs = rows64(&data.inputs);
            for v in all_values(&layers, 0) {
                let analytic = match v {
                    Value::Weight { layer, to, from } => g.layers[layer].weights[[to, from]],
                    Value::Bias { layer, neuron } => g.layers[layer].bias[neuron],
                    Value::Gamma { layer, neuron } => g.layers[layer].gamma[neuron],
                    Value::Beta { layer, neuron } => g.layers[layer].beta[neuron],
                    Value::Input { .. } => continue,
                };
                let numeric = objective.central(&layers, &xs, 1e-4, v);
                assert_close(analytic, numeric, &format!("{case} {kinds:?} {v:?}"));
                checked += 1;
            }
            // The trace's output is the oracle's inference output.
            let trace = net.trace(&x).expect("trace");
            let out = neurite_testkit::batch_forward64(&layers, case.head, &xs, false);
            let want = &out.last().expect("layers").1[0];
            for (o, w) in trace.output().iter().zip(want) {
                assert!((*o as f64 - w).abs() < 1e-5, "{case}: output {o} vs {w}");
            }
        }
    }
    assert!(checked > 5_000, "only {checked} gradients checked");
}
