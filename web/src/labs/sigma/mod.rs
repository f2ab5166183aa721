//! The Σ lab (シグマ, 総和): Σₖ₌₁ⁿ aₖ written out term by term with its running total and
//! a bar picture, the closed form beside it (n(n+1)/2 for aₖ = k), other sequences (k²,
//! the odd numbers, the learner's own list), and the same Σ inside a neuron, Σᵢ wᵢxᵢ,
//! linked to the neuron lab. Terms, partial sums, totals and closed forms are the model's
//! (`neurite_labs::SigmaLab`); the neuron's sum is the engine's.

mod bars;
mod neuron_sum;
mod text;
mod written;

use neurite_labs::link::write::name;
use neurite_labs::sigma::{
    Sequence, SequenceKind, CUSTOM_VALUE, DEFAULT_CUSTOM, MAX_CUSTOM, MAX_N,
};
use neurite_labs::SigmaLab;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::lab_field::LabField;
use crate::i18n::Lang;
use crate::platform::cell::{use_cell, StateCell};
use crate::view::plot::plain;
use text::SigmaText;

/// Props of [`SigmaLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct SigmaLabProps {
    pub lab: SigmaLab,
    pub lang: Lang,
    pub on_change: Callback<SigmaLab>,
}

/// A typed list of 1..=[`MAX_CUSTOM`] numbers in [`CUSTOM_VALUE`], separated by commas
/// (also `、`) or spaces; `None` when any piece is not such a number.
fn parse_terms(text: &str) -> Option<Vec<f32>> {
    let values: Vec<f32> = text
        .split(|c: char| c == ',' || c == '、' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<f32>().ok().filter(|v| CUSTOM_VALUE.contains(*v)))
        .collect::<Option<_>>()?;
    (1..=MAX_CUSTOM).contains(&values.len()).then_some(values)
}

fn kind_text(kind: SequenceKind) -> SigmaText {
    match kind {
        SequenceKind::K => SigmaText::SeqK,
        SequenceKind::Squares => SigmaText::SeqSquares,
        SequenceKind::Odd => SigmaText::SeqOdd,
        SequenceKind::Custom => SigmaText::SeqCustom,
    }
}

/// The custom list's draft: text typed that does not read as a list yet.
type Draft = StateCell<Option<String>>;

/// The sequence select (test id `sequence`, option values the link's names).
fn sequence_select(props: &SigmaLabProps, draft: &Draft) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let current = lab.sequence.kind();
    let onchange = {
        let (lab, on_change, draft) = (lab.clone(), props.on_change.clone(), draft.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let Some(kind) = SequenceKind::ALL.into_iter().find(|k| name(k) == v) else {
                return;
            };
            let sequence = match kind {
                SequenceKind::K => Sequence::K,
                SequenceKind::Squares => Sequence::Squares,
                SequenceKind::Odd => Sequence::Odd,
                SequenceKind::Custom => Sequence::Custom(DEFAULT_CUSTOM.to_vec()),
            };
            draft.set(None);
            on_change.emit(SigmaLab {
                sequence,
                ..lab.clone()
            });
        })
    };
    html! {
        <label class="row"><span class="field-label">{ SigmaText::Sequence.t(lang) }</span>
            <select data-testid="sequence" onchange={onchange} aria-label={SigmaText::Sequence.t(lang)}>
                { for SequenceKind::ALL.into_iter().map(|k| html! {
                    <option value={name(&k)} selected={k == current}>{ kind_text(k).t(lang) }</option>
                }) }
            </select>
        </label>
    }
}

/// The learner's own numbers (test id `terms`): applied as soon as they read as a list.
fn custom_field(props: &SigmaLabProps, values: &[f32], draft: &Draft) -> Html {
    let lang = props.lang;
    let typed_text = draft.get();
    let bad = typed_text
        .as_deref()
        .is_some_and(|t| parse_terms(t).is_none());
    let shown = typed_text.unwrap_or_else(|| {
        values
            .iter()
            .map(|&v| plain(v))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let apply = |keep_draft: bool| {
        let (lab, on_change, draft) = (props.lab.clone(), props.on_change.clone(), draft.clone());
        move |text: String| {
            if let Some(v) = parse_terms(&text) {
                on_change.emit(SigmaLab {
                    sequence: Sequence::Custom(v),
                    ..lab.clone()
                });
                draft.set(keep_draft.then_some(text));
            } else {
                draft.set(Some(text));
            }
        }
    };
    let (typed, done) = (apply(true), apply(false));
    let oninput = Callback::from(move |e: InputEvent| {
        typed(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let onchange =
        Callback::from(move |e: Event| done(e.target_unchecked_into::<HtmlInputElement>().value()));
    let stop = (props.lab.n > values.len()).then(|| {
        let len = values.len().to_string();
        SigmaText::CustomStop.fill(lang, &[&len, &len])
    });
    html! {
        <>
            <label class="sigma-custom"><span class="field-label">{ SigmaText::Custom.t(lang) }</span>
                <input type="text" inputmode="decimal" data-testid="terms" value={shown}
                    aria-invalid={bad.to_string()} oninput={oninput} onchange={onchange} />
            </label>
            if bad { <p class="case-text" role="alert" data-testid="terms-error">{ SigmaText::CustomBad.t(lang) }</p> }
            if let Some(text) = stop { <p class="muted" data-testid="custom-stop">{ text }</p> }
        </>
    }
}

/// The Σ lab.
#[component]
pub fn SigmaLabView(props: &SigmaLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let draft: Draft = use_cell(|| None);
    let set_n = {
        let (lab, on_change) = (lab.clone(), props.on_change.clone());
        Callback::from(move |v: f64| {
            let mut next = lab.clone();
            // A NaN from the slider becomes 0 here and is clamped to 1.
            next.set_n(v.round() as usize);
            on_change.emit(next);
        })
    };
    html! {
        <div class="lab-grid sigma-grid">
            <section class="panel">
                <p class="lab-intro">{ SigmaText::Intro.t(lang) }</p>
                { sequence_select(props, &draft) }
                <LabField label={SigmaText::N.t(lang)} value={lab.n as f64} min=1.0 max={MAX_N as f64}
                    step=1.0 testid="n" on_value={set_n} />
                if let Sequence::Custom(values) = &lab.sequence {
                    { custom_field(props, values, &draft) }
                }
                { bars::bars(lab, lang) }
            </section>
            <section class="panel">
                { written::written(lab, lang) }
            </section>
            <section class="panel">
                { neuron_sum::neuron_sum(lang) }
            </section>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_lists_parse_within_the_models_limits() {
        assert_eq!(
            parse_terms("3, 1,4 、1  5"),
            Some(vec![3.0, 1.0, 4.0, 1.0, 5.0])
        );
        assert_eq!(parse_terms("-2.5"), Some(vec![-2.5]));
        assert_eq!(parse_terms(""), None);
        assert_eq!(parse_terms("1, x"), None);
        assert_eq!(parse_terms("1001"), None);
        assert_eq!(parse_terms("NaN"), None);
        assert_eq!(parse_terms(&["1"; 11].join(",")), None);
    }
}
