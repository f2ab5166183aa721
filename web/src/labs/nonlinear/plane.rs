//! The pictures of the non-linearity lab: the trained network's output over the input plane
//! (painted by the engine's grid pass) with the data and, for a linear network, the
//! collapsed map's boundary line; and the warped grid — the input plane's grid lines and
//! points before and after the hidden layer of a 2-2-1 network, with the one straight line
//! its output neuron can draw there.

use std::rc::Rc;

use neurite_data::DOMAIN;
use neurite_labs::nonlinear::WarpedGrid;
use neurite_labs::{clip_line, Segment};
use neurite_playground::Session;
use yew::prelude::*;

use crate::components::heatmap::Heatmap;
use crate::components::plot::axes;
use crate::view::colors::{class_color, css};
use crate::view::plot::Frame;
use crate::view::Field;

const SIDE: f64 = 300.0;

/// The square frame over `x × y`.
fn square(x: (f64, f64), y: (f64, f64)) -> Frame {
    Frame::new(x, y, SIDE, SIDE)
}

/// The data frame `[−6, 6]²`.
fn data_frame() -> Frame {
    let (lo, hi) = (f64::from(DOMAIN.0), f64::from(DOMAIN.1));
    square((lo, hi), (lo, hi))
}

/// Points as small circles in their class colour.
fn dots<'a>(f: &Frame, pts: impl Iterator<Item = ([f32; 2], Option<usize>)> + 'a) -> Html {
    html! {
        <g class="points">
            { for pts.filter(|(p, _)| p[0].is_finite() && p[1].is_finite()).map(|(p, class)| html! {
                <circle cx={format!("{:.1}", f.px(p[0].into()))} cy={format!("{:.1}", f.py(p[1].into()))} r="2.6"
                    fill={css(class_color(class.unwrap_or(0)))} />
            }) }
        </g>
    }
}

/// The output plane: heatmap, data points, and the collapsed boundary if there is one.
pub fn output_plane(
    session: &Session,
    map: Option<Rc<Field>>,
    line: Option<Segment>,
    label: &str,
) -> Html {
    let f = data_frame();
    let data = session.dataset();
    let pts = data.points.iter().map(|p| {
        (
            [p.coords[0], p.coords.get(1).copied().unwrap_or(0.0)],
            p.label.class(),
        )
    });
    let version = session.trainer().epoch() as u64;
    html! {
        <div class="plane-stack nonlinear-plane">
            if let Some(field) = map {
                <Heatmap field={field} version={version} class="plane-map" testid="output-map" />
            }
            <svg viewBox={format!("0 0 {SIDE} {SIDE}")} class="plane-overlay" role="img" aria-label={label.to_string()}>
                { axes(&f) }
                { dots(&f, pts) }
                if let Some(s) = line {
                    <line class="decision" data-testid="collapsed-line"
                        x1={f.px(s.from[0].into()).to_string()} y1={f.py(s.from[1].into()).to_string()}
                        x2={f.px(s.to[0].into()).to_string()} y2={f.py(s.to[1].into()).to_string()} />
                }
            </svg>
        </div>
    }
}

/// The bounding box of the finite points, widened by 8 % (and to at least ±0.5 around its
/// centre, so a collapsed cloud still has room).
fn bounds<'a>(pts: impl Iterator<Item = &'a [f32; 2]>) -> ((f64, f64), (f64, f64)) {
    let (mut x, mut y) = ((f64::MAX, f64::MIN), (f64::MAX, f64::MIN));
    for p in pts.filter(|p| p[0].is_finite() && p[1].is_finite()) {
        let (a, b) = (f64::from(p[0]), f64::from(p[1]));
        x = (x.0.min(a), x.1.max(a));
        y = (y.0.min(b), y.1.max(b));
    }
    let widen = |(lo, hi): (f64, f64)| {
        if lo > hi {
            return (-1.0, 1.0);
        }
        let (c, half) = ((lo + hi) / 2.0, ((hi - lo) / 2.0 * 1.08).max(0.5));
        (c - half, c + half)
    };
    (widen(x), widen(y))
}

