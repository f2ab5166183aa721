//! Lab links as hostile input: any text decodes to a lab or an error, never a panic, and
//! whatever decodes re-encodes to a link that decodes to the same lab.

use neurite_labs::link::{MAX_LAB_LINK_BYTES, MAX_LAB_PAIRS};
use neurite_labs::{decode, encode, Lab, LabLinkError, LabName};
use proptest::prelude::*;

/// Every key any lab reads, so generated links hit real parsers, not only unknown keys.
const KEYS: &[&str] = &[
    "inputs",
    "x1",
    "w1",
    "x2",
    "w2",
    "x3",
    "w3",
    "x4",
    "w4",
    "x5",
    "w5",
    "bias",
    "activation",
    "gain",
    "x",
    "h",
    "n",
    "sequence",
    "terms",
    "surface",
    "elongation",
    "learningRate",
    "optimizer",
    "y",
    "steps",
    "dataset",
    "depth",
    "width",
    "seed",
];

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        any::<f32>().prop_map(|v| v.to_string()),
        any::<i64>().prop_map(|v| v.to_string()),
        prop::sample::select(vec![
            "relu",
            "sigmoid",
            "custom",
            "k",
            "xor",
            "adam",
            "bowl",
            "NaN",
            "-0",
            "1e-5",
            "",
            "%",
            "%zz",
            "1,2,3",
            ",",
            "20.000001",
        ])
        .prop_map(str::to_owned),
    ]
}

fn link() -> impl Strategy<Value = String> {
    let lab = prop::sample::select(LabName::ALL.to_vec()).prop_map(|n| n.name());
    let pair = (prop::sample::select(KEYS.to_vec()), value()).prop_map(|(k, v)| format!("{k}={v}"));
    (lab, prop::collection::vec(pair, 0..12))
        .prop_map(|(lab, pairs)| format!("#lab={lab}&{}", pairs.join("&")))
}

fn stable(lab: &Lab) -> bool {
    let again = encode(lab);
    decode(&again).is_ok_and(|back| back == *lab && encode(&back) == again)
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = decode(&text);
    }

    #[test]
    fn generated_links_decode_or_fail_cleanly(link in link()) {
        if let Ok(lab) = decode(&link) {
            prop_assert!(stable(&lab), "{link}");
        }
    }
}

#[test]
fn oversized_input_is_refused_up_front() {
    let big = format!("lab=neuron&{}", "x".repeat(MAX_LAB_LINK_BYTES));
    assert!(matches!(decode(&big), Err(LabLinkError::TooLong { .. })));
    let many = format!("lab=neuron{}", "&x1=1".repeat(MAX_LAB_PAIRS));
    assert!(matches!(
        decode(&many),
        Err(LabLinkError::TooManyPairs { .. })
    ));
    let twice = "lab=neuron&inputs=1&inputs=2";
    assert_eq!(
        decode(twice),
        Err(LabLinkError::Duplicate { key: "inputs" })
    );
}
