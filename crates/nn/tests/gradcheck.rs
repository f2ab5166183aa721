//! Finite-difference gradient checks against an independent oracle.
//!
//! The oracle (`neurite_testkit::oracle`) is a naive f64 scalar forward pass + loss written
//! from the formulas (it shares nothing with the engine but the parameter values). Central
//! differences `(L(θ+h) − L(θ−h)) / 2h` in f64 are compared with the engine's analytic f32
//! gradients for every activation × every valid head/loss pair, with removed links and
//! frozen weights. Parameters whose perturbation moves a kinked activation (ReLU, Step, …)
//! across its kink are skipped; removed links must report exactly 0.

use neurite_nn::{Activation, Init, LayerSpec, Network, NetworkSpec, OutputHead, Rng};
use neurite_testkit::{numeric_gradient, params, random_samples, PAIRS};

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
            let data = random_samples(head, 7, 3, k, &mut Rng::new(seed + 1000));
            let (x, y) = (&data.inputs, &data.targets);
            let grads = net.gradients(&data, loss).expect("gradients");
            let base = params(&net);
            for l in 0..base.len() {
                let (rows, cols) = (base[l].0.len(), base[l].0[0].len());
                for to in 0..rows {
                    for from in 0..=cols {
                        let from = (from < cols).then_some(from);
                        let analytic = match from {
                            None => grads.biases[l][to],
                            Some(i) => grads.weights[l][[to, i]],
                        } as f64;
                        if from.is_some_and(|i| net.link_enabled(l, to, i) == Some(false)) {
                            assert_eq!(analytic, 0.0, "removed link must have zero gradient");
                            continue;
                        }
                        let Some(numeric) =
                            numeric_gradient(&base, head, loss, x, y, l, to, from, h)
                        else {
                            continue; // perturbation crosses a kink: not differentiable here
                        };
                        let tol = 2e-4 + 2e-3 * numeric.abs();
                        assert!(
                            (analytic - numeric).abs() <= tol,
                            "{act:?} {head:?}/{loss:?} layer {l} to {to} from {from:?}: analytic {analytic} numeric {numeric}"
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
