//! The main output: the network's prediction over the data plane as a heatmap (2-D data) or
//! as a curve over x with the data as (x, y) dots (1-D data), the data points on top
//! (training always; test and validation on request), display toggles, the colour legend,
//! and drawing points when a draw tool is active. N-D data has no plane: an explanation and
//! a [`FitView`] stand in for it.
//!
//! Points are an SVG overlay in unit coordinates so they stay crisp whatever the heatmap's
//! resolution; the overlay is its own component keyed on the data version, so a training
//! frame repaints the canvas without re-diffing hundreds of circles.

use std::rc::Rc;

use neurite_data::DOMAIN;
use yew::prelude::*;

use super::fit_view::FitView;
use super::heatmap::Heatmap;
use crate::i18n::{Key, Lang};
use crate::platform::events;
use crate::store::Action;
use crate::view::colors::{self, Scale};
use crate::view::PlotMode;
use crate::view::{DrawTool, Field, Fit, PointView, Split};

/// Props of [`OutputPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct OutputPanelProps {
    pub field: Rc<Field>,
    pub version: u64,
    pub mode: PlotMode,
    /// Input columns of the data (named in the N-D explanation).
    pub dims: usize,
    pub fit: Option<Rc<Fit>>,
    pub points: Rc<Vec<PointView>>,
    pub data_version: u64,
    pub show_test: bool,
    pub show_val: bool,
    pub discretize: bool,
    pub draw: Option<DrawTool>,
    /// The dataset index of the inspected training point.
    pub inspected: Option<usize>,
    /// Inference mode: a click queries the model instead of inspecting a point.
    pub inference: bool,
    /// Where the queried point's answer sits (plane fractions).
    pub query: Option<(f32, f32)>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[derive(Properties, PartialEq, Clone)]
struct PointsProps {
    points: Rc<Vec<PointView>>,
    data_version: u64,
    show_test: bool,
    show_val: bool,
    on_hover: Callback<Option<usize>>,
    /// A click on a training point inspects it; `None` while a drawing tool is active.
    on_pick: Option<Callback<usize>>,
    /// The dataset index of the inspected point, drawn ringed.
    inspected: Option<usize>,
}

fn point_color(p: &PointView) -> String {
    match p.class {
        Some(k) => colors::css(colors::class_color(k)),
        None => colors::css(colors::diverging(p.value)),
    }
}

#[component]
fn Points(props: &PointsProps) -> Html {
    let visible = |p: &PointView| match p.split {
        Split::Train => true,
        Split::Validation => props.show_val,
        Split::Test => props.show_test,
    };
    let circles = props.points.iter().enumerate().filter(|(_, p)| visible(p));
    html! {
        <svg class="points" viewBox="0 0 100 100" preserveAspectRatio="none">
            { for circles.map(|(i, p)| {
                let enter = props.on_hover.reform(move |_: MouseEvent| Some(i));
                let pick = props.on_pick.as_ref().filter(|_| p.split == Split::Train);
                let onclick = pick.map(|pick| pick.reform(move |_: MouseEvent| i));
                let class = match (p.split, onclick.is_some()) {
                    (Split::Train, true) => "pt pick",
                    (Split::Train, false) => "pt",
                    (Split::Validation, _) => "pt val",
                    (Split::Test, _) => "pt test",
                };
                html! {
                    <circle class={class} cx={format!("{:.2}", p.fx * 100.0)}
                        cy={format!("{:.2}", p.fy * 100.0)} r="1.3" fill={point_color(p)}
                        onmouseenter={enter} onclick={onclick} />
                }
            }) }
            if let Some(p) = props.inspected.and_then(|i| props.points.get(i)) {
                <circle class="inspected-ring" data-testid="inspected-point" cx={format!("{:.2}", p.fx * 100.0)}
                    cy={format!("{:.2}", p.fy * 100.0)} r="2.6" />
            }
        </svg>
    }
}

/// The colour key of the output heatmap: class swatches for K classes, else the value
/// gradient with its two ends.
fn legend(field: &Field, lang: Lang) -> Html {
    if field.channels > 1 {
        return html! {
            <div class="legend" data-testid="output-legend">
                <span class="legend-title">{ Key::LegendClasses.t(lang) }</span>
                { for (0..field.channels).map(|k| html! {
                    <span class="legend-class">
                        <span class="swatch" style={format!("background:{}", colors::css(colors::class_color(k)))} />
                        { k }
                    </span>
                }) }
            </div>
        };
    }
    let (lo, hi) = match field.scale {
        Scale::Range(lo, hi) => (lo, hi),
        Scale::Probability => (0.0, 1.0),
        Scale::Symmetric => (-1.0, 1.0),
    };
    let stops: String = (0..=8)
        .map(|i| colors::css(colors::diverging(i as f32 / 4.0 - 1.0)))
        .collect::<Vec<_>>()
        .join(",");
    html! {
        <div class="legend" data-testid="output-legend">
            <span class="legend-title">{ Key::LegendValue.t(lang) }</span>
            <span>{ format!("{lo:.2}") }</span>
            <span class="legend-bar" style={format!("background:linear-gradient(to right,{stops})")} />
            <span>{ format!("{hi:.2}") }</span>
        </div>
    }
}

/// A number with a true minus sign, as axis labels write it.
fn signed(v: f32) -> String {
    if v < 0.0 {
        format!("−{}", -v)
    } else {
        format!("{v}")
    }
}

