//! The surface plot: the loss painted with iso-lines (2-D) or drawn as a curve
//! (1-D), every run's path on it in its optimizer's colour, the start (a ring) and the
//! minimum (a cross). Clicking the plot sets the start: the pointer's pixel position is
//! mapped back to data coordinates by the frame's inverse.

use neurite_labs::{Descent, LossSurface};
use neurite_nn::OptimizerKind;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::picture::Picture;
use crate::components::heatmap::Heatmap;
use crate::components::plot::axes;
use crate::view::plot::Frame;

/// Most points drawn as dots on the 1-D curve (longer runs: the line only).
const MAX_DOTS: usize = 300;

/// The SVG size of the plot for a surface with `dims` parameters.
pub fn size(dims: usize) -> (f64, f64) {
    if dims == 1 {
        (420.0, 280.0)
    } else {
        (360.0, 360.0)
    }
}

/// The frame of `pic`.
pub fn frame(pic: &Picture, dims: usize) -> Frame {
    let (w, h) = size(dims);
    Frame::new(pic.x, pic.y, w, h)
}

/// The iso-lines as one SVG path (computed once per picture, not per frame).
pub fn contour_path(pic: &Picture, f: &Frame) -> String {
    let mut d = String::with_capacity(pic.contours.len() * 28);
    for [(ax, ay), (bx, by)] in &pic.contours {
        d.push_str(&format!(
            "M{:.1},{:.1}L{:.1},{:.1}",
            f.px(*ax),
            f.py(*ay),
            f.px(*bx),
            f.py(*by)
        ));
    }
    d
}

/// The CSS class of an optimizer's path.
pub fn kind_class(kind: OptimizerKind) -> &'static str {
    match kind {
        OptimizerKind::Sgd => "run-sgd",
        OptimizerKind::Momentum => "run-momentum",
        OptimizerKind::Adam => "run-adam",
    }
}

/// The point of a run as drawn: `(x, y)` in 2-D, `(x, L)` on the 1-D curve.
fn points(run: &Descent, dims: usize) -> Vec<(f64, f64)> {
    run.path()
        .iter()
        .zip(run.losses())
        .map(|(p, l)| {
            let y = if dims == 1 { *l } else { p[1] };
            (f64::from(p[0]), f64::from(y))
        })
        .collect()
}

/// A path through the points, broken at non-finite ones (the plot's clip hides the rest).
fn line(f: &Frame, pts: &[(f64, f64)]) -> String {
    let mut d = String::new();
    let mut down = false;
    for &(x, y) in pts {
        if !(x.is_finite() && y.is_finite()) {
            down = false;
            continue;
        }
        d.push_str(&format!(
            "{}{:.1},{:.1} ",
            if down { 'L' } else { 'M' },
            f.px(x),
            f.py(y)
        ));
        down = true;
    }
    d
}

/// One run: its path, dots on the 1-D curve, and where it is now.
fn run_view(f: &Frame, run: &Descent, dims: usize) -> Html {
    let pts = points(run, dims);
    let class = kind_class(run.config().kind);
    let now = pts
        .iter()
        .rev()
        .find(|(x, y)| x.is_finite() && y.is_finite())
        .copied();
    let dots = (dims == 1 && pts.len() <= MAX_DOTS).then(|| {
        let finite = pts.iter().filter(|(x, y)| x.is_finite() && y.is_finite());
        html! { <>{ for finite.map(|&(x, y)| html! {
            <circle class="dot" cx={format!("{:.1}", f.px(x))} cy={format!("{:.1}", f.py(y))} r="2.5" />
        }) }</> }
    });
    html! {
        <g class={classes!("run", class)} data-testid={format!("path-{class}")}
            data-points={pts.len().to_string()}>
            <path class="trail" d={line(f, &pts)} />
            { for dots }
            if let Some((x, y)) = now {
                <circle class="now" cx={format!("{:.1}", f.px(x))} cy={format!("{:.1}", f.py(y))} r="5" />
            }
        </g>
    }
}

/// The plot. `on_start` receives the clicked data point.
pub fn surface_plot(
    pic: &Picture,
    contours: &str,
    surface: LossSurface,
    start: [f32; 2],
    runs: &[Descent],
    label: &str,
    on_start: Callback<[f64; 2]>,
) -> Html {
    let dims = surface.dims();
    let f = frame(pic, dims);
    let (w, h) = size(dims);
    let onclick = {
        Callback::from(move |e: MouseEvent| {
            // Yew delegates events to its root, so find the plot from the event's target.
            let svg = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.closest(".surface-plot").ok().flatten());
            let Some(svg) = svg else { return };
            let r = svg.get_bounding_client_rect();
            if r.width() <= 0.0 || r.height() <= 0.0 {
                return;
            }
            let px = (f64::from(e.client_x()) - r.left()) / r.width() * w;
            let py = (f64::from(e.client_y()) - r.top()) / r.height() * h;
            on_start.emit([f.x_at(px), f.y_at(py)]);
        })
    };
    let (x0, x1, y0, y1) = (f.px(f.x.0), f.px(f.x.1), f.py(f.y.0), f.py(f.y.1));
    let pct = |v: f64, of: f64| format!("{:.3}%", v / of * 100.0);
    let map_style = format!(
        "left:{};top:{};width:{};height:{}",
        pct(x0, w),
        pct(y1, h),
        pct(x1 - x0, w),
        pct(y0 - y1, h)
    );
    let [mx, my] = surface.minimum();
    let (mx, my) = if dims == 1 {
        (f64::from(mx), 0.0)
    } else {
        (f64::from(mx), f64::from(my))
    };
    let (sx, sy) = if dims == 1 {
        (f64::from(start[0]), f64::from(surface.value(start[0], 0.0)))
    } else {
        (f64::from(start[0]), f64::from(start[1]))
    };
    let curve =
        (dims == 1).then(|| html! { <path class="curve" d={f.path(pic.curve.iter().copied())} /> });
    html! {
        <div class="surface-stack" style={format!("aspect-ratio:{w}/{h}")}>
            if let Some(field) = &pic.field {
                <div class="surface-map" style={map_style}>
                    <Heatmap field={field.clone()} version={0} testid="surface-map" />
                </div>
            }
            <svg viewBox={format!("0 0 {w} {h}")} class="surface-plot" data-testid="surface-plot"
                role="img" aria-label={label.to_string()} onclick={onclick}>
                <clipPath id="surface-clip">
                    <rect x={x0.to_string()} y={y1.to_string()} width={(x1 - x0).to_string()} height={(y0 - y1).to_string()} />
                </clipPath>
                { axes(&f) }
                <g clip-path="url(#surface-clip)">
                    <path class="contours" d={contours.to_string()} />
                    { for curve }
                    { for runs.iter().rev().map(|r| run_view(&f, r, dims)) }
                </g>
                <text class="minimum" x={f.px(mx).to_string()} y={(f.py(my) + 5.0).to_string()} text-anchor="middle">{ "×" }</text>
                <circle class="start" cx={f.px(sx).to_string()} cy={f.py(sy).to_string()} r="6" />
            </svg>
        </div>
    }
}
