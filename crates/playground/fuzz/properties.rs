//! What must hold for every input of each fuzz target, in one place: the fuzz targets
//! (`fuzz_targets/*.rs`) call these on generated inputs, and `crates/labs/tests/fuzz_corpus.rs`
//! replays every committed seed and crash reproducer through them under `cargo test`.
//! Every function panics when its property fails.
// Each fuzz target uses one of them.
#![allow(dead_code)]

use neurite_data::{parse_csv, ImageSet, Label, MAX_CSV_CLASSES, MAX_CSV_COLUMNS, MAX_CSV_ROWS};
use neurite_nn::model::arch::{arch_text, parse_arch};
use neurite_nn::model::{Model, Shape};
use neurite_nn::{NnError, Rng};
use neurite_playground::link::reencode_blob;
use neurite_playground::{decode_link, encode_link, State};

/// Share links: any bytes (as lossy UTF-8) give a state or an error, never a panic; a decoded
/// state validates and survives a re-encode round trip — the same state, and the same link
/// text again.
pub fn link(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(state) = decode_link(&text) {
        assert_eq!(state.validate(), Ok(()));
        let link = encode_link(&state);
        let back = decode_link(&link);
        assert_eq!(back.as_ref(), Ok(&state), "{link}");
        assert_eq!(back.map(|s| encode_link(&s)).as_deref(), Ok(link.as_str()));
    }
}

/// The `w=` blob on raw bytes (under deflate and base64url, which `link` rarely gets past):
/// never a panic; what it reads, written back, is no longer than the input and reads back
/// to the very same bytes.
pub fn blob(data: &[u8]) {
    if let Ok(bytes) = reencode_blob(data) {
        assert!(
            bytes.len() <= data.len(),
            "{} → {} bytes",
            data.len(),
            bytes.len()
        );
        assert_eq!(reencode_blob(&bytes).as_ref(), Ok(&bytes));
    }
}

/// CSV files: any bytes (as lossy UTF-8) give a dataset or an error naming a line, never a
/// panic. An accepted dataset is well formed (finite coordinates, labels that fit its task,
/// names that match its columns) and, imported into the playground as the app does it
/// (`points` replaced, then `adapt_to_task`), gives a valid state whose share link opens that
/// state again: nothing imported is lost on sharing.
pub fn csv(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let ds = match parse_csv(&text, None) {
        Ok(ds) => ds,
        Err(e) => {
            assert!(e.line >= 1, "{e}");
            return;
        }
    };
    assert!((1..=MAX_CSV_COLUMNS).contains(&ds.dims));
    assert!((1..=MAX_CSV_ROWS).contains(&ds.points.len()));
    assert_eq!(ds.column_names.len(), ds.dims);
    let classes = ds.task.classes();
    if let Some(k) = classes {
        assert!((2..=MAX_CSV_CLASSES).contains(&k));
        assert_eq!(ds.class_names.len(), k);
    }
    for p in &ds.points {
        assert_eq!(p.coords.len(), ds.dims);
        assert!(p.coords.iter().all(|c| c.is_finite()));
        match (p.label, classes) {
            (Label::Class(c), Some(k)) => assert!(c < k),
            (Label::Value(v), None) => assert!((-1.0..=1.0).contains(&v)),
            other => panic!("label {other:?} for {:?}", ds.task),
        }
    }
    let mut state = State {
        points: Some(ds),
        ..State::default()
    };
    state.adapt_to_task();
    assert_eq!(state.validate(), Ok(()));
    let link = encode_link(&state);
    assert_eq!(decode_link(&link), Ok(state));
}

/// Lab links: any bytes (as lossy UTF-8) give a lab or an error, never a panic; a decoded lab
/// re-encodes to a link that decodes to the same lab and encodes to the same text again.
pub fn lab(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(lab) = neurite_labs::decode(&text) {
        let link = neurite_labs::encode(&lab);
        let back = neurite_labs::decode(&link);
        assert_eq!(back.as_ref(), Ok(&lab), "{link}");
        assert_eq!(
            back.map(|l| neurite_labs::encode(&l)).as_deref(),
            Ok(link.as_str())
        );
    }
}

/// Architecture lines (`neurite train --arch`): any bytes (as lossy UTF-8) give layer kinds
/// or an error naming the layer, never a panic; parsed kinds written back read back the
/// same; building them on an 8×8 image, a 28×28 image and a 12-value vector (with one side
/// input) gives a model whose shapes chain, or an `InvalidSpec` error.
pub fn arch(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(kinds) = parse_arch(&text) else {
        return;
    };
    assert_eq!(
        parse_arch(&arch_text(&kinds)).as_ref(),
        Ok(&kinds),
        "{text}"
    );
    for input in [
        Shape::image(1, 8, 8),
        Shape::image(1, 28, 28),
        Shape::vector(12),
    ] {
        match Model::new(input, &[Shape::vector(3)], &kinds, &mut Rng::new(1)) {
            Ok(m) => {
                let mut at = input;
                for layer in m.layers() {
                    assert_eq!(layer.input_shape().len(), at.len(), "{text}");
                    at = layer.output_shape();
                }
            }
            Err(e) => assert!(matches!(e, NnError::InvalidSpec(_)), "{text}: {e:?}"),
        }
    }
}

/// Image set files (`web/data/*.bin`, fetched by the app): any bytes give an image set or an
/// error, never a panic; a decoded set keeps its invariants (labels below the class count,
/// pixels at most the maximum, every image readable) and encodes back to the same bytes.
pub fn images(data: &[u8]) {
    if let Ok(set) = ImageSet::decode(data) {
        assert!(set.labels().iter().all(|&l| usize::from(l) < set.classes()));
        assert!(set.pixels().iter().all(|&p| p <= set.max_value()));
        for i in 0..set.len() {
            assert_eq!(set.image(i).len(), set.height() * set.width());
        }
        assert_eq!(set.encode(), data);
    }
}
