//! A grid of values drawn as pixels (one canvas pixel per value, scaled up without
//! smoothing), with an optional highlighted rectangle and ringed cells on top, and the cell
//! under a click or tap reported. Ink pictures are grey (0 white, 1 black); signed maps use
//! the diverging scale (blue positive, orange negative) over their largest magnitude.

use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::platform::canvas::paint_rgba;
use crate::view::colors::diverging;

/// How values become colours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tone {
    /// Ink in [0, 1]: 0 white, 1 black.
    Ink,
    /// Signed values over ±`scale` (a scale of 0 shows everything neutral).
    Signed(f32),
}

/// A rectangle of cells: top row, left column, rows, columns (may reach outside the grid).
pub type CellRect = (isize, isize, usize, usize);

/// Props of [`PixelGrid`].
#[derive(Properties, PartialEq, Clone)]
pub struct PixelGridProps {
    pub values: Rc<Vec<f32>>,
    pub height: usize,
    pub width: usize,
    pub tone: Tone,
    /// What the grid shows, for screen readers.
    pub label: AttrValue,
    #[prop_or_default]
    pub highlight: Option<CellRect>,
    /// Cells to ring (row, column).
    #[prop_or_default]
    pub rings: Vec<(usize, usize)>,
    /// Called with the (row, column) clicked.
    #[prop_or_default]
    pub on_cell: Option<Callback<(usize, usize)>>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Extra classes (size).
    #[prop_or_default]
    pub class: Classes,
}

/// The RGBA pixels of `values`.
pub fn rgba(values: &[f32], tone: Tone) -> Vec<u8> {
    let mut out = Vec::with_capacity(values.len() * 4);
    for &v in values {
        let rgb = match tone {
            Tone::Ink => {
                let g = (255.0 * (1.0 - v.clamp(0.0, 1.0))).round() as u8;
                [g, g, g]
            }
            Tone::Signed(scale) if scale > 0.0 => diverging((v / scale).clamp(-1.0, 1.0)),
            Tone::Signed(_) => diverging(0.0),
        };
        out.extend_from_slice(&[rgb[0], rgb[1], rgb[2], 255]);
    }
    out
}

/// The largest magnitude in `values` (0 for none).
pub fn magnitude(values: &[f32]) -> f32 {
    values
        .iter()
        .filter(|v| v.is_finite())
        .fold(0.0f32, |m, v| m.max(v.abs()))
}

fn percent(v: f64, of: usize) -> String {
    format!("{:.4}%", 100.0 * v / of.max(1) as f64)
}

/// A value grid.
#[component]
pub fn PixelGrid(props: &PixelGridProps) -> Html {
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        let key = (props.values.clone(), props.height, props.width, props.tone);
        use_effect_with(key, move |(values, h, w, tone)| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                paint_rgba(&c, *w as u32, *h as u32, &rgba(values, *tone));
            }
        });
    }
    let (h, w) = (props.height, props.width);
    let onclick = props.on_cell.clone().map(|on| {
        Callback::from(move |e: MouseEvent| {
            let Some(el) = e.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            let rect = el.get_bounding_client_rect();
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return;
            }
            let fx = (f64::from(e.client_x()) - rect.left()) / rect.width();
            let fy = (f64::from(e.client_y()) - rect.top()) / rect.height();
            let col = ((fx * w as f64).floor().max(0.0) as usize).min(w.saturating_sub(1));
            let row = ((fy * h as f64).floor().max(0.0) as usize).min(h.saturating_sub(1));
            on.emit((row, col));
        })
    });
    let boxed = |(top, left, rows, cols): CellRect, class: &'static str| {
        let style = format!(
            "top:{};left:{};height:{};width:{}",
            percent(top as f64, h),
            percent(left as f64, w),
            percent(rows as f64, h),
            percent(cols as f64, w)
        );
        html! { <div class={class} style={style} /> }
    };
    html! {
        <div class={classes!("pixel-grid", props.class.clone(), props.on_cell.is_some().then_some("clickable"))}
            data-testid={props.testid.clone()}>
            <canvas ref={canvas} role="img" aria-label={props.label.clone()} onclick={onclick} />
            { for props.rings.iter().map(|&(r, c)| boxed((r as isize, c as isize, 1, 1), "grid-ring")) }
            { for props.highlight.map(|rect| boxed(rect, "grid-window")) }
        </div>
    }
}
