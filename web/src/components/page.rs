//! The playground page: every panel laid out in three columns (one on a phone), fed from the
//! store's snapshots. A plain function of the state, so the app can route between it and the
//! labs.

use yew::prelude::*;

use super::{
    data_panel::DataPanel, features::FeaturesPanel, inspector::Inspector, loss_chart::LossChart,
    network_view::NetworkView, output_panel::OutputPanel, point_panel::PointPanel,
    query_panel::QueryPanel, share::ShareBox, state_file::StateFileBox, training::TrainingPanel,
};
use crate::i18n::Key;
use crate::store::{Action, AppState};

/// A checkbox that dispatches `flag(checked)`.
fn toggle(
    checked: bool,
    label: &str,
    testid: Option<&'static str>,
    dispatch: &Callback<Action>,
    flag: fn(bool) -> Action,
) -> Html {
    let onchange = dispatch.reform(move |e: Event| {
        flag(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    html! {
        <label class="check"><input type="checkbox" checked={checked} data-testid={testid}
            onchange={onchange} />{ label.to_string() }</label>
    }
}

/// The playground's panels; `base` is the page address the share link starts with.
pub fn playground(s: &AppState, base: &AttrValue, dispatch: &Callback<Action>) -> Html {
    let lang = s.lang;
    let m = &*s.model;
    // Inference mode locks every control that would change a weight (the reducer refuses
    // those actions too): a disabled fieldset disables every form control inside it.
    let locked = s.flags.inference;
    html! {
        <main class="layout">
            <div class="stack col-left">
                <fieldset class="lock" disabled={locked}>
                <DataPanel data={s.data.clone()} draw={s.draw} classes={m.classes} dims={m.dims}
                    csv={s.csv.clone()} lang={lang} dispatch={dispatch.clone()} />
                </fieldset>
            </div>
            <div class="stack col-mid"><fieldset class="lock" disabled={locked}>
                <section class="panel" aria-label={Key::Network.t(lang)}>
                    <h2>{ Key::Features.t(lang) }</h2>
                    <FeaturesPanel selected={m.features.clone()} dims={m.dims} lang={lang}
                        dispatch={dispatch.clone()} />
                    <div class="row">
                        <h2>{ Key::Network.t(lang) }</h2>
                        <span class="spacer" />
                        { toggle(s.flags.wiring, Key::WiringMode.t(lang), Some("wiring"), dispatch, Action::SetWiring) }
                    </div>
                    <NetworkView net={s.grad_net.clone().unwrap_or_else(|| s.net.clone())} handles={s.handles.clone()} fields={s.fields.clone()} layer_versions={s.layer_versions.clone()}
                        selection={s.selection} wiring={s.flags.wiring} activations={m.activations.clone()} normalizations={m.normalizations.clone()}
                        classes={m.classes} lang={lang} dispatch={dispatch.clone()} />
                </section>
                <Inspector selection={s.selection} net={s.net.clone()} trace={s.trace.clone()}
                    lang={lang} dispatch={dispatch.clone()} />
                <PointPanel selection={s.selection} net={s.net.clone()} trace={s.trace.clone()}
                    inspect={s.inspect} hovering={s.hover.is_some() && s.hover != s.inspected_point} train_points={m.train_points}
                    backward={s.flags.backward} learning_rate={s.train.learning_rate} lang={lang}
                    dispatch={dispatch.clone()} />
            </fieldset></div>
            <div class="stack col-right">
                <section class="panel">
                    <h2>{ Key::OutputTitle.t(lang) }</h2>
                    <OutputPanel field={s.output.clone()} version={s.version} mode={m.mode} dims={m.dims}
                        fit={s.fit.clone()} points={s.points.clone()}
                        data_version={s.data_version} show_test={s.flags.show_test}
                        show_val={s.flags.show_val} discretize={s.flags.discretize} draw={s.draw}
                        inspected={s.inspected_point} inference={locked}
                        query={s.query.as_ref().map(|q| q.plane)}
                        lang={lang} dispatch={dispatch.clone()} />
                    if locked {
                        <QueryPanel query={s.query.clone()} dims={m.dims} lang={lang} dispatch={dispatch.clone()} />
                    }
                    <h2>{ Key::Curves.t(lang) }</h2>
                    <LossChart curves={s.curves.clone()} log={s.flags.log_scale}
                        accuracy={s.flags.accuracy} lang={lang} />
                    <div class="toggles">
                        { toggle(s.flags.log_scale, Key::LogScale.t(lang), None, dispatch, Action::LogScale) }
                        { toggle(s.flags.accuracy, Key::ShowAccuracy.t(lang), None, dispatch, Action::ShowAccuracy) }
                    </div>
                </section>
                <fieldset class="lock" disabled={locked}>
                <TrainingPanel settings={s.train.clone()} achieved={s.playing.then_some(s.achieved_speed)} heads={m.heads.clone()} lang={lang}
                    dispatch={dispatch.clone()} />
                </fieldset>
                <section class="panel">
                    <h2>{ Key::Share.t(lang) }</h2>
                    <ShareBox base={base.clone()} link={s.link.clone()} copy_request={s.copy_request}
                        lang={lang} dispatch={dispatch.clone()} />
                    <StateFileBox export={s.export.clone()} note={s.file_note.clone()}
                        lang={lang} dispatch={dispatch.clone()} />
                </section>
            </div>
        </main>
    }
}
