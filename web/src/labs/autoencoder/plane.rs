//! The latent plane: every held-out digit a dot at its code (coloured by its true class,
//! which the model never saw), optionally over the map of decoded images; the point being
//! decoded as a cross, the chosen digit's σ ellipse (VAE) and the drawn digit's code as a
//! star. A press or drag anywhere (mouse, touch, pen) decodes that point; arrow keys move
//! it by a fiftieth of the plane.

use std::rc::Rc;

use neurite_labs::autoencoder::latent::Codes;
use neurite_labs::autoencoder::Plane;
use yew::prelude::*;

use crate::labs::pixel_grid::{PixelGrid, Tone};
use crate::labs::pointer_pad::{PointerPad, Segment};

/// Colours of the ten digits (a categorical palette readable on white).
pub const DIGIT_COLOURS: [&str; 10] = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#c9a60c", "#b07aa1", "#ff7f9e",
    "#9c755f", "#6b6b6b",
];

/// Pointer positions are reported in thousandths of the plane.
const PAD: usize = 1000;

/// Props of [`LatentPlane`].
#[derive(Properties, PartialEq, Clone)]
pub struct PlaneProps {
    pub codes: Rc<Codes>,
    pub labels: Rc<Vec<usize>>,
    pub plane: Plane,
    /// The decoded map as one picture of `map_side²` values.
    pub map: Option<(Rc<Vec<f32>>, usize)>,
    pub point: (f32, f32),
    /// The chosen digit (its dot ringed, its σ ellipse drawn).
    pub chosen: Option<usize>,
    /// The drawing's code.
    pub drawn: Option<[f32; 2]>,
    pub on_point: Callback<(f32, f32)>,
    /// Called with the digit whose dot the mouse hovers (within 3 % of the plane).
    pub on_hover: Callback<usize>,
    pub label: AttrValue,
    /// What the map shows, for screen readers.
    pub map_label: AttrValue,
}

fn percent(plane: &Plane, z: [f32; 2]) -> (f64, f64) {
    let (fx, fy) = plane.to_unit(z);
    (100.0 * fx, 100.0 * fy)
}

fn star(x: f64, y: f64) -> String {
    (0..10)
        .map(|i| {
            let r = if i % 2 == 0 { 3.2 } else { 1.3 };
            let a = std::f64::consts::PI * (i as f64 / 5.0 - 0.5);
            format!("{:.2},{:.2}", x + r * a.cos(), y + r * a.sin())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The plane.
#[component]
pub fn LatentPlane(props: &PlaneProps) -> Html {
    let plane = props.plane;
    let on_segment = {
        let on = props.on_point.clone();
        Callback::from(move |(_, (row, col)): Segment| {
            let z = plane.from_unit(col / PAD as f64, row / PAD as f64);
            on.emit((z[0], z[1]));
        })
    };
    // Hovering a dot (mouse, no button down) chooses that digit: its σ ellipse and images.
    let area = use_node_ref();
    let onpointermove = {
        let (area, on, codes) = (area.clone(), props.on_hover.clone(), props.codes.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(el) = area.cast::<web_sys::Element>() else {
                return;
            };
            let r = el.get_bounding_client_rect();
            if e.buttons() != 0
                || e.pointer_type() != "mouse"
                || r.width() <= 0.0
                || r.height() <= 0.0
            {
                return;
            }
            let (fx, fy) = (
                (f64::from(e.client_x()) - r.left()) / r.width(),
                (f64::from(e.client_y()) - r.top()) / r.height(),
            );
            let nearest = codes
                .mu
                .iter()
                .map(|z| {
                    let (x, y) = plane.to_unit(*z);
                    (x - fx).hypot(y - fy)
                })
                .enumerate()
                .min_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((i, _)) = nearest.filter(|(_, d)| *d < 0.03) {
                on.emit(i);
            }
        })
    };
    let onkeydown = {
        let (on, (x, y)) = (props.on_point.clone(), props.point);
        Callback::from(move |e: KeyboardEvent| {
            let step = plane.span / 50.0;
            let (dx, dy) = match e.key().as_str() {
                "ArrowLeft" => (-step, 0.0),
                "ArrowRight" => (step, 0.0),
                "ArrowUp" => (0.0, step),
                "ArrowDown" => (0.0, -step),
                _ => return,
            };
            e.prevent_default();
            on.emit((x + dx, y + dy));
        })
    };
    let dots = props
        .codes
        .mu
        .iter()
        .zip(props.labels.iter())
        .map(|(z, &k)| {
            let (x, y) = percent(&plane, *z);
            html! { <circle cx={format!("{x:.2}")} cy={format!("{y:.2}")} r="0.9"
            fill={DIGIT_COLOURS[k % 10]} fill-opacity="0.8" /> }
        });
    let chosen = props.chosen.and_then(|i| {
        let z = *props.codes.mu.get(i)?;
        let (x, y) = percent(&plane, z);
        let sigma = props.codes.sigma.as_ref().and_then(|s| s.get(i).copied());
        Some(html! {
            <g data-testid="chosen-code">
                if let Some(s) = sigma {
                    <ellipse cx={format!("{x:.2}")} cy={format!("{y:.2}")} class="ae-sigma"
                        rx={format!("{:.2}", 100.0 * s[0] / plane.span)} ry={format!("{:.2}", 100.0 * s[1] / plane.span)} />
                }
                <circle cx={format!("{x:.2}")} cy={format!("{y:.2}")} r="2" class="ae-chosen" />
            </g>
        })
    });
    let (px, py) = percent(&plane, [props.point.0, props.point.1]);
    let (px, py) = (px.clamp(0.0, 100.0), py.clamp(0.0, 100.0));
    html! {
        <div class="ae-plane-wrap" tabindex="0" onkeydown={onkeydown} aria-label={props.label.clone()}>
            <div ref={area} onpointermove={onpointermove}>
            <PointerPad side={PAD} on_segment={on_segment} testid="latent-plane" class={classes!("ae-plane")}>
                if let Some((map, side)) = &props.map {
                    <PixelGrid values={map.clone()} height={*side} width={*side} tone={Tone::Ink}
                        label={props.map_label.clone()} class={classes!("ae-map")} />
                }
                <svg viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-label={props.label.clone()}>
                    { for dots }
                    { for chosen }
                    if let Some(z) = props.drawn {
                        { { let (x, y) = percent(&plane, z); html! {
                            <polygon points={star(x, y)} class="ae-star" data-testid="drawn-code" /> } } }
                    }
                    <g class="ae-cross">
                        <line x1={format!("{:.2}", px - 3.0)} x2={format!("{:.2}", px + 3.0)} y1={format!("{py:.2}")} y2={format!("{py:.2}")} />
                        <line x1={format!("{px:.2}")} x2={format!("{px:.2}")} y1={format!("{:.2}", py - 3.0)} y2={format!("{:.2}", py + 3.0)} />
                    </g>
                </svg>
            </PointerPad>
            </div>
            <p class="ae-legend">
                { for (0..10).map(|k| html! {
                    <span><span class="ae-dot" style={format!("background:{}", DIGIT_COLOURS[k])} />{ k }</span>
                }) }
            </p>
        </div>
    }
}