/// Grid lines as one path.
fn lines(f: &Frame, lines: &[Vec<[f32; 2]>]) -> String {
    lines
        .iter()
        .map(|l| f.path(l.iter().map(|p| (f64::from(p[0]), f64::from(p[1])))))
        .collect()
}

/// The output neuron's boundary `w₁h₁ + w₂h₂ + b = 0` in the hidden plane of a 2-2-1
/// network (its weights read from the engine), clipped to a square holding the window.
fn output_line(session: &Session, x: (f64, f64), y: (f64, f64)) -> Option<Segment> {
    let layers = session.trainer().network().layers();
    let out = layers.get(1).filter(|_| layers.len() == 2)?;
    let (a, b, c) = (
        *out.weights.get((0, 0))?,
        *out.weights.get((0, 1))?,
        *out.bias.first()?,
    );
    let half = [x.0, x.1, y.0, y.1]
        .iter()
        .fold(0.0f64, |m, v| m.max(v.abs()));
    clip_line(a.into(), b.into(), c.into(), half)
}

/// The input plane and the plane of the first hidden layer (h₁, h₂), side by side, with
/// the output neuron's line in the second.
pub fn warp_view(g: &WarpedGrid, session: &Session, before: &str, after: &str) -> Html {
    let fin = data_frame();
    let (x, y) = bounds(
        g.warped
            .iter()
            .flatten()
            .chain(g.points.iter().map(|p| &p.at)),
    );
    let fout = square(x, y);
    let line = output_line(session, x, y);
    let (x0, x1, y0, y1) = (fout.px(x.0), fout.px(x.1), fout.py(y.0), fout.py(y.1));
    let inputs = session.dataset().points.iter().map(|p| {
        (
            [p.coords[0], p.coords.get(1).copied().unwrap_or(0.0)],
            p.label.class(),
        )
    });
    let outputs = g.points.iter().map(|p| (p.at, p.class));
    html! {
        <div class="warp-pair">
            <figure>
                <svg viewBox={format!("0 0 {SIDE} {SIDE}")} role="img" aria-label={before.to_string()} data-testid="warp-input">
                    { axes(&fin) }
                    <path class="grid-lines" d={lines(&fin, &g.lines)} />
                    { dots(&fin, inputs) }
                </svg>
                <figcaption class="muted">{ before.to_string() }</figcaption>
            </figure>
            <figure>
                <svg viewBox={format!("0 0 {SIDE} {SIDE}")} role="img" aria-label={after.to_string()} data-testid="warp-hidden">
                    { axes(&fout) }
                    <clipPath id="warp-clip">
                        <rect x={x0.to_string()} y={y1.to_string()} width={(x1 - x0).to_string()} height={(y0 - y1).to_string()} />
                    </clipPath>
                    <path class="grid-lines" d={lines(&fout, &g.warped)} />
                    { dots(&fout, outputs) }
                    if let Some(s) = line {
                        <line class="decision" data-testid="warp-line" clip-path="url(#warp-clip)"
                            x1={fout.px(s.from[0].into()).to_string()} y1={fout.py(s.from[1].into()).to_string()}
                            x2={fout.px(s.to[0].into()).to_string()} y2={fout.py(s.to[1].into()).to_string()} />
                    }
                </svg>
                <figcaption class="muted">{ after.to_string() }</figcaption>
            </figure>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_hold_the_points() {
        let pts = [[0.0f32, 1.0], [2.0, -1.0], [f32::NAN, 9.0]];
        let (x, y) = bounds(pts.iter());
        assert!(x.0 < 0.0 && x.1 > 2.0 && y.0 < -1.0 && y.1 > 1.0);
        assert_eq!(bounds([].iter()), ((-1.0, 1.0), (-1.0, 1.0)));
        let (x, _) = bounds([[3.0f32, 3.0]].iter());
        assert_eq!(x, (2.5, 3.5));
    }
}
