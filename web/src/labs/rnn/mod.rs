//! The RNN lab (再帰型ニューラルネットワーク): a character-level RNN with a tanh cell trained
//! live on place names; its loss, a typed beginning continued, and the network unrolled over
//! its time steps with each step's hidden state and the gradient reaching it. All by
//! `neurite_labs::rnn`, on the engine's layers.

mod run;
mod text;
mod unrolled;

use neurite_labs::rnn::names::PLACES;
use neurite_labs::rnn::state::{HIDDEN, MAX_EPOCHS, MAX_PREFIX, STEPS};
use neurite_labs::rnn::view::continuation;
use neurite_labs::rnn::{RnnLab, RnnSession};
use yew::prelude::*;

use super::controls::{edit_lab, num, whole_field};
use super::epoch_chart::loss_chart;
use super::live_run::use_live_run;
use crate::i18n::Lang;
use text::RnnText;

/// Props of [`RnnLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct RnnLabProps {
    pub lab: RnnLab,
    pub lang: Lang,
    pub on_change: Callback<RnnLab>,
}

/// Letters a–z of `typed`, lower-cased, at most [`MAX_PREFIX`]: what the link accepts.
fn clean(typed: &str) -> String {
    typed
        .chars()
        .flat_map(char::to_lowercase)
        .filter(char::is_ascii_lowercase)
        .take(MAX_PREFIX)
        .collect()
}

/// The RNN lab.
#[component]
pub fn RnnLabView(props: &RnnLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let on_epochs = {
        let (lab, on_change) = (lab.clone(), props.on_change.clone());
        Callback::from(move |trained: usize| {
            on_change.emit(RnnLab {
                trained,
                ..lab.clone()
            })
        })
    };
    let live = use_live_run(lab.epochs, lab.trained, on_epochs);
    let (run, toggle, reset) = (live.run, live.toggle, live.reset);
    run.borrow_mut()
        .sync(lab.run_key(), lab.trained, || RnnSession::new(lab));
    let edit = |f: fn(&mut RnnLab, usize)| {
        edit_lab(lab, &props.on_change, move |l: &mut RnnLab, v: usize| {
            f(l, v);
            l.trained = 0;
        })
    };
    let on_prefix = edit_lab(lab, &props.on_change, |l: &mut RnnLab, e: InputEvent| {
        l.prefix = clean(
            &e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        );
    });
    let on_steps = edit_lab(lab, &props.on_change, |l: &mut RnnLab, v: usize| {
        l.steps = v
    });
    let r = run.borrow();
    let Some(s) = r.session.as_ref() else {
        return html! { <p class="case-text" role="alert">{ r.error.clone().unwrap_or_default() }</p> };
    };
    let done = s.epochs_done();
    let replaying = r.running && r.target < lab.epochs && lab.trained > 0;
    let busy = r.running;
    let written = continuation(&s.model, &lab.prefix).unwrap_or_default();
    let examples = PLACES[..6].join(", ");
    html! {
        <div class="lab-grid rnn-grid">
            <section class="panel">
                <p class="lab-intro">{ RnnText::Intro.t(lang) }</p>
                <fieldset class="cnn-settings" disabled={busy}>
                    { whole_field(RnnText::Hidden.t(lang), "hidden", (*HIDDEN.start(), *HIDDEN.end()), lab.hidden, edit(|l, v| l.hidden = v)) }
                    { whole_field(RnnText::Epochs.t(lang), "epochs", (1, MAX_EPOCHS), lab.epochs, edit(|l, v| l.epochs = v)) }
                    { whole_field(RnnText::Seed.t(lang), "seed", (0, 999_999), lab.seed as usize, edit(|l, v| l.seed = v as u64)) }
                </fieldset>
                <p class="muted">{ RnnText::Arch.t(lang) }</p>
                <p class="muted">{ RnnText::Words.fill(lang, &[&PLACES.len().to_string(), &examples]) }</p>
                <div class="row cnn-buttons">
                    <button type="button" class="primary" data-testid="train" data-status={r.status(lab.epochs)}
                        onclick={toggle} disabled={done >= lab.epochs}>
                        { if r.running { RnnText::Pause.t(lang) } else if done >= lab.epochs { RnnText::Done.t(lang) } else if done > 0 { RnnText::Resume.t(lang) } else { RnnText::Train.t(lang) } }</button>
                    <button type="button" data-testid="reset-rnn" onclick={reset}>{ RnnText::Reset.t(lang) }</button>
                </div>
                <p data-testid="rnn-epoch">{ RnnText::Epoch.fill(lang, &[&done.to_string(), &lab.epochs.to_string()]) }
                    if let Some(t) = r.seconds_left().filter(|_| r.running) { { " · " }{ RnnText::Left.fill(lang, &[&format!("{t:.0}")]) } }</p>
                <progress value={s.progress(lab.epochs).to_string()} max="1" />
                if replaying { <p class="muted">{ RnnText::Replaying.fill(lang, &[&lab.trained.to_string()]) }</p> }
                if let Some(why) = &s.failure { <p class="case-text" role="alert">{ RnnText::Failed.fill(lang, &[why]) }</p> }
                <p>{ RnnText::Loss.t(lang) }{ ": " }{ num("loss".into(), s.losses.last().copied()) }</p>
                <p class="muted">{ RnnText::Guess.t(lang) }</p>
                <h3>{ RnnText::Curve.t(lang) }</h3>
                { loss_chart(&s.losses, &[], lab.epochs, (RnnText::Loss.t(lang), ""), RnnText::Curve.t(lang)) }
            </section>
            <section class="panel">
                <h3>{ RnnText::ContinueTitle.t(lang) }</h3>
                <label class="row"><span class="field-label">{ RnnText::Prefix.t(lang) }</span>
                    <input type="text" data-testid="prefix" value={lab.prefix.clone()} maxlength={MAX_PREFIX.to_string()}
                        autocomplete="off" spellcheck="false" oninput={on_prefix} aria-label={RnnText::Prefix.t(lang)} /></label>
                <p class="rnn-written">{ RnnText::Continues.t(lang) }{ ": " }
                    <strong>{ &lab.prefix }</strong><span class="rnn-continued" data-testid="continuation">{ written }</span></p>
                <p class="muted">{ RnnText::ContinueText.t(lang) }</p>
                <h3>{ RnnText::UnrolledTitle.t(lang) }</h3>
                <p class="muted">{ RnnText::UnrolledText.t(lang) }</p>
                { whole_field(RnnText::Steps.t(lang), "steps", (*STEPS.start(), *STEPS.end()), lab.steps, on_steps) }
                { unrolled::unrolled(s, lab.steps, lang) }
            </section>
        </div>
    }
}
