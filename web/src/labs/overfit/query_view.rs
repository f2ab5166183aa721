//! Training versus inference in the overfitting lab: the `inference` toggle and, while it is
//! on, the model at the scrubber's position asked about a clicked or typed point
//! (`query-x1`, `query-x2` for 2-D data) in both modes (`query-infer-output`,
//! `query-train-output`, first output, full value in `data-value`).

use neurite_data::DOMAIN;
use neurite_labs::OverfitRun;
use yew::prelude::*;

use super::text::OverfitText as T;
use super::training::Training;
use crate::i18n::Lang;
use crate::labs::inference::{answer, fields, toggle, Ask};

/// The toggle and, while on, the answer of the scrubbed model.
pub fn query_section(t: &Training, run: &OverfitRun, lang: Lang, ask: Callback<Ask>) -> Html {
    let asking = &t.asking;
    let answered = t.scrubbed.as_ref().filter(|_| asking.on).map(|s| {
        let q = run
            .query_at(s.at, &asking.coords)
            .map_err(|e| e.to_string());
        answer(lang, "", "output", &q)
    });
    let range = (f64::from(DOMAIN.0), f64::from(DOMAIN.1));
    html! {
        <div class="query-panel" data-testid="query-panel">
            { toggle(lang, asking.on, ask.clone()) }
            if let Some(a) = answered {
                <p class="muted">{ T::InferText.t(lang) }</p>
                { fields(&asking.coords, range, ask) }
                { a }
            }
        </div>
    }
}
