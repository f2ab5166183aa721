//! The embeddings lab (トークン化, 埋め込み, 単語ベクトル, 分散表現, コサイン類似度): a
//! sentence split into tokens three ways, hand-made feature vectors, word vectors trained
//! live on the bilingual corpus with their 2-D PCA map moving as they learn, cosine
//! similarity with its formula, neighbours, analogies, and cosine against distance. All by
//! `neurite_labs::embed`, on the engine's layers.

mod plot;
mod run;
mod text;
mod tokens;
mod vectors;

use neurite_labs::embed::corpus::is_japanese;
use neurite_labs::embed::pca::project;
use neurite_labs::embed::readout::{analogy, neighbours, similarity, RELATIONS};
use neurite_labs::embed::session::{DIM, NEGATIVES};
use neurite_labs::embed::state::MAX_EPOCHS;
use neurite_labs::embed::{EmbedLab, EmbedSession};
use yew::prelude::*;

use super::controls::edit_lab;
use crate::components::number_field::NumberField;
use crate::i18n::Lang;
use crate::platform::hooks::use_animation_loop;
use run::{Run, SharedRun};
use text::EmbedText as T;

/// Milliseconds between redraws while an epoch trains.
const RENDER_MS: f64 = 250.0;

/// Props of [`EmbedLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedLabProps {
    pub lab: EmbedLab,
    pub lang: Lang,
    pub on_change: Callback<EmbedLab>,
}

fn field(
    label: &'static str,
    testid: &'static str,
    hi: usize,
    v: usize,
    on: Callback<usize>,
) -> Html {
    html! {
        <label class="row"><span class="field-label">{ label }</span>
            <NumberField value={v as f64} min=1.0 max={hi as f64} step=1.0 label={label} testid={testid}
                on_value={on.reform(|v: f64| v.round() as usize)} />
        </label>
    }
}

/// The map of the words in the language of word a: every trained word a dot, the picked
/// words, their neighbours and the relation words named.
fn word_map(s: &EmbedSession, lab: &EmbedLab, lang: Lang) -> Html {
    let c = s.corpus();
    let ja = is_japanese(&lab.a);
    let words: Vec<(u32, &str)> = c
        .trained_words()
        .filter(|(_, w)| is_japanese(w) == ja)
        .collect();
    let vectors: Vec<&[f32]> = words.iter().map(|&(id, _)| s.vector(id)).collect();
    let p = project(&vectors, DIM);
    let id = |w: &str| c.trained_id(w).unwrap_or(0);
    let mut picked: Vec<u32> = [&lab.a, &lab.b, &lab.near].iter().map(|w| id(w)).collect();
    picked.extend(lab.analogy.iter().map(|w| id(w)));
    let mut named: Vec<u32> = neighbours(c, s.table(), id(&lab.near), 5)
        .iter()
        .map(|n| n.0)
        .collect();
    let ids = [
        id(&lab.analogy[0]),
        id(&lab.analogy[1]),
        id(&lab.analogy[2]),
    ];
    named.extend(analogy(c, s.table(), ids, 1).iter().map(|n| n.0));
    named.extend(RELATIONS.iter().flatten().filter_map(|w| c.trained_id(w)));
    let dots: Vec<plot::Dot> = words
        .iter()
        .zip(&p.points)
        .map(|(&(wid, word), &at)| plot::Dot {
            at,
            word,
            picked: picked.contains(&wid),
            labelled: picked.contains(&wid) || named.contains(&wid),
        })
        .collect();
    let share = format!("{:.0}", 100.0 * (p.explained[0] + p.explained[1]));
    let language = if ja {
        T::Japanese.t(lang)
    } else {
        T::English.t(lang)
    };
    html! {
        <>
            <h3>{ T::MapTitle.fill(lang, &[language]) }</h3>
            { plot::map(&dots, &T::MapTitle.fill(lang, &[language])) }
            <p class="muted" data-testid="pca-explained" data-value={(p.explained[0] + p.explained[1]).to_string()}>
                { T::MapText.fill(lang, &[&share]) }</p>
        </>
    }
}

/// Cosine against distance on three 2-D vectors: a, b = 3a, c (a turned by 60°).
fn versus(lang: Lang) -> Html {
    let a = [2.0f32, 1.0];
    let b = [3.0 * a[0], 3.0 * a[1]];
    let (sin, cos) = 60f32.to_radians().sin_cos();
    let c = [a[0] * cos - a[1] * sin, a[0] * sin + a[1] * cos];
    html! {
        <>
            <h2>{ T::VsTitle.t(lang) }</h2>
            { plot::versus(a, b, c, &similarity(&a, &b), &similarity(&a, &c), T::Distance.t(lang)) }
            <p class="muted">{ T::VsText.t(lang) }</p>
        </>
    }
}

