//! The world drawn three times: with its true classes over the network's class regions
//! (supervised), coloured by the groups k-means found with their centres (unsupervised),
//! and with each region's share of the agent's choices as a circle at the region's middle
//! (reinforcement).

use std::rc::Rc;

use neurite_data::DOMAIN;
use neurite_labs::paradigms::ParadigmsSession;
use yew::prelude::*;

use crate::components::heatmap::Heatmap;
use crate::components::plot::axes;
use crate::view::colors::{class_color, css, Scale};
use crate::view::plot::Frame;
use crate::view::{Field, FieldKind};

const SIDE: f64 = 300.0;
/// Cells per side of the network's class map.
const MAP_RES: usize = 40;

fn frame() -> Frame {
    let (lo, hi) = (f64::from(DOMAIN.0), f64::from(DOMAIN.1));
    Frame::new((lo, hi), (lo, hi), SIDE, SIDE)
}

/// Every point with a colour index, as small circles (`opacity` for the faint copies).
fn dots(f: &Frame, s: &ParadigmsSession, colour: impl Fn(usize) -> usize, opacity: f64) -> Html {
    let pts = s.supervised.dataset().points.iter().enumerate();
    html! {
        <g class="points" opacity={opacity.to_string()}>
            { for pts.filter(|(_, p)| p.coords.len() >= 2 && p.coords.iter().all(|c| c.is_finite())).map(|(i, p)| html! {
                <circle cx={format!("{:.1}", f.px(p.coords[0].into()))} cy={format!("{:.1}", f.py(p.coords[1].into()))} r="2.6"
                    fill={css(class_color(colour(i)))} />
            }) }
        </g>
    }
}

fn svg(label: &str, body: Html) -> Html {
    html! {
        <svg viewBox={format!("0 0 {SIDE} {SIDE}")} class="plane-overlay" role="img" aria-label={label.to_string()}>
            { axes(&frame()) }{ body }
        </svg>
    }
}

/// The network's class probabilities over the plane, pixel-major, from the engine's grid pass.
fn class_map(s: &ParadigmsSession) -> Option<Rc<Field>> {
    let grid = s.supervised.grid_activations(MAP_RES).ok()?;
    let out = grid.layers.last()?;
    Some(Rc::new(Field {
        res: grid.resolution,
        channels: out.nrows(),
        data: out.t().iter().copied().collect(),
        scale: Scale::Probability,
        kind: FieldKind::Plane,
    }))
}

/// Supervised: the true classes over the network's regions.
pub fn supervised(s: &ParadigmsSession, label: &str) -> Html {
    let f = frame();
    html! {
        <div class="plane-stack paradigms-plane">
            if let Some(field) = class_map(s) {
                <Heatmap field={field} version={s.rounds as u64} class="plane-map" testid="supervised-map" />
            }
            { svg(label, dots(&f, s, |i| s.labels[i], 1.0)) }
        </div>
    }
}

/// Unsupervised: the found groups and their centres.
pub fn clusters(s: &ParadigmsSession, label: &str) -> Html {
    let f = frame();
    let km = &s.kmeans;
    let centres = km.centres.iter().enumerate().map(|(j, c)| {
        let (x, y) = (f.px(c[0]), f.py(c[1]));
        html! {
            <g class="kmeans-centre" stroke={css(class_color(j))} stroke-width="3">
                <line x1={(x - 6.0).to_string()} y1={(y - 6.0).to_string()} x2={(x + 6.0).to_string()} y2={(y + 6.0).to_string()} stroke="white" stroke-width="6" />
                <line x1={(x - 6.0).to_string()} y1={(y + 6.0).to_string()} x2={(x + 6.0).to_string()} y2={(y - 6.0).to_string()} stroke="white" stroke-width="6" />
                <line x1={(x - 6.0).to_string()} y1={(y - 6.0).to_string()} x2={(x + 6.0).to_string()} y2={(y + 6.0).to_string()} />
                <line x1={(x - 6.0).to_string()} y1={(y + 6.0).to_string()} x2={(x + 6.0).to_string()} y2={(y - 6.0).to_string()} />
            </g>
        }
    });
    html! {
        <div class="plane-stack paradigms-plane">
            { svg(label, html! { <>{ dots(&f, s, |i| km.assignment[i], 1.0) }{ for centres }</> }) }
        </div>
    }
}

/// The middle (mean) of each region's points: where the agent's circles go.
fn region_middles(s: &ParadigmsSession) -> Vec<[f64; 2]> {
    let mut sums = vec![[0.0f64; 3]; s.lab.classes];
    for (p, &l) in s.supervised.dataset().points.iter().zip(&s.labels) {
        if let (Some(m), [x, y, ..]) = (sums.get_mut(l), p.coords.as_slice()) {
            *m = [m[0] + f64::from(*x), m[1] + f64::from(*y), m[2] + 1.0];
        }
    }
    sums.iter()
        .map(|m| [m[0] / m[2].max(1.0), m[1] / m[2].max(1.0)])
        .collect()
}

/// Reinforcement: the regions, faint, and a circle per region sized by its share of choices.
pub fn agent(s: &ParadigmsSession, label: &str) -> Html {
    let f = frame();
    let b = &s.bandit;
    let total = b.choices().max(1) as f64;
    let circles = region_middles(s).into_iter().enumerate().map(|(k, m)| {
        let share = b.pulls.get(k).copied().unwrap_or(0) as f64 / total;
        let r = 4.0 + 40.0 * share.sqrt();
        html! {
            <g>
                <circle cx={format!("{:.1}", f.px(m[0]))} cy={format!("{:.1}", f.py(m[1]))} r={format!("{r:.1}")}
                    fill={css(class_color(k))} fill-opacity="0.35" stroke={css(class_color(k))} stroke-width="2" />
                <text x={format!("{:.1}", f.px(m[0]))} y={format!("{:.1}", f.py(m[1]) + 4.0)} text-anchor="middle" class="paradigms-share">
                    { format!("{:.0}%", 100.0 * share) }</text>
            </g>
        }
    });
    html! {
        <div class="plane-stack paradigms-plane">
            { svg(label, html! { <>{ dots(&f, s, |i| s.labels[i], 0.25) }{ for circles }</> }) }
        </div>
    }
}
