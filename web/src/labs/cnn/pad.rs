//! The CNN lab's drawing pad: 28×28 ink in [0, 1], drawn with pointer events (mouse, touch,
//! pen) with a soft round brush; every stroke segment is sent at once so the prediction
//! follows the pen. Test id `pad` (the canvas' box), `clear`.

use std::rc::Rc;

use neurite_labs::cnn::sketch::SKETCH_SIDE;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use crate::labs::pixel_grid::{PixelGrid, Tone};
use crate::platform::cell::use_cell;

/// Brush radius in pad pixels.
const BRUSH: f64 = 1.4;

/// Props of [`SketchPad`].
#[derive(Properties, PartialEq, Clone)]
pub struct SketchProps {
    pub ink: Rc<Vec<f32>>,
    pub on_ink: Callback<Rc<Vec<f32>>>,
    pub label: AttrValue,
}

/// Inks a segment from `from` to `to` (pad pixels) into `ink`.
fn stroke(ink: &mut [f32], from: (f64, f64), to: (f64, f64)) {
    let steps = ((to.0 - from.0).hypot(to.1 - from.1) / 0.5).ceil().max(1.0) as usize;
    for i in 0..=steps {
        let t = i as f64 / steps as f64;
        let (y, x) = (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t);
        for (j, v) in ink.iter_mut().enumerate() {
            let (r, c) = (
                (j / SKETCH_SIDE) as f64 + 0.5,
                (j % SKETCH_SIDE) as f64 + 0.5,
            );
            let d = (r - y).hypot(c - x);
            let a = (BRUSH + 0.5 - d).clamp(0.0, 1.0) as f32;
            *v = v.max(a);
        }
    }
}

/// The pad.
#[component]
pub fn SketchPad(props: &SketchProps) -> Html {
    let last = use_cell(|| None::<(f64, f64)>);
    let pad = use_node_ref();
    let point = {
        let pad = pad.clone();
        move |e: &PointerEvent| -> Option<(f64, f64)> {
            let el = pad.cast::<Element>()?;
            let r = el.get_bounding_client_rect();
            (r.width() > 0.0 && r.height() > 0.0).then(|| {
                let side = SKETCH_SIDE as f64;
                (
                    (f64::from(e.client_y()) - r.top()) / r.height() * side,
                    (f64::from(e.client_x()) - r.left()) / r.width() * side,
                )
            })
        }
    };
    let draw = {
        let (ink, on_ink, last, point) = (
            props.ink.clone(),
            props.on_ink.clone(),
            last.clone(),
            point.clone(),
        );
        move |e: &PointerEvent| {
            let Some(p) = point(e) else {
                return;
            };
            let mut next = (*ink).clone();
            stroke(&mut next, last.get().unwrap_or(p), p);
            last.replace_quietly(Some(p));
            on_ink.emit(Rc::new(next));
        }
    };
    let down = {
        let (draw, last) = (draw.clone(), last.clone());
        Callback::from(move |e: PointerEvent| {
            e.prevent_default();
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            last.replace_quietly(None);
            draw(&e);
        })
    };
    let moved = {
        let last = last.clone();
        Callback::from(move |e: PointerEvent| {
            if last.get().is_some() {
                e.prevent_default();
                draw(&e);
            }
        })
    };
    let up = Callback::from(move |_: PointerEvent| last.replace_quietly(None));
    html! {
        <div class="draw-pad sketch-pad" ref={pad} data-testid="pad" onpointerdown={down}
            onpointermove={moved} onpointerup={up.clone()} onpointercancel={up}>
            <PixelGrid values={props.ink.clone()} height={SKETCH_SIDE} width={SKETCH_SIDE}
                tone={Tone::Ink} label={props.label.clone()} />
        </div>
    }
}
