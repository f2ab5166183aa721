//! Per-epoch curves as one small SVG chart (epochs 1…budget across): two accuracies from
//! 0 to 1, or two losses from 0 to the largest, the second dashed; a series with an empty
//! name is left out of the legend.

use yew::prelude::*;

use crate::view::colors::{css, NEGATIVE, POSITIVE};

const W: f64 = 300.0;
const H: f64 = 120.0;

fn path(values: &[f64], epochs: usize, top: f64) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let x = 24.0 + (W - 30.0) * (i + 1) as f64 / epochs.max(1) as f64;
            let y = 6.0 + (H - 20.0) * (1.0 - (v / top).clamp(0.0, 1.0));
            format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Two series per epoch, accuracy from 0 to 1, the second dashed, with a legend naming them.
pub fn accuracy_chart(
    cnn: &[f64],
    dense: &[f64],
    epochs: usize,
    names: (&str, &str),
    title: &str,
) -> Html {
    series_chart((cnn, dense), epochs, names, title, 1.0)
}

/// The CNN's training and validation loss per epoch, from 0 to the largest.
pub fn loss_chart(
    train: &[f64],
    val: &[f64],
    epochs: usize,
    names: (&str, &str),
    title: &str,
) -> Html {
    let top = train
        .iter()
        .chain(val)
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::max);
    series_chart(
        (train, val),
        epochs,
        names,
        title,
        if top > 0.0 { top } else { 1.0 },
    )
}

fn series_chart(
    (cnn, dense): (&[f64], &[f64]),
    epochs: usize,
    names: (&str, &str),
    title: &str,
    top: f64,
) -> Html {
    let y = |v: f64| 6.0 + (H - 20.0) * (1.0 - v / top);
    html! {
        <figure class="cnn-chart">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={title.to_string()} data-testid={if top == 1.0 { "accuracy-chart" } else { "loss-chart" }}>
                { for [0.0, 0.5 * top, top].iter().map(|&v| html! {
                    <>
                        <line x1="24" x2={W.to_string()} y1={y(v).to_string()} y2={y(v).to_string()} class="grid-line" />
                        <text x="2" y={(y(v) + 4.0).to_string()} class="axis-label">{ format!("{}", (v * 100.0).round() / 100.0) }</text>
                    </>
                }) }
                <path d={path(cnn, epochs, top)} fill="none" stroke={css(POSITIVE)} stroke-width="2" />
                <path d={path(dense, epochs, top)} fill="none" stroke={css(NEGATIVE)} stroke-width="2" stroke-dasharray="4 3" />
            </svg>
            <figcaption>
                <span class="swatch" style={format!("background:{}", css(POSITIVE))} />{ names.0 }{ "  " }
                if !names.1.is_empty() {
                    <span class="swatch dashed" style={format!("background:{}", css(NEGATIVE))} />{ names.1 }
                }
            </figcaption>
        </figure>
    }
}
