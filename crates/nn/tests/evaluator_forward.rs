//! The heatmap evaluator and the training code's forward pass are two implementations of one
//! function: `GridEvaluator` (fused, neuron-major, slices of 256 points) and the `Workspace`
//! forward pass in `Mode::Inference` (`Network::activations` / `Network::forward`, chunks of
//! `EVAL_CHUNK` points). This proves them equal bit for bit, every neuron of every layer, on
//! random networks: every activation, every head, batch and layer norm with arbitrary γ, β
//! and running statistics, dropout set (and off, as inference has it), removed links,
//! several widths and depths, and point counts across both slicing boundaries.

use ndarray::Array2;
use neurite_nn::{
    Activation, GridEvaluator, Init, LayerSpec, Network, NetworkSpec, Normalization, OutputHead,
    Rng,
};
use proptest::prelude::*;

const HEADS: [OutputHead; 4] = [
    OutputHead::Linear,
    OutputHead::Tanh,
    OutputHead::Sigmoid,
    OutputHead::Softmax,
];
const NORMS: [Normalization; 3] = [
    Normalization::None,
    Normalization::Batch,
    Normalization::Layer,
];

/// One hidden layer's choices: width, activation, normalization, dropout on or off.
type Hidden = (usize, usize, usize, bool);

/// A network of this shape with Xavier weights from `seed`, then random biases, γ, β and
/// running statistics, and about a quarter of the links removed.
fn network(inputs: usize, hidden: &[Hidden], outputs: usize, head: usize, seed: u64) -> Network {
    let spec = NetworkSpec {
        inputs,
        hidden: hidden
            .iter()
            .map(|&(width, act, norm, dropout)| LayerSpec {
                normalization: NORMS[norm],
                dropout: if dropout { 0.5 } else { 0.0 },
                ..LayerSpec::new(width, Activation::ALL[act])
            })
            .collect(),
        // A softmax head needs two outputs at least.
        outputs: if HEADS[head] == OutputHead::Softmax {
            outputs.max(2)
        } else {
            outputs
        },
        head: HEADS[head],
    };
    let mut rng = Rng::new(seed);
    let mut net = Network::new(&spec, Init::Xavier, &mut rng).unwrap_or_else(|e| panic!("{e}"));
    let mut u = |lo: f64, hi: f64| rng.uniform(lo, hi) as f32;
    for d in net.layers_mut() {
        d.bias.mapv_inplace(|_| u(-1.0, 1.0));
        let p = &mut d.norm;
        p.gamma.mapv_inplace(|_| u(0.2, 2.0));
        p.beta.mapv_inplace(|_| u(-1.0, 1.0));
        p.running_mean.mapv_inplace(|_| u(-1.0, 1.0));
        p.running_var.mapv_inplace(|_| u(0.01, 3.0));
    }
    let shapes: Vec<(usize, usize)> = net.layers().iter().map(|d| d.weights.dim()).collect();
    for (l, (to, from)) in shapes.into_iter().enumerate() {
        for o in 0..to {
            for i in 0..from {
                if rng.below(4) == 0 {
                    net.set_link(l, o, i, false)
                        .unwrap_or_else(|e| panic!("{e}"));
                }
            }
        }
    }
    net
}

/// Fails unless the evaluator's per-neuron maps equal the inference forward pass's
/// activations (and `forward`'s outputs) bit for bit.
fn same_bits(net: &Network, points: usize, seed: u64) -> Result<(), TestCaseError> {
    let d = net.spec().inputs;
    let mut rng = Rng::new(seed ^ 0x9e37_79b9);
    let pts = Array2::from_shape_fn((points, d), |_| rng.uniform(-6.0, 6.0) as f32);
    let mut eval = GridEvaluator::new();
    eval.evaluate(net, pts.view())
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let acts = net
        .activations(pts.view())
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(eval.layers(), acts.len());
    for (l, a) in acts.iter().enumerate() {
        for (j, col) in a.columns().into_iter().enumerate() {
            let got = eval.neuron(l, j).unwrap_or_default();
            let want: Vec<u32> = col.iter().map(|v| v.to_bits()).collect();
            let got: Vec<u32> = got.iter().map(|v| v.to_bits()).collect();
            prop_assert!(got == want, "layer {} neuron {}", l, j);
        }
    }
    let out = net
        .forward(pts.view())
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let last = acts.last().map(|a| a.mapv(f32::to_bits));
    prop_assert_eq!(Some(out.mapv(f32::to_bits)), last);
    Ok(())
}

#[test]
fn every_activation_norm_and_head_gives_the_same_bits() {
    // Deterministic coverage of every combination, beside the random search below.
    for (k, act) in Activation::ALL.into_iter().enumerate() {
        for (norm, kind) in NORMS.iter().enumerate() {
            let hidden = [(7, k, norm, k % 2 == 0), (3, k, 2 - norm, k % 2 == 1)];
            let net = network(3, &hidden, 2, (k + norm) % HEADS.len(), k as u64);
            if let Err(e) = same_bits(&net, 300, k as u64) {
                panic!("{act:?} {kind:?}: {e}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn grid_evaluator_is_the_inference_forward_pass(
        inputs in 1usize..=5,
        hidden in prop::collection::vec(
            (1usize..=12, 0..Activation::ALL.len(), 0..NORMS.len(), any::<bool>()),
            0..=4,
        ),
        outputs in 1usize..=4,
        head in 0..HEADS.len(),
        points in prop_oneof![1usize..=20, 250usize..=530, 1020usize..=1100],
        seed in any::<u64>(),
    ) {
        let net = network(inputs, &hidden, outputs, head, seed);
        same_bits(&net, points, seed)?;
    }
}
