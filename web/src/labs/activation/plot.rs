//! The activation lab's picture: f and f′ over x ∈ [−6, 6] on one pair of axes, the flat
//! regions (|f′| < ε) shaded, the points where f is not differentiable marked, the step
//! function dashed under the sigmoid, and at the learner's x the point, its tangent (slope
//! f′(x)) and the secant to x + h. Every number drawn comes from `ActivationLab` (the
//! engine's f and f′); this file only maps them to pixels.
//!
//! The point moves by pointer (a click or drag on the plot is mapped back from pixels to
//! data x) and by keyboard (the plot is a focusable slider: ← → move x by 0.1, with Shift
//! by 1).

use neurite_labs::activation::{Kink, KinkKind, Tangent, SATURATION_EPS, X};
use neurite_labs::ActivationLab;
use neurite_nn::Activation;
use yew::prelude::*;

use super::text::ActText;
use crate::components::plot::axes;
use crate::i18n::Lang;
use crate::view::plot::{plain, Frame};

/// Samples per curve: about one per pixel of the plot's width.
pub const SAMPLES: usize = 481;
const W: f64 = 480.0;
const H: f64 = 320.0;
/// Half-width of the window around a jump where its two levels are read.
const JUMP_SIDE: f32 = 1e-3;

/// The y window: f's range (at least [0, 1]) with f′ included, but f′ may not stretch the
/// window past one more span of f (so a steep σ(a·x), whose f′ peaks at a/4, stays
/// readable; the f′ spike then leaves the top and the slope read-out gives its value).
fn y_window(f: &[[f32; 2]], d: &[[f32; 2]]) -> (f64, f64) {
    let range = |pts: &[[f32; 2]]| {
        pts.iter()
            .map(|p| f64::from(p[1]))
            .filter(|y| y.is_finite())
            .fold((0.0f64, 0.0f64), |(lo, hi), y| (lo.min(y), hi.max(y)))
    };
    let (f_lo, f_hi) = range(f);
    let (f_lo, f_hi) = (f_lo.min(0.0), f_hi.max(1.0));
    let span = f_hi - f_lo;
    let (d_lo, d_hi) = range(d);
    let lo = d_lo.max(f_lo - span).min(f_lo);
    let hi = d_hi.min(f_hi + span).max(f_hi);
    let margin = 0.08 * (hi - lo);
    (lo - margin, hi + margin)
}

/// Data x under a pointer at fraction `fx` of the plot's width, to two decimals.
fn data_x(f: &Frame, fx: f64) -> f32 {
    let px = fx * f.width;
    let x = f.x.0 + (px - f.pad) / (f.width - 2.0 * f.pad) * (f.x.1 - f.x.0);
    ((x * 100.0).round() / 100.0) as f32
}

/// A straight line across the whole x range, drawn through `line.at`.
fn full_line(f: &Frame, line: &Tangent, class: &'static str, testid: &'static str) -> Html {
    let (a, b) = (X.min, X.max);
    html! {
        <line class={class} data-testid={testid}
            x1={f.px(a.into()).to_string()} y1={f.py(line.at(a).into()).to_string()}
            x2={f.px(b.into()).to_string()} y2={f.py(line.at(b).into()).to_string()} />
    }
}

/// The mark of a point where f is not differentiable.
fn kink_mark(f: &Frame, lab: &ActivationLab, k: Kink) -> Html {
    let x = f.px(k.x.into());
    match k.kind {
        KinkKind::Corner => {
            let y = f.py(lab.value(k.x).into());
            html! { <circle class="kink" data-testid="kink" cx={x.to_string()} cy={y.to_string()} r="7" /> }
        }
        KinkKind::Jump => {
            // The two levels either side, hollow; the engine's value at the jump, filled.
            let level = |x: f32| f.py(lab.value(x).into()).to_string();
            let (below, above, at) = (level(k.x - JUMP_SIDE), level(k.x + JUMP_SIDE), level(k.x));
            html! {
                <g class="kink jump" data-testid="kink">
                    <line x1={x.to_string()} x2={x.to_string()} y1={below.clone()} y2={above.clone()} />
                    <circle cx={x.to_string()} cy={below} r="5" />
                    <circle cx={x.to_string()} cy={above} r="5" />
                    <circle class="at" cx={x.to_string()} cy={at} r="3" />
                </g>
            }
        }
    }
}

