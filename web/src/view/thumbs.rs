//! Dataset thumbnails (pure): a small RGBA picture of a generated dataset, so the dataset
//! picker shows what each generator looks like rather than its name.

use neurite_data::{Dataset, Label, DOMAIN};

use super::colors;

/// RGBA pixels (`size × size`) of `ds`'s points on a light background. 1-D data is drawn
/// as (x, value).
pub fn thumbnail_rgba(ds: &Dataset, size: usize) -> Vec<u8> {
    let mut px = vec![250u8; size * size * 4];
    let (lo, hi) = DOMAIN;
    let to_px = |v: f32, flip: bool| {
        let f = ((v - lo) / (hi - lo)).clamp(0.0, 0.999);
        let f = if flip { 1.0 - f - 0.001 } else { f };
        (f * size as f32) as usize
    };
    for p in &ds.points {
        let (x, y) = match (p.coords.as_slice(), p.label) {
            ([x, y, ..], _) => (*x, *y),
            ([x], Label::Value(v)) => (*x, v * (hi - lo) / 2.5),
            _ => continue,
        };
        let color = match p.label {
            Label::Class(k) => colors::class_color(k),
            Label::Value(v) => colors::diverging(v),
        };
        let (cx, cy) = (to_px(x, false), to_px(y, true));
        for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
            let (px_x, px_y) = (cx + dx, cy + dy);
            if px_x < size && px_y < size {
                let i = (px_y * size + px_x) * 4;
                px[i..i + 3].copy_from_slice(&color);
            }
        }
    }
    px
}
