//! Table tests of the reducer: each action's effect on a real engine, natively, with a clock
//! the test drives by hand.

use std::cell::Cell;
use std::rc::Rc;

use neurite_data::Feature;

use super::{apply::apply, Action, AppState, Clock, CsvOutcome, RunStatus, Start};
use crate::view::{DrawTool, LinkId, NeuronId, Selection};

/// A state opened from `hash`, and the clock it reads.
fn open(hash: &str) -> (AppState, Rc<Cell<f64>>) {
    let now = Rc::new(Cell::new(0.0));
    let clock = {
        let now = now.clone();
        Clock::new(move || now.get())
    };
    let start = Start {
        hash: hash.to_string(),
        ..Start::default()
    };
    (start.into_state(clock), now)
}

fn weight(s: &AppState, link: LinkId) -> Option<f32> {
    s.net
        .layer(link.layer)
        .and_then(|l| l.weight(link.to, link.from))
}

const FIRST_LINK: LinkId = LinkId {
    layer: 1,
    from: 0,
    to: 0,
};

#[test]
fn the_default_state_is_ready_with_epoch_zero_losses() {
    let (s, _) = open("");
    assert_eq!(
        (s.epoch, s.playing, &s.status),
        (0, false, &RunStatus::Ready)
    );
    assert!(s.losses[0].is_some_and(f32::is_finite));
    assert_eq!(
        s.link.version, s.link_version,
        "the first link is encoded at start"
    );
}

#[test]
fn a_weight_set_on_the_input_layer_is_ignored() {
    let (mut s, _) = open("");
    let before = (s.net.clone(), s.version, s.link_version);
    let input = LinkId {
        layer: 0,
        from: 0,
        to: 0,
    };
    assert!(!apply(
        &mut s,
        Action::SetWeight {
            link: input,
            value: 3.0
        }
    ));
    assert_eq!((s.net.clone(), s.version, s.link_version), before);
}

#[test]
fn a_weight_set_on_a_hidden_link_shows_at_once() {
    let (mut s, _) = open("");
    let version = s.version;
    assert!(apply(
        &mut s,
        Action::SetWeight {
            link: FIRST_LINK,
            value: 2.5
        }
    ));
    assert_eq!(weight(&s, FIRST_LINK), Some(2.5));
    assert!(s.version > version, "heatmaps repaint");
    // A non-finite value is refused.
    assert!(!apply(
        &mut s,
        Action::SetWeight {
            link: FIRST_LINK,
            value: f32::NAN
        }
    ));
    assert_eq!(weight(&s, FIRST_LINK), Some(2.5));
}

#[test]
fn reset_reproduces_the_epoch_zero_losses() {
    let (mut s, _) = open("");
    let initial = s.losses;
    for _ in 0..3 {
        apply(&mut s, Action::Step);
    }
    assert_eq!(s.epoch, 3);
    assert_ne!(s.losses, initial);
    apply(&mut s, Action::Reset);
    assert_eq!((s.epoch, s.losses), (0, initial));
}

#[test]
fn the_last_feature_cannot_be_switched_off() {
    let (mut s, _) = open("#x=true&y=false");
    assert_eq!(s.model.features, vec![Feature::X1]);
    assert!(!apply(&mut s, Action::ToggleFeature(Feature::X1)));
    assert_eq!(s.model.features, vec![Feature::X1]);
    assert!(apply(&mut s, Action::ToggleFeature(Feature::X2)));
    assert_eq!(s.model.features, vec![Feature::X1, Feature::X2]);
}

#[test]
fn draw_at_adds_exactly_one_point_and_keeps_the_weights() {
    let (mut s, _) = open("");
    apply(
        &mut s,
        Action::SetWeight {
            link: FIRST_LINK,
            value: 1.25,
        },
    );
    let n = s.points.len();
    // A corner, far from the generated points.
    let tool = DrawTool::Class(1);
    assert!(apply(
        &mut s,
        Action::DrawAt {
            fx: 0.01,
            fy: 0.01,
            tool
        }
    ));
    assert_eq!(s.points.len(), n + 1);
    assert!(s.data.custom);
    assert_eq!(weight(&s, FIRST_LINK), Some(1.25));
    // The same place again is too close to the new point: nothing added.
    assert!(!apply(
        &mut s,
        Action::DrawAt {
            fx: 0.01,
            fy: 0.01,
            tool
        }
    ));
    assert_eq!(s.points.len(), n + 1);
}

#[test]
fn tick_while_paused_changes_nothing() {
    let (mut s, now) = open("");
    now.set(1000.0);
    let before = (s.epoch, s.version, s.link_version, s.pacer.get());
    assert!(!apply(&mut s, Action::Tick { now_ms: 1000.0 }));
    assert_eq!((s.epoch, s.version, s.link_version, s.pacer.get()), before);
}

#[test]
fn ticks_while_playing_train_at_the_requested_speed() {
    let (mut s, now) = open("");
    apply(&mut s, Action::SetSpeed(60.0));
    apply(&mut s, Action::TogglePlay);
    assert!(s.playing);
    // One second of 60 Hz frames at 60 epochs/s: about 60 epochs.
    for i in 0..=60 {
        let t = 1000.0 + i as f64 * 1000.0 / 60.0;
        now.set(t);
        apply(&mut s, Action::Tick { now_ms: t });
    }
    assert!((58..=60).contains(&s.epoch), "{}", s.epoch);
    apply(&mut s, Action::TogglePlay);
    assert_eq!(s.status, RunStatus::Paused);
}

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
fn a_broken_link_opens_the_default_with_a_banner_naming_the_problem() {
    let (mut s, _) = open("");
    apply(&mut s, Action::OpenLink("#networkShape=99999".into()));
    let Some(super::Banner::BrokenLink(why)) = &s.banner else {
        panic!("no broken-link banner: {:?}", s.banner);
    };
    assert!(why.contains("width") && why.contains("99999"), "{why}");
    assert_eq!(s.net.sizes(), open("").0.net.sizes());
}