/// Where a pointer event falls across `svg`, as a fraction of its width in [0, 1]. The
/// element comes from a `NodeRef`: with Yew's delegated events `current_target` is not the
/// SVG.
fn fraction_across(svg: &NodeRef, e: &PointerEvent) -> Option<f64> {
    let el = svg.cast::<web_sys::Element>()?;
    let rect = el.get_bounding_client_rect();
    (rect.width() > 0.0)
        .then(|| ((f64::from(e.client_x()) - rect.left()) / rect.width()).clamp(0.0, 1.0))
}

/// The handlers that move the point: pointer down and drag, and the arrow keys.
struct Handlers {
    down: Callback<PointerEvent>,
    moved: Callback<PointerEvent>,
    key: Callback<KeyboardEvent>,
}

fn handlers(f: Frame, at_x: f32, svg: &NodeRef, on_x: &Callback<f32>) -> Handlers {
    let down = {
        let (on_x, svg) = (on_x.clone(), svg.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(el) = svg.cast::<web_sys::Element>() {
                // Keep receiving moves while dragging outside the plot.
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            if let Some(fx) = fraction_across(&svg, &e) {
                on_x.emit(data_x(&f, fx));
            }
        })
    };
    let moved = {
        let (on_x, svg) = (on_x.clone(), svg.clone());
        Callback::from(move |e: PointerEvent| {
            if e.buttons() != 0 {
                if let Some(fx) = fraction_across(&svg, &e) {
                    on_x.emit(data_x(&f, fx));
                }
            }
        })
    };
    let key = {
        let on_x = on_x.clone();
        Callback::from(move |e: KeyboardEvent| {
            let step = if e.shift_key() { 1.0 } else { 0.1 };
            let delta = match e.key().as_str() {
                "ArrowLeft" | "ArrowDown" => -step,
                "ArrowRight" | "ArrowUp" => step,
                _ => return,
            };
            e.prevent_default();
            on_x.emit(((at_x + delta) * 100.0).round() / 100.0);
        })
    };
    Handlers { down, moved, key }
}

/// The legend under the plot.
fn legend(lab: &ActivationLab, lang: Lang, flat: bool) -> Html {
    let item = |class: &'static str, text: String| {
        html! { <li><span class={classes!("swatch", class)}></span>{ text }</li> }
    };
    html! {
        <ul class="act-legend">
            { item("f", ActText::LegendF.t(lang).to_string()) }
            { item("d", ActText::LegendD.t(lang).to_string()) }
            { item("tangent", ActText::LegendTangent.t(lang).to_string()) }
            { item("secant", ActText::LegendSecant.t(lang).to_string()) }
            if lab.activation == Activation::Sigmoid {
                { item("step", ActText::LegendStep.t(lang).to_string()) }
            }
            if flat {
                { item("flat", ActText::LegendFlat.fill(lang, &[&plain(SATURATION_EPS)])) }
            }
            if !lab.kinks().is_empty() {
                { item("kink", ActText::LegendKink.t(lang).to_string()) }
            }
        </ul>
    }
}

