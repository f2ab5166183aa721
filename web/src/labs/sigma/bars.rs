//! The terms as bars: bar k has height aₖ (downwards when negative), so Σ is their total
//! height. For aₖ = k a pale copy of the same terms in reverse order (aₙ₊₁₋ₖ) sits on top
//! of each bar: together they fill an n × (n + 1) rectangle, Gauss's picture of
//! Σk = n(n + 1)/2.

use neurite_labs::sigma::{Sequence, Term};
use neurite_labs::SigmaLab;
use yew::prelude::*;

use super::text::SigmaText;
use crate::components::plot::axes;
use crate::i18n::Lang;
use crate::view::plot::Frame;

const W: f64 = 420.0;
const H: f64 = 180.0;
/// Extra room left of the frame for long tick labels (Σk² reaches 10⁴ per term).
const LABEL_ROOM: f64 = 24.0;

/// One bar from 0 to `value` at column `k`, `over` stacking it on `base`.
fn bar(f: &Frame, k: usize, base: f64, value: f64, class: &'static str) -> Html {
    let (x0, x1) = (f.px(k as f64 - 0.45), f.px(k as f64 + 0.45));
    let (a, b) = (f.py(base), f.py(base + value));
    html! {
        <rect class={class} x={x0.to_string()} width={(x1 - x0).max(0.5).to_string()}
            y={a.min(b).to_string()} height={(a - b).abs().to_string()} />
    }
}

/// The bar picture of `lab`'s terms.
pub fn bars(lab: &SigmaLab, lang: Lang) -> Html {
    let terms: Vec<Term> = lab.terms();
    let gauss = lab.sequence == Sequence::K;
    let n = terms.len();
    let heights = terms.iter().enumerate().map(|(i, t)| {
        // The stacked copy adds a_{n+1−k} on top of aₖ.
        let copy = if gauss { terms[n - 1 - i].value } else { 0.0 };
        t.value + copy
    });
    let (lo, hi) = heights
        .chain(terms.iter().map(|t| t.value))
        .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let margin = 0.05 * (hi - lo).max(1.0);
    let f = Frame::new((0.4, n as f64 + 0.6), (lo - margin, hi + margin), W, H);
    html! {
        <figure class="sigma-bars">
            <svg viewBox={format!("{} 0 {} {H}", -LABEL_ROOM, W + LABEL_ROOM)} role="img" aria-label={SigmaText::Bars.t(lang)}>
                { axes(&f) }
                { for terms.iter().enumerate().map(|(i, t)| html! {
                    <>
                        { bar(&f, t.k, 0.0, t.value, "bar") }
                        if gauss { { bar(&f, t.k, t.value, terms[n - 1 - i].value, "bar copy") } }
                    </>
                }) }
            </svg>
            <figcaption class="muted">{ SigmaText::Bars.t(lang) }</figcaption>
        </figure>
    }
}
