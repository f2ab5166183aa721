//! A small loss chart shared by the lab's two pictures (loss per step, loss per epoch):
//! one curve per series, a log-scale y axis when the finite losses span more than two
//! decades, an optional cap so a diverging curve leaves through the top instead of
//! flattening the others, and a marker where a series stopped.

use yew::prelude::*;

use crate::labs::controls::short;
use crate::view::plot::{ticks, Frame};

const W: f64 = 420.0;
const H: f64 = 200.0;
/// Ratio of largest to smallest loss above which the y axis is logarithmic.
const LOG_RATIO: f32 = 100.0;

/// One curve: `values[i]` at x = i.
pub struct Series<'a> {
    /// CSS class giving its colour.
    pub class: &'static str,
    pub values: &'a [f32],
    /// Where it stopped (x) and what to write there, e.g. "diverged in epoch 5".
    pub stop: Option<(usize, String)>,
}

/// The y range in plotted units (log₁₀ of the loss on a log axis), and whether it is log.
fn y_range(series: &[Series], cap: Option<f32>) -> ((f64, f64), bool) {
    let finite = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .filter(|v| v.is_finite() && *v >= 0.0)
        .map(|v| cap.map_or(v, |c| v.min(c)));
    let (lo, hi) = finite.fold((f32::MAX, 0.0f32), |(lo, hi), v| {
        (if v > 0.0 { lo.min(v) } else { lo }, hi.max(v))
    });
    if hi <= 0.0 {
        return ((0.0, 1.0), false);
    }
    if lo < f32::MAX && hi / lo > LOG_RATIO {
        let (a, b) = (f64::from(lo).log10().floor(), f64::from(hi).log10().ceil());
        ((a, b.max(a + 1.0)), true)
    } else {
        ((0.0, f64::from(hi) * 1.08), false)
    }
}

/// Whether the chart of `series` has a log-scale y axis.
pub fn is_log(series: &[Series], cap: Option<f32>) -> bool {
    y_range(series, cap).1
}

/// A loss as plotted (zero on a log axis goes to the bottom edge).
fn plotted(v: f32, log: bool, floor: f64) -> f64 {
    if !log {
        f64::from(v)
    } else if v > 0.0 {
        f64::from(v).log10()
    } else {
        floor
    }
}

/// The axes: the plot area, x ticks, and y ticks (decades as 10^k on a log axis).
fn chart_axes(f: &Frame, log: bool, x_label: &str) -> Html {
    let (x0, x1, y0, y1) = (f.px(f.x.0), f.px(f.x.1), f.py(f.y.0), f.py(f.y.1));
    let yt: Vec<(f64, String)> = if log {
        let (a, b) = (f.y.0 as i32, f.y.1 as i32);
        let stride = ((b - a) / 5).max(1) as usize;
        (a..=b)
            .step_by(stride)
            .map(|k| (f64::from(k), format!("1e{k}")))
            .collect()
    } else {
        ticks(f.y.0, f.y.1, 4)
            .into_iter()
            .map(|t| (t, short(t)))
            .collect()
    };
    html! {
        <g class="axes">
            <rect class="plot-area" x={x0.to_string()} y={y1.to_string()}
                width={(x1 - x0).to_string()} height={(y0 - y1).to_string()} />
            { for ticks(f.x.0, f.x.1, 5).into_iter().map(|t| html! {
                <text class="axis" x={f.px(t).to_string()} y={(y0 + 14.0).to_string()}
                    text-anchor="middle">{ short(t) }</text>
            }) }
            { for yt.into_iter().map(|(t, s)| html! {
                <text class="axis" x={(x0 - 4.0).to_string()} y={(f.py(t) + 4.0).to_string()}
                    text-anchor="end">{ s }</text>
            }) }
            <text class="axis" x={x1.to_string()} y={(y0 + 14.0).to_string()} text-anchor="end"
                dy="12">{ x_label.to_string() }</text>
        </g>
    }
}

