//! The network unrolled over `steps` characters of the training names: per step the
//! character read, the hidden state as a column of units, the top guess, and a bar for the
//! size of the last step's gradient reaching that hidden state (log scale, so a hundredfold
//! shrink is visible without the small bars vanishing). Test ids `grad-norm-<t>` (t from 1,
//! the earliest) carry each size in `data-value`.

use std::rc::Rc;

use neurite_labs::rnn::names::joined;
use neurite_labs::rnn::view::unroll;
use neurite_labs::rnn::RnnSession;
use yew::prelude::*;

use super::text::RnnText;
use crate::i18n::Lang;
use crate::labs::pixel_grid::{magnitude, PixelGrid, Tone};

/// The unrolled view of `steps` steps.
pub fn unrolled(s: &RnnSession, steps: usize, lang: Lang) -> Html {
    let text = joined(steps + 1);
    let (read, next) = text.split_at(text.len().saturating_sub(1));
    let Some(u) = unroll(&s.model, read, next.chars().next().unwrap_or('.')) else {
        return Html::default();
    };
    let hidden = u.hidden.first().map_or(0, Vec::len);
    // Units down, steps across.
    let grid: Vec<f32> = (0..hidden)
        .flat_map(|r| u.hidden.iter().map(move |h| h[r]))
        .collect();
    let scale = magnitude(&grid);
    let (lo, hi) = u
        .grad_norms
        .iter()
        .filter(|v| **v > 0.0)
        .fold((f64::INFINITY, 0.0f64), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        });
    let span = (hi.ln() - lo.ln()).max(1e-9);
    let height = |v: f64| {
        if v > 0.0 && hi > 0.0 {
            8.0 + 92.0 * (v.ln() - lo.ln()) / span
        } else {
            0.0
        }
    };
    let cols = format!(
        "grid-template-columns: 5.5em repeat({}, minmax(0, 1fr))",
        u.text.len()
    );
    let ratio = match (u.grad_norms.first(), u.grad_norms.last()) {
        (Some(&a), Some(&b)) if b > 0.0 => Some(a / b),
        _ => None,
    };
    html! {
        <div data-testid="unrolled">
            <div class="rnn-steps" style={cols.clone()}>
                <span class="field-label">{ RnnText::Read.t(lang) }</span>
                { for u.text.iter().map(|c| html! { <span class="rnn-char">{ c }</span> }) }
            </div>
            <div class="rnn-steps" style={cols.clone()}>
                <span class="field-label">{ RnnText::State.t(lang) }</span>
                <div class="rnn-state" style={format!("grid-column: 2 / span {}", u.text.len())}>
                    <PixelGrid values={Rc::new(grid)} height={hidden} width={u.text.len()} tone={Tone::Signed(scale)}
                        label={RnnText::State.t(lang)} class={classes!("rnn-state-grid")} />
                </div>
            </div>
            <div class="rnn-steps" style={cols.clone()}>
                <span class="field-label">{ RnnText::Top.t(lang) }</span>
                { for u.guess.iter().map(|c| html! { <span class="rnn-char muted">{ c }</span> }) }
            </div>
            <div class="rnn-steps rnn-bars" style={cols}>
                <span class="field-label">{ RnnText::Gradient.t(lang) }</span>
                { for u.grad_norms.iter().enumerate().map(|(t, &v)| html! {
                    <span class="rnn-bar" data-testid={format!("grad-norm-{}", t + 1)} data-value={v.to_string()}
                        title={format!("{v:.3e}")}><span style={format!("height:{:.1}%", height(v))} /></span>
                }) }
            </div>
            <p class="muted">{ RnnText::GradientNote.t(lang) }</p>
            <p class="muted">{ RnnText::LastLoss.fill(lang, &[&u.next.to_string()]) }</p>
            if let Some(r) = ratio {
                <p data-testid="grad-ratio" data-value={r.to_string()}>
                    { RnnText::Ratio.fill(lang, &[&format!("{r:.3}"), &u.text.len().to_string()]) }</p>
            }
        </div>
    }
}
