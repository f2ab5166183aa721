//! One weight drawn as a straight line: colour = sign, width = |w| relative to the layer's
//! largest weight. Removed links stay as faint dashes so they can be clicked and restored.
//!
//! The `data-testid` sits on a small transparent handle 30 % of the way from the source.
//! Its centre differs for every link of a layer pair (full lines would share midpoints
//! whenever `from + to` is equal, and a horizontal line has no height to aim at), so a
//! pointer aimed at a link's test element always lands on that link.

use yew::prelude::*;

use crate::view::colors;
use crate::view::LinkId;

/// Props of [`Link`].
#[derive(Properties, PartialEq, Clone)]
pub struct LinkProps {
    pub id: LinkId,
    /// Start (right edge of the source neuron) and end (left edge of the target).
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub weight: f32,
    /// Largest |w| of the layer, for the width scale.
    pub max_abs: f32,
    pub enabled: bool,
    pub selected: bool,
    pub on_click: Callback<LinkId>,
}

fn lerp(a: (f64, f64), b: (f64, f64), t: f64) -> (f64, f64) {
    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
}

/// The link.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let id = props.id;
    let onclick = {
        let cb = props.on_click.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            cb.emit(id)
        })
    };
    let w = props.weight;
    let rel = if props.max_abs > 0.0 && w.is_finite() {
        (w.abs() / props.max_abs).min(1.0)
    } else {
        0.0
    };
    let width = if props.enabled {
        0.6 + 5.4 * rel as f64
    } else {
        1.0
    };
    let color = if !props.enabled {
        "#9aa0a6".to_string()
    } else if w < 0.0 {
        colors::css(colors::NEGATIVE)
    } else {
        colors::css(colors::POSITIVE)
    };
    let (a, b) = (props.from, props.to);
    let h = lerp(a, b, 0.3);
    let class = classes!(
        "link",
        (!props.enabled).then_some("removed"),
        props.selected.then_some("selected")
    );
    let title = format!("w = {w:.3}");
    html! {
        <g class={class} onclick={onclick}>
            <title>{ title }</title>
            <line class="link-line" x1={a.0.to_string()} y1={a.1.to_string()}
                x2={b.0.to_string()} y2={b.1.to_string()} stroke={color}
                stroke-width={format!("{width:.2}")} />
            <circle class="link-hit" cx={h.0.to_string()} cy={h.1.to_string()} r="5"
                data-testid={format!("link-{}-{}-{}", id.layer, id.from, id.to)}
                data-weight={format!("{w}")} data-enabled={props.enabled.to_string()} />
        </g>
    }
}
