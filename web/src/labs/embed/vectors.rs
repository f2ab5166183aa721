//! The embeddings lab's read-outs of the trained vectors: cosine similarity with the angle
//! and the formula's numbers (test ids `word-a`, `word-b`, `cosine` with `data-value` and
//! both vectors in `data-vector-a` / `data-vector-b`), nearest neighbours (`neighbours-of`,
//! `neighbour-<i>`: the word, then its cosine), and the analogy (`analogy-a`, `analogy-b`,
//! `analogy-c`, `analogy-result`) with what the corpus was written to give.

use neurite_labs::embed::corpus::is_japanese;
use neurite_labs::embed::readout::{analogy, expected, neighbours, similarity};
use neurite_labs::embed::{EmbedLab, EmbedSession};
use yew::prelude::*;

use super::plot;
use super::text::EmbedText as T;
use crate::i18n::Lang;
use crate::labs::controls::{edit_lab, fixed};

/// Neighbours listed.
const NEIGHBOURS: usize = 5;

/// A select of every trained word, English then Japanese.
fn word_select(
    label: &str,
    testid: &'static str,
    current: &str,
    s: &EmbedSession,
    lang: Lang,
    on: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        on.emit(
            e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        );
    });
    let group = |ja: bool| {
        let name = if ja {
            T::Japanese.t(lang)
        } else {
            T::English.t(lang)
        };
        html! { <optgroup label={name}>
            { for s.corpus().trained_words().filter(|(_, w)| is_japanese(w) == ja).map(|(_, w)| html! {
                <option value={w.to_string()} selected={w == current}>{ w }</option>
            }) }
        </optgroup> }
    };
    html! {
        <label class="row"><span class="field-label">{ label.to_string() }</span>
            <select data-testid={testid} aria-label={label.to_string()} {onchange}>{ group(false) }{ group(true) }</select></label>
    }
}

/// The components as f64 text: each is the f32's exact value, so a reader parsing them as
/// doubles recomputes the cosine from exactly the numbers the lab used.
fn numbers(v: &[f32]) -> String {
    v.iter()
        .map(|&x| f64::from(x).to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Cosine, neighbours and analogy of the session's current vectors.
pub fn read_outs(
    s: &EmbedSession,
    lab: &EmbedLab,
    on_change: &Callback<EmbedLab>,
    lang: Lang,
) -> Html {
    let c = s.corpus();
    let table = s.table();
    let id = |w: &str| c.trained_id(w).unwrap_or(0);
    let (va, vb) = (s.vector(id(&lab.a)), s.vector(id(&lab.b)));
    let sim = similarity(va, vb);
    let untrained = s.epochs_done() == 0;
    let near = neighbours(c, table, id(&lab.near), NEIGHBOURS);
    let ids = [
        id(&lab.analogy[0]),
        id(&lab.analogy[1]),
        id(&lab.analogy[2]),
    ];
    let found = analogy(c, table, ids, NEIGHBOURS);
    let word = |w: u32| c.vocab.token(w).unwrap_or("?");
    let [x, y, z] = &lab.analogy;
    let honest =
        expected(x, y, z).map(
            |want| match found.iter().position(|&(w, _)| word(w) == want) {
                Some(0) => T::Holds.fill(lang, &[want]),
                Some(i) => T::Ranked.fill(lang, &[want, &(i + 1).to_string(), &fixed(found[i].1)]),
                None => T::Missed.fill(lang, &[want]),
            },
        );
    let set = |f: fn(&mut EmbedLab, String)| edit_lab(lab, on_change, f);
    html! {
        <>
            <h2>{ T::CosTitle.t(lang) }</h2>
            { word_select(T::WordA.t(lang), "word-a", &lab.a, s, lang, set(|l, w| l.a = w)) }
            { word_select(T::WordB.t(lang), "word-b", &lab.b, s, lang, set(|l, w| l.b = w)) }
            { plot::angle(&sim, &lab.a, &lab.b) }
            <p class="lab-formula">{ "cos θ = a·b / (‖a‖ ‖b‖) = " }{ fixed(sim.dot) }{ " / (" }{ fixed(sim.norm_a) }{ " × " }
                { fixed(sim.norm_b) }{ ") = " }
                <strong data-testid="cosine" data-value={sim.cosine.to_string()} data-vector-a={numbers(va)}
                    data-vector-b={numbers(vb)}>{ fixed(sim.cosine) }</strong></p>
            <p class="muted">{ T::CosText.t(lang) }</p>
            if is_japanese(&lab.a) != is_japanese(&lab.b) { <p class="case-text">{ T::Different.t(lang) }</p> }
            if untrained { <p class="muted">{ T::Untrained.t(lang) }</p> }
            <h3>{ T::NearTitle.t(lang) }</h3>
            { word_select(T::NearOf.t(lang), "neighbours-of", &lab.near, s, lang, set(|l, w| l.near = w)) }
            <ol class="neighbours">
                { for near.iter().enumerate().map(|(i, &(w, cos))| html! {
                    <li data-testid={format!("neighbour-{}", i + 1)} data-word={word(w).to_string()} data-value={cos.to_string()}>
                        <span>{ word(w) }</span>{ " " }<strong>{ fixed(cos) }</strong></li>
                }) }
            </ol>
            <p class="muted">{ T::NearText.t(lang) }</p>
            <h3>{ T::AnalogyTitle.t(lang) }</h3>
            <div class="analogy-row">
                { word_select("a", "analogy-a", x, s, lang, set(|l, w| l.analogy[0] = w)) }
                { word_select("− b", "analogy-b", y, s, lang, set(|l, w| l.analogy[1] = w)) }
                { word_select("+ c", "analogy-c", z, s, lang, set(|l, w| l.analogy[2] = w)) }
            </div>
            <p>{ format!("{x} − {y} + {z} ≈ ") }
                if let Some(&(w, cos)) = found.first() {
                    <strong data-testid="analogy-result" data-word={word(w).to_string()} data-value={cos.to_string()}>{ word(w) }</strong>
                    { format!(" (cos {})", fixed(cos)) }
                    <span class="muted">{ format!(" · {}", found.iter().skip(1).map(|&(w, _)| word(w)).collect::<Vec<_>>().join(", ")) }</span>
                }
            </p>
            if let Some(h) = honest { <p class="case-text" data-testid="analogy-expected">{ h }</p> }
            <p class="muted">{ T::AnalogyText.t(lang) }</p>
        </>
    }
}
