//! The gradient check both the batch and the one-sample tests run: every parameter's
//! analytic gradient against central differences of the f64 oracle, on networks built to
//! exercise saturation, gains, removed links and a frozen weight.

use neurite_nn::{Init, LayerSpec, Network, NetworkSpec, NnError, Rng, Samples};

use crate::cases::{random_samples, Case};
use crate::oracle::{params, Objective};

/// For `case`, a 3-4-3-`outputs` network with the case's activation in both hidden layers
/// (the first with gain 1.3), Xavier weights from `seed` doubled so saturating activations
/// are exercised, biases 0.05, links 2→1 of layer 0 and 0→2 of layer 1 removed, and weight
/// 1→0 of layer 1 frozen.
pub fn check_network(case: &Case, seed: u64) -> Result<Network, NnError> {
    let mut hidden = vec![LayerSpec::new(4, case.act), LayerSpec::new(3, case.act)];
    hidden[0].gain = 1.3;
    let spec = NetworkSpec {
        inputs: 3,
        hidden,
        outputs: case.outputs,
        head: case.head,
    };
    let mut net = Network::new(&spec, Init::Xavier, &mut Rng::new(seed))?;
    for l in net.layers_mut() {
        l.weights.mapv_inplace(|w| w * 2.0);
        l.bias.mapv_inplace(|_| 0.05);
    }
    net.set_link(0, 1, 2, false)?;
    net.set_link(1, 2, 0, false)?;
    net.set_weight_frozen(1, 0, 1, true)?;
    Ok(net)
}

/// `case`'s [`check_network`] from `seed` and `n` random samples for it (from `seed + 1000`,
/// see [`random_samples`]).
pub fn case_setup(case: &Case, seed: u64, n: usize) -> Result<(Network, Samples), NnError> {
    let net = check_network(case, seed)?;
    let rng = &mut Rng::new(seed + 1000);
    Ok((net, random_samples(case.head, n, 3, case.outputs, rng)))
}

/// Compares `analytic(l, to, from)` (`from = None`: the bias of `to`) with the central
/// difference (step `1e-4`, tolerance `2·10⁻⁴ + 2·10⁻³·|numeric|`) of the oracle's mean
/// loss of `case` over `samples`, for every parameter of `net`. A removed link must report
/// exactly 0; a step that crosses a kink is skipped. Returns how many gradients were
/// compared and panics, naming the case and the parameter, at the first mismatch.
pub fn assert_gradients_match(
    net: &Network,
    case: &Case,
    samples: &Samples,
    analytic: impl Fn(usize, usize, Option<usize>) -> f32,
) -> usize {
    let base = params(net);
    let objective = Objective {
        head: case.head,
        loss: case.loss,
        x: &samples.inputs,
        y: &samples.targets,
    };
    let mut checked = 0;
    for (l, d) in net.layers().iter().enumerate() {
        for to in 0..d.outputs() {
            let froms = (0..d.inputs()).map(Some).chain([None]);
            for from in froms {
                let a = analytic(l, to, from) as f64;
                if from.is_some_and(|i| !d.mask[[to, i]]) {
                    assert_eq!(a, 0.0, "{case}: removed link {from:?}→{to} of layer {l}");
                    continue;
                }
                let Some(n) = objective.numeric_gradient(&base, l, to, from, 1e-4) else {
                    continue; // the step crosses a kink: not differentiable here
                };
                assert!(
                    (a - n).abs() <= 2e-4 + 2e-3 * n.abs(),
                    "{case}: layer {l} to {to} from {from:?}: analytic {a} numeric {n}"
                );
                checked += 1;
            }
        }
    }
    checked
}
