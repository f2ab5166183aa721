//! The data: which dataset and with what noise, classes and split, new draws, points drawn
//! or erased by hand, and CSV import. Generator settings rebuild from the seed; drawn
//! points keep the weights, so drawing reshapes the data without resetting what was learned.

use neurite_data::{parse_csv, DatasetKind, DatasetSpec};

use super::change::{engine_change, rebuild};
use super::refresh::refresh_all;
use super::{AppState, CsvOutcome};
use crate::view::DrawTool;

pub fn set_dataset(s: &mut AppState, kind: DatasetKind) {
    rebuild(s, |st| {
        // Multi-class generators keep the class count the learner had (at least 3).
        let classes = st.dataset.classes.max(neurite_data::MIN_CLASSES);
        st.dataset = DatasetSpec {
            noise: st.dataset.noise,
            ..DatasetSpec::new(kind)
        };
        if kind.is_multiclass() {
            st.dataset.classes = classes.min(neurite_data::MAX_CLASSES);
        }
        st.points = None;
    });
}

pub fn set_noise(s: &mut AppState, noise: f32) {
    rebuild(s, |st| st.dataset.noise = noise);
}

pub fn set_classes(s: &mut AppState, k: usize) {
    rebuild(s, |st| st.dataset.classes = k);
}

/// Sets the train and validation percentages; the test split takes the rest.
pub fn set_split(s: &mut AppState, train: u8, validation: u8) {
    rebuild(s, |st| {
        let train = train.clamp(1, 100);
        let validation = validation.min(100 - train);
        st.training.split.train = train;
        st.training.split.validation = validation;
        st.training.split.test = 100 - train - validation;
    });
}

/// A new draw of the generator (the next seed); drawn points are dropped.
pub fn regenerate(s: &mut AppState) {
    rebuild(s, |st| {
        st.seed = st.seed.wrapping_add(1);
        st.points = None;
    });
}

/// Refreshes after a point edit; whether anything changed.
fn after_edit(s: &mut AppState, r: Result<bool, String>) -> bool {
    match r {
        Ok(false) => false,
        Ok(true) => {
            engine_change(s, Ok(()));
            refresh_all(s);
            true
        }
        Err(e) => {
            engine_change(s, Err(e));
            refresh_all(s);
            true
        }
    }
}

pub fn draw_at(s: &mut AppState, fx: f64, fy: f64, tool: DrawTool) -> bool {
    let r = s.engine.borrow_mut().draw_at(fx, fy, tool);
    after_edit(s, r)
}

pub fn clear_points(s: &mut AppState) -> bool {
    let r = s.engine.borrow_mut().clear_points();
    after_edit(s, r)
}

/// Imports CSV text as the data; a malformed file changes nothing and says where it failed.
pub fn import_csv(s: &mut AppState, text: &str) {
    match parse_csv(text, None) {
        Ok(ds) => {
            let n = ds.len();
            rebuild(s, |st| st.points = Some(ds));
            s.csv = Some(CsvOutcome::Imported(n));
        }
        Err(e) => {
            s.csv = Some(CsvOutcome::Failed {
                line: e.line,
                message: e.message,
            });
        }
    }
}
