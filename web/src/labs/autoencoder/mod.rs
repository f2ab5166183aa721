//! The autoencoder lab (オートエンコーダ と VAE): an autoencoder with a 2-D latent space
//! trained live on the 8×8 or 28×28 digits; its losses, the latent plane with every held-out
//! digit as a dot over a map of decoded images, any point decoded, originals beside their
//! restorations, the VAE's sampled decodes and new digits from N(0, I), and a drawing pad.
//! All by `neurite_labs::autoencoder`, on the engine's layers.

mod gallery;
mod plane;
mod run;
mod settings;
mod text;

use std::rc::Rc;

use neurite_labs::autoencoder::latent::encode;
use neurite_labs::autoencoder::{AeMode, AeSession, AutoencoderLab, Plane};
use neurite_labs::cnn::sketch::{prepare, SKETCH_SIDE};
use yew::prelude::*;

use super::controls::num;
use super::data_status::data_status;
use super::datasets::{use_digit_set, SetState};
use super::epoch_chart::loss_chart;
use super::live_run::use_live_run;
use super::sketch_pad::SketchPad;
use crate::components::number_field::NumberField;
use crate::i18n::Lang;
use crate::platform::cell::use_cell;
use plane::LatentPlane;
use run::{CodeCache, MAX_DOTS};
use text::AeText;

/// Props of [`AutoencoderLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct AeLabProps {
    pub lab: AutoencoderLab,
    pub lang: Lang,
    pub on_change: Callback<AutoencoderLab>,
}

