//! Canvas pixels.

use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

/// Paints an RGBA buffer of `w × h` pixels onto `canvas`, resizing its backing store.
pub fn paint_rgba(canvas: &HtmlCanvasElement, w: u32, h: u32, rgba: &[u8]) {
    if w == 0 || h == 0 || rgba.len() != (w * h * 4) as usize {
        return;
    }
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let Some(ctx) = context_2d(canvas) else {
        return;
    };
    if let Ok(img) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), w, h) {
        let _ = ctx.put_image_data(&img, 0.0, 0.0);
    }
}

/// The 2-D context of a canvas.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}
