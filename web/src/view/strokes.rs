//! Every link of the network as canvas strokes (pure): colour by sign, width by |w| relative
//! to its layer's largest weight, removed links faint and dashed, the selected link on top.
//! Links of equal look share one stroke group, so the canvas strokes a few dozen paths, not
//! one per link (a 9-32-…-32-1 network has 7,488 links).

use super::colors::{css, NEGATIVE, POSITIVE};

/// A straight segment `((x₀, y₀), (x₁, y₁))` in CSS pixels.
pub type Segment = ((f64, f64), (f64, f64));
use super::ids::{LinkId, Selection};
use super::layout::link_segment;
use super::net::NetView;

/// Widths are rounded to this step (px) so that links group; finer is invisible.
const WIDTH_STEP: f64 = 0.5;
/// Colour of removed links.
const REMOVED: &str = "#9aa0a6";

/// One stroke: a colour, a width, a dash and the segments `((x₀, y₀), (x₁, y₁))` it draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    pub colour: String,
    pub width: f64,
    pub dashed: bool,
    pub alpha: f64,
    pub segments: Vec<Segment>,
}

/// Width of a present link of weight `w` in a layer whose largest |w| is `max_abs`.
pub fn link_width(w: f32, max_abs: f32) -> f64 {
    let rel = if max_abs > 0.0 && w.is_finite() {
        f64::from((w.abs() / max_abs).min(1.0))
    } else {
        0.0
    };
    0.6 + 5.4 * rel
}

/// The strokes of every link, grouped by look; the selected link last, drawn wider.
pub fn link_strokes(net: &NetView, selection: Option<Selection>) -> Vec<Stroke> {
    // Key: (sign, width bucket, removed) → group index.
    let mut groups: Vec<(Look, Stroke)> = Vec::new();
    let mut selected = None;
    for (engine, layer) in net.layers.iter().enumerate() {
        let max_abs = layer.max_abs();
        for to in 0..layer.outputs {
            for from in 0..layer.inputs {
                let id = LinkId {
                    layer: engine + 1,
                    from,
                    to,
                };
                let w = layer.weight(to, from).unwrap_or(0.0);
                let enabled = layer.is_enabled(to, from);
                let width = if enabled { link_width(w, max_abs) } else { 1.0 };
                let bucket = (width / WIDTH_STEP).round() as i64;
                let key = (w < 0.0, bucket, !enabled);
                if selection == Some(Selection::Link(id)) {
                    selected = Some((key, link_segment(id)));
                    continue;
                }
                let i = match groups.iter().position(|(k, _)| *k == key) {
                    Some(i) => i,
                    None => {
                        groups.push((key, stroke_for(key)));
                        groups.len() - 1
                    }
                };
                groups[i].1.segments.push(link_segment(id));
            }
        }
    }
    let mut out: Vec<Stroke> = groups.into_iter().map(|(_, s)| s).collect();
    if let Some((key, seg)) = selected {
        let mut s = stroke_for(key);
        s.width += 2.0;
        s.alpha = 1.0;
        s.segments.push(seg);
        out.push(s);
    }
    out
}

/// How a link looks: negative, width bucket, removed.
type Look = (bool, i64, bool);

fn stroke_for((negative, bucket, removed): Look) -> Stroke {
    Stroke {
        colour: if removed {
            REMOVED.to_string()
        } else if negative {
            css(NEGATIVE)
        } else {
            css(POSITIVE)
        },
        width: bucket as f64 * WIDTH_STEP,
        dashed: removed,
        alpha: if removed { 0.6 } else { 0.85 },
        segments: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::view::LayerView;

    #[test]
    fn every_link_is_drawn_once_grouped_by_look() {
        let layer = LayerView {
            inputs: 2,
            outputs: 2,
            weights: vec![1.0, -1.0, 0.5, 0.0],
            enabled: vec![true, true, true, false],
            ..LayerView::default()
        };
        let net = NetView {
            inputs: vec!["a".into(), "b".into()],
            layers: vec![Rc::new(layer)],
        };
        let strokes = link_strokes(&net, None);
        let total: usize = strokes.iter().map(|s| s.segments.len()).sum();
        assert_eq!(total, 4);
        assert_eq!(strokes.iter().filter(|s| s.dashed).count(), 1);
        assert!(strokes.iter().any(|s| s.colour == css(NEGATIVE)));
        let sel = Selection::Link(LinkId {
            layer: 1,
            from: 1,
            to: 0,
        });
        let strokes = link_strokes(&net, Some(sel));
        let last = strokes
            .last()
            .cloned()
            .unwrap_or_else(|| stroke_for((false, 0, false)));
        assert_eq!(
            last.segments,
            vec![link_segment(LinkId {
                layer: 1,
                from: 1,
                to: 0
            })]
        );
        assert_eq!(strokes.iter().map(|s| s.segments.len()).sum::<usize>(), 4);
    }
}
