//! The sum written out: `Σₖ₌₁ⁿ aₖ = a₁ + a₂ + … = total`, a table of k, aₖ and the
//! running total (the model's `partial_sums`), and the closed form beside it. Past
//! [`ALL_UP_TO`] terms the middle ones are elided visibly — the "…" column says how many —
//! while the total still comes from every term.

use neurite_labs::sigma::{Sequence, Term};
use neurite_labs::SigmaLab;
use yew::prelude::*;

use super::text::SigmaText;
use crate::i18n::Lang;
use crate::view::plot::plain;

/// Up to this many terms every one is written out.
const ALL_UP_TO: usize = 12;
/// With more, the first few and the last few are.
const HEAD: usize = 5;
const TAIL: usize = 3;

/// A number as the read-outs show it. The built-in sums are whole numbers below 2²⁴, exact
/// in f32; a custom sum shows as the shortest f32 text, as its typed terms were.
pub fn num(v: f64) -> String {
    plain(v as f32)
}

/// A term inside a written sum: negative ones in parentheses.
fn signed(v: f64) -> String {
    if v < 0.0 {
        format!("({})", num(v))
    } else {
        num(v)
    }
}

/// The columns written out: term indices, `None` for the elided middle.
fn columns(len: usize) -> Vec<Option<usize>> {
    if len <= ALL_UP_TO {
        (0..len).map(Some).collect()
    } else {
        (0..HEAD)
            .map(Some)
            .chain(std::iter::once(None))
            .chain((len - TAIL..len).map(Some))
            .collect()
    }
}

/// How the general term reads.
fn term_name(sequence: &Sequence) -> &'static str {
    match sequence {
        Sequence::K => "k",
        Sequence::Squares => "k²",
        Sequence::Odd => "(2k − 1)",
        Sequence::Custom(_) => "aₖ",
    }
}

/// Σ with its limits stacked, then the general term.
pub fn sigma_sign(upper: &str, lower: &str, term: &str) -> Html {
    html! {
        <span class="sigma-notation">
            <span class="sigma-sign"><span class="lim">{ upper.to_string() }</span>
                <span class="op">{ "Σ" }</span><span class="lim">{ lower.to_string() }</span></span>
            { term.to_string() }
        </span>
    }
}

/// `Σ … = 1 + 2 + … = total`.
fn sum_line(lab: &SigmaLab, terms: &[Term], total: f64) -> Html {
    let cols = columns(terms.len());
    let parts: Vec<String> = cols
        .iter()
        .map(|c| c.map_or("…".to_string(), |i| signed(terms[i].value)))
        .collect();
    html! {
        <div class="sigma-line lab-formula" data-testid="written-sum">
            { sigma_sign(&terms.len().to_string(), "k=1", term_name(&lab.sequence)) }
            <span>{ format!("= {} = ", parts.join(" + ")) }<strong data-testid="sum">{ num(total) }</strong></span>
        </div>
    }
}

/// The table of k, aₖ and the running total.
fn table(terms: &[Term], partial: &[f64], lang: Lang) -> Html {
    let cols = columns(terms.len());
    let cell = |c: &Option<usize>, f: &dyn Fn(usize) -> Html| match c {
        Some(i) => f(*i),
        None => html! { <td class="elided">{ "…" }</td> },
    };
    html! {
        <div class="sigma-table-wrap">
            <table class="sigma-table">
                <tr><th scope="row">{ SigmaText::RowK.t(lang) }</th>
                    { for cols.iter().map(|c| cell(c, &|i| html! { <td>{ terms[i].k }</td> })) }</tr>
                <tr><th scope="row">{ SigmaText::RowTerm.t(lang) }</th>
                    { for cols.iter().map(|c| cell(c, &|i| html! {
                        <td data-testid={format!("term-{}", terms[i].k)}>{ num(terms[i].value) }</td> })) }</tr>
                <tr class="running"><th scope="row">{ SigmaText::RowTotal.t(lang) }</th>
                    { for cols.iter().map(|c| cell(c, &|i| html! {
                        <td data-testid={format!("partial-{}", terms[i].k)}>{ num(partial[i]) }</td> })) }</tr>
            </table>
        </div>
    }
}

/// The closed form with n put in, and its value from the model.
fn closed_form(lab: &SigmaLab, n: usize, lang: Lang) -> Html {
    let n = n.to_string();
    let formula = match lab.sequence {
        Sequence::K => format!("n(n + 1)/2 = {n}·({n} + 1)/2 = "),
        Sequence::Squares => format!("n(n + 1)(2n + 1)/6 = {n}·({n} + 1)·(2·{n} + 1)/6 = "),
        Sequence::Odd => format!("n² = {n}² = "),
        Sequence::Custom(_) => String::new(),
    };
    html! {
        <div class="sigma-closed">
            <h2>{ SigmaText::ClosedForm.t(lang) }</h2>
            if let Some(v) = lab.closed_form() {
                <div class="lab-formula">{ formula }<strong data-testid="closed-form">{ num(v) }</strong></div>
                if Some(lab.total()) == lab.closed_form() {
                    <p class="muted">{ SigmaText::ClosedSame.t(lang) }</p>
                }
                if lab.sequence == Sequence::K {
                    <p class="muted">{ SigmaText::Gauss.t(lang) }</p>
                }
            } else {
                <p class="muted">{ SigmaText::NoClosedForm.t(lang) }</p>
            }
        </div>
    }
}

/// The written sum, its table and its closed form.
pub fn written(lab: &SigmaLab, lang: Lang) -> Html {
    let terms = lab.terms();
    let partial = lab.partial_sums();
    let total = lab.total();
    let elided = (terms.len() > ALL_UP_TO).then(|| {
        let (from, to) = (HEAD + 1, terms.len() - TAIL);
        let count = (to + 1 - from).to_string();
        SigmaText::Elided.fill(lang, &[&from.to_string(), &to.to_string(), &count])
    });
    html! {
        <>
            <h2>{ SigmaText::Written.t(lang) }</h2>
            { sum_line(lab, &terms, total) }
            { table(&terms, &partial, lang) }
            if let Some(text) = elided {
                <p class="muted" data-testid="elided">{ text }</p>
            }
            <p class="muted">{ SigmaText::TermByTerm.t(lang) }</p>
            { closed_form(lab, terms.len(), lang) }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_sums_elide_the_middle_only() {
        assert_eq!(columns(3), vec![Some(0), Some(1), Some(2)]);
        assert_eq!(columns(ALL_UP_TO).len(), ALL_UP_TO);
        let long = columns(100);
        assert_eq!(long.len(), HEAD + 1 + TAIL);
        assert_eq!(
            (long[HEAD], long[HEAD + 1], long.last()),
            (None, Some(97), Some(&Some(99)))
        );
        assert_eq!(signed(-2.5), "(-2.5)");
    }
}
