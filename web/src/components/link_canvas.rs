//! Every link of the network on one canvas: a few grouped strokes instead of thousands of
//! SVG elements, so a big network repaints its links in about a millisecond and the browser
//! restyles nothing. The canvas is sized only when the network's size changes. Clicking it
//! selects (or in wiring mode removes/restores) the link under the pointer; the handles in
//! `link.rs` keep every link reachable by keyboard and by test id.
//!
//! The strokes are computed here and drawn by a worker ([`StrokeWorker`]): rasterizing
//! thousands of wide anti-aliased lines took the page's thread up to 200 ms per repaint
//! without a GPU. Where the browser has no `OffscreenCanvas`, they are drawn on the page.

use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::platform::canvas::{fit_backing_store, pixel_ratio, stroke_segments, StrokeSpec};
use crate::platform::stroke_worker::StrokeWorker;
use crate::view::layout::link_at;
use crate::view::strokes::link_strokes;
use crate::view::{LinkId, NetView, Selection};

/// Props of [`LinkCanvas`].
#[derive(Properties, PartialEq, Clone)]
pub struct LinkCanvasProps {
    pub net: Rc<NetView>,
    pub selection: Option<Selection>,
    /// CSS size of the network view, px.
    pub width: f64,
    pub height: f64,
    pub on_click: Callback<LinkId>,
}

/// Who draws on the canvas: decided at its first paint, kept while it is mounted (a
/// transferred canvas stays with its worker; dropping the worker terminates it).
enum Painter {
    Undecided,
    Worker(StrokeWorker),
    Page,
}

/// The links canvas.
#[component]
pub fn LinkCanvas(props: &LinkCanvasProps) -> Html {
    let canvas = use_node_ref();
    let painter = use_mut_ref(|| Painter::Undecided);
    {
        let canvas = canvas.clone();
        let (net, selection, w, h) = (
            props.net.clone(),
            props.selection,
            props.width,
            props.height,
        );
        use_effect_with(
            (Rc::as_ptr(&props.net), selection, w.to_bits(), h.to_bits()),
            move |_| {
                let Some(c) = canvas.cast::<HtmlCanvasElement>() else {
                    return;
                };
                let mut painter = painter.borrow_mut();
                if matches!(*painter, Painter::Undecided) {
                    *painter = StrokeWorker::attach(&c).map_or(Painter::Page, Painter::Worker);
                }
                let strokes = link_strokes(&net, selection);
                let specs: Vec<StrokeSpec> = strokes
                    .iter()
                    .map(|s| StrokeSpec {
                        colour: &s.colour,
                        width: s.width,
                        dashed: s.dashed,
                        alpha: s.alpha,
                        segments: &s.segments,
                    })
                    .collect();
                match &*painter {
                    Painter::Worker(worker) => worker.paint(w, h, pixel_ratio(), &specs),
                    _ => {
                        let ratio = fit_backing_store(&c, w, h);
                        stroke_segments(&c, ratio, &specs);
                    }
                }
            },
        );
    }
    let onclick = {
        let (net, cb) = (props.net.clone(), props.on_click.clone());
        Callback::from(move |e: MouseEvent| {
            let p = (f64::from(e.offset_x()), f64::from(e.offset_y()));
            if let Some(id) = link_at(&net, p) {
                e.stop_propagation();
                cb.emit(id);
            }
        })
    };
    html! {
        <canvas ref={canvas} class="links" aria-hidden="true" onclick={onclick}
            style={format!("width:{}px;height:{}px", props.width, props.height)} />
    }
}
