//! Structure, parameters and data: what an edit changes and what it refuses.

use super::*;

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
