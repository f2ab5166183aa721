//! Pooling the selected filter's map: the kind and window, the pooled map, the window that
//! holds the filter's position with its winner (max) or mean (average), the gradient the
//! engine's backward routes from that pooled value, and the shift experiment side by side.

use std::rc::Rc;

use neurite_labs::conv::state::{MAX_SHIFT, POOL_SIDES};
use neurite_labs::conv::{
    pool, routed_gradient, ConvLab, FeatureMaps, Picture, PoolChoice, PoolError, ShiftComparison,
};
use yew::prelude::*;

use super::kernel::whole_field;
use super::text::ConvText;
use crate::i18n::Lang;
use crate::labs::controls::{edit_lab, num, select};
use crate::labs::pixel_grid::{magnitude, PixelGrid, Tone};

/// Props of [`PoolPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct PoolProps {
    pub lab: ConvLab,
    pub lang: Lang,
    pub picture: Rc<Picture>,
    pub maps: Rc<FeatureMaps>,
    pub on_change: Callback<ConvLab>,
}

fn grid(
    values: Vec<f32>,
    h: usize,
    w: usize,
    label: String,
    testid: &'static str,
    rings: Vec<(usize, usize)>,
) -> Html {
    let scale = magnitude(&values);
    html! {
        <figure class="conv-small">
            <PixelGrid values={Rc::new(values)} height={h} width={w} tone={Tone::Signed(scale)}
                label={label.clone()} rings={rings} testid={testid} />
            <figcaption>{ label }</figcaption>
        </figure>
    }
}

fn percent(v: f64) -> String {
    format!("{:.0}%", 100.0 * v)
}

fn shift_view(run: &ShiftComparison, lang: Lang) -> Html {
    let (m, p) = (&run.maps, &run.pooled);
    let map_total = m[0].maps[0].len();
    let pooled_total = p[0].values.len();
    let orig = ConvText::Original.t(lang);
    let moved = ConvText::Moved.t(lang);
    let pooled = ConvText::Pooled.t(lang);
    html! {
        <>
            <div class="conv-shift">
                { grid(m[0].maps[0].clone(), m[0].height, m[0].width, orig.to_string(), "shift-map-0", vec![]) }
                { grid(m[1].maps[0].clone(), m[1].height, m[1].width, moved.to_string(), "shift-map-1", vec![]) }
                { grid(p[0].values.clone(), p[0].height, p[0].width, format!("{pooled} · {orig}"), "shift-pooled-0", vec![]) }
                { grid(p[1].values.clone(), p[1].height, p[1].width, format!("{pooled} · {moved}"), "shift-pooled-1", vec![]) }
            </div>
            <table class="shift-table">
                <tr><th></th><th>{ ConvText::MapHeader.t(lang) }</th><th>{ pooled }</th></tr>
                <tr><th>{ ConvText::MapChanged.t(lang) }{ " / " }{ ConvText::PooledChanged.t(lang) }</th>
                    <td><strong data-testid="map-changed">{ run.map_changed }</strong>{ format!(" / {map_total}") }</td>
                    <td><strong data-testid="pooled-changed">{ run.pooled_changed }</strong>{ format!(" / {pooled_total}") }</td></tr>
                <tr><th>{ ConvText::ChangeSize.t(lang) }</th>
                    <td data-testid="map-change" data-value={run.map_change.to_string()}>{ percent(run.map_change) }</td>
                    <td data-testid="pooled-change" data-value={run.pooled_change.to_string()}>{ percent(run.pooled_change) }</td></tr>
            </table>
            <p class="muted">{ ConvText::ShiftText.t(lang) }</p>
        </>
    }
}

