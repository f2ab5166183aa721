//! Stroking on a worker: a canvas handed to a Web Worker (`links-worker.js`) as an
//! `OffscreenCanvas`, which draws the stroke groups it is sent off the page's thread.
//!
//! Why: without a GPU the browser rasterizes a 2-D canvas on the page's thread when the frame
//! is committed, and thousands of anti-aliased links take it 100–200 ms (bench/profile.mjs,
//! docs/BENCHMARKS.md) — a frozen frame on every repaint of a big network. On a worker that
//! time overlaps the page's frames instead. Where workers or `OffscreenCanvas` are missing,
//! [`StrokeWorker::attach`] says so and the caller strokes on the page as before.

use js_sys::{Array, Float32Array};
use wasm_bindgen::JsValue;
use web_sys::{HtmlCanvasElement, Worker};

use super::canvas::StrokeSpec;

/// The worker script as index.html names it (`<meta name="neurite-links-worker">`, which
/// scripts/sw-manifest points at the content-hashed file), or its unhashed name.
fn script_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=neurite-links-worker]").ok()?)
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "./links-worker.js".to_string())
}

/// A canvas whose drawing is done by a worker. Terminates the worker when dropped.
pub struct StrokeWorker {
    worker: Worker,
}

impl StrokeWorker {
    /// Hands `canvas` over to a new worker. `None` (and the canvas untouched) when the
    /// browser cannot: the worker is created before the canvas is transferred, because a
    /// transferred canvas can no longer be drawn on by the page.
    pub fn attach(canvas: &HtmlCanvasElement) -> Option<Self> {
        let worker = Worker::new(&script_url()).ok()?;
        let offscreen = match canvas.transfer_control_to_offscreen() {
            Ok(offscreen) => offscreen,
            Err(_) => {
                worker.terminate();
                return None;
            }
        };
        let transfer = Array::of1(&offscreen);
        if worker
            .post_message_with_transfer(&offscreen, &transfer)
            .is_err()
        {
            worker.terminate();
            return None;
        }
        Some(Self { worker })
    }

    /// Sends one frame: the canvas's CSS size, the pixel ratio its backing store is scaled
    /// by, and the stroke groups (see `links-worker.js` for the message layout). The worker
    /// draws only the newest frame when several arrive while it is busy.
    pub fn paint(&self, width: f64, height: f64, ratio: f64, groups: &[StrokeSpec]) {
        let message = Array::new();
        for g in groups {
            let xy: Vec<f32> = g
                .segments
                .iter()
                .flat_map(|((x0, y0), (x1, y1))| [*x0, *y0, *x1, *y1])
                .map(|v| v as f32)
                .collect();
            // One copy out of wasm memory, not one call per number.
            let xy = Float32Array::from(xy.as_slice());
            let group = Array::of5(
                &JsValue::from_str(g.colour),
                &g.width.into(),
                &g.dashed.into(),
                &g.alpha.into(),
                &xy,
            );
            message.push(&group);
        }
        let frame = Array::of4(&width.into(), &height.into(), &ratio.into(), &message);
        let _ = self.worker.post_message(&frame);
    }
}

impl Drop for StrokeWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
