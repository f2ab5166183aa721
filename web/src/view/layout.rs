//! Where the network view draws things (pure): neuron boxes in columns, each link a straight
//! segment from the right edge of its source to the left edge of its target, and which link
//! a pointer is on (for the links canvas, which has no elements to click).

use super::ids::LinkId;
use super::net::NetView;

/// Side of a neuron box, px.
pub const NODE: f64 = 40.0;
/// Vertical gap between boxes, px.
pub const GAP: f64 = 12.0;
/// Distance between layer columns, px.
pub const PITCH: f64 = 128.0;
/// Left margin (room for the input labels), px.
pub const LEFT: f64 = 56.0;
/// Top margin (room for the layer headers: ± neurons, activation, normalization), px.
pub const TOP: f64 = 90.0;
/// How near a pointer must be to a link's line to hit it, px.
pub const HIT_RADIUS: f64 = 4.0;

/// Left edge of UI layer `layer`'s column.
pub fn column_x(layer: usize) -> f64 {
    LEFT + layer as f64 * PITCH
}

/// Top edge of neuron `index`'s box.
pub fn row_y(index: usize) -> f64 {
    TOP + index as f64 * (NODE + GAP)
}

/// The segment of link `id`: start (source's right edge) and end (target's left edge).
pub fn link_segment(id: LinkId) -> ((f64, f64), (f64, f64)) {
    let a = (
        column_x(id.layer.saturating_sub(1)) + NODE,
        row_y(id.from) + NODE / 2.0,
    );
    let b = (column_x(id.layer), row_y(id.to) + NODE / 2.0);
    (a, b)
}

/// Handles sit between these fractions of their link's length, by target neuron.
const HANDLE_SPAN: (f64, f64) = (0.2, 0.8);
/// Largest handle radius, px.
const HANDLE_RADIUS: f64 = 5.0;

/// How far along link `to` of a layer with `outputs` targets its handle sits: evenly from
/// 0.2 (the first target) to 0.8 (the last), so links into different neurons have handles
/// at different x and links into the same neuron at heights (1 − t)·52 px or more apart.
fn handle_at(to: usize, outputs: usize) -> f64 {
    if outputs <= 1 {
        return 0.5;
    }
    HANDLE_SPAN.0 + (HANDLE_SPAN.1 - HANDLE_SPAN.0) * to as f64 / (outputs - 1) as f64
}

/// The centre of the handle of link `id` in a layer with `outputs` targets.
pub fn handle_centre(id: LinkId, outputs: usize) -> (f64, f64) {
    let (a, b) = link_segment(id);
    let t = handle_at(id.to, outputs);
    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
}

/// The radius of a layer's handles: as large as [`HANDLE_RADIUS`] allows while no handle
/// covers another's centre. Two handles into different targets are at least the x step
/// between targets apart; two into the same target at least `(1 − 0.8)` rows.
pub fn handle_radius(outputs: usize) -> f64 {
    let gap = PITCH - NODE;
    let x_step = if outputs > 1 {
        (HANDLE_SPAN.1 - HANDLE_SPAN.0) * gap / (outputs - 1) as f64
    } else {
        f64::INFINITY
    };
    let y_step = (1.0 - HANDLE_SPAN.1) * (NODE + GAP);
    (0.49 * x_step.min(y_step)).min(HANDLE_RADIUS)
}

/// The view's size for these layer sizes: `(width, height)` px.
pub fn size(sizes: &[usize]) -> (f64, f64) {
    let columns = sizes.len().max(1);
    let tallest = sizes.iter().copied().max().unwrap_or(1);
    (column_x(columns - 1) + NODE + 24.0, row_y(tallest) + 8.0)
}

/// Distance from `p` to the segment `a`–`b`.
fn distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (cx, cy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - cx).powi(2) + (p.1 - cy).powi(2)).sqrt()
}

/// The link nearest to `p` within [`HIT_RADIUS`], if any. Only the layer whose column gap
/// holds `p.0` can be hit, so this scans one layer's links.
pub fn link_at(net: &NetView, p: (f64, f64)) -> Option<LinkId> {
    let ui = (1..=net.layers.len())
        .find(|&l| p.0 >= column_x(l - 1) + NODE - HIT_RADIUS && p.0 <= column_x(l) + HIT_RADIUS)?;
    let layer = net.layer(ui)?;
    let mut best: Option<(f64, LinkId)> = None;
    for to in 0..layer.outputs {
        for from in 0..layer.inputs {
            let id = LinkId {
                layer: ui,
                from,
                to,
            };
            let (a, b) = link_segment(id);
            let d = distance(p, a, b);
            if d <= HIT_RADIUS && best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, id));
            }
        }
    }
    best.map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::view::LayerView;

    fn net(sizes: &[usize]) -> NetView {
        NetView {
            inputs: (0..sizes[0]).map(|i| format!("x{i}")).collect(),
            layers: sizes
                .windows(2)
                .map(|w| {
                    Rc::new(LayerView {
                        inputs: w[0],
                        outputs: w[1],
                        weights: vec![0.5; w[0] * w[1]],
                        ..LayerView::default()
                    })
                })
                .collect(),
        }
    }

    #[test]
    fn a_point_on_a_link_hits_that_link_and_empty_space_nothing() {
        let n = net(&[2, 3, 1]);
        for id in [
            LinkId {
                layer: 1,
                from: 1,
                to: 2,
            },
            LinkId {
                layer: 2,
                from: 2,
                to: 0,
            },
        ] {
            let (a, b) = link_segment(id);
            let mid = (a.0 + 0.3 * (b.0 - a.0), a.1 + 0.3 * (b.1 - a.1));
            assert_eq!(link_at(&n, mid), Some(id));
        }
        assert_eq!(link_at(&n, (1.0, 1.0)), None);
        // Every handle's centre is covered by no other handle, in small and wide layers.
        for (inputs, outputs) in [(2, 3), (9, 32), (32, 32), (32, 1)] {
            let r = handle_radius(outputs);
            let centres: Vec<(f64, f64)> = (0..inputs)
                .flat_map(|f| (0..outputs).map(move |t| (f, t)))
                .map(|(f, t)| {
                    handle_centre(
                        LinkId {
                            layer: 1,
                            from: f,
                            to: t,
                        },
                        outputs,
                    )
                })
                .collect();
            for (i, a) in centres.iter().enumerate() {
                for b in &centres[i + 1..] {
                    let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
                    assert!(
                        d > r,
                        "{inputs}→{outputs}: {a:?} and {b:?} are {d} apart, r = {r}"
                    );
                }
            }
        }
        assert_eq!(handle_radius(3), 5.0);
    }
}