/// The window of the pooled value holding the filter's position: its values, and the
/// gradient routed back into it.
fn window_view(lab: &ConvLab, maps: &FeatureMaps, k: usize, lang: Lang) -> Result<Html, PoolError> {
    let map = maps.maps.get(k).cloned().unwrap_or_default();
    let side = (maps.height, maps.width);
    let pooled = pool(&map, side, lab.pool, lab.pool_size)?;
    let s = lab.pool_size;
    let (pr, pc) = (
        (lab.row / s).min(pooled.height - 1),
        (lab.col / s).min(pooled.width - 1),
    );
    let out = pr * pooled.width + pc;
    let grad = routed_gradient(&map, side, lab.pool, s, out)?;
    let winner = pooled
        .winners
        .get(out)
        .map(|&i| (i / maps.width, i % maps.width));
    let cells: Vec<(usize, usize)> = (0..s * s)
        .map(|i| (pr * s + i / s, pc * s + i % s))
        .collect();
    let value_at = |(r, c): (usize, usize)| map[r * maps.width + c];
    let grad_at = |(r, c): (usize, usize)| grad[r * maps.width + c];
    let explain = match lab.pool {
        PoolChoice::Max => (ConvText::Winner, ConvText::RoutedMax),
        PoolChoice::Avg => (ConvText::AvgWindow, ConvText::RoutedAvg),
    };
    Ok(html! {
        <>
            { grid(pooled.values.clone(), pooled.height, pooled.width, ConvText::Pooled.t(lang).to_string(), "pooled-map", vec![(pr, pc)]) }
            <p class="muted">{ explain.0.t(lang) }</p>
            <div class={classes!("pool-window", format!("k{s}"))} data-testid="pool-window">
                { for cells.iter().map(|&cell| html! {
                    <span class={classes!("product", (Some(cell) == winner).then_some("winner"))}>
                        { format!("{:.3}", value_at(cell)) }</span>
                }) }
            </div>
            <p>{ ConvText::Pooled.t(lang) }{ " = " }{ num("pooled-value".into(), pooled.values.get(out).map(|&v| f64::from(v))) }</p>
            <p class="muted">{ ConvText::Routed.t(lang) }</p>
            <div class={classes!("pool-window", format!("k{s}"))} data-testid="routed">
                { for cells.iter().map(|&cell| html! { <span class="product">{ format!("{}", grad_at(cell)) }</span> }) }
            </div>
            <p class="muted">{ explain.1.t(lang) }</p>
        </>
    })
}

/// The pooling panel.
#[component]
pub fn PoolPanel(props: &PoolProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let k = lab.selected.min(props.maps.maps.len().saturating_sub(1));
    let too_small = |e: &PoolError| match e {
        PoolError::MapTooSmall { side, size } => ConvText::NoPool.fill(
            lang,
            &[&side.to_string(), &size.to_string(), &size.to_string()],
        ),
        other => ConvText::Unavailable.fill(lang, &[&other.to_string()]),
    };
    let body = window_view(lab, &props.maps, k, lang).and_then(|window| {
        let run = ShiftComparison::run(lab, &props.picture)?;
        Ok(html! { <>{ window }<h3>{ ConvText::ShiftTitle.t(lang) }</h3>
            { whole_field(ConvText::Shift.t(lang), "shift", (0, MAX_SHIFT), lab.shift,
                edit_lab(lab, &props.on_change, |l: &mut ConvLab, v: usize| l.shift = v.min(MAX_SHIFT))) }
            { shift_view(&run, lang) }</> })
    });
    let kind_text = move |c: PoolChoice| match c {
        PoolChoice::Max => ConvText::PoolMax.t(lang),
        PoolChoice::Avg => ConvText::PoolAvg.t(lang),
    };
    html! {
        <div class="conv-pool">
            <h3>{ ConvText::PoolTitle.t(lang) }</h3>
            <p class="muted">{ ConvText::PoolIntro.t(lang) }</p>
            { select(ConvText::PoolKind.t(lang), "pool-kind", &PoolChoice::ALL, lab.pool, kind_text, None,
                edit_lab(lab, &props.on_change, |l: &mut ConvLab, c| l.pool = c)) }
            { whole_field(ConvText::PoolSize.t(lang), "pool-size", (POOL_SIDES[0], POOL_SIDES[1]), lab.pool_size,
                edit_lab(lab, &props.on_change, |l: &mut ConvLab, v: usize| l.pool_size = v.clamp(POOL_SIDES[0], POOL_SIDES[1]))) }
            { match body {
                Ok(html) => html,
                Err(e) => html! { <p class="case-text" role="status" data-testid="pool-error">{ too_small(&e) }</p> },
            } }
        </div>
    }
}
