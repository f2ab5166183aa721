//! Normalization through the share link: the per-layer `norm=` key, γ/β/running statistics
//! in the blob's norm section, old links decoding as no normalization, and a trained run
//! reopened from its link giving the very same metrics.

use neurite_nn::Normalization;
use neurite_playground::link::reencode_blob;
use neurite_playground::{decode_link, encode_link, Session, State};

fn normalized_state() -> State {
    let mut s = State::default();
    s.network.hidden[0].normalization = Normalization::Batch;
    s.network.hidden[1].normalization = Normalization::Layer;
    s
}

#[test]
fn the_key_lists_every_layer_and_old_links_have_none() {
    let link = encode_link(&normalized_state());
    assert!(link.contains("norm=batch,layer"), "{link}");
    assert_eq!(decode_link(&link), Ok(normalized_state()));
    // A link without the key (every link written before normalization existed).
    let plain = encode_link(&State::default());
    assert!(!plain.contains("norm="), "{plain}");
    let back = decode_link(&plain).unwrap_or_else(|e| panic!("{e}"));
    assert!(back
        .network
        .hidden
        .iter()
        .all(|h| h.normalization == Normalization::None));
    // Specific errors for a wrong count or an unknown name.
    let e = decode_link("networkShape=3&norm=batch,batch").map_err(|e| e.to_string());
    assert_eq!(e, Err("norm: lists 2 layers but networkShape has 1".into()));
    let e = decode_link("networkShape=3&norm=group").map_err(|e| e.to_string());
    assert!(e.is_err_and(|m| m.contains("norm") && m.contains("group")));
}

#[test]
fn a_trained_normalized_run_reopens_with_the_same_metrics() {
    let mut a = Session::new(&normalized_state()).unwrap_or_else(|e| panic!("{e}"));
    a.train_epochs(3);
    let saved = a.to_state(true);
    let layers = saved.weights.as_ref().unwrap_or_else(|| panic!("weights"));
    let bn = layers[0]
        .norm
        .as_ref()
        .unwrap_or_else(|| panic!("layer 0 values"));
    assert!(
        bn.running_mean.iter().any(|&m| m != 0.0),
        "running statistics moved"
    );
    assert!(bn.gamma.iter().any(|&g| g != 1.0), "γ learned");
    assert!(layers[1].norm.is_some() && layers[2].norm.is_none());
    let link = encode_link(&saved);
    let back = decode_link(&link).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, saved);
    let b = Session::new(&back).unwrap_or_else(|e| panic!("{e}"));
    let (ma, mb) = (a.trainer().evaluate(), b.trainer().evaluate());
    assert_eq!(format!("{ma:?}"), format!("{mb:?}"));
    assert_eq!(b.trainer().network(), a.trainer().network());
}

#[test]
fn norm_sections_and_values_are_checked() {
    // Blob bytes: version 2; section 7 with no weights section before it.
    assert!(reencode_blob(&[2, 7, 0]).is_err_and(|e| e.contains("without a weights")));
    // Weights for one 1×1 layer, then norm values for layer 3.
    let mut blob = vec![2, 1, 1, 1, 1];
    blob.extend([0u8; 8]);
    blob.extend([7, 1, 3, 1]);
    blob.extend([0u8; 16]);
    assert!(reencode_blob(&blob).is_err_and(|e| e.contains("layer 3")));
    // Values on a layer that is not normalized, and a negative running variance.
    let mut a = Session::new(&normalized_state()).unwrap_or_else(|e| panic!("{e}"));
    a.train_epochs(1);
    let mut s = a.to_state(true);
    s.network.hidden[0].normalization = Normalization::None;
    assert!(s
        .validate()
        .is_err_and(|e| e.to_string().contains("not normalized")));
    let mut s = a.to_state(true);
    if let Some(n) = s.weights.as_mut().and_then(|w| w[1].norm.as_mut()) {
        n.running_var[0] = -1.0;
    }
    assert!(s
        .validate()
        .is_err_and(|e| e.to_string().contains("negative")));
}
