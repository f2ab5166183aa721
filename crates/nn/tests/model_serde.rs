//! A model read back from JSON is the same model; a damaged one is refused with a message,
//! never run: any number in the text changed to any other still deserialises to a model
//! that runs, or to an error.

use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::{Model, Shape};
use neurite_nn::Rng;
use proptest::prelude::*;

const ARCH: &str = "conv 3x3x2 pad 1 relu, maxpool 2, batchnorm, flatten, dense 5 tanh, layernorm, dense 4, sample 0.5, dense 3 softmax";

fn model() -> Model {
    let kinds = parse_arch(ARCH).expect("arch");
    Model::new(Shape::image(1, 6, 6), &[], &kinds, &mut Rng::new(3)).expect("model")
}

fn damaged(json: &str, from: &str, to: &str) -> String {
    assert!(json.contains(from), "{from} not in the JSON");
    json.replacen(from, to, 1)
}

#[test]
fn round_trip_and_damage() {
    let m = model();
    let json = serde_json::to_string(&m).expect("json");
    let back: Model = serde_json::from_str(&json).expect("back");
    assert_eq!(back, m);
    let cases = [
        ("\"kernel\":3", "\"kernel\":5"),
        ("\"size\":2", "\"size\":0"),
        ("\"running_var\":[1.0", "\"running_var\":[-1.0"),
        ("\"outputs\":5", "\"outputs\":6"),
        ("\"latent\":2", "\"latent\":0"),
        (
            "\"input\":{\"channels\":1,\"height\":6,\"width\":6}",
            "\"input\":{\"channels\":1,\"height\":600000,\"width\":600000}",
        ),
    ];
    for (from, to) in cases {
        let bad = damaged(&json, from, to);
        let err = serde_json::from_str::<Model>(&bad).expect_err(to);
        assert!(
            err.to_string().contains("do not match") || err.to_string().contains("model"),
            "{to}: {err}"
        );
    }
}

proptest! {
    #[test]
    fn any_number_changed_runs_or_is_refused(pick in 0usize..4000, value in prop_oneof![Just(0i64), Just(1), Just(-1), Just(2), Just(7), Just(100_000), Just(4_000_000_000)]) {
        let json = serde_json::to_string(&model()).expect("json");
        // The `pick`-th run of digits (modulo their count) becomes `value`.
        let runs: Vec<(usize, usize)> = {
            let b = json.as_bytes();
            let mut out = Vec::new();
            let mut i = 0;
            while i < b.len() {
                if b[i].is_ascii_digit() {
                    let s = i;
                    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.' || b[i] == b'e' || b[i] == b'-') {
                        i += 1;
                    }
                    out.push((s, i));
                } else {
                    i += 1;
                }
            }
            out
        };
        let (s, e) = runs[pick % runs.len()];
        let text = format!("{}{}{}", &json[..s], value, &json[e..]);
        if let Ok(m) = serde_json::from_str::<Model>(&text) {
            let n = 2;
            let x = vec![0.25f32; n * m.input_shape().len()];
            prop_assert!(m.predict(&x, &[], n).is_ok());
            let tape = m.forward(&x, &[], n, true, Some(&mut Rng::new(1))).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let mut grads = m.zero_grads();
            let g = vec![0.1f32; tape.output().len()];
            prop_assert!(m.backward(&tape, &[], &g, &mut grads).is_ok());
        }
    }
}