/// The plot of `lab` (drawn into the SVG `svg`); `on_x` receives a new tangent point.
pub fn plot(lab: &ActivationLab, lang: Lang, svg: &NodeRef, on_x: &Callback<f32>) -> Html {
    let curve = lab.curve(SAMPLES);
    let slopes = lab.derivative_curve(SAMPLES);
    let flat = lab.flat_regions(SATURATION_EPS, SAMPLES);
    let f = Frame::new(
        (X.min.into(), X.max.into()),
        y_window(&curve, &slopes),
        W,
        H,
    );
    let path = |pts: &[[f32; 2]]| f.path(pts.iter().map(|p| (f64::from(p[0]), f64::from(p[1]))));
    let (t, s) = (lab.tangent(), lab.secant());
    let secant_line = Tangent {
        x: s.x0,
        y: s.y0,
        slope: s.slope as f32,
    };
    let (top, bottom) = (f.py(f.y.1), f.py(f.y.0));
    let h = handlers(f, lab.at_x, svg, on_x);
    let (px, py) = (f.px(t.x.into()), f.py(t.y.into()));
    let slope_y = f64::from(t.slope);
    html! {
        <div class="act-plot">
            <svg viewBox={format!("0 0 {W} {H}")} role="slider" tabindex="0" data-testid="activation-plot"
                aria-label={ActText::PlotLabel.t(lang)} aria-valuemin={plain(X.min)} aria-valuemax={plain(X.max)}
                aria-valuenow={plain(lab.at_x)} ref={svg.clone()} onpointerdown={h.down} onpointermove={h.moved} onkeydown={h.key}>
                <defs><clipPath id="act-clip">
                    <rect x={f.px(f.x.0).to_string()} y={top.to_string()}
                        width={(f.px(f.x.1) - f.px(f.x.0)).to_string()} height={(bottom - top).to_string()} />
                </clipPath></defs>
                { for flat.iter().map(|r| html! {
                    <rect class="flat" data-testid="flat-region" x={f.px(r.from.into()).to_string()} y={top.to_string()}
                        width={(f.px(r.to.into()) - f.px(r.from.into())).max(1.0).to_string()} height={(bottom - top).to_string()} />
                }) }
                { axes(&f) }
                <g clip-path="url(#act-clip)">
                    if lab.activation == Activation::Sigmoid {
                        <path class="step-curve" data-testid="step-curve" d={path(&ActivationLab::step_curve(SAMPLES))} />
                    }
                    <path class="curve second" d={path(&slopes)} />
                    <path class="curve" d={path(&curve)} />
                    { full_line(&f, &secant_line, "secant", "secant-line") }
                    { full_line(&f, &t, "tangent", "tangent-line") }
                    if f.shows_y(slope_y) {
                        <line class="guide" x1={px.to_string()} x2={px.to_string()} y1={py.to_string()} y2={f.py(slope_y).to_string()} />
                        <circle class="on-derivative" cx={px.to_string()} cy={f.py(slope_y).to_string()} r="4" />
                    }
                </g>
                { for lab.kinks().iter().map(|&k| kink_mark(&f, lab, k)) }
                <circle class="secant-end" cx={f.px(s.x1.into()).to_string()} cy={f.py(s.y1.into()).to_string()} r="4" />
                <circle class="here" data-testid="tangent-point" cx={px.to_string()} cy={py.to_string()} r="6" />
            </svg>
            { legend(lab, lang, !flat.is_empty()) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_fractions_map_back_to_data_x() {
        let f = Frame::new((-6.0, 6.0), (0.0, 1.0), W, H);
        assert_eq!(data_x(&f, f.px(-6.0) / W), -6.0);
        assert_eq!(data_x(&f, f.px(1.25) / W), 1.25);
        assert_eq!(data_x(&f, 0.5), 0.0);
    }

    #[test]
    fn steep_sigmoid_keeps_the_window_readable() {
        let lab = ActivationLab {
            gain: 100.0,
            ..ActivationLab::default()
        };
        let (lo, hi) = y_window(&lab.curve(SAMPLES), &lab.derivative_curve(SAMPLES));
        assert!(lo < 0.0 && hi > 1.0 && hi < 2.5, "{lo} {hi}");
        let relu = ActivationLab {
            activation: Activation::Relu,
            ..ActivationLab::default()
        };
        let (lo, hi) = y_window(&relu.curve(SAMPLES), &relu.derivative_curve(SAMPLES));
        assert!(lo < 0.0 && hi > 6.0, "{lo} {hi}");
    }
}
