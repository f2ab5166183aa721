//! Training versus inference in the normalization lab: the `inference` toggle (training
//! pauses, the settings lock) and a typed point (`query-x1`, `query-x2`, coordinates of the
//! circle's plane) asked of the none / batch / layer networks in both modes
//! (`query-infer-<none|batch|layer>`, `query-train-<…>`, full value in `data-value`).

use neurite_data::DOMAIN;
use yew::prelude::*;

use super::text::NormalizeText as T;
use super::training::Training;
use super::{NORM_IDS, NORM_LANES};
use crate::i18n::{Key, Lang};
use crate::labs::inference::{answer, fields, toggle, Ask};

/// The inference section.
pub fn query_section(t: &Training, lang: Lang, ask: Callback<Ask>) -> Html {
    let (on, coords) = (t.asking.on, &t.asking.coords);
    let answers = t.data.as_ref().filter(|_| on).map(|data| {
        let (x1, x2) = (coords.first().copied(), coords.get(1).copied());
        let input = data.query_input(
            &t.lab,
            (x1.unwrap_or(0.0), x2.unwrap_or(0.0)),
            t.lab.norm_inputs,
        );
        let rows = t.normalization.iter().zip(NORM_IDS.iter().zip(&NORM_LANES));
        rows.map(|(run, (id, (_, _, name)))| {
            let q = input
                .as_ref()
                .map_err(ToString::to_string)
                .and_then(|x| run.query(x, t.lab.seed).map_err(|e| e.to_string()));
            answer(lang, &format!("{}:", name.t(lang)), id, &q)
        })
        .collect::<Html>()
    });
    let range = (f64::from(DOMAIN.0), f64::from(DOMAIN.1));
    html! {
        <section class="panel query-panel" data-testid="query-panel">
            <h2>{ Key::InferenceTitle.t(lang) }</h2>
            { toggle(lang, on, ask.clone()) }
            if let Some(a) = answers {
                <p class="muted">{ T::InferText.t(lang) }</p>
                { fields(coords, range, ask) }
                { a }
            }
        </section>
    }
}
