//! Training, validation and test curves against the epoch, as SVG: loss (optionally on a
//! log scale) or accuracy, a marker at the best validation epoch and where overfitting
//! begins, and a hover read-out of the epoch under the pointer.
//!
//! The chart is a pure function of [`Curves`]: each redraw rebuilds the polylines from the
//! data, so redraws can never add points. Long runs are thinned to at most `MAX_SAMPLES`
//! vertices per line by stride, which keeps the SVG small at thousands of epochs. The x axis
//! is the epoch itself (`Curves::epochs`), so a history that arrived thinned in a link is
//! drawn at its true epochs.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Key, Lang};
use crate::platform::cell::use_cell;
use crate::platform::events;
use crate::view::{format_metric, Curves};

const W: f64 = 400.0;
const H: f64 = 150.0;
const PAD_L: f64 = 36.0;
const PAD_R: f64 = 8.0;
const PAD_T: f64 = 8.0;
const PAD_B: f64 = 18.0;
const MAX_SAMPLES: usize = 400;
const LOG_FLOOR: f32 = 1e-4;

/// A further vertical mark on the chart (a lab's scrubbed epoch, where Early Stopping
/// stopped): at curve index `index` (epoch `index + 1`), test id `marker-{class}`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartMark {
    pub index: usize,
    pub class: &'static str,
    pub label: AttrValue,
}

/// Props of [`LossChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct LossChartProps {
    pub curves: Rc<Curves>,
    pub log: bool,
    pub accuracy: bool,
    pub lang: Lang,
    /// Marks besides the best-validation and overfitting ones.
    #[prop_or_default]
    pub marks: Vec<ChartMark>,
}

struct Frame<'a> {
    curves: &'a Curves,
    /// The first and last epoch drawn.
    first: usize,
    last: usize,
    lo: f64,
    hi: f64,
    log: bool,
}

impl Frame<'_> {
    /// The x of entry `i`, at its epoch.
    fn x(&self, i: usize) -> f64 {
        let span = self.last.saturating_sub(self.first).max(1) as f64;
        let e = self.curves.epoch(i).saturating_sub(self.first) as f64;
        PAD_L + (W - PAD_L - PAD_R) * e / span
    }
    fn t(&self, v: f32) -> f64 {
        if self.log {
            (v.max(LOG_FLOOR) as f64).log10()
        } else {
            v as f64
        }
    }
    fn y(&self, v: f32) -> f64 {
        let span = (self.hi - self.lo).max(1e-9);
        PAD_T + (H - PAD_T - PAD_B) * (1.0 - (self.t(v) - self.lo) / span)
    }
}

fn polyline(frame: &Frame, data: &[f32], class: &'static str) -> Html {
    let stride = data.len().div_ceil(MAX_SAMPLES).max(1);
    let mut pts = String::new();
    for (i, v) in data.iter().enumerate() {
        if (i % stride == 0 || i + 1 == data.len()) && v.is_finite() {
            pts.push_str(&format!("{:.1},{:.1} ", frame.x(i), frame.y(*v)));
        }
    }
    html! { <polyline class={classes!("curve", class)} points={pts} /> }
}

fn marker(frame: &Frame, epoch: Option<usize>, class: &'static str, label: &str, row: f64) -> Html {
    let Some(e) = epoch else { return html! {} };
    let x = frame.x(e);
    html! {
        <g class={classes!("marker", class)} data-testid={format!("marker-{class}")}
            data-epoch={frame.curves.epoch(e).to_string()}>
            <title>{ format!("{label}: {}", frame.curves.epoch(e)) }</title>
            <line x1={x.to_string()} x2={x.to_string()} y1={PAD_T.to_string()}
                y2={(H - PAD_B).to_string()} />
            // Labels near the right edge grow leftwards so they stay inside the chart.
            if x > W * 0.7 {
                <text x={(x - 2.0).to_string()} y={(PAD_T + 9.0 + 10.0 * row).to_string()}
                    text-anchor="end">{ label.to_string() }</text>
            } else {
                <text x={(x + 2.0).to_string()} y={(PAD_T + 9.0 + 10.0 * row).to_string()}>{ label.to_string() }</text>
            }
        </g>
    }
}

