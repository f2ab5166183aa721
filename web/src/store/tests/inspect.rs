//! One point forward and backward, and one update.

use super::*;
use crate::view::Split;

#[test]
fn inspecting_a_point_traces_it_and_clamps_to_the_training_split() {
    let (mut s, _) = open("");
    assert!(apply(&mut s, Action::InspectPoint(Some(3))));
    assert_eq!(s.inspect, Some(3));
    let trace = s.trace.clone().unwrap_or_default();
    assert!(trace.loss.is_finite() && trace.loss >= 0.0);
    assert!(!apply(&mut s, Action::InspectPoint(Some(3))), "no change");
    apply(&mut s, Action::InspectPoint(Some(1_000_000)));
    assert_eq!(s.inspect, Some(s.model.train_points - 1));
}

#[test]
fn one_update_moves_the_selected_weight_by_exactly_minus_rate_times_gradient() {
    let (mut s, _) = open("#learningRate=0.3");
    apply(&mut s, Action::InspectPoint(Some(2)));
    let grad = s
        .trace
        .as_ref()
        .map(|t| t.weight_grads[0][0])
        .unwrap_or(f32::NAN);
    let w = weight(&s, FIRST_LINK).unwrap_or(f32::NAN);
    let epoch = s.epoch;
    assert!(apply(&mut s, Action::UpdateStep));
    assert_eq!(weight(&s, FIRST_LINK), Some(w - 0.3 * grad));
    assert_eq!(s.epoch, epoch, "an update is not an epoch");
    // Without an inspected point there is nothing to update from.
    apply(&mut s, Action::InspectPoint(None));
    assert!(!apply(&mut s, Action::UpdateStep));
}

#[test]
fn the_backward_view_draws_the_links_by_the_points_gradients() {
    let (mut s, _) = open("");
    apply(&mut s, Action::SetBackward(true));
    assert_eq!(s.inspect, Some(0), "inspects the first point");
    let grads = s.grad_net.clone().unwrap_or_default();
    let trace = s.trace.clone().unwrap_or_default();
    assert_eq!(grads.layers[0].weights, trace.weight_grads[0]);
    apply(&mut s, Action::SetBackward(false));
    assert!(s.grad_net.is_none());
}

#[test]
fn clicking_a_training_point_inspects_that_point_and_other_splits_are_ignored() {
    // The default features are x₁ and x₂, so the trace's inputs are the point's coordinates.
    let (mut s, _) = open("");
    let of_split = |s: &AppState, split: Split| -> Vec<usize> {
        let points = s.points.iter().enumerate();
        points
            .filter(|(_, p)| p.split == split)
            .map(|(i, _)| i)
            .collect()
    };
    let clicked = of_split(&s, Split::Train)[7];
    assert!(apply(&mut s, Action::InspectDatasetPoint(clicked)));
    assert_eq!(s.inspected_point, Some(clicked));
    let inputs = s
        .trace
        .as_ref()
        .map(|t| t.inputs.clone())
        .unwrap_or_default();
    assert_eq!(inputs, s.points[clicked].x);
    let inspected = s.inspect;
    for other in [Split::Validation, Split::Test] {
        if let Some(&i) = of_split(&s, other).first() {
            assert!(!apply(&mut s, Action::InspectDatasetPoint(i)), "{other:?}");
            assert_eq!(s.inspect, inspected);
        }
    }
    assert!(!apply(&mut s, Action::InspectDatasetPoint(usize::MAX)));
}