#[test]
fn a_diverged_run_reports_its_cause() {
    let (mut s, _) = open("#problem=regression&regDataset=reg-plane&activation=linear&networkShape=4,4&learningRate=1000");
    for _ in 0..20 {
        apply(&mut s, Action::Step);
        if matches!(s.status, RunStatus::Diverged(_)) {
            break;
        }
    }
    let RunStatus::Diverged(d) = &s.status else {
        panic!("did not diverge: {:?}", s.status);
    };
    assert!(d.blames_learning_rate());
    // The cause is the engine's typed report, not a guess from a message.
    let neurite_nn::Status::Stopped(neurite_nn::StopReason::Diverged { site, value, .. }) =
        s.engine.borrow().session().trainer().status().clone()
    else {
        panic!("the trainer did not stop with a divergence");
    };
    assert_eq!((d.site, d.value), (site, value));
    assert_eq!(d.learning_rate, 1000.0);
    assert!(d.epoch >= 1);
    // Dismissing the banner keeps the status.
    apply(&mut s, Action::DismissBanner);
    assert!(matches!(&s.status, RunStatus::Diverged(d) if d.dismissed));
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
    // The autosave carries the weights; the share link only when asked.
    assert!(s.link.autosave.contains("w="));
    assert!(!s.link.share.contains("w="));
    apply(&mut s, Action::SetShareWeights(true));
    assert!(s.link.share.contains("w="));
    let copies = s.copy_request;
    apply(&mut s, Action::CopyLink);
    assert_eq!(s.copy_request, copies + 1);
}

#[test]
fn a_malformed_csv_changes_nothing_and_names_the_line() {
    let (mut s, _) = open("");
    let points = s.points.len();
    apply(
        &mut s,
        Action::ImportCsv("x,y,label\n1,2,a\n3,oops,b\n".into()),
    );
    assert!(
        matches!(&s.csv, Some(CsvOutcome::Failed { line: 3, .. })),
        "{:?}",
        s.csv
    );
    assert_eq!(s.points.len(), points);
    apply(
        &mut s,
        Action::ImportCsv("x,y,label\n1,2,a\n3,4,b\n5,6,a\n".into()),
    );
    assert_eq!(s.csv, Some(CsvOutcome::Imported(3)));
    assert_eq!(s.points.len(), 3);
}

#[test]
fn removing_a_link_selects_it_and_holds_its_weight_at_zero() {
    let (mut s, _) = open("");
    assert!(apply(&mut s, Action::ToggleLink(FIRST_LINK)));
    assert_eq!(s.selection, Some(Selection::Link(FIRST_LINK)));
    let layer = s.net.layer(1).cloned().unwrap_or_default();
    assert!(!layer.is_enabled(0, 0));
    assert!(!apply(
        &mut s,
        Action::SetWeight {
            link: FIRST_LINK,
            value: 1.0
        }
    ));
}

#[test]
fn structure_edits_respect_the_limits() {
    let (mut s, _) = open("#networkShape=2");
    for _ in 0..20 {
        apply(&mut s, Action::AddLayer);
    }
    assert_eq!(
        s.net.hidden(),
        neurite_playground::limits::MAX_HIDDEN_LAYERS
    );
    apply(
        &mut s,
        Action::ResizeLayer {
            hidden: 0,
            delta: 1000,
        },
    );
    assert_eq!(
        s.net.sizes()[1],
        neurite_playground::limits::MAX_LAYER_WIDTH
    );
    apply(
        &mut s,
        Action::ResizeLayer {
            hidden: 0,
            delta: -1000,
        },
    );
    assert_eq!(s.net.sizes()[1], 1);
}

#[test]
fn settings_that_apply_mid_run_keep_the_weights() {
    let (mut s, _) = open("");
    apply(&mut s, Action::Step);
    let w = weight(&s, FIRST_LINK);
    apply(&mut s, Action::SetLearningRate(0.1));
    apply(
        &mut s,
        Action::SetRegularization(neurite_nn::Regularization::L2),
    );
    assert_eq!(weight(&s, FIRST_LINK), w);
    assert_eq!(s.train.learning_rate, 0.1);
    assert_eq!(
        s.train.regularization_rate,
        super::settings::DEFAULT_REGULARIZATION_RATE
    );
    apply(&mut s, Action::SetSpeed(f64::NAN));
    assert!(s.train.speed.is_finite());
}

#[test]
fn hovering_a_point_traces_it_and_selecting_twice_is_no_change() {
    let (mut s, _) = open("");
    assert!(apply(&mut s, Action::Hover(Some(0))));
    let trace = s.trace.clone().unwrap_or_default();
    assert_eq!(trace.a.len(), s.net.layers.len());
    assert!(!apply(&mut s, Action::Hover(Some(0))));
    let neuron = Selection::Neuron(NeuronId { layer: 1, index: 0 });
    assert!(apply(&mut s, Action::Select(Some(neuron))));
    assert!(!apply(&mut s, Action::Select(Some(neuron))));
}
