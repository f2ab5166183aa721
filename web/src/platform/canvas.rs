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

/// Sizes a canvas's backing store for a CSS box of `width × height` at the screen's pixel
/// ratio — only when it changed, because setting a canvas's size reallocates and clears it.
/// Returns the ratio drawing should scale by.
pub fn fit_backing_store(canvas: &HtmlCanvasElement, width: f64, height: f64) -> f64 {
    let ratio = pixel_ratio();
    let (w, h) = (
        (width * ratio).round() as u32,
        (height * ratio).round() as u32,
    );
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    ratio
}

/// Device pixels per CSS pixel (1 where unknown, at most 3: finer costs memory, not looks).
pub fn pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
        .min(3.0)
}

/// A straight segment `((x₀, y₀), (x₁, y₁))` in CSS pixels.
pub type Segment = ((f64, f64), (f64, f64));

/// One group of straight segments stroked alike.
pub struct StrokeSpec<'a> {
    pub colour: &'a str,
    pub width: f64,
    pub dashed: bool,
    pub alpha: f64,
    pub segments: &'a [Segment],
}

/// Clears the canvas and strokes each group as one path, in CSS pixels scaled by `ratio`.
pub fn stroke_segments(canvas: &HtmlCanvasElement, ratio: f64, groups: &[StrokeSpec]) {
    let Some(ctx) = context_2d(canvas) else {
        return;
    };
    let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    ctx.clear_rect(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    );
    let _ = ctx.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    ctx.set_line_cap("round");
    let solid = js_sys::Array::new();
    let dashes = js_sys::Array::of2(&3.0.into(), &4.0.into());
    for g in groups {
        ctx.set_stroke_style_str(g.colour);
        ctx.set_line_width(g.width);
        ctx.set_global_alpha(g.alpha);
        let _ = ctx.set_line_dash(if g.dashed { &dashes } else { &solid });
        ctx.begin_path();
        for ((x0, y0), (x1, y1)) in g.segments {
            ctx.move_to(*x0, *y0);
            ctx.line_to(*x1, *y1);
        }
        ctx.stroke();
    }
    ctx.set_global_alpha(1.0);
}
