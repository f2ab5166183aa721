//! The autosave's health: saves that cannot be read, storage that is missing or full.

use super::*;
use crate::store::{seal, StorageNote, StorageProblem};

/// A state opened from `hash` with `saved` as the autosave (paired with `hash` when `ours`).
fn start(hash: &str, saved: Option<&str>, ours: bool) -> AppState {
    Start {
        hash: hash.into(),
        saved: saved.map(Into::into),
        saved_hash: ours.then(|| hash.into()),
        ..Start::default()
    }
    .into_state(Clock::new(|| 0.0))
}

/// A trained state's autosave (with weights) and its epoch.
fn trained_save() -> (String, usize) {
    let (mut s, _) = open("dataset=xor&networkShape=3");
    apply(&mut s, Action::Step);
    apply(&mut s, Action::Step);
    apply(&mut s, Action::SyncLink);
    (seal(&s.link.autosave), s.epoch)
}

#[test]
fn our_own_hash_restores_the_autosave_with_its_weights_and_epoch() {
    let (save, epoch) = trained_save();
    assert_eq!(epoch, 2);
    let s = start("dataset=xor&networkShape=3", Some(&save), true);
    assert_eq!(s.epoch, 2);
    assert_eq!(seal(&s.link.autosave), save, "the same state, bit for bit");
    assert_eq!(s.storage, None);
    // A bare link, as saves were stored before the envelope, is still read.
    let bare = save.splitn(3, ';').nth(2).unwrap_or_default().to_string();
    let s = start("dataset=xor&networkShape=3", Some(&bare), true);
    assert_eq!((s.epoch, s.storage), (2, None));
}

#[test]
fn a_damaged_or_cut_short_save_opens_the_link_with_a_note() {
    let (save, _) = trained_save();
    // Cut anywhere (even at a key boundary, which would still decode as a link), one
    // character changed, a bare link whose blob is broken.
    let cut = &save[..save.len() / 2];
    let at_key = &save[..save.find("&w=").unwrap_or(save.len())];
    let altered = save.replacen("networkShape=3", "networkShape=4", 1);
    for bad in [
        cut,
        at_key,
        &altered,
        "w=!!!not-base64",
        "neurite-save/1;zz;x",
    ] {
        let s = start("dataset=xor&networkShape=3", Some(bad), true);
        let Some(StorageNote {
            problem: StorageProblem::Unreadable(why),
            dismissed: false,
        }) = &s.storage
        else {
            panic!("{bad}: no unreadable note: {:?}", s.storage);
        };
        assert!(!why.is_empty());
        assert_eq!(s.epoch, 0, "{bad}");
        assert_eq!(
            s.net.sizes(),
            vec![2, 3, 1],
            "the link's network, not the default"
        );
        assert_eq!(s.banner, None, "the link itself is fine");
    }
    // With no hash the default playground opens, with the note.
    let s = start("", Some(cut), false);
    assert!(matches!(
        s.storage.map(|n| n.problem),
        Some(StorageProblem::Unreadable(_))
    ));
    assert_eq!(s.net.sizes(), open("").0.net.sizes());
}

#[test]
fn a_save_of_another_version_says_so() {
    let (save, _) = trained_save();
    assert!(save.contains("v=1"), "{save}");
    // A link of another state version, sealed as that version would have sealed it.
    let link = save.splitn(3, ';').nth(2).unwrap_or_default();
    let other = seal(&link.replace("v=1", "v=0"));
    // A save envelope of another format version.
    let newer = save.replacen("neurite-save/1;", "neurite-save/2;", 1);
    for text in [other, newer] {
        let s = start("", Some(&text), false);
        let Some(StorageProblem::OtherVersion(why)) = s.storage.map(|n| n.problem) else {
            panic!("{text}: no version note");
        };
        assert!(why.contains("this build reads 1"), "{why}");
        assert_eq!(s.epoch, 0);
    }
}

#[test]
fn missing_storage_is_noted_once_and_a_closed_note_stays_closed() {
    let mut s = Start {
        storage_unavailable: true,
        ..Start::default()
    }
    .into_state(Clock::new(|| 0.0));
    assert_eq!(
        s.storage,
        Some(StorageNote::new(StorageProblem::Unavailable))
    );
    assert!(apply(&mut s, Action::DismissStorageNote));
    assert!(!apply(&mut s, Action::DismissStorageNote));
    // Every later autosave fails the same way: the closed note stays closed.
    assert!(!apply(
        &mut s,
        Action::StorageFailed(StorageProblem::Unavailable)
    ));
    assert!(s.storage.as_ref().is_some_and(|n| n.dismissed));
}

#[test]
fn a_full_storage_note_goes_when_a_save_succeeds() {
    let (mut s, _) = open("");
    assert!(!apply(&mut s, Action::StorageSaved), "nothing to clear");
    assert!(apply(&mut s, Action::StorageFailed(StorageProblem::Full)));
    assert!(!apply(&mut s, Action::StorageFailed(StorageProblem::Full)));
    assert_eq!(s.storage, Some(StorageNote::new(StorageProblem::Full)));
    assert!(apply(&mut s, Action::StorageSaved));
    assert_eq!(s.storage, None);
    // A note about an unreadable save is not cleared by saving.
    let mut s = start("", Some("w=!!"), false);
    assert!(!apply(&mut s, Action::StorageSaved));
    assert!(s.storage.is_some());
    // Opening a link keeps the note.
    apply(&mut s, Action::OpenLink("dataset=xor".into()));
    assert!(s.storage.is_some());
}
