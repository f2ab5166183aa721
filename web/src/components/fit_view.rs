//! The output on N-D data, where there is no plane to colour: predicted against actual
//! values for regression (the diagonal is a perfect fit), or a confusion matrix for classes
//! (rows: actual class, columns: predicted class). Both are SVG in a 0…100 box.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Key, Lang};
use crate::view::colors;
use crate::view::{Fit, Split};

/// Props of [`FitView`].
#[derive(Properties, PartialEq, Clone)]
pub struct FitViewProps {
    pub fit: Rc<Fit>,
    pub lang: Lang,
}

fn split_color(s: Split) -> &'static str {
    match s {
        Split::Train => "#333",
        Split::Validation => "#8e4ad6",
        Split::Test => "#b35400",
    }
}

fn scatter(points: &[(f32, f32, Split)], lo: f32, hi: f32, lang: Lang) -> Html {
    let span = (hi - lo).max(f32::EPSILON);
    let fx = |v: f32| 8.0 + 90.0 * ((v - lo) / span).clamp(0.0, 1.0);
    let fy = |v: f32| 92.0 - 90.0 * ((v - lo) / span).clamp(0.0, 1.0);
    let dots = points.iter().filter(|p| p.1.is_finite()).map(|&(a, p, s)| {
        html! { <circle cx={format!("{:.1}", fx(a))} cy={format!("{:.1}", fy(p))} r="0.9"
        fill={split_color(s)} /> }
    });
    html! {
        <svg class="fit" viewBox="0 0 100 100" data-testid="output-fit" role="img"
            aria-label={format!("{} / {}", Key::Predicted.t(lang), Key::Actual.t(lang))}>
            <rect class="fit-bg" x="8" y="2" width="90" height="90" />
            <line class="diagonal" x1="8" y1="92" x2="98" y2="2" />
            { for dots }
            <text class="axis" x="53" y="99" text-anchor="middle">{ Key::Actual.t(lang) }</text>
            <text class="axis" x="5" y="47" text-anchor="middle"
                transform="rotate(-90 5 47)">{ Key::Predicted.t(lang) }</text>
            <text class="axis" x="8" y="99">{ format!("{lo:.1}") }</text>
            <text class="axis" x="98" y="99" text-anchor="end">{ format!("{hi:.1}") }</text>
        </svg>
    }
}

fn confusion(k: usize, counts: &[u32], lang: Lang) -> Html {
    let cell = 88.0 / k.max(1) as f32;
    let total: u32 = counts.iter().sum();
    let correct: u32 = (0..k)
        .map(|i| counts.get(i * k + i).copied().unwrap_or(0))
        .sum();
    let cells = (0..k * k).map(|i| {
        let (actual, predicted) = (i / k, i % k);
        let row: u32 = counts
            .get(actual * k..(actual + 1) * k)
            .map_or(0, |r| r.iter().sum());
        let n = counts.get(i).copied().unwrap_or(0);
        let share = if row > 0 { n as f32 / row as f32 } else { 0.0 };
        let base = colors::class_color(predicted);
        let fill = format!("rgba({},{},{},{:.2})", base[0], base[1], base[2], 0.08 + 0.8 * share);
        let (x, y) = (10.0 + predicted as f32 * cell, 10.0 + actual as f32 * cell);
        html! {
            <g>
                <rect x={format!("{x:.1}")} y={format!("{y:.1}")} width={format!("{:.1}", cell - 1.0)}
                    height={format!("{:.1}", cell - 1.0)} fill={fill} />
                <text class="count" x={format!("{:.1}", x + cell / 2.0)} y={format!("{:.1}", y + cell / 2.0 + 2.0)}
                    text-anchor="middle">{ n }</text>
            </g>
        }
    });
    let labels = (0..k).map(|c| {
        let mid = 10.0 + (c as f32 + 0.5) * cell;
        html! { <>
            <text class="axis" x={format!("{mid:.1}")} y="8" text-anchor="middle">{ c }</text>
            <text class="axis" x="6" y={format!("{:.1}", mid + 2.0)} text-anchor="middle">{ c }</text>
        </> }
    });
    html! {
        <>
            <svg class="fit" viewBox="0 0 100 100" data-testid="output-fit" role="img"
                aria-label={format!("{} / {}", Key::Actual.t(lang), Key::Predicted.t(lang))}>
                { for cells }
                { for labels }
            </svg>
            <p class="muted">{ Key::FitAccuracy.fill(lang, &[&correct.to_string(), &total.to_string()]) }</p>
        </>
    }
}

/// The fit summary.
#[component]
pub fn FitView(props: &FitViewProps) -> Html {
    match &*props.fit {
        Fit::Scatter { points, lo, hi } => scatter(points, *lo, *hi, props.lang),
        Fit::Confusion { k, counts } => confusion(*k, counts, props.lang),
    }
}
