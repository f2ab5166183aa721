//! `App`: owns the reducer, the animation-frame ticker, the URL/localStorage effects and the
//! keyboard shortcuts, and lays out the panels.
//!
//! The URL follows the state through one debounced effect keyed on `link_version`; it is
//! read at start-up and on `hashchange` (ignoring the echo of our own `replaceState`).

use yew::prelude::*;

use crate::browser;
use crate::components::{
    controls::Controls, data_panel::DataPanel, features::FeaturesPanel, inspector::Inspector,
    lang_switch::LangSwitch, loss_chart::LossChart, network_view::NetworkView,
    output_panel::OutputPanel, share::ShareBox, training::TrainingPanel,
};
use crate::hooks::{use_animation_loop, use_window_listener};
use crate::i18n::{Key, Lang};
use crate::startup;
use crate::state::{Action, AppState, Banner, RunStatus};

/// localStorage key of the autosaved state (a share-link fragment with weights).
pub const SAVE_KEY: &str = "neurite.state";
/// localStorage key of the URL hash written together with the autosave: a reload of a page
/// whose hash is still ours restores the autosave (it has the weights the hash may lack).
pub const HASH_KEY: &str = "neurite.hash";
/// localStorage key of the UI language.
pub const LANG_KEY: &str = "neurite.lang";
/// Quiet time before the URL and the autosave follow a change.
const DEBOUNCE_MS: i32 = 250;

fn banner(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let (text, info) = match (&state.banner, &state.status) {
        (None, _) => return html! {},
        (Some(Banner::BrokenLink(why)), _) => (Key::LinkBroken.fill(lang, &[why]), false),
        (
            Some(Banner::Diverged),
            RunStatus::Diverged {
                epoch,
                loss,
                lr_cause,
            },
        ) => {
            let key = if *lr_cause {
                Key::DivergedLr
            } else {
                Key::DivergedOther
            };
            let lr = format!("{}", state.train.learning_rate);
            (key.fill(lang, &[&epoch.to_string(), loss, &lr]), false)
        }
        (Some(Banner::Diverged), _) => return html! {},
        (Some(Banner::Error(msg)), _) => (msg.clone(), false),
    };
    let dismiss = dispatch.reform(|_: MouseEvent| Action::DismissBanner);
    html! {
        <div class={classes!("message", info.then_some("info"))} role={if info { "status" } else { "alert" }}>
            <p data-testid={(!info).then_some("error-message")}>{ text }</p>
            <button type="button" class="mini" onclick={dismiss} aria-label={Key::Dismiss.t(lang)}>{ "×" }</button>
        </div>
    }
}

fn on_key(dispatch: Callback<Action>) -> Callback<web_sys::Event> {
    Callback::from(move |e: web_sys::Event| {
        let Some(k) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(&e) else {
            return;
        };
        if k.ctrl_key() || k.meta_key() || k.alt_key() || browser::event_in_text_field(&e) {
            return;
        }
        let action = match k.key().as_str() {
            " " => Action::TogglePlay,
            "s" | "S" => Action::Step,
            "r" | "R" => Action::Reset,
            _ => return,
        };
        // Space would otherwise also press a focused button or scroll the page.
        k.prevent_default();
        dispatch.emit(action);
    })
}

