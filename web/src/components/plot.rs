//! Pieces of the labs' SVG plots: axes with round ticks and a zero line, drawn in a
//! [`Frame`]'s pixel space.

use yew::prelude::*;

use crate::view::plot::{ticks, Frame};

/// Tick count per axis.
const TICKS: usize = 5;

/// A tick label: integers without decimals, others with up to two.
fn label(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}").trim_end_matches('0').to_string()
    }
}

/// The frame's axes: the zero lines (when inside the window), ticks and their labels.
pub fn axes(f: &Frame) -> Html {
    let (x0, x1) = (f.px(f.x.0), f.px(f.x.1));
    let (y0, y1) = (f.py(f.y.0), f.py(f.y.1));
    let zero_x = (f.x.0..=f.x.1).contains(&0.0).then(|| f.px(0.0));
    let zero_y = (f.y.0..=f.y.1).contains(&0.0).then(|| f.py(0.0));
    html! {
        <g class="axes">
            <rect class="plot-area" x={x0.to_string()} y={y1.to_string()}
                width={(x1 - x0).to_string()} height={(y0 - y1).to_string()} />
            if let Some(x) = zero_x {
                <line class="zero" x1={x.to_string()} x2={x.to_string()} y1={y0.to_string()} y2={y1.to_string()} />
            }
            if let Some(y) = zero_y {
                <line class="zero" x1={x0.to_string()} x2={x1.to_string()} y1={y.to_string()} y2={y.to_string()} />
            }
            { for ticks(f.x.0, f.x.1, TICKS).into_iter().map(|t| html! {
                <text class="axis" x={f.px(t).to_string()} y={(y0 + 14.0).to_string()}
                    text-anchor="middle">{ label(t) }</text>
            }) }
            { for ticks(f.y.0, f.y.1, TICKS).into_iter().map(|t| html! {
                <text class="axis" x={(x0 - 4.0).to_string()} y={(f.py(t) + 4.0).to_string()}
                    text-anchor="end">{ label(t) }</text>
            }) }
        </g>
    }
}
