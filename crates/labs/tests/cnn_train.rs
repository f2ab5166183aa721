//! The CNN lab's claims, natively on the real 8×8 digits: the default CNN reaches ≥ 0.95
//! validation accuracy within its 15-epoch budget; the dense network beside it has about as
//! many parameters; the confusion matrix counts every validation image; the run is the same
//! trained in small chunks or large ones (so a link's replay gives the same network); a
//! clearly drawn 1 is read as 1.

use neurite_data::DIGITS_8X8;
use neurite_labs::cnn::eval::{classes, confusion, shifted_accuracy};
use neurite_labs::cnn::sketch::{prepare, SKETCH_SIDE};
use neurite_labs::cnn::{predict, CnnLab, CnnSession};

fn digits() -> neurite_data::ImageSet {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/data/digits-8x8.bin");
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    DIGITS_8X8.load(&bytes).unwrap_or_else(|e| panic!("{e}"))
}

fn trained(lab: &CnnLab, chunk: usize) -> CnnSession {
    let mut s = CnnSession::new(lab, &digits()).unwrap_or_else(|e| panic!("{e}"));
    while !s.finished(lab.epochs) {
        s.advance(lab.epochs, chunk);
    }
    assert_eq!(s.failure, None);
    s
}

#[test]
fn the_default_cnn_learns_the_digits_and_the_dense_one_is_its_size() {
    let lab = CnnLab::default();
    let s = trained(&lab, 7);
    let acc = *s.cnn.accuracy.last().unwrap_or(&0.0);
    let dense_acc = *s.dense.accuracy.last().unwrap_or(&0.0);
    println!(
        "CNN {acc:.4}, dense {dense_acc:.4}, params {} vs {}",
        s.cnn.trainer.model.param_count(),
        s.dense.trainer.model.param_count()
    );
    assert!(acc >= 0.95, "validation accuracy {acc}");
    let (p_cnn, p_dense) = (
        s.cnn.trainer.model.param_count() as f64,
        s.dense.trainer.model.param_count() as f64,
    );
    assert!((p_dense / p_cnn - 1.0).abs() < 0.1, "{p_cnn} vs {p_dense}");
    let predicted = classes(&s.cnn.trainer.model, s.val.inputs(), 64);
    let counts = confusion(&s.val_labels, &predicted);
    assert_eq!(counts.iter().flatten().sum::<usize>(), s.val_labels.len());
    let right: usize = (0..10).map(|k| counts[k][k]).sum();
    assert!((right as f64 / s.val_labels.len() as f64 - acc).abs() < 1e-12);
    let shifted = shifted_accuracy(&s.cnn.trainer.model, s.val.inputs(), 8, &s.val_labels);
    let dense_shifted = shifted_accuracy(&s.dense.trainer.model, s.val.inputs(), 8, &s.val_labels);
    println!("shifted by 2: CNN {shifted:.4}, dense {dense_shifted:.4}");
    assert!(
        shifted < acc,
        "a two-pixel move of an 8×8 digit costs accuracy"
    );
    // A vertical stroke down the middle of the pad.
    let mut pad = vec![0.0f32; SKETCH_SIDE * SKETCH_SIDE];
    for r in 4..24 {
        for c in 13..15 {
            pad[r * SKETCH_SIDE + c] = 1.0;
        }
    }
    let one =
        predict(&s.cnn.trainer.model, &prepare(&pad, 8)).unwrap_or_else(|| panic!("a prediction"));
    assert_eq!(one.class, 1, "{:?}", one.probs);
    assert_eq!(one.maps.len(), 2, "relu and maxpool maps");
}

#[test]
fn chunk_sizes_do_not_change_the_trained_network() {
    let lab = CnnLab {
        epochs: 2,
        ..CnnLab::default()
    };
    let (a, b) = (trained(&lab, 1), trained(&lab, 1000));
    assert_eq!(a.cnn.trainer.model, b.cnn.trainer.model);
    assert_eq!(a.dense.trainer.model, b.dense.trainer.model);
    assert_eq!(a.cnn.accuracy, b.cnn.accuracy);
}
