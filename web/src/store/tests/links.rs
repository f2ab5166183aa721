//! Links: opening one, broken ones, and when the share link is encoded.

use super::*;

#[test]
fn open_link_keeps_the_speed_and_the_language() {
    let (mut s, _) = open("");
    apply(&mut s, Action::SetSpeed(123.0));
    apply(&mut s, Action::SetLang(crate::i18n::Lang::Ja));
    apply(
        &mut s,
        Action::OpenLink("#dataset=xor&networkShape=3".into()),
    );
    assert_eq!(s.train.speed, 123.0);
    assert_eq!(s.lang, crate::i18n::Lang::Ja);
    assert_eq!(s.net.sizes(), vec![2, 3, 1]);
    assert_eq!(s.data.kind, neurite_data::DatasetKind::Xor);
    assert_ne!(s.link.version, s.link_version, "encoded when it settles");
    assert!(
        s.link.autosave.contains("dataset=circle"),
        "the old link until then"
    );
    apply(&mut s, Action::SyncLink);
    assert!(s.link.share.contains("dataset=xor"), "{}", s.link.share);
}

#[test]
fn a_broken_link_keeps_the_state_with_a_banner_naming_the_problem() {
    let (mut s, _) = open("dataset=xor&networkShape=3");
    apply(&mut s, Action::Step);
    let link_version = s.link_version;
    apply(&mut s, Action::OpenLink("#networkShape=99999".into()));
    let Some(crate::store::Banner::LinkRefused(why)) = &s.banner else {
        panic!("no refused-link banner: {:?}", s.banner);
    };
    assert!(why.contains("width") && why.contains("99999"), "{why}");
    assert_eq!(s.net.sizes(), vec![2, 3, 1], "the network it had");
    assert_eq!(s.epoch, 1, "its training too");
    assert!(
        s.link_version > link_version,
        "the address bar follows the kept state"
    );
}

#[test]
fn the_link_is_encoded_when_it_settles_not_per_edit() {
    let (mut s, _) = open("");
    let encoded = s.link.clone();
    apply(
        &mut s,
        Action::SetWeight {
            link: FIRST_LINK,
            value: 0.5,
        },
    );
    apply(
        &mut s,
        Action::SetWeight {
            link: FIRST_LINK,
            value: 0.75,
        },
    );
    assert!(Rc::ptr_eq(&s.link, &encoded), "edits do not encode");
    assert!(apply(&mut s, Action::SyncLink));
    assert_eq!(s.link.version, s.link_version);
    assert!(!apply(&mut s, Action::SyncLink), "nothing new to encode");
    // An edited network is shared exactly by default (and autosaved with its weights);
    // settings only is one tick away.
    assert!(s.link.autosave.contains("w="));
    assert!(s.link.share.contains("w=") && s.link.exact);
    apply(&mut s, Action::SetShareWeights(false));
    assert!(!s.link.share.contains("w=") && !s.link.exact);
    assert!(s.link.autosave.contains("w="));
    apply(&mut s, Action::SetShareWeights(true));
    assert!(s.link.share.contains("w="));
    let copies = s.copy_request;
    apply(&mut s, Action::CopyLink);
    assert_eq!(s.copy_request, copies + 1);
}

#[test]
fn a_layer_normalization_shows_in_the_model_and_travels_in_the_link() {
    use neurite_nn::Normalization;
    let (mut s, _) = open("#networkShape=4,2");
    assert!(apply(
        &mut s,
        Action::SetNormalization {
            hidden: 0,
            normalization: Normalization::Batch,
        }
    ));
    let want = vec![Normalization::Batch, Normalization::None];
    assert_eq!(s.model.normalizations, want);
    apply(&mut s, Action::SyncLink);
    assert!(s.link.share.contains("norm=batch,none"), "{}", s.link.share);
    let (reopened, _) = open(&s.link.share);
    assert_eq!(reopened.model.normalizations, want);
}
