//! Real TensorFlow Playground links decode to the settings TFP means.

use neurite_data::{DatasetKind, Feature, SplitPercent};
use neurite_nn::{Activation, Init, Loss, OutputHead, Regularization};
use neurite_playground::{decode_link, encode_link, seed_from_text, LinkError, State};

const TFP_DEFAULT: &str = "https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.38452&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false";

fn decode(link: &str) -> State {
    decode_link(link).unwrap_or_else(|e| panic!("{link}: {e}"))
}

#[test]
fn tfp_start_page() {
    let s = decode(TFP_DEFAULT);
    let mut expect = State::tfp_default();
    expect.seed = seed_from_text("0.38452");
    assert_eq!(s, expect);
    assert_eq!(
        s.training.split,
        SplitPercent {
            train: 50,
            validation: 0,
            test: 50
        }
    );
    assert_eq!(s.network.head, OutputHead::Tanh);
    assert_eq!(s.network.loss, Loss::SquaredError);
}

#[test]
fn tfp_spiral_with_every_feature() {
    let s = decode("#activation=relu&batchSize=3&dataset=spiral&regDataset=reg-gauss&learningRate=0.1&regularization=L2&regularizationRate=0.001&noise=35&networkShape=8,8,5&seed=0.5&showTestData=true&discretize=true&percTrainData=70&x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&cosX=true&sinX=true&cosY=true&sinY=true&collectStats=false&problem=classification&initZero=false&hideText=true");
    assert_eq!(s.dataset.kind, DatasetKind::Spiral);
    assert_eq!(s.dataset.noise, 35.0);
    assert_eq!(s.dataset.points, 500);
    assert_eq!(s.features, Feature::ALL.to_vec());
    let widths: Vec<usize> = s.network.hidden.iter().map(|l| l.width).collect();
    assert_eq!(widths, vec![8, 8, 5]);
    assert!(s
        .network
        .hidden
        .iter()
        .all(|l| l.activation == Activation::Relu));
    assert_eq!(s.training.regularization, Regularization::L2);
    assert_eq!(s.training.regularization_rate, 0.001);
    assert_eq!(s.training.optimizer.learning_rate, 0.1);
    assert_eq!(s.training.batch_size, 3);
    assert_eq!(
        s.training.split,
        SplitPercent {
            train: 70,
            validation: 0,
            test: 30
        }
    );
    assert_eq!(s.seed, seed_from_text("0.5"));
    assert!(s.ui.show_test_data && s.ui.discretize && s.ui.hide_text && !s.ui.collect_stats);
}

#[test]
fn tfp_regression_and_init_zero() {
    let s = decode("#activation=linear&dataset=xor&regDataset=reg-gauss&problem=regression&networkShape=&initZero=true&regularization=L1");
    assert_eq!(s.dataset.kind, DatasetKind::RegGauss);
    assert_eq!(s.dataset.points, 1200);
    assert!(s.network.hidden.is_empty());
    assert_eq!(s.network.head, OutputHead::Linear);
    assert_eq!(s.network.init, Init::Zeros);
    assert_eq!(s.training.regularization, Regularization::L1);
    // Written back with TFP's spellings.
    let link = encode_link(&s);
    assert!(
        link.contains("regDataset=reg-gauss") && link.contains("regularization=L1"),
        "{link}"
    );
    assert!(
        link.contains("problem=regression") && link.contains("networkShape=&"),
        "{link}"
    );
    assert_eq!(decode_link(&link), Ok(s));
}

#[test]
fn tfp_ui_only_keys_are_ignored() {
    let s =
        decode("#dataset=gauss&stepButton_hide=true&activation_hide=true&tutorial=dataset&seed=7");
    assert_eq!(s.dataset.kind, DatasetKind::Gauss);
    assert_eq!(s.seed, 7);
}

#[test]
fn malformed_known_keys_are_specific_errors() {
    let cases = [
        ("learningRate=abc", "learningRate: 'abc' is not a number"),
        ("batchSize=-3", "batchSize: '-3' is not a whole number"),
        ("x=yes", "x: 'yes' is not true or false"),
        (
            "percTrainData=150",
            "percTrainData: '150' is not a whole percentage from 0 to 100",
        ),
        (
            "networkShape=4,a",
            "networkShape: '4,a' is not a comma-separated list of layer widths",
        ),
        (
            "problem=ranking",
            "problem: 'ranking' is not one of classification, regression",
        ),
        (
            "v=9",
            "v: '9' is not a supported version (this build reads 1)",
        ),
        ("noise=20&noise=30", "noise: given more than once"),
    ];
    for (link, message) in cases {
        assert_eq!(
            decode_link(link).map_err(|e| e.to_string()),
            Err(message.to_owned()),
            "{link}"
        );
    }
    let e = decode_link("dataset=banana").map_err(|e| e.to_string());
    assert!(e.is_err_and(|m| m.starts_with("dataset: 'banana' is not one of circle, xor")));
}

#[test]
fn impossible_settings_are_invalid() {
    for link in [
        "networkShape=4,2,1,1,1,1,1,1,1",
        "networkShape=64",
        "batchSize=0",
        "learningRate=1001",
        "learningRate=-1",
        "noise=60",
        "networkShape=0",
    ] {
        let e = decode_link(link);
        assert!(
            matches!(e, Err(LinkError::Invalid(_)) | Err(LinkError::Value { .. })),
            "{link}: {e:?}"
        );
    }
    assert!(matches!(
        decode_link("percTrainData=80&percValData=30"),
        Err(LinkError::Conflict(_))
    ));
    assert!(matches!(
        decode_link("x=false&y=false"),
        Err(LinkError::Invalid(_))
    ));
}
