//! The three kinds of learning (教師あり学習, 教師なし学習, 強化学習) on one world of clusters,
//! side by side: a network learning the classes from labels, k-means finding the groups
//! without them, and a bandit agent learning from rewards alone which region pays best.
//! All by `neurite_labs::paradigms`, trained together a round per step by the shared live run.

mod planes;
mod run;
mod text;

use neurite_labs::paradigms::bandit::EPSILON;
use neurite_labs::paradigms::session::PULLS;
use neurite_labs::paradigms::state::{CLASSES, MAX_ROUNDS, NOISE};
use neurite_labs::paradigms::{ParadigmsLab, ParadigmsSession};
use yew::prelude::*;

use super::controls::{edit_lab, num, whole_field};
use super::epoch_chart::accuracy_chart;
use super::live_run::use_live_run;
use crate::i18n::Lang;
use crate::view::colors::{class_color, css};
use text::ParadigmsText as T;

/// Props of [`ParadigmsLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ParadigmsLabProps {
    pub lab: ParadigmsLab,
    pub lang: Lang,
    pub on_change: Callback<ParadigmsLab>,
}

/// A score with its curve against chance (dashed).
fn score(
    lang: Lang,
    (name, testid): (T, &'static str),
    curve: (&[f64], T),
    chance: f64,
    rounds: usize,
) -> Html {
    let line = vec![chance; rounds];
    html! {
        <>
            <p>{ name.t(lang) }{ ": " }{ num(testid.into(), curve.0.last().copied()) }</p>
            { accuracy_chart(curve.0, &line, rounds, (name.t(lang), T::Chance.t(lang)), curve.1.t(lang)) }
        </>
    }
}

/// The agent's table: each region's hidden payout rate, its estimate, and its choices.
fn regions(s: &ParadigmsSession, lang: Lang) -> Html {
    let b = &s.bandit;
    html! {
        <table class="paradigms-regions">
            <thead><tr><th>{ T::Region.t(lang) }</th><th>{ T::Rate.t(lang) }</th><th>{ T::Estimate.t(lang) }</th><th>{ T::Chosen.t(lang) }</th></tr></thead>
            <tbody>
                { for b.rates.iter().enumerate().map(|(k, r)| html! {
                    <tr>
                        <td><span class="swatch" style={format!("background:{}", css(class_color(k)))} />{ k + 1 }</td>
                        <td>{ format!("{r:.2}") }</td>
                        <td>{ if b.pulls[k] > 0 { format!("{:.2}", b.estimates[k]) } else { "—".into() } }</td>
                        <td data-testid={format!("chosen-{}", k + 1)} data-value={b.pulls[k].to_string()}>{ b.pulls[k] }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The three-kinds lab.
#[component]
pub fn ParadigmsLabView(props: &ParadigmsLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let on_rounds = {
        let (lab, on_change) = (lab.clone(), props.on_change.clone());
        Callback::from(move |trained: usize| {
            on_change.emit(ParadigmsLab {
                trained,
                ..lab.clone()
            })
        })
    };
    let live = use_live_run(lab.rounds, lab.trained, on_rounds);
    let (run, toggle, reset) = (live.run, live.toggle, live.reset);
    run.borrow_mut()
        .sync(lab.run_key(), lab.trained, || ParadigmsSession::new(lab));
    let edit = |f: fn(&mut ParadigmsLab, usize)| {
        edit_lab(
            lab,
            &props.on_change,
            move |l: &mut ParadigmsLab, v: usize| {
                f(l, v);
                l.trained = 0;
            },
        )
    };
    let r = run.borrow();
    let Some(s) = r.session.as_ref() else {
        return html! { <p class="case-text" role="alert">{ r.error.clone().unwrap_or_default() }</p> };
    };
    let done = s.rounds;
    let replaying = r.running && r.target < lab.rounds && lab.trained > 0;
    let class_chance = 1.0 / lab.classes as f64;
    html! {
        <div class="lab-grid paradigms-grid">
            <section class="panel paradigms-head">
                <p class="lab-intro">{ T::Intro.t(lang) }</p>
                <fieldset class="cnn-settings paradigms-settings" disabled={r.running}>
                    { whole_field(T::Classes.t(lang), "classes", (*CLASSES.start(), *CLASSES.end()), lab.classes, edit(|l, v| l.classes = v)) }
                    { whole_field(T::Noise.t(lang), "noise", (*NOISE.start(), *NOISE.end()), lab.noise, edit(|l, v| l.noise = v)) }
                    { whole_field(T::Rounds.t(lang), "rounds", (1, MAX_ROUNDS), lab.rounds, edit(|l, v| l.rounds = v)) }
                    { whole_field(T::Seed.t(lang), "seed", (0, 999_999), lab.seed as usize, edit(|l, v| l.seed = v as u64)) }
                </fieldset>
                <p class="muted">{ T::RoundNote.fill(lang, &[&PULLS.to_string()]) }</p>
                <div class="row cnn-buttons">
                    <button type="button" class="primary" data-testid="train-all" data-status={r.status(lab.rounds)}
                        onclick={toggle} disabled={done >= lab.rounds}>
                        { if r.running { T::Pause.t(lang) } else if done >= lab.rounds { T::Done.t(lang) } else if done > 0 { T::Resume.t(lang) } else { T::Train.t(lang) } }</button>
                    <button type="button" data-testid="reset-paradigms" onclick={reset}>{ T::Reset.t(lang) }</button>
                    <span data-testid="paradigms-round">{ T::Round.fill(lang, &[&done.to_string(), &lab.rounds.to_string()]) }</span>
                </div>
                <progress value={s.progress(lab.rounds).to_string()} max="1" />
                if replaying { <p class="muted">{ T::Replaying.fill(lang, &[&lab.trained.to_string()]) }</p> }
                if let Some(why) = &s.failure { <p class="case-text" role="alert">{ T::Failed.fill(lang, &[why]) }</p> }
            </section>
            <section class="panel">
                <h3>{ T::SupTitle.t(lang) }</h3>
                <p class="muted">{ T::SupText.t(lang) }</p>
                { planes::supervised(s, T::SupPlane.t(lang)) }
                { score(lang, (T::Accuracy, "supervised-accuracy"), (&s.accuracy, T::AccCurve), class_chance, lab.rounds) }
            </section>
            <section class="panel">
                <h3>{ T::UnsupTitle.t(lang) }</h3>
                <p class="muted">{ T::UnsupText.t(lang) }</p>
                { planes::clusters(s, T::UnsupPlane.t(lang)) }
                { score(lang, (T::Purity, "cluster-purity"), (&s.purity, T::PurityCurve), class_chance, lab.rounds) }
                <p class="muted">{ T::PurityNote.t(lang) }</p>
                <p class="muted"><a href="#lab=autoencoder">{ T::AeLink.t(lang) }</a></p>
            </section>
            <section class="panel">
                <h3>{ T::RlTitle.t(lang) }</h3>
                <p class="muted">{ T::RlText.t(lang) }</p>
                { planes::agent(s, T::RlPlane.t(lang)) }
                { score(lang, (T::Reward, "agent-reward"), (&s.reward, T::RewardCurve), s.bandit.chance(), lab.rounds) }
                <p class="muted" data-testid="agent-chance" data-value={s.bandit.chance().to_string()}>
                    { T::RewardNote.fill(lang, &[&format!("{:.2}", s.bandit.chance()), &format!("{:.2}", s.bandit.best())]) }</p>
                { regions(s, lang) }
                <p class="muted">{ format!("ε = {EPSILON}") }</p>
            </section>
        </div>
    }
}