/// The autoencoder lab.
#[component]
pub fn AutoencoderLabView(props: &AeLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let (set_state, retry) = use_digit_set(lab.set, true);
    let on_epochs = {
        let (lab, on_change) = (lab.clone(), props.on_change.clone());
        Callback::from(move |trained: usize| {
            on_change.emit(AutoencoderLab {
                trained,
                ..lab.clone()
            })
        })
    };
    let live = use_live_run(lab.epochs, lab.trained, on_epochs);
    let (run, toggle, reset) = (live.run, live.toggle, live.reset);
    let codes = use_mut_ref(CodeCache::default);
    let show_map = use_cell(|| true);
    let chosen = use_cell(|| 0usize);
    let draws = use_cell(|| 0u64);
    let ink = use_cell(|| Rc::new(vec![0.0f32; SKETCH_SIDE * SKETCH_SIDE]));
    if let Some(SetState::Ready(images)) = &set_state {
        run.borrow_mut()
            .sync(lab.run_key(), lab.trained, || AeSession::new(lab, images));
    }
    let r = run.borrow();
    let Some(s) = r.session.as_ref() else {
        return html! {
            <div class="lab-grid ae-grid"><section class="panel">
                <p class="lab-intro">{ AeText::Intro.t(lang) }</p>
                { settings::settings(props, false) }
                { data_status(lab.set, set_state.as_ref(), retry, lang) }
                if let Some(e) = &r.error { <p class="case-text" role="alert">{ e }</p> }
            </section></div>
        };
    };
    let Some(code) = codes.borrow_mut().codes(&r, lab.epochs) else {
        return Html::default();
    };
    let done = s.epochs_done();
    let replaying = r.running && r.target < lab.epochs && lab.trained > 0;
    let side = lab.side();
    let plane = Plane::around(&code.mu);
    let map = if show_map.get() {
        codes.borrow_mut().map(&r, &plane)
    } else {
        None
    };
    let ink_now = ink.get();
    let drawing = prepare(&ink_now, side);
    let inked = drawing.iter().any(|&v| v > 0.0);
    let drawn = inked
        .then(|| encode(s.model(), s.parts(), &drawing, 1))
        .flatten()
        .and_then(|c| c.mu.first().copied());
    let labels = Rc::new(s.val_labels[..s.val_count().min(MAX_DOTS)].to_vec());
    let chosen_i = chosen.get().min(s.val_count().saturating_sub(1));
    let (last, first) = (s.last(), s.history[0]);
    let on_point = {
        let (lab, on_change) = (lab.clone(), props.on_change.clone());
        Callback::from(move |(x, y): (f32, f32)| {
            let c = |v: f32| (v.clamp(-100.0, 100.0) * 1000.0).round() / 1000.0;
            on_change.emit(AutoencoderLab {
                point: (c(x), c(y)),
                ..lab.clone()
            })
        })
    };
    let set_x = {
        let (on, y) = (on_point.clone(), lab.point.1);
        Callback::from(move |v: f64| on.emit((v as f32, y)))
    };
    let set_y = {
        let (on, x) = (on_point.clone(), lab.point.0);
        Callback::from(move |v: f64| on.emit((x, v as f32)))
    };
    let vae = lab.mode == AeMode::Vae;
    let train_losses: Vec<f64> = s.history.iter().filter_map(|h| h.train_loss).collect();
    let val_recon: Vec<f64> = s.history.iter().skip(1).map(|h| h.recon).collect();
    let plane_label = AeText::PlaneLabel.fill(
        lang,
        &[
            &code.mu.len().to_string(),
            &format!("{:.2}", lab.point.0),
            &format!("{:.2}", lab.point.1),
        ],
    );
    html! {
        <div class="lab-grid ae-grid">
            <section class="panel">
                <p class="lab-intro">{ AeText::Intro.t(lang) }</p>
                { settings::settings(props, r.running) }
                <p class="muted" data-testid="arch">{ format!("{}: {}", AeText::Arch.t(lang), lab.arch()) }</p>
                { data_status(lab.set, set_state.as_ref(), retry, lang) }
                <p class="muted" data-testid="split">{ AeText::Split.fill(lang, &[&s.train_count().to_string(), &s.val_count().to_string()]) }</p>
                <div class="row cnn-buttons">
                    <button type="button" class="primary" data-testid="train" data-status={r.status(lab.epochs)}
                        onclick={toggle} disabled={done >= lab.epochs}>
                        { if r.running { AeText::Pause.t(lang) } else if done >= lab.epochs { AeText::Done.t(lang) } else if done > 0 { AeText::Resume.t(lang) } else { AeText::Train.t(lang) } }</button>
                    <button type="button" data-testid="reset-ae" onclick={reset}>{ AeText::Reset.t(lang) }</button>
                </div>
                <p data-testid="ae-epoch">{ AeText::Epoch.fill(lang, &[&done.to_string(), &lab.epochs.to_string()]) }
                    if let Some(t) = r.seconds_left().filter(|_| r.running) { { " · " }{ AeText::Left.fill(lang, &[&format!("{t:.0}")]) } }</p>
                <progress value={s.progress(lab.epochs).to_string()} max="1" />
                if replaying { <p class="muted">{ AeText::Replaying.fill(lang, &[&lab.trained.to_string()]) }</p> }
                if let Some(why) = &s.failure { <p class="case-text" role="alert">{ AeText::Failed.fill(lang, &[why]) }</p> }
                <p>{ AeText::Recon.t(lang) }{ ": " }{ num("recon-loss".into(), Some(last.recon)) }
                    <span class="muted">{ " (" }{ AeText::Start.fill(lang, &[&format!("{:.3}", first.recon)]) }{ ")" }</span>
                    <span hidden=true data-testid="recon-start" data-value={first.recon.to_string()} /></p>
                if vae {
                    <p>{ AeText::Kl.t(lang) }{ ": " }{ num("kl".into(), Some(last.kl)) }</p>
                    <p class="muted" data-testid="loss-sum">{ AeText::LossSum.t(lang) }{ format!(" = {:.3} + {} × {:.3} = {:.3}", last.recon, lab.beta, last.kl, last.recon + f64::from(lab.beta) * last.kl) }</p>
                }
                <h3>{ AeText::Losses.t(lang) }</h3>
                { loss_chart(&train_losses, &val_recon, lab.epochs, (AeText::TrainLoss.t(lang), AeText::ValRecon.t(lang)), AeText::Losses.t(lang)) }
            </section>
            <section class="panel">
                <h3>{ AeText::PlaneTitle.t(lang) }</h3>
                <p class="muted">{ AeText::PlaneText.t(lang) }</p>
                <LatentPlane codes={code.clone()} labels={labels} plane={plane} map={map} point={lab.point}
                    chosen={Some(chosen_i)} drawn={drawn} on_point={on_point} label={plane_label}
                    on_hover={{ let c = chosen.clone(); Callback::from(move |i: usize| if c.get() != i { c.set(i) }) }}
                    map_label={AeText::MapLabel.t(lang)} />
                <label class="row check"><input type="checkbox" data-testid="show-map" checked={show_map.get()}
                    onchange={{ let m = show_map.clone(); Callback::from(move |_: Event| m.set(!m.get())) }} />{ AeText::ShowMap.t(lang) }</label>
                <p class="muted">{ if show_map.get() { AeText::MapText.t(lang) } else { "" } }</p>
                <p class="muted">{ if vae { AeText::VaeText.t(lang) } else { AeText::HolesText.t(lang) } }</p>
                <div class="cnn-row">
                    <div>
                        <p class="field-label">{ AeText::Point.t(lang) }</p>
                        <label class="row"><span class="field-label">{ "z₁" }</span>
                            <NumberField value={f64::from(lab.point.0)} min={-100.0} max={100.0} step={0.1} label="z₁" testid="latent-x" on_value={set_x} /></label>
                        <label class="row"><span class="field-label">{ "z₂" }</span>
                            <NumberField value={f64::from(lab.point.1)} min={-100.0} max={100.0} step={0.1} label="z₂" testid="latent-y" on_value={set_y} /></label>
                    </div>
                    { gallery::decoded(s, lab.point, lang) }
                </div>
            </section>
            <section class="panel">
                <h3>{ AeText::Pairs.t(lang) }</h3>
                { gallery::pairs(s, lang) }
                <label class="row"><span class="field-label">{ AeText::Digit.t(lang) }</span>
                    <NumberField value={chosen_i as f64} min=0.0 max={s.val_count().saturating_sub(1) as f64} step=1.0
                        label={AeText::Digit.t(lang)} testid="digit" on_value={{ let c = chosen.clone(); Callback::from(move |v: f64| c.set(v.max(0.0).round() as usize)) }} /></label>
                { gallery::chosen(s, chosen_i, lang) }
                <div class="row cnn-buttons">
                    <button type="button" data-testid="sample" onclick={{ let d = draws.clone(); Callback::from(move |_: MouseEvent| d.set(d.get() + 1)) }}>
                        { AeText::Sample.t(lang) }</button>
                </div>
                <p class="muted">{ AeText::SampleText.t(lang) }</p>
                { gallery::samples(s, draws.get()) }
                <h3>{ AeText::DrawTitle.t(lang) }</h3>
                <p class="muted">{ AeText::DrawHint.t(lang) }</p>
                <div class="cnn-row">
                    <SketchPad ink={ink_now} on_ink={{ let i = ink.clone(); Callback::from(move |v| i.set(v)) }} label={AeText::Drawing.t(lang)} />
                    <button type="button" data-testid="clear"
                        onclick={{ let i = ink.clone(); Callback::from(move |_: MouseEvent| i.set(Rc::new(vec![0.0; SKETCH_SIDE * SKETCH_SIDE]))) }}>{ AeText::Clear.t(lang) }</button>
                    if inked {
                        { gallery::image(drawing.clone(), side, AeText::Drawing.t(lang).into(), Some("pad-input".into())) }
                        { gallery::image(gallery::restore(s, &drawing), side, AeText::Reconstruction.t(lang).into(), Some("pad-restored".into())) }
                    }
                </div>
                if let Some(z) = drawn {
                    <p class="muted">{ AeText::DrawnAt.t(lang) }{ ": " }
                        <span data-testid="pad-code" data-x={z[0].to_string()} data-y={z[1].to_string()}>{ format!("({:.2}, {:.2})", z[0], z[1]) }</span></p>
                }
            </section>
        </div>
    }
}
