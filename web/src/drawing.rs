//! Drawing and erasing points on the data plane. The first edit copies the generated points
//! into the state's own points; every edit rebuilds the session keeping the current weights,
//! so drawing reshapes the data without resetting what the network has learned.

use neurite_data::{Dataset, Label, Point, Task, DOMAIN};

use crate::refresh::refresh_all;
use crate::state::{AppState, Banner};
use crate::view::DrawTool;

/// Erase radius, in data units.
const ERASE_RADIUS: f32 = 0.5;
/// Smallest distance between two drawn points, so a drag does not pile points up.
const MIN_SPACING: f32 = 0.25;

/// Plane fractions → data coordinates.
fn to_data(fx: f64, fy: f64) -> (f32, f32) {
    let (lo, hi) = DOMAIN;
    let x = lo + fx as f32 * (hi - lo);
    let y = hi - fy as f32 * (hi - lo);
    (x, y)
}

fn near(p: &Point, x: f32, y: f32, r: f32) -> bool {
    let dx = p.coords.first().copied().unwrap_or(0.0) - x;
    let dy = p.coords.get(1).copied().unwrap_or(0.0) - y;
    dx * dx + dy * dy <= r * r
}

fn label_for(task: Task, tool: DrawTool) -> Option<Label> {
    match (task, tool) {
        (Task::Regression, DrawTool::Value(v)) => Some(Label::Value(v)),
        (t, DrawTool::Class(k)) if t.classes().is_some_and(|n| k < n) => Some(Label::Class(k)),
        _ => None,
    }
}

fn edit(s: &mut AppState, f: impl FnOnce(&mut Dataset) -> bool) -> bool {
    let mut ds = s.engine.borrow().session.dataset().clone();
    if ds.dims != 2 || !f(&mut ds) {
        return false;
    }
    let r = s
        .engine
        .borrow_mut()
        .rebuild_keeping_weights(|st| st.points = Some(ds));
    if let Err(e) = r {
        s.banner = Some(Banner::Error(e));
    }
    refresh_all(s);
    true
}

/// Adds or erases points at a plane position.
pub fn draw_at(s: &mut AppState, fx: f64, fy: f64, tool: DrawTool) -> bool {
    let (x, y) = to_data(fx, fy);
    edit(s, |ds| match tool {
        DrawTool::Erase => {
            let before = ds.points.len();
            ds.points.retain(|p| !near(p, x, y, ERASE_RADIUS));
            // Keep at least two points: a session needs something to train on.
            before != ds.points.len() && ds.points.len() >= 2
        }
        _ => {
            let Some(label) = label_for(ds.task, tool) else {
                return false;
            };
            if ds.points.iter().any(|p| near(p, x, y, MIN_SPACING)) {
                return false;
            }
            ds.points.push(Point::xy(x as f64, y as f64, label));
            true
        }
    })
}

/// Removes every point but a seed pair (one per class), leaving a canvas to draw on.
pub fn clear(s: &mut AppState) -> bool {
    edit(s, |ds| {
        let keep: Vec<Point> = match ds.task.classes() {
            Some(k) => (0..k)
                .filter_map(|c| {
                    ds.points
                        .iter()
                        .find(|p| p.label == Label::Class(c))
                        .cloned()
                })
                .collect(),
            None => ds.points.iter().take(2).cloned().collect(),
        };
        ds.points = keep;
        true
    })
}
