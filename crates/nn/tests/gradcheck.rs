//! Finite-difference gradient checks against an independent oracle.
//!
//! The oracle (`neurite_testkit::oracle`) is a naive f64 scalar forward pass + loss written
//! from the formulas (it shares nothing with the engine but the parameter values). Central
//! differences `(L(θ+h) − L(θ−h)) / 2h` in f64 are compared with the engine's analytic f32
//! gradients of a 7-sample batch's mean loss for every activation × every valid head/loss
//! pair, with removed links and frozen weights (`neurite_testkit::check`). Parameters whose
//! perturbation moves a kinked activation (ReLU, Step, …) across its kink are skipped;
//! removed links must report exactly 0.

use neurite_nn::Activation;
use neurite_testkit::{assert_gradients_match, case_setup, cases};

#[test]
fn analytic_gradients_match_finite_differences() {
    let mut checked = 0;
    for case in cases() {
        let (net, data) = case_setup(&case, 100 + case.pair as u64, 7).expect("case");
        let grads = net.gradients(&data, case.loss).expect("gradients");
        let analytic = |l: usize, to: usize, from: Option<usize>| match from {
            Some(i) => grads.weights[l][[to, i]],
            None => grads.biases[l][to],
        };
        checked += assert_gradients_match(&net, &case, &data, analytic);
        if case.act == Activation::Step {
            let mut below = grads.weights[0].iter().chain(&grads.biases[0]);
            assert!(
                below.all(|&g| g == 0.0),
                "nothing below a Step layer learns"
            );
        }
    }
    assert!(checked > 2000, "only {checked} gradients checked");
}
