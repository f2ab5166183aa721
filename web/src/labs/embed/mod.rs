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

use super::controls::{edit_lab, whole_field};
use super::live_run::use_live_run;
use crate::i18n::Lang;
use text::EmbedText as T;

/// Props of [`EmbedLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedLabProps {
    pub lab: EmbedLab,
    pub lang: Lang,
    pub on_change: Callback<EmbedLab>,
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
    let on_epochs = {
        let (lab, on_change) = (lab.clone(), props.on_change.clone());
        Callback::from(move |trained: usize| {
            on_change.emit(EmbedLab {
                trained,
                ..lab.clone()
            })
        })
    };
    let live = use_live_run(lab.epochs, lab.trained, on_epochs);
    let (run, start, reset) = (live.run, live.toggle, live.reset);
    run.borrow_mut()
        .sync((lab.seed, lab.epochs), lab.trained, || {
            EmbedSession::new(lab.seed)
        });
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
    let (running, status) = (r.running, r.status(lab.epochs));
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
                    { whole_field(T::Epochs.t(lang), "epochs", (1, MAX_EPOCHS), lab.epochs, edit(|l, v| l.epochs = v)) }
                    { whole_field(T::Seed.t(lang), "seed", (0, 999_999), lab.seed as usize, edit(|l, v| l.seed = v as u64)) }
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