/// The embeddings lab.
#[component]
pub fn EmbedLabView(props: &EmbedLabProps) -> Html {
    let lang = props.lang;
    // A link may name a word the vectors are not trained on: say which, use the default.
    let unknown = props.lab.unknown_word();
    let known = props.lab.with_known_words();
    let lab = &known;
    let run: SharedRun = use_mut_ref(Run::default);
    let render = use_force_update();
    run.borrow_mut().sync(lab);
    let drawn_at = use_mut_ref(|| 0.0f64);
    let frame = {
        let (run, render, lab, on_change) = (
            run.clone(),
            render.clone(),
            lab.clone(),
            props.on_change.clone(),
        );
        Callback::from(move |t: f64| {
            let epoch_done = run.borrow_mut().frame();
            let (done, running) = {
                let r = run.borrow();
                (
                    r.session.as_ref().map_or(0, EmbedSession::epochs_done),
                    r.running,
                )
            };
            if !running && done != lab.trained {
                on_change.emit(EmbedLab {
                    trained: done,
                    ..lab.clone()
                });
            }
            if epoch_done || !running || t - *drawn_at.borrow() >= RENDER_MS {
                *drawn_at.borrow_mut() = t;
                render.force_update();
            }
        })
    };
    let running = run.borrow().running;
    use_animation_loop(running, frame);
    let start = {
        let (run, render, lab) = (run.clone(), render.clone(), lab.clone());
        Callback::from(move |_: MouseEvent| {
            let mut r = run.borrow_mut();
            let running = r.running;
            r.target = lab.epochs;
            r.running = !running && r.session.as_ref().is_some_and(|s| !s.finished(lab.epochs));
            drop(r);
            render.force_update();
        })
    };
    let reset = {
        let (run, lab, on_change) = (run.clone(), lab.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            run.borrow_mut().reset();
            on_change.emit(EmbedLab {
                trained: 0,
                ..lab.clone()
            });
        })
    };
    let edit = |f: fn(&mut EmbedLab, usize)| {
        edit_lab(lab, &props.on_change, move |l: &mut EmbedLab, v: usize| {
            f(l, v);
            l.trained = 0;
        })
    };
    let r = run.borrow();
    let target = r.target;
    let first = html! {
        <section class="panel">
            if let Some((key, word)) = &unknown {
                <p class="case-text" role="alert" data-testid="word-error">{ T::UnknownWord.fill(lang, &[key, word]) }</p>
            }
            <p class="lab-intro">{ T::Intro.t(lang) }</p>
            { tokens::tokenization(lab, &props.on_change, lang) }
            { tokens::features(lang) }
        </section>
    };
    let Some(s) = r.session.as_ref() else {
        return html! {
            <div class="lab-grid embed-grid">{ first }
                if let Some(e) = &r.error { <section class="panel"><p class="case-text" role="alert">{ e }</p></section> }
            </div>
        };
    };
    let done = s.epochs_done();
    let finished = done >= lab.epochs && s.failure.is_none();
    let status = if finished {
        "done"
    } else if running {
        "running"
    } else {
        "idle"
    };
    let c = s.corpus();
    let info = [
        NEGATIVES.to_string(),
        c.pairs.len().to_string(),
        c.trained_words().count().to_string(),
        DIM.to_string(),
    ];
    let info: Vec<&str> = info.iter().map(String::as_str).collect();
    html! {
        <div class="lab-grid embed-grid">
            { first }
            <section class="panel">
                <h2>{ T::TrainTitle.t(lang) }</h2>
                <p class="muted">{ T::TrainText.fill(lang, &info) }</p>
                <fieldset class="embed-settings" disabled={running}>
                    { field(T::Epochs.t(lang), "epochs", MAX_EPOCHS, lab.epochs, edit(|l, v| l.epochs = v)) }
                    { field(T::Seed.t(lang), "seed", 999_999, lab.seed as usize, edit(|l, v| l.seed = v as u64)) }
                </fieldset>
                <div class="row cnn-buttons">
                    <button type="button" class="primary" data-testid="train" data-status={status} onclick={start} disabled={finished}>
                        { if running { T::Pause.t(lang) } else if finished { T::Done.t(lang) } else if done > 0 { T::Resume.t(lang) } else { T::Train.t(lang) } }</button>
                    <button type="button" data-testid="reset-embed" onclick={reset}>{ T::Reset.t(lang) }</button>
                </div>
                <p data-testid="embed-epoch" data-value={done.to_string()}>{ T::Epoch.fill(lang, &[&done.to_string(), &lab.epochs.to_string()]) }
                    if let Some(l) = s.losses.last() { { format!(" · {} {l:.4}", T::Loss.t(lang)) } }
                    if r.busy_ms > 0.0 { <span class="muted" data-testid="train-ms" data-value={r.busy_ms.to_string()}>{ format!(" · {:.1} s", r.busy_ms / 1000.0) }</span> }</p>
                <progress value={s.progress(lab.epochs).to_string()} max="1" />
                if running && target < lab.epochs && lab.trained > 0 { <p class="muted">{ T::Replaying.fill(lang, &[&lab.trained.to_string()]) }</p> }
                if let Some(why) = &s.failure { <p class="case-text" role="alert">{ T::Failed.fill(lang, &[why]) }</p> }
                { word_map(s, lab, lang) }
                { versus(lang) }
            </section>
            <section class="panel">{ vectors::read_outs(s, lab, &props.on_change, lang) }</section>
        </div>
    }
}