/// An SVG path through `(i, values[i])`, broken at non-finite values (the clip keeps
/// points beyond the window from drawing outside it).
fn path(f: &Frame, values: &[f32], log: bool) -> String {
    let mut d = String::new();
    let mut down = false;
    for (i, &v) in values.iter().enumerate() {
        if !v.is_finite() {
            down = false;
            continue;
        }
        let (x, y) = (f.px(i as f64), f.py(plotted(v, log, f.y.0)));
        d.push_str(&format!("{}{x:.1},{y:.1} ", if down { 'L' } else { 'M' }));
        down = true;
    }
    d
}

/// The chart, named `title` for assistive technology. `x_max` fixes the x range (else the
/// longest series); `cap` clips losses above it. Curves carry `data-testid="{testid}-curve"`
/// and `data-points`.
pub fn chart(
    title: &str,
    series: &[Series],
    x_label: &str,
    testid: &str,
    x_max: Option<usize>,
    cap: Option<f32>,
) -> Html {
    let (y, log) = y_range(series, cap);
    let longest = series.iter().map(|s| s.values.len()).max().unwrap_or(0);
    let x_max = x_max.unwrap_or(longest.saturating_sub(1)).max(1);
    let mut f = Frame::new((0.0, x_max as f64), y, W, H);
    f.pad = 34.0;
    let clip = format!("{testid}-clip");
    let (x0, x1, y0, y1) = (f.px(f.x.0), f.px(f.x.1), f.py(f.y.0), f.py(f.y.1));
    let curves = series.iter().map(|s| {
        html! {
            <path class={classes!("series", s.class)} d={path(&f, s.values, log)}
                data-testid={format!("{testid}-curve")} data-points={s.values.len().to_string()} />
        }
    });
    let stops = series.iter().filter_map(|s| {
        let (at, text) = s.stop.as_ref()?;
        let last = s.values.iter().rev().copied().find(|v| v.is_finite()).unwrap_or(f32::MAX);
        let (px, py) = (f.px(*at as f64).min(x1), f.py(plotted(last, log, f.y.0)).max(y1 + 6.0));
        let anchor = if px > (x0 + x1) / 2.0 { "end" } else { "start" };
        let tx = if anchor == "end" { px - 8.0 } else { px + 8.0 };
        Some(html! {
            <g class={classes!("stop", s.class)} data-testid={format!("{testid}-stop")}>
                <text class="cross" x={px.to_string()} y={(py + 4.0).to_string()} text-anchor="middle">{ "×" }</text>
                <text class="axis" x={tx.to_string()} y={(py + 4.0).to_string()} text-anchor={anchor}>{ text.clone() }</text>
            </g>
        })
    });
    html! {
        <svg class="loss-steps" viewBox={format!("0 0 {W} {H}")} data-testid={testid.to_string()}
            data-log={log.to_string()} role="img" aria-label={title.to_string()}>
            <clipPath id={clip.clone()}>
                <rect x={x0.to_string()} y={y1.to_string()} width={(x1 - x0).to_string()} height={(y0 - y1).to_string()} />
            </clipPath>
            { chart_axes(&f, log, x_label) }
            <g clip-path={format!("url(#{clip})")}>{ for curves }</g>
            { for stops }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(values: &[f32]) -> Vec<Series<'_>> {
        vec![Series {
            class: "a",
            values,
            stop: None,
        }]
    }

    #[test]
    fn log_only_across_decades_and_caps_apply() {
        assert_eq!(y_range(&one(&[4.0, 2.0, 1.0]), None), ((0.0, 4.32), false));
        assert_eq!(y_range(&one(&[30.5, 1e-7, 0.0]), None), ((-7.0, 2.0), true));
        assert_eq!(
            y_range(&one(&[0.5, 1e26, f32::INFINITY]), Some(5.0)),
            ((0.0, 5.4), false)
        );
        assert_eq!(y_range(&one(&[]), None), ((0.0, 1.0), false));
    }

    #[test]
    fn paths_skip_non_finite_values() {
        let f = Frame::new((0.0, 2.0), (0.0, 1.0), 100.0, 100.0);
        let d = path(&f, &[1.0, f32::NAN, 0.5], false);
        assert_eq!(d.matches('M').count(), 2);
        assert_eq!(short(2.0), "2");
        assert_eq!(short(0.25), "0.25");
    }
}
