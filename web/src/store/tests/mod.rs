//! Table tests of the reducer: each action's effect on a real engine, natively, with a clock
//! the test drives by hand. One file per concern.

mod editing;
mod inspect;
mod links;
mod query;
mod sharing;
mod storage;
mod training;

pub(super) use std::cell::Cell;
pub(super) use std::rc::Rc;

pub(super) use neurite_data::Feature;

pub(super) use super::{apply::apply, Action, AppState, Clock, CsvOutcome, RunStatus, Start};
pub(super) use crate::view::{DrawTool, LinkId, NeuronId, Selection};

/// A state opened from `hash`, and the clock it reads.
pub(super) fn open(hash: &str) -> (AppState, Rc<Cell<f64>>) {
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

pub(super) fn weight(s: &AppState, link: LinkId) -> Option<f32> {
    s.net
        .layer(link.layer)
        .and_then(|l| l.weight(link.to, link.from))
}

pub(super) const FIRST_LINK: LinkId = LinkId {
    layer: 1,
    from: 0,
    to: 0,
};
