//! Inference mode's panel (学習 と 推論): where to click, the typed point (`query-x1`,
//! `query-x2`), the model's answer read as a class and confidence or a value
//! (`query-output`), and the same point's output in inference and in training mode side by
//! side (`query-infer-output`, `query-train-output`) with why they can differ.

use std::rc::Rc;

use neurite_data::DOMAIN;
use yew::prelude::*;

use super::number_field::NumberField;
use crate::i18n::{Key, Lang};
use crate::store::Action;
use crate::view::QueryView;

/// Props of [`QueryPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct QueryPanelProps {
    pub query: Option<Rc<QueryView>>,
    /// Input dimensions of the data (1 or 2; N-D data has no plane to ask about).
    pub dims: usize,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Outputs as a read-out shows them.
fn values(v: &[f32]) -> String {
    v.iter()
        .map(|x| format!("{x:.3}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The inference panel.
#[component]
pub fn QueryPanel(props: &QueryPanelProps) -> Html {
    let lang = props.lang;
    let at = props
        .query
        .as_ref()
        .map_or(vec![0.0; props.dims], |q| q.at.clone());
    let field = |j: usize| {
        let value = at.get(j).copied().unwrap_or(0.0);
        let (at, d) = (at.clone(), props.dispatch.clone());
        let on = Callback::from(move |v: f64| {
            let mut next = at.clone();
            if let Some(slot) = next.get_mut(j) {
                *slot = v as f32;
            }
            d.emit(Action::Query(next));
        });
        html! {
            <label class="query-field">{ if j == 0 { "x₁" } else { "x₂" } }
                <NumberField value={f64::from(value)} min={f64::from(DOMAIN.0)} max={f64::from(DOMAIN.1)} step=0.1
                    label={if j == 0 { "x₁" } else { "x₂" }} on_value={on} testid={format!("query-x{}", j + 1)} />
            </label>
        }
    };
    let answer = props.query.as_ref().map(|q| {
        let out = values(&q.inference);
        let text = match q.class {
            Some((k, p)) => Key::QueryClass.fill(lang, &[&out, &k.to_string(), &format!("{:.0}", p * 100.0)]),
            None => Key::QueryValue.fill(lang, &[&out]),
        };
        html! {
            <>
                <p class="query-answer" data-testid="query-output">{ text }</p>
                <div class="query-modes">
                    <div><span class="muted">{ Key::QueryInfer.t(lang) }</span>
                        <strong data-testid="query-infer-output">{ out }</strong></div>
                    <div><span class="muted">{ Key::QueryTrain.t(lang) }</span>
                        <strong data-testid="query-train-output">{ values(&q.training) }</strong></div>
                </div>
            </>
        }
    });
    html! {
        <div class="query-panel" data-testid="query-panel">
            <h3>{ Key::InferenceTitle.t(lang) }</h3>
            <p class="muted">{ Key::InferenceHelp.t(lang) }</p>
            if matches!(props.dims, 1 | 2) {
                <div class="row">{ for (0..props.dims).map(field) }</div>
            }
            { answer.unwrap_or_else(|| html! { <p class="muted">{ Key::QueryPrompt.t(lang) }</p> }) }
            <p class="muted">{ Key::InferenceModes.t(lang) }</p>
        </div>
    }
}
