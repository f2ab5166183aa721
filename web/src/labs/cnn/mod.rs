//! The CNN lab (畳み込みニューラルネットワーク): a small CNN trained live on the 8×8 or
//! 28×28 digits beside a dense network of about as many parameters, with its progress,
//! accuracy curves, filters, the feature maps and softmax of one image (a validation digit
//! or the learner's drawing), the confusion matrix, and accuracy on moved digits. All by
//! `neurite_labs::cnn`, on the engine's layers.

mod confusion;
mod run;
mod see;
mod text;

use std::rc::Rc;

use neurite_labs::cnn::state::{FILTERS, KERNELS, MAX_CONVS, MAX_EPOCHS};
use neurite_labs::cnn::{CnnLab, CnnSession};
use neurite_labs::conv::DigitSet;
use yew::prelude::*;

use super::controls::{edit_lab, num, select, whole_field};
use super::data_status::data_status;
use super::datasets::{use_digit_set, SetState};
use crate::components::number_field::NumberField;
use crate::i18n::Lang;
use crate::labs::epoch_chart as chart;
use crate::labs::live_run::use_live_run;
use crate::platform::cell::use_cell;
use run::{key_of, Caches};
use see::Shown;
use text::CnnText;

/// Props of [`CnnLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct CnnLabProps {
    pub lab: CnnLab,
    pub lang: Lang,
    pub on_change: Callback<CnnLab>,
}

fn settings(props: &CnnLabProps, busy: bool) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    // Changing the network starts a new run from epoch 0.
    let edit = |f: fn(&mut CnnLab, usize)| {
        edit_lab(lab, &props.on_change, move |l: &mut CnnLab, v: usize| {
            f(l, v);
            l.trained = 0;
        })
    };
    let set_text = move |s: DigitSet| match s {
        DigitSet::Digits8 => "8×8 (1,797)",
        DigitSet::Digits28 => "28×28 MNIST (10,000)",
    };
    let pool = edit_lab(lab, &props.on_change, |l: &mut CnnLab, e: Event| {
        l.pool = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
        l.trained = 0;
    });
    html! {
        <fieldset class="cnn-settings" disabled={busy}>
            { select(CnnText::Dataset.t(lang), "dataset", &DigitSet::ALL, lab.set, set_text, None,
                edit_lab(lab, &props.on_change, |l: &mut CnnLab, s: DigitSet| {
                    l.set = s;
                    l.trained = 0;
                    if s == DigitSet::Digits28 { l.convs = 2; l.kernel = 5; l.epochs = l.epochs.min(2); }
                })) }
            { whole_field(CnnText::Convs.t(lang), "convs", (1, MAX_CONVS), lab.convs, edit(|l, v| l.convs = v)) }
            { whole_field(CnnText::Filters.t(lang), "filters", (*FILTERS.start(), *FILTERS.end()), lab.filters, edit(|l, v| l.filters = v)) }
            { whole_field(CnnText::Kernel.t(lang), "kernel", (KERNELS[0], KERNELS[1]), lab.kernel,
                edit(|l, v| l.kernel = if v >= 4 { 5 } else { 3 })) }
            <label class="row check"><input type="checkbox" data-testid="pool" checked={lab.pool} onchange={pool} />
                { CnnText::Pool.t(lang) }</label>
            { whole_field(CnnText::Epochs.t(lang), "epochs", (1, MAX_EPOCHS), lab.epochs, edit(|l, v| l.epochs = v)) }
            { whole_field(CnnText::Seed.t(lang), "seed", (0, 999_999), lab.seed as usize, edit(|l, v| l.seed = v as u64)) }
        </fieldset>
    }
}

