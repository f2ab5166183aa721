//! Training versus inference (学習 と 推論): in inference mode the trained model is only
//! applied, never changed — training pauses, and every action that would move a weight
//! (training, parameter edits, structure, data and training settings) is refused by the
//! reducer, so the locked controls cannot be bypassed; a click on the plane or typed
//! coordinates ask the model about a point, answered in both of the engine's modes
//! (`Session::query`).

use std::rc::Rc;

use super::refresh::refresh_params;
use super::{Action, AppState, RunStatus};

/// Whether `action` may run while inference mode is on: what only looks, asks or shares.
pub fn allowed_in_inference(action: &Action) -> bool {
    matches!(
        action,
        Action::SetInference(_)
            | Action::QueryAt { .. }
            | Action::Query(_)
            | Action::Select(_)
            | Action::Hover(_)
            | Action::InspectPoint(_)
            | Action::SetBackward(_)
            | Action::SetWiring(_)
            | Action::ShowTest(_)
            | Action::ShowValidation(_)
            | Action::Discretize(_)
            | Action::LogScale(_)
            | Action::ShowAccuracy(_)
            | Action::SetLang(_)
            | Action::DismissBanner
            | Action::SetShareWeights(_)
            | Action::SyncLink
            | Action::CopyLink
            | Action::OpenLink(_)
    )
}

/// Inference mode on (pausing training, ending any drawing) or off (forgetting the query).
pub fn set_inference(s: &mut AppState, on: bool) -> bool {
    if s.flags.inference == on {
        return false;
    }
    s.flags.inference = on;
    if on {
        s.draw = None;
        if s.playing {
            s.playing = false;
            s.status = RunStatus::Paused;
            s.pacer.set(Default::default());
        }
        refresh_params(s);
    } else {
        s.query = None;
    }
    true
}

/// Queries the plane position `(fx, fy)`.
pub fn query_at(s: &mut AppState, fx: f64, fy: f64) -> bool {
    let q = s.engine.borrow().query_at(fx, fy);
    answer(s, q)
}

/// Queries the raw coordinates `at`.
pub fn query(s: &mut AppState, at: &[f32]) -> bool {
    let q = s.engine.borrow().query(at);
    answer(s, q)
}

fn answer(s: &mut AppState, q: Option<crate::view::QueryView>) -> bool {
    if !s.flags.inference {
        return false;
    }
    match q {
        Some(q) => {
            s.query = Some(Rc::new(q));
            true
        }
        None => false,
    }
}