/// Axis labels of the 1-D plot: the value range at the left, x at the bottom.
fn line_axes(field: &Field) -> Html {
    let Scale::Range(lo, hi) = field.scale else {
        return html! {};
    };
    html! {
        <div class="line-axes" aria-hidden="true">
            <span class="ax top">{ format!("y {hi:.1}") }</span>
            <span class="ax bottom">{ format!("{lo:.1}") }</span>
            <span class="ax left">{ format!("x {}", signed(DOMAIN.0)) }</span>
            <span class="ax right">{ signed(DOMAIN.1) }</span>
        </div>
    }
}

/// The output panel.
#[component]
pub fn OutputPanel(props: &OutputPanelProps) -> Html {
    let lang = props.lang;
    let d = &props.dispatch;
    let drawing = use_mut_ref(|| false);
    let plane = use_node_ref();
    let at = {
        let plane = plane.clone();
        move |e: &MouseEvent| events::position_in(e, &plane.cast::<web_sys::Element>()?)
    };
    let draw_at = {
        let (d, at) = (d.clone(), at.clone());
        let tool = props.draw;
        move |e: &MouseEvent| {
            if let (Some(tool), Some((fx, fy))) = (tool, at(e)) {
                d.emit(Action::DrawAt { fx, fy, tool });
            }
        }
    };
    let onpointerdown = {
        let (drawing, draw_at) = (drawing.clone(), draw_at.clone());
        Callback::from(move |e: PointerEvent| {
            *drawing.borrow_mut() = true;
            draw_at(&e);
        })
    };
    let onpointermove = {
        let drawing = drawing.clone();
        Callback::from(move |e: PointerEvent| {
            if *drawing.borrow() && e.buttons() != 0 {
                draw_at(&e);
            }
        })
    };
    let stop = {
        let drawing = drawing.clone();
        Callback::from(move |_: PointerEvent| *drawing.borrow_mut() = false)
    };
    let toggle = |flag: fn(bool) -> Action| {
        d.reform(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            flag(input.checked())
        })
    };
    // Stable, so the points overlay is not re-diffed on every training frame.
    let on_hover = use_callback(d.clone(), |i: Option<usize>, d| d.emit(Action::Hover(i)));
    let on_pick = use_callback(d.clone(), |i: usize, d| {
        d.emit(Action::InspectDatasetPoint(i))
    });
    let on_pick = (props.draw.is_none() && !props.inference).then_some(on_pick);
    let onclick = props.inference.then(|| {
        let d = d.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((fx, fy)) = at(&e) {
                d.emit(Action::QueryAt { fx, fy });
            }
        })
    });
    let leave = d.reform(|_: MouseEvent| Action::Hover(None));
    let line = props.mode == PlotMode::Line;
    let plot = if let (PlotMode::Points, Some(fit)) = (props.mode, &props.fit) {
        let key = match **fit {
            Fit::Scatter { .. } => Key::NoPlaneRegression,
            Fit::Confusion { .. } => Key::NoPlaneClasses,
        };
        html! {
            <>
                <p class="note" data-testid="no-plane">{ key.fill(lang, &[&props.dims.to_string()]) }</p>
                <FitView fit={fit.clone()} lang={lang} />
            </>
        }
    } else {
        html! {
            <>
                <div class={classes!("plane", line.then_some("line"), props.draw.is_some().then_some("drawing"), props.inference.then_some("querying"))}
                    ref={plane} onclick={onclick} onpointerdown={onpointerdown} onpointermove={onpointermove}
                    onpointerup={stop.clone()} onpointerleave={stop} onmouseleave={leave}>
                    <Heatmap field={props.field.clone()} version={props.version}
                        discrete={props.discretize} class="output-canvas"
                        testid={if line { "output-curve" } else { "output-heatmap" }} />
                    <Points points={props.points.clone()} data_version={props.data_version}
                        show_test={props.show_test} show_val={props.show_val} on_hover={on_hover} on_pick={on_pick}
                        inspected={props.inspected} />
                    if let Some((fx, fy)) = props.query {
                        <svg class="query-mark" viewBox="0 0 100 100" preserveAspectRatio="none" data-testid="query-mark">
                            <circle cx={format!("{:.2}", fx * 100.0)} cy={format!("{:.2}", fy * 100.0)} r="2.2" />
                        </svg>
                    }
                    if line { { line_axes(&props.field) } }
                </div>
                if line {
                    <p class="muted">{ Key::LineHelp.t(lang) }</p>
                } else {
                    { legend(&props.field, lang) }
                }
            </>
        }
    };
    html! {
        <section class="output" aria-label={Key::OutputTitle.t(lang)}>
            { plot }
            // N-D data has no plane to show points on or to discretize.
            if props.mode != PlotMode::Points {
                <div class="toggles">
                    <label class="check"><input type="checkbox" checked={props.show_test}
                        onchange={toggle(Action::ShowTest)} />{ Key::ShowTest.t(lang) }</label>
                    <label class="check"><input type="checkbox" checked={props.show_val}
                        onchange={toggle(Action::ShowValidation)} />{ Key::ShowVal.t(lang) }</label>
                    <label class="check"><input type="checkbox" checked={props.discretize}
                        onchange={toggle(Action::Discretize)} />{ Key::Discretize.t(lang) }</label>
                </div>
            }
        </section>
    }
}
