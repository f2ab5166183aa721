//! Training versus inference: the lock and the query.

use super::*;

fn all_weights(s: &AppState) -> Vec<Vec<f32>> {
    s.net.layers.iter().map(|l| l.weights.clone()).collect()
}

#[test]
fn inference_locks_the_weights_and_pauses_training() {
    let (mut s, now) = open("#norm=batch,batch");
    apply(&mut s, Action::Step);
    apply(&mut s, Action::TogglePlay);
    assert!(s.playing);
    assert!(apply(&mut s, Action::SetInference(true)));
    assert!(!s.playing && s.flags.inference);
    let (weights, epoch) = (all_weights(&s), s.epoch);
    for action in [
        Action::TogglePlay,
        Action::Step,
        Action::Reset,
        Action::SetWeight {
            link: FIRST_LINK,
            value: 3.0,
        },
        Action::ToggleLink(FIRST_LINK),
        Action::AddLayer,
        Action::SetLearningRate(0.5),
        Action::Regenerate,
        Action::InspectPoint(Some(0)),
        Action::UpdateStep,
    ] {
        let refused = !matches!(action, Action::InspectPoint(_));
        assert_eq!(!apply(&mut s, action.clone()), refused, "{action:?}");
    }
    now.set(1000.0);
    apply(&mut s, Action::Tick { now_ms: 1000.0 });
    assert_eq!(
        (all_weights(&s), s.epoch, s.playing),
        (weights, epoch, false)
    );
    assert!(apply(&mut s, Action::SetInference(false)));
    assert!(
        apply(&mut s, Action::Step),
        "training again once inference is off"
    );
    assert_eq!(s.epoch, epoch + 1);
}

#[test]
fn a_query_answers_in_both_modes_and_they_differ_under_batch_norm() {
    let (mut s, _) = open("#norm=batch,batch");
    for _ in 0..5 {
        apply(&mut s, Action::Step);
    }
    assert!(
        !apply(&mut s, Action::Query(vec![1.0, 2.0])),
        "only in inference mode"
    );
    apply(&mut s, Action::SetInference(true));
    assert!(apply(&mut s, Action::Query(vec![1.0, 2.0])));
    let q = s.query.clone().unwrap_or_else(|| panic!("answered"));
    assert_eq!(q.at, vec![1.0, 2.0]);
    assert_ne!(
        q.inference, q.training,
        "running vs the point's own statistics"
    );
    // The inference output is the heatmap's: the engine's inference pass.
    let direct = s.engine.borrow().session().query(&[1.0, 2.0]).ok();
    assert_eq!(direct.map(|d| d.inference), Some(q.inference.clone()));
    let (class, p) = q.class.unwrap_or((9, f32::NAN));
    assert!(class < 2 && (0.5..=1.0).contains(&p), "{class} {p}");
    // The plane's centre is (0, 0).
    assert!(apply(&mut s, Action::QueryAt { fx: 0.5, fy: 0.5 }));
    assert_eq!(s.query.as_ref().map(|q| q.at.clone()), Some(vec![0.0, 0.0]));
    assert!(
        !apply(&mut s, Action::Query(vec![f32::NAN, 0.0])),
        "refused"
    );
    apply(&mut s, Action::SetInference(false));
    assert!(s.query.is_none());
}
