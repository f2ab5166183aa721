//! A drawing surface for the labs' pads: pointer events (mouse, touch and pen alike, the
//! pointer captured while it is down) turned into stroke segments in pad pixels. Each lab
//! inks its own picture from the segments; the first segment of a stroke starts and ends at
//! the same point. Yew delegates events, so positions are taken from the pad's own box.

use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use crate::platform::cell::use_cell;

/// A stroke segment, `(from, to)`, each `(row, column)` in pad pixels (fractions allowed).
pub type Segment = ((f64, f64), (f64, f64));

/// Props of [`PointerPad`].
#[derive(Properties, PartialEq, Clone)]
pub struct PointerPadProps {
    /// Pad pixels per side.
    pub side: usize,
    pub on_segment: Callback<Segment>,
    pub testid: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// The pad position under `e` over the pad element `el`.
fn pad_point(e: &PointerEvent, el: &Element, side: usize) -> Option<(f64, f64)> {
    let r = el.get_bounding_client_rect();
    (r.width() > 0.0 && r.height() > 0.0).then(|| {
        let side = side as f64;
        (
            (f64::from(e.client_y()) - r.top()) / r.height() * side,
            (f64::from(e.client_x()) - r.left()) / r.width() * side,
        )
    })
}

/// The pad around `children` (the picture being drawn).
#[component]
pub fn PointerPad(props: &PointerPadProps) -> Html {
    // The pointer's last point while it is down, so a fast stroke is inked without gaps.
    let last = use_cell(|| None::<(f64, f64)>);
    let pad = use_node_ref();
    let segment = {
        let (pad, last, on, side) = (
            pad.clone(),
            last.clone(),
            props.on_segment.clone(),
            props.side,
        );
        move |e: &PointerEvent| {
            let Some(p) = pad.cast::<Element>().and_then(|el| pad_point(e, &el, side)) else {
                return;
            };
            let from = last.get().unwrap_or(p);
            last.replace_quietly(Some(p));
            on.emit((from, p));
        }
    };
    let down = {
        let (segment, last) = (segment.clone(), last.clone());
        Callback::from(move |e: PointerEvent| {
            e.prevent_default();
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            last.replace_quietly(None);
            segment(&e);
        })
    };
    let moved = {
        let last = last.clone();
        Callback::from(move |e: PointerEvent| {
            if last.get().is_some() {
                e.prevent_default();
                segment(&e);
            }
        })
    };
    let up = Callback::from(move |_: PointerEvent| last.replace_quietly(None));
    html! {
        <div class={classes!("draw-pad", props.class.clone())} ref={pad} data-testid={props.testid.clone()}
            onpointerdown={down} onpointermove={moved} onpointerup={up.clone()} onpointercancel={up}>
            { props.children.clone() }
        </div>
    }
}