/// The CNN lab.
#[component]
pub fn CnnLabView(props: &CnnLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let (set_state, retry) = use_digit_set(lab.set, true);
    let on_epochs = {
        let (lab, on_change) = (lab.clone(), props.on_change.clone());
        Callback::from(move |trained: usize| {
            on_change.emit(CnnLab {
                trained,
                ..lab.clone()
            })
        })
    };
    let live = use_live_run(lab.epochs, lab.trained, on_epochs);
    let (run, start, reset) = (live.run, live.toggle, live.reset);
    let caches = use_mut_ref(Caches::default);
    let shown = use_cell(|| Shown::Validation(0));
    let ink = use_cell(|| Rc::new(vec![0.0f32; 28 * 28]));
    let cell = use_cell(|| None::<(usize, usize)>);
    if let Some(SetState::Ready(images)) = &set_state {
        run.borrow_mut()
            .sync(key_of(lab), lab.trained, || CnnSession::new(lab, images));
    }
    let (predicted, shifted, seconds, target, error, running, status) = {
        let r = run.borrow();
        let mut c = caches.borrow_mut();
        let predicted = if r.running { None } else { c.predicted(&r) };
        (
            predicted,
            c.shifted(&r),
            r.seconds_left(),
            r.target,
            r.error.clone(),
            r.running,
            r.status(lab.epochs),
        )
    };
    let r = run.borrow();
    let Some(session) = r.session.as_ref() else {
        return html! {
            <div class="lab-grid cnn-grid"><section class="panel">
                <p class="lab-intro">{ CnnText::Intro.t(lang) }</p>
                { settings(props, false) }
                { data_status(lab.set, set_state.as_ref(), retry, lang) }
                if let Some(e) = error { <p class="case-text" role="alert">{ e }</p> }
            </section></div>
        };
    };
    let done = session.epochs_done();
    let finished = done >= lab.epochs && session.failure.is_none();
    let cnn_params = session.cnn.trainer.model.param_count();
    let dense_params = session.dense.trainer.model.param_count();
    let hidden = CnnLab::dense_hidden(cnn_params, lab.side() * lab.side());
    let last = |v: &[f64]| v.last().copied();
    let replaying = running && target < lab.epochs && lab.trained > 0;
    let on_ink = {
        let (ink, shown) = (ink.clone(), shown.clone());
        Callback::from(move |v: Rc<Vec<f32>>| {
            shown.replace_quietly(Shown::Drawing);
            ink.set(v);
        })
    };
    let pick_image = {
        let shown = shown.clone();
        Callback::from(move |v: f64| shown.set(Shown::Validation(v.round() as usize)))
    };
    let draw_mode = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(Shown::Drawing))
    };
    let val_count = session.val_labels.len();
    html! {
        <div class="lab-grid cnn-grid">
            <section class="panel">
                <p class="lab-intro">{ CnnText::Intro.t(lang) }</p>
                { settings(props, running) }
                <p class="muted" data-testid="arch">{ format!("{}: {}", CnnText::Arch.t(lang), lab.arch()) }</p>
                <p class="muted">{ CnnText::Params.fill(lang, &[&cnn_params.to_string(), &dense_params.to_string(), &hidden.to_string()]) }</p>
                { data_status(lab.set, set_state.as_ref(), retry, lang) }
                <p class="muted" data-testid="split" data-train={(session.train.inputs().len() / (lab.side() * lab.side())).to_string()}
                    data-validation={val_count.to_string()}>
                    { CnnText::Split.fill(lang, &[&(session.train.inputs().len() / (lab.side() * lab.side())).to_string(), &val_count.to_string()]) }</p>
                <div class="row cnn-buttons">
                    <button type="button" class="primary" data-testid="train" data-status={status} onclick={start}
                        disabled={finished}>
                        { if running { CnnText::Pause.t(lang) } else if finished { CnnText::Done.t(lang) } else if done > 0 { CnnText::Resume.t(lang) } else { CnnText::Train.t(lang) } }</button>
                    <button type="button" data-testid="reset-cnn" onclick={reset}>{ CnnText::Reset.t(lang) }</button>
                </div>
                <p data-testid="cnn-epoch">{ CnnText::Epoch.fill(lang, &[&done.to_string(), &lab.epochs.to_string()]) }
                    if let Some(s) = seconds.filter(|_| running) { { " · " }{ CnnText::Left.fill(lang, &[&format!("{s:.0}")]) } }</p>
                <progress value={session.progress(lab.epochs).to_string()} max="1" />
                if replaying { <p class="muted">{ CnnText::Replaying.fill(lang, &[&lab.trained.to_string()]) }</p> }
                if finished { <p class="muted">{ CnnText::Done.t(lang) }</p> }
                if let Some(why) = &session.failure { <p class="case-text" role="alert">{ CnnText::Failed.fill(lang, &[why]) }</p> }
                <table class="shift-table">
                    <tr><th></th><th>{ CnnText::CnnName.t(lang) }</th><th>{ CnnText::DenseName.t(lang) }</th></tr>
                    <tr><th>{ CnnText::ValAcc.t(lang) }</th>
                        <td>{ num("val-accuracy".into(), last(&session.cnn.accuracy)) }</td>
                        <td>{ num("dense-val-accuracy".into(), last(&session.dense.accuracy)) }</td></tr>
                    <tr><th>{ CnnText::ShiftAcc.t(lang) }</th>
                        <td>{ num("shifted-accuracy".into(), shifted.map(|s| s.0)) }</td>
                        <td>{ num("dense-shifted-accuracy".into(), shifted.map(|s| s.1)) }</td></tr>
                </table>
                if lab.set == DigitSet::Digits8 { <p class="muted">{ CnnText::ShiftNote.t(lang) }</p> }
                <h3>{ CnnText::Curves.t(lang) }</h3>
                { chart::accuracy_chart(&session.cnn.accuracy, &session.dense.accuracy, lab.epochs,
                    (CnnText::CnnName.t(lang), CnnText::DenseName.t(lang)), CnnText::Curves.t(lang)) }
                <h3>{ CnnText::LossCurves.t(lang) }</h3>
                { chart::loss_chart(&session.cnn.train_loss, &session.cnn.val_loss, lab.epochs,
                    (CnnText::TrainLoss.t(lang), CnnText::ValLoss.t(lang)), CnnText::LossCurves.t(lang)) }
            </section>
            <section class="panel">
                { see::filters(session, lang) }
                <h3>{ CnnText::MapsTitle.t(lang) }</h3>
                <div class="row cnn-buttons">
                    <label class="row"><span class="field-label">{ CnnText::Index.t(lang) }</span>
                        <NumberField value={match shown.get() { Shown::Validation(i) => i as f64, Shown::Drawing => 0.0 }}
                            min=0.0 max={(val_count.saturating_sub(1)) as f64} step=1.0 label={CnnText::Index.t(lang)}
                            testid="val-index" on_value={pick_image} /></label>
                    <button type="button" data-testid="draw" onclick={draw_mode}
                        aria-pressed={(shown.get() == Shown::Drawing).to_string()}>{ CnnText::Drawing.t(lang) }</button>
                </div>
                { see::seen(session, &shown.get(), ink.get(), on_ink, lang) }
            </section>
            <section class="panel">
                if let Some(p) = predicted {
                    { confusion::matrix(session, &p, cell.get(), { let cell = cell.clone(); Callback::from(move |c| cell.set(Some(c))) }, lang) }
                }
            </section>
        </div>
    }
}
