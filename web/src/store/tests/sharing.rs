//! Sharing exactly what is on the screen: the default link mode, a reopened Adam run that
//! trains on in step with the original, the too-large fallback, state files.

use neurite_playground::{check_file_size, decode_file, decode_link, FileError, StateFile};

use super::*;
use crate::store::FileNote;

/// The envelope as the browser reads it (`JSON.parse`, then its three fields).
fn envelope(text: &str) -> Result<StateFile, FileError> {
    serde_json::from_str(text).map_err(|e| FileError::NotJson(e.to_string()))
}

fn unreachable_file() -> StateFile {
    panic!("a 50 MB file is over the limit")
}

fn steps(s: &mut AppState, n: usize) {
    for _ in 0..n {
        apply(s, Action::Step);
    }
    apply(s, Action::SyncLink);
}

#[test]
fn an_untouched_network_shares_settings_a_trained_one_itself() {
    let (mut s, _) = open("");
    assert!(
        !s.link.wants_exact && !s.link.exact,
        "epoch 0, seeded weights"
    );
    assert!(!s.link.share.contains("w="));
    steps(&mut s, 3);
    assert!(s.link.wants_exact && s.link.exact && s.link.epoch == 3);
    let shared = decode_link(&s.link.share).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((shared.epoch, shared.history.len()), (3, 3));
    // Reset goes back to the seed's weights: settings again, unless the learner ticked.
    apply(&mut s, Action::Reset);
    apply(&mut s, Action::SyncLink);
    assert!(!s.link.exact);
    apply(&mut s, Action::SetShareWeights(false));
    steps(&mut s, 2);
    assert!(
        !s.link.exact && !s.link.share.contains("w="),
        "the learner's choice holds"
    );
}

#[test]
fn an_adam_run_reopened_from_its_link_trains_on_in_step() {
    let (mut a, _) = open("#optimizer=adam&learningRate=0.01&dropout=0.1,0&percValData=20");
    steps(&mut a, 6);
    let (mut b, _) = open(&a.link.share.clone());
    assert_eq!((b.epoch, b.losses), (a.epoch, a.losses));
    assert_eq!(b.curves, a.curves, "the loss chart has the same history");
    assert!(
        b.link.wants_exact,
        "a link with weights is re-shared with them"
    );
    steps(&mut a, 4);
    steps(&mut b, 4);
    assert_eq!(b.losses, a.losses);
    assert_eq!(
        b.link.share, a.link.share,
        "the same weights, memory and history"
    );
}

/// A pasted CSV of `rows` × `columns` with a 3-class label.
fn csv(rows: usize, columns: usize) -> String {
    let header: Vec<String> = (0..columns).map(|c| format!("c{c}")).collect();
    let mut text = format!("{},label\n", header.join(","));
    for r in 0..rows {
        let row: Vec<String> = (0..columns)
            .map(|c| format!("{}", ((r * 7919 + c * 104_729) % 10_007) as f32 / 37.0))
            .collect();
        text.push_str(&format!("{},{}\n", row.join(","), ["a", "b", "c"][r % 3]));
    }
    text
}

#[test]
fn a_state_too_large_for_a_link_falls_back_to_its_settings_and_says_so() {
    let (mut s, _) = open("");
    apply(&mut s, Action::ImportCsv(csv(20_000, 64)));
    assert_eq!(s.csv, Some(CsvOutcome::Imported(20_000)));
    steps(&mut s, 1);
    assert!(s.link.too_large.is_some(), "{:?}", s.link.too_large);
    assert!(!s.link.exact);
    // Both the share link and the autosave are links the decoder accepts.
    let shared = decode_link(&s.link.share).unwrap_or_else(|e| panic!("{e}"));
    assert!(shared.points.is_none() && shared.weights.is_none());
    assert!(decode_link(&s.link.autosave).is_ok());
    // The file holds it all.
    apply(&mut s, Action::ExportState);
    let file = s.export.as_ref().map(|e| e.1.clone()).unwrap_or_default();
    let whole = decode_file(&file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(whole.points.map(|p| p.points.len()), Some(20_000));
    assert_eq!(whole.epoch, 1);
}

#[test]
fn export_then_import_restores_the_run_and_a_bad_file_changes_nothing() {
    let (mut s, _) = open("#optimizer=momentum");
    steps(&mut s, 5);
    apply(&mut s, Action::ExportState);
    assert_eq!(s.file_note, Some(FileNote::Exported));
    let file = s.export.as_ref().map(|e| e.1.clone()).unwrap_or_default();
    let (before_epoch, before_losses) = (s.epoch, s.losses);
    let (mut t, _) = open("");
    apply(&mut t, Action::ImportState(envelope(&file)));
    assert_eq!(t.file_note, Some(FileNote::Imported(5)));
    assert_eq!((t.epoch, t.losses), (before_epoch, before_losses));
    assert_eq!(
        format!("{:?}", t.curves),
        format!("{:?}", s.curves),
        "NaN = no validation split"
    );
    // A corrupt file: a specific message, and the page is as it was.
    let engine = t.engine.clone();
    let corrupt =
        r#"{"format": "neurite-playground-state", "version": 1, "link": "seed=1&w=AAAA"}"#;
    apply(&mut t, Action::ImportState(envelope(corrupt)));
    let Some(FileNote::ImportFailed(why)) = &t.file_note else {
        panic!("{:?}", t.file_note);
    };
    assert!(
        why.starts_with(
            "the state in the file is refused: w (weights/points blob): not valid deflate"
        ),
        "{why}"
    );
    assert!(Rc::ptr_eq(&engine, &t.engine) && t.epoch == 5);
    apply(
        &mut t,
        Action::ImportState(check_file_size(50_000_000).map(|_| unreachable_file())),
    );
    assert!(
        matches!(&t.file_note, Some(FileNote::ImportFailed(w)) if w.contains("50000000 bytes")),
        "{:?}",
        t.file_note
    );
    assert_eq!(t.losses, before_losses);
}