/// The curves chart.
#[component]
pub fn LossChart(props: &LossChartProps) -> Html {
    // The epoch under the pointer, rendered again only when it changes.
    let hover = use_cell(|| None::<usize>);
    let set_hover = {
        let hover = hover.clone();
        move |v: Option<usize>| {
            if hover.get() != v {
                hover.set(v);
            }
        }
    };
    let svg = use_node_ref();
    let c = &props.curves;
    let lang = props.lang;
    let series: [(&[f32], &'static str, Key); 3] = if props.accuracy {
        [
            (&c.train_acc, "train", Key::Train),
            (&c.val_acc, "val", Key::Validation),
            (&c.test_acc, "test", Key::Test),
        ]
    } else {
        [
            (&c.train_loss, "train", Key::Train),
            (&c.val_loss, "val", Key::Validation),
            (&c.test_loss, "test", Key::Test),
        ]
    };
    let epochs = series.iter().map(|s| s.0.len()).max().unwrap_or(0);
    let log = props.log && !props.accuracy;
    let (first, last) = (c.epoch(0), c.epoch(epochs.saturating_sub(1)));
    let mut frame = Frame {
        curves: c,
        first,
        last,
        lo: 0.0,
        hi: 1.0,
        log,
    };
    if !props.accuracy {
        let vals = series
            .iter()
            .flat_map(|s| s.0.iter())
            .filter(|v| v.is_finite());
        let (lo, hi) = vals.fold((f64::MAX, f64::MIN), |(lo, hi), &v| {
            let t = frame.t(v);
            (lo.min(t), hi.max(t))
        });
        if lo <= hi {
            frame.lo = if log { lo } else { 0.0 };
            frame.hi = if hi > frame.lo { hi } else { frame.lo + 1.0 };
        }
    }
    let onmousemove = {
        let (set_hover, svg) = (set_hover.clone(), svg.clone());
        Callback::from(move |e: MouseEvent| {
            if epochs == 0 {
                return;
            }
            // Measured against the chart itself: under Yew's delegated events the event's
            // `current_target` is the app's root, which put the read-out off the pointer.
            let Some(el) = svg.cast::<web_sys::Element>() else {
                return;
            };
            if let Some((fx, _)) = events::position_in(&e, &el) {
                let x = fx * W;
                let f = ((x - PAD_L) / (W - PAD_L - PAD_R)).clamp(0.0, 1.0);
                let e = first as f64 + f * last.saturating_sub(first) as f64;
                set_hover(Some(e.round() as usize));
            }
        })
    };
    let onmouseleave = Callback::from(move |_: MouseEvent| set_hover(None));
    let hovered = hover.get();
    let readout = hovered.filter(|_| epochs > 0).map(|e| {
        let i = c.nearest(e);
        let parts: Vec<String> = series
            .iter()
            .map(|(d, _, k)| format!("{} {}", k.t(lang), format_metric(d.get(i).copied())))
            .collect();
        let text = format!(
            "{} {} · {}",
            Key::Epoch.t(lang),
            c.epoch(i),
            parts.join(" · ")
        );
        (i, text)
    });
    let axis_hi = if log { 10f64.powf(frame.hi) } else { frame.hi };
    let axis_lo = if log { 10f64.powf(frame.lo) } else { frame.lo };
    html! {
        <div class="chart">
            <svg ref={svg} viewBox={format!("0 0 {W} {H}")} class="chart-svg" role="img"
                aria-label={Key::Curves.t(lang)} onmousemove={onmousemove} onmouseleave={onmouseleave}>
                <rect class="chart-bg" x={PAD_L.to_string()} y={PAD_T.to_string()}
                    width={(W - PAD_L - PAD_R).to_string()} height={(H - PAD_T - PAD_B).to_string()} />
                <text class="axis" x="2" y={(PAD_T + 8.0).to_string()}>{ format!("{axis_hi:.3}") }</text>
                <text class="axis" x="2" y={(H - PAD_B).to_string()}>{ format!("{axis_lo:.3}") }</text>
                <text class="axis" x={PAD_L.to_string()} y={(H - 4.0).to_string()}>{ first }</text>
                <text class="axis" x={(W - PAD_R - 30.0).to_string()} y={(H - 4.0).to_string()}>{ last.max(1) }</text>
                { for series.iter().map(|(d, cls, _)| polyline(&frame, d, cls)) }
                { marker(&frame, c.best, "best", Key::BestEpoch.t(lang), 0.0) }
                { marker(&frame, c.overfit, "overfit", Key::OverfitStart.t(lang), 1.0) }
                { for props.marks.iter().enumerate().map(|(i, m)| {
                    marker(&frame, Some(m.index), m.class, &m.label, 2.0 + i as f64)
                }) }
                if let Some((e, _)) = &readout {
                    <line class="hover-line" x1={frame.x(*e).to_string()} x2={frame.x(*e).to_string()}
                        y1={PAD_T.to_string()} y2={(H - PAD_B).to_string()} />
                }
            </svg>
            <div class="chart-legend">
                { for series.iter().map(|(_, cls, k)| html! {
                    <span class={classes!("legend-item", *cls)}>{ k.t(lang) }</span>
                }) }
            </div>
            <div class="chart-readout" aria-live="polite" data-testid="chart-readout">
                { readout.map(|r| r.1).unwrap_or_default() }
            </div>
            if c.best.is_some() {
                <p class="muted chart-help">{ Key::OverfitHelp.t(lang) }</p>
            }
        </div>
    }
}
