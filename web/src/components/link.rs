//! The links' handles, one layer per component: a small transparent circle on each link,
//! 20–80 % along it by target neuron (the lines themselves are on the canvas,
//! `link_canvas.rs`). A handle carries the
//! link's test id, its weight and whether it is present, a tooltip, and takes the click.
//! (By keyboard, every weight is reached through its neuron: the inspector lists a neuron's
//! incoming weights as sliders — thousands of tab stops would trap the keyboard instead.)
//!
//! Every handle's centre is its own (full lines would share midpoints whenever `from + to` is
//! equal), and in wide layers the handles shrink until none covers another's centre
//! (`view::layout::handle_radius`), so a pointer aimed at the centre of a link's test element
//! always lands on that link. A layer's handles re-render only when that layer's
//! parameters change (the layer is compared by value), so dragging one weight rewrites one
//! layer's handles, and training — which refreshes handles only while paused — none.

use std::rc::Rc;

use yew::prelude::*;

use crate::view::layout::{handle_centre, handle_radius};
use crate::view::{LayerView, LinkId, Selection};

/// Props of [`LinkHandles`].
#[derive(Properties, PartialEq, Clone)]
pub struct LinkHandlesProps {
    /// UI layer the links lead into.
    pub ui_layer: usize,
    pub layer: Rc<LayerView>,
    /// The selected link, if it is in this layer.
    pub selected: Option<LinkId>,
    pub on_click: Callback<LinkId>,
}

/// The handles of one layer's links.
#[component]
pub fn LinkHandles(props: &LinkHandlesProps) -> Html {
    let layer = &props.layer;
    let radius = format!("{:.2}", handle_radius(layer.outputs));
    let handles = (0..layer.outputs).flat_map(|to| (0..layer.inputs).map(move |from| (from, to)));
    html! {
        <g class="link-handles">
            { for handles.map(|(from, to)| {
                let id = LinkId { layer: props.ui_layer, from, to };
                let w = layer.weight(to, from).unwrap_or(0.0);
                let enabled = layer.is_enabled(to, from);
                let h = handle_centre(id, layer.outputs);
                let cb = props.on_click.clone();
                let onclick = Callback::from(move |e: MouseEvent| {
                    e.stop_propagation();
                    cb.emit(id)
                });
                let class = classes!(
                    "link-hit",
                    (!enabled).then_some("removed"),
                    (props.selected == Some(id)).then_some("selected")
                );
                html! {
                    <circle key={format!("{from}-{to}")} class={class} cx={h.0.to_string()}
                        cy={h.1.to_string()} r={radius.clone()}
                        aria-label={format!("w = {w:.3}")}
                        data-testid={format!("link-{}-{}-{}", id.layer, id.from, id.to)}
                        data-weight={format!("{w}")} data-enabled={enabled.to_string()}
                        onclick={onclick}>
                        <title>{ format!("w = {w:.3}") }</title>
                    </circle>
                }
            }) }
        </g>
    }
}

/// The selected link if it leads into `ui_layer`.
pub fn selected_in(selection: Option<Selection>, ui_layer: usize) -> Option<LinkId> {
    match selection {
        Some(Selection::Link(id)) if id.layer == ui_layer => Some(id),
        _ => None,
    }
}
