//! Drawing and erasing points on the data plane. The first edit copies the generated points
//! into the state's own points; every edit rebuilds the session keeping the current weights,
//! so drawing reshapes the data without resetting what the network has learned.
//!
//! On 2-D data a click adds a point at (x₁, x₂) with the chosen class or value; on 1-D
//! data the plane is the (x, y) plot, so a click adds the point (x, y) itself.

use neurite_data::{Dataset, Label, Point, Task};

use super::Engine;
use crate::view::plane::{from_plane, line_span, to_plane};
use crate::view::DrawTool;

/// Erase radius, as a fraction of the plane's side.
const ERASE_RADIUS: f32 = 0.5 / 12.0;
/// Smallest distance between two drawn points (plane fraction), so a drag does not pile
/// points up.
const MIN_SPACING: f32 = 0.25 / 12.0;

/// Whether `p` lies within `r` (plane fraction) of the plane position `(fx, fy)`.
fn near(p: &Point, dims: usize, span: f32, (fx, fy): (f32, f32), r: f32) -> bool {
    let (px, py) = to_plane(p, dims, span);
    let (dx, dy) = (px - fx, py - fy);
    dx * dx + dy * dy <= r * r
}

fn label_for(task: Task, dims: usize, tool: DrawTool, value: f32) -> Option<Label> {
    match (task, tool) {
        (Task::Regression, DrawTool::Value(_)) if dims == 1 => Some(Label::Value(value)),
        (Task::Regression, DrawTool::Value(v)) => Some(Label::Value(v)),
        (t, DrawTool::Class(k)) if t.classes().is_some_and(|n| k < n) => Some(Label::Class(k)),
        _ => None,
    }
}

impl Engine {
    /// Applies `f` to a copy of the points (1-D and 2-D data only) and, when it reports a
    /// change, rebuilds the session keeping the weights. `Ok(false)`: nothing changed.
    fn edit_points(&mut self, f: impl FnOnce(&mut Dataset) -> bool) -> Result<bool, String> {
        let mut ds = self.session.dataset().clone();
        if !matches!(ds.dims, 1 | 2) || !f(&mut ds) {
            return Ok(false);
        }
        self.rebuild_keeping_weights(|st| st.points = Some(ds))?;
        Ok(true)
    }

    /// Adds or erases points at a plane position; `Ok(false)` when nothing changed.
    pub fn draw_at(&mut self, fx: f64, fy: f64, tool: DrawTool) -> Result<bool, String> {
        let at = (fx as f32, fy as f32);
        self.edit_points(|ds| {
            let (dims, span) = (ds.dims, line_span(ds));
            let (x, y) = from_plane(fx, fy, dims, span);
            match tool {
                DrawTool::Erase => {
                    let before = ds.points.len();
                    ds.points.retain(|p| !near(p, dims, span, at, ERASE_RADIUS));
                    // Keep at least two points: a session needs something to train on.
                    before != ds.points.len() && ds.points.len() >= 2
                }
                _ => {
                    let Some(label) = label_for(ds.task, dims, tool, y) else {
                        return false;
                    };
                    if ds
                        .points
                        .iter()
                        .any(|p| near(p, dims, span, at, MIN_SPACING))
                    {
                        return false;
                    }
                    ds.points.push(if dims == 1 {
                        Point {
                            coords: vec![x],
                            label,
                        }
                    } else {
                        Point::xy(x as f64, y as f64, label)
                    });
                    true
                }
            }
        })
    }

    /// Removes every point but a seed pair (one per class), leaving a canvas to draw on.
    pub fn clear_points(&mut self) -> Result<bool, String> {
        self.edit_points(|ds| {
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
}
