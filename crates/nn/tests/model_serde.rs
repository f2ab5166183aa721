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

#[test]
fn passes_are_sized_before_they_run() {
    use neurite_nn::model::loss::ModelLoss;
    use neurite_nn::model::train::{ModelTrainConfig, ModelTrainer};
    use neurite_nn::model::MAX_PASS_VALUES;
    use neurite_nn::{NnError, OptimizerConfig, Regularization};
    // Two padded 7×7 convolutions over a 20-channel 64×64 input: each sample gathers
    // 20·49·4096 + 64·49·4096 windows' values, about 17 M, so a prediction takes 3 at a time.
    let kinds = parse_arch("conv 7x7x64 pad 3, conv 7x7x64 pad 3").expect("arch");
    let big = Model::new(Shape::image(20, 64, 64), &[], &kinds, &mut Rng::new(1)).expect("model");
    let per = big.values_per_sample();
    assert_eq!(
        per,
        20 * 4096 + (64 * 4096 + 20 * 49 * 4096) + (64 * 4096 + 64 * 49 * 4096)
    );
    assert_eq!(big.chunk(), MAX_PASS_VALUES / per);
    let config = ModelTrainConfig {
        optimizer: OptimizerConfig::default(),
        batch_size: 32,
        loss: ModelLoss::SquaredError,
        regularization: Regularization::None,
        regularization_rate: 0.0,
        seed: 1,
    };
    match ModelTrainer::new(big, config) {
        Err(NnError::InvalidConfig(m)) => assert!(m.contains("at most 3 samples a batch"), "{m}"),
        other => panic!(
            "a 32-sample batch of this model must be refused: {:?}",
            other.map(|_| ())
        ),
    }
    // Wider still: one sample alone is over the bound, so the model is refused.
    let kinds = parse_arch("conv 7x7x300 pad 3, conv 7x7x300 pad 3").expect("arch");
    let err = Model::new(Shape::image(300, 64, 64), &[], &kinds, &mut Rng::new(1)).map(|_| ());
    assert!(
        matches!(&err, Err(NnError::InvalidSpec(m)) if m.contains("one sample's pass would hold")),
        "{err:?}"
    );
}
