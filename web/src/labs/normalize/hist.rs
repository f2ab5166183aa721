//! A histogram of one hidden layer's values over the training batch (every neuron pooled):
//! bars over a symmetric range ±max|v| so 0 sits in the middle, the range's ends and 0
//! labelled, and the plotted values' mean and standard deviation written beside it and
//! carried as `data-mean` / `data-sd`.

use neurite_labs::normalize::LayerValues;
use yew::prelude::*;

use crate::view::field::histogram;
use crate::view::plot::Frame;

const W: f64 = 240.0;
const H: f64 = 80.0;
const BINS: usize = 24;

/// A range end as the axis shows it: up to two decimals for small ranges, whole numbers
/// otherwise.
fn end_label(v: f32) -> String {
    if v.abs() >= 10.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// The histogram of `values`, with test id `testid` and its read-out `caption`.
pub fn layer_histogram(values: &LayerValues, testid: String, caption: String) -> Html {
    let reach = values
        .values
        .iter()
        .filter(|v| v.is_finite())
        .fold(0.0f32, |m, v| m.max(v.abs()))
        .max(1.0);
    let counts = histogram(&values.values, -reach, reach, BINS);
    let top = counts.iter().copied().fold(1.0f32, f32::max);
    let mut f = Frame::new((0.0, BINS as f64), (0.0, f64::from(top)), W, H);
    f.pad = 14.0;
    let width = f.px(1.0) - f.px(0.0);
    let bars = counts.iter().enumerate().filter(|(_, c)| **c > 0.0).map(|(i, &c)| {
        let (x, y) = (f.px(i as f64), f.py(f64::from(c)));
        html! {
            <rect x={format!("{x:.1}")} y={format!("{y:.1}")} width={format!("{:.1}", width * 0.9)}
                height={format!("{:.1}", f.py(0.0) - y)} />
        }
    });
    let base = f.py(0.0) + 11.0;
    html! {
        <figure class="norm-hist">
            <svg viewBox={format!("0 0 {W} {H}")} data-testid={testid} role="img" aria-label={caption.clone()}
                data-sd={values.sd.to_string()} data-mean={values.mean.to_string()}>
                <line class="zero" x1={f.px(BINS as f64 / 2.0).to_string()} x2={f.px(BINS as f64 / 2.0).to_string()}
                    y1={f.py(0.0).to_string()} y2={f.py(f64::from(top)).to_string()} />
                <g class="bars">{ for bars }</g>
                <text class="axis" x={f.px(0.0).to_string()} y={base.to_string()} text-anchor="start">{ end_label(-reach) }</text>
                <text class="axis" x={f.px(BINS as f64 / 2.0).to_string()} y={base.to_string()} text-anchor="middle">{ "0" }</text>
                <text class="axis" x={f.px(BINS as f64).to_string()} y={base.to_string()} text-anchor="end">{ end_label(reach) }</text>
            </svg>
            <figcaption>{ caption }</figcaption>
        </figure>
    }
}
