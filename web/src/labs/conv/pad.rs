//! The drawing pad: pointer events (mouse, touch and pen alike) ink a 16×16 drawing with a
//! round brush; each stroke segment is sent as a new drawing, so the maps follow the pen.

use neurite_labs::conv::{Drawing, PAD_SIDE};
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use crate::labs::pixel_grid::{PixelGrid, Tone};
use crate::platform::cell::use_cell;

/// Brush radius in pad pixels.
const BRUSH: f32 = 0.9;

/// Props of [`DrawPad`].
#[derive(Properties, PartialEq, Clone)]
pub struct DrawPadProps {
    pub drawing: Drawing,
    pub on_draw: Callback<Drawing>,
    pub label: AttrValue,
}

/// The pad position (row, column, in pad pixels) under a pointer event, over the pad `el`
/// (Yew delegates events, so the event's own current target is not the pad).
fn pad_point(e: &PointerEvent, el: &Element) -> Option<(f32, f32)> {
    let rect = el.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    let side = PAD_SIDE as f64;
    let col = (f64::from(e.client_x()) - rect.left()) / rect.width() * side;
    let row = (f64::from(e.client_y()) - rect.top()) / rect.height() * side;
    Some((row as f32, col as f32))
}

/// The pad.
#[component]
pub fn DrawPad(props: &DrawPadProps) -> Html {
    // The pointer's last point while it is down, so a fast stroke is inked without gaps.
    let last = use_cell(|| None::<(f32, f32)>);
    let pad = use_node_ref();
    let stroke = {
        let (drawing, on_draw, last) = (props.drawing.clone(), props.on_draw.clone(), last.clone());
        let pad = pad.clone();
        move |e: &PointerEvent| {
            let Some(el) = pad.cast::<Element>() else {
                return;
            };
            let Some((row, col)) = pad_point(e, &el) else {
                return;
            };
            let mut next = drawing.clone();
            let from = last.get().unwrap_or((row, col));
            let steps = ((row - from.0).hypot(col - from.1) / 0.4).ceil().max(1.0) as usize;
            for i in 1..=steps {
                let t = i as f32 / steps as f32;
                next.ink(
                    from.0 + (row - from.0) * t,
                    from.1 + (col - from.1) * t,
                    BRUSH,
                );
            }
            last.replace_quietly(Some((row, col)));
            if next != drawing {
                on_draw.emit(next);
            }
        }
    };
    let down = {
        let (stroke, last) = (stroke.clone(), last.clone());
        Callback::from(move |e: PointerEvent| {
            e.prevent_default();
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            last.replace_quietly(None);
            stroke(&e);
        })
    };
    let moved = {
        let last = last.clone();
        Callback::from(move |e: PointerEvent| {
            if last.get().is_some() {
                e.prevent_default();
                stroke(&e);
            }
        })
    };
    let up = Callback::from(move |_: PointerEvent| last.replace_quietly(None));
    let values = std::rc::Rc::new(props.drawing.picture().pixels);
    html! {
        <div class="draw-pad" ref={pad} data-testid="draw-pad" onpointerdown={down} onpointermove={moved}
            onpointerup={up.clone()} onpointercancel={up}>
            <PixelGrid values={values} height={PAD_SIDE} width={PAD_SIDE} tone={Tone::Ink}
                label={props.label.clone()} class={classes!("pad-grid")} />
        </div>
    }
}
