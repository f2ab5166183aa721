//! One [`Field`] on screen: a neuron's output, or the network's prediction.
//!
//! * A 2-D heatmap is a canvas of `res × res` pixels that CSS scales to its box, so a repaint
//!   costs the field's resolution, not the screen size.
//! * A 1-D curve (value against x) and an N-D histogram (how often each value occurs over
//!   the data) are small SVGs in a 0…100 box, crisp at any size.

use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::platform::canvas;
use crate::view::colors;
use crate::view::{Field, FieldKind};

/// Props of [`Heatmap`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeatmapProps {
    pub field: Rc<Field>,
    /// Bumped whenever the field's content changes; repainting keys on it.
    pub version: u64,
    #[prop_or_default]
    pub discrete: bool,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Paint a probability field in this class's colour (K-class output neurons).
    #[prop_or_default]
    pub tint: Option<usize>,
}

/// RGBA pixels of a field (`tint`: a one-class probability field in that class's colour).
pub fn field_rgba(field: &Field, discrete: bool, tint: Option<usize>) -> Vec<u8> {
    if let (Some(k), 1) = (tint, field.channels) {
        colors::tint_rgba(&field.data, k, discrete)
    } else if field.channels > 1 {
        colors::classes_rgba(&field.data, field.channels, discrete)
    } else {
        colors::scalar_rgba(&field.data, field.scale, discrete)
    }
}

/// SVG `points` of a curve field: sample `i` at x = (i + ½)/n, its value mapped by the
/// field's scale so that the scale's range fills 5…95 % of the height.
pub fn curve_points(field: &Field) -> String {
    let n = field.data.len().max(1) as f32;
    let mut out = String::with_capacity(field.data.len() * 12);
    for (i, v) in field.data.iter().enumerate() {
        let y = field.scale.normalize(*v);
        if y.is_finite() {
            let x = (i as f32 + 0.5) / n * 100.0;
            let y = (50.0 - 45.0 * y.clamp(-1.15, 1.15)).clamp(-2.0, 102.0);
            out.push_str(&format!("{x:.1},{y:.1} "));
        }
    }
    out
}

/// Height (0…100, top down) of the value 0 on a curve field, if it is in view.
pub fn zero_line(field: &Field) -> Option<f32> {
    let z = field.scale.normalize(0.0);
    (z.is_finite() && z.abs() <= 1.0).then_some(50.0 - 45.0 * z)
}

fn curve(field: &Field, class: Classes, testid: Option<AttrValue>) -> Html {
    let zero = zero_line(field).map(|y| {
        html! { <line class="zero" x1="0" x2="100" y1={format!("{y:.1}")} y2={format!("{y:.1}")} /> }
    });
    html! {
        <svg class={classes!("plot", class)} viewBox="0 0 100 100" preserveAspectRatio="none"
            data-testid={testid}>
            { for zero }
            <polyline class="line" points={curve_points(field)} />
        </svg>
    }
}

fn histogram(field: &Field, lo: f32, hi: f32, class: Classes, testid: Option<AttrValue>) -> Html {
    let max = field.data.iter().copied().fold(1.0f32, f32::max);
    let n = field.data.len().max(1) as f32;
    let w = 100.0 / n;
    let bars = field.data.iter().enumerate().map(|(i, c)| {
        let h = 90.0 * c / max;
        let centre = lo + (i as f32 + 0.5) / n * (hi - lo);
        let fill = colors::css(colors::diverging(field.scale.normalize(centre)));
        html! {
            <rect x={format!("{:.1}", i as f32 * w)} y={format!("{:.1}", 100.0 - h)}
                width={format!("{:.1}", w * 0.9)} height={format!("{h:.1}")} fill={fill} />
        }
    });
    html! {
        <svg class={classes!("plot", "hist", class)} viewBox="0 0 100 100" preserveAspectRatio="none"
            data-testid={testid}>
            { for bars }
        </svg>
    }
}

/// The heatmap canvas (or curve / histogram).
#[component]
pub fn Heatmap(props: &HeatmapProps) -> Html {
    let canvas = use_node_ref();
    let kind = props.field.kind;
    {
        let canvas = canvas.clone();
        let field = props.field.clone();
        use_effect_with(
            (
                props.version,
                props.discrete,
                props.tint,
                Rc::as_ptr(&props.field),
            ),
            move |(_, discrete, tint, _)| {
                if let (FieldKind::Plane, Some(c)) =
                    (field.kind, canvas.cast::<HtmlCanvasElement>())
                {
                    let res = field.res as u32;
                    canvas::paint_rgba(&c, res, res, &field_rgba(&field, *discrete, *tint));
                }
            },
        );
    }
    let class = props.class.clone();
    match kind {
        FieldKind::Plane => html! {
            <canvas ref={canvas} class={classes!("heatmap", class)}
                data-testid={props.testid.clone()} />
        },
        FieldKind::Line => curve(
            &props.field,
            classes!("heatmap", class),
            props.testid.clone(),
        ),
        FieldKind::Histogram { lo, hi } => histogram(
            &props.field,
            lo,
            hi,
            classes!("heatmap", class),
            props.testid.clone(),
        ),
    }
}