/// The application.
#[component]
pub fn App() -> Html {
    let state = use_reducer(startup::initial_state);
    // One callback for the app's lifetime: children compare props by it, so a fresh one per
    // render would re-render every panel on every training frame.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a| dispatcher.dispatch(a)))).clone()
    };
    let lang: Lang = state.lang;

    use_animation_loop(state.playing, dispatch.reform(Action::Tick));
    use_window_listener("keydown", on_key(dispatch.clone()));

    // The share link and the URL hash follow the state.
    let last_hash = use_mut_ref(browser::hash);
    let link = {
        let engine = state.engine.clone();
        let with_weights = state.flags.share_weights;
        use_memo((state.link_version, with_weights), move |_| {
            engine.borrow().link(with_weights)
        })
    };
    {
        let (link, last_hash, engine) = (link.clone(), last_hash.clone(), state.engine.clone());
        // Keyed on `link_version` too: training changes the autosave (weights) even when the
        // settings-only link stays the same.
        use_effect_with((state.link_version, link), move |(_, link)| {
            let link = link.clone();
            let timer = browser::set_timeout(DEBOUNCE_MS, move || {
                // A hash we did not write is a navigation whose `hashchange` is still on
                // its way: leave it for that handler instead of overwriting it.
                if browser::hash() != *last_hash.borrow() {
                    return;
                }
                browser::replace_hash(&link);
                // Remember the hash as the browser reports it (it may percent-encode).
                *last_hash.borrow_mut() = browser::hash();
                browser::storage_set(SAVE_KEY, &engine.borrow().link(true));
                browser::storage_set(HASH_KEY, &last_hash.borrow());
            });
            move || drop(timer)
        });
    }
    {
        let (dispatch, last_hash) = (dispatch.clone(), last_hash.clone());
        use_window_listener(
            "hashchange",
            Callback::from(move |_| {
                let hash = browser::hash();
                if hash != *last_hash.borrow() {
                    *last_hash.borrow_mut() = hash.clone();
                    dispatch.emit(Action::OpenLink(hash));
                }
            }),
        );
    }
    use_effect_with(lang, |lang| {
        browser::storage_set(LANG_KEY, lang.code());
        browser::set_document_lang(lang.code());
    });

    let s = &*state;
    let share_link = AttrValue::from(format!("{}#{}", browser::base_url(), link));
    let chart_toggle = |flag: fn(bool) -> Action| {
        dispatch.reform(move |e: Event| {
            flag(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    let engine = s.engine.borrow();
    let activations = engine.activations();
    let heads = engine.heads();
    let features = engine.features();
    let dims = engine.dims();
    let classes = engine.classes();
    let mode = engine.plot_mode();
    drop(engine);
    html! {
        <>
            <header class="topbar">
                <span class="brand">{ Key::AppTitle.t(lang) }<small>{ Key::Tagline.t(lang) }</small></span>
                <Controls playing={s.playing} epoch={s.epoch} losses={s.losses} status={s.status.clone()}
                    lang={lang} dispatch={dispatch.clone()} />
                <span class="spacer" />
                <LangSwitch lang={lang} dispatch={dispatch.clone()} />
            </header>
            { banner(s, &dispatch) }
            <main class="layout">
                <div class="stack col-left">
                    <DataPanel data={s.data.clone()} draw={s.draw} classes={classes} dims={dims}
                        csv_result={s.csv_result.clone()} lang={lang} dispatch={dispatch.clone()} />
                </div>
                <div class="stack col-mid">
                    <section class="panel" aria-label={Key::Network.t(lang)}>
                        <h2>{ Key::Features.t(lang) }</h2>
                        <FeaturesPanel selected={features} dims={dims} lang={lang} dispatch={dispatch.clone()} />
                        <div class="row">
                            <h2>{ Key::Network.t(lang) }</h2>
                            <span class="spacer" />
                            <label class="check"><input type="checkbox" checked={s.flags.wiring}
                                data-testid="wiring" onchange={chart_toggle(Action::SetWiring)} />
                                { Key::WiringMode.t(lang) }</label>
                        </div>
                        <NetworkView net={s.net.clone()} fields={s.fields.clone()} version={s.version}
                            selection={s.selection} wiring={s.flags.wiring} activations={activations} classes={classes}
                            lang={lang} dispatch={dispatch.clone()} />
                    </section>
                    <Inspector selection={s.selection} net={s.net.clone()} trace={s.trace.clone()}
                        lang={lang} dispatch={dispatch.clone()} />
                </div>
                <div class="stack col-right">
                    <section class="panel">
                        <h2>{ Key::OutputTitle.t(lang) }</h2>
                        <OutputPanel field={s.output.clone()} version={s.version} mode={mode} dims={dims}
                            fit={s.fit.clone()} points={s.points.clone()}
                            data_version={s.data_version} show_test={s.flags.show_test}
                            show_val={s.flags.show_val} discretize={s.flags.discretize} draw={s.draw}
                            lang={lang} dispatch={dispatch.clone()} />
                        <h2>{ Key::Curves.t(lang) }</h2>
                        <LossChart curves={s.curves.clone()} log={s.flags.log_scale}
                            accuracy={s.flags.accuracy} lang={lang} />
                        <div class="toggles">
                            <label class="check"><input type="checkbox" checked={s.flags.log_scale}
                                onchange={chart_toggle(Action::LogScale)} />{ Key::LogScale.t(lang) }</label>
                            <label class="check"><input type="checkbox" checked={s.flags.accuracy}
                                onchange={chart_toggle(Action::ShowAccuracy)} />{ Key::ShowAccuracy.t(lang) }</label>
                        </div>
                    </section>
                    <TrainingPanel settings={s.train.clone()} heads={heads} lang={lang} dispatch={dispatch.clone()} />
                    <section class="panel">
                        <h2>{ Key::Share.t(lang) }</h2>
                        <ShareBox link={share_link} with_weights={s.flags.share_weights} lang={lang}
                            dispatch={dispatch.clone()} />
                    </section>
                </div>
            </main>
            <footer class="footer">{ Key::Shortcuts.t(lang) }</footer>
        </>
    }
}
