//! The learning-rate lab (学習率, 勾配降下法, 発散, 収束): a parabola, an elongated bowl or
//! Rosenbrock's valley; a start set by clicking or typing; the rate on a log slider; SGD,
//! momentum or Adam, one step or n steps played visibly, or all three side by side. Every
//! step is the engine's own optimizer update (`neurite_labs::descent` runs it), and its
//! status — converged or diverged — is the run's verdict, said in words. Below, three
//! copies of one playground network race at three rates.
//!
//! `status` (`data-status`): `ready` at the start and whenever no steps are playing without
//! the run having finished (including the run's 10,000-step limit, whose sentence says
//! so), `running` while steps play, `converged` / `diverged` as the run decides.

pub(super) mod chart;
mod contours;
mod picture;
mod race;
mod race_view;
mod runs;
mod surface_plot;
mod text;

use neurite_labs::descent::{ELONGATION, LEARNING_RATE, MAX_STEPS, OPTIMIZERS, START};
use neurite_labs::link::write::name;
use neurite_labs::{DescentLab, Surface};
use neurite_nn::OptimizerKind;
use yew::prelude::*;

use super::controls::{edit_lab, select};

use crate::components::lab_field::LabField;
use crate::i18n::Lang;
use crate::platform::hooks::use_animation_loop;
use crate::view::plot::plain;
use chart::{chart, Series};
use neurite_labs::GlossaryTerm;
use race_view::RaceView;
use runs::{Runs, Shown};
use surface_plot::{contour_path, frame, kind_class, surface_plot};
use text::{optimizer_text, status_sentence, DescentText};

/// Props of [`DescentLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct DescentLabProps {
    pub lab: DescentLab,
    pub lang: Lang,
    pub on_change: Callback<DescentLab>,
}

/// A callback that applies `edit` to a copy of the lab and emits it.
fn edit<T: 'static>(
    props: &DescentLabProps,
    edit: impl Fn(&mut DescentLab, T) + 'static,
) -> Callback<T> {
    edit_lab(&props.lab, &props.on_change, edit)
}

fn surface_text(s: Surface) -> (DescentText, DescentText) {
    match s {
        Surface::Parabola => (DescentText::Parabola, DescentText::ParabolaText),
        Surface::Bowl => (DescentText::Bowl, DescentText::BowlText),
        Surface::Rosenbrock => (DescentText::Rosenbrock, DescentText::RosenbrockText),
    }
}

/// A new surface starts where its `suggested_start` puts it (clear of its minimum and
/// inside its window), so Rosenbrock opens on its valley rather than far up its walls.
fn set_surface(l: &mut DescentLab, s: Surface) {
    l.surface = s;
    let [x, y] = l.loss_surface().suggested_start();
    (l.start_x, l.start_y) = (START.clamp(x), START.clamp(y));
}

/// The settings: surface, rate, optimizer, start.
fn settings(props: &DescentLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let f = |b: neurite_labs::Bounds| (f64::from(b.min), f64::from(b.max));
    let ((elo, ehi), (llo, lhi), (slo, shi)) = (f(ELONGATION), f(LEARNING_RATE), f(START));
    html! {
        <>
            { select(DescentText::Surface.t(lang), "surface", &Surface::ALL, lab.surface,
                move |s| surface_text(s).0.t(lang), None, edit(props, set_surface)) }
            <p class="muted">{ surface_text(lab.surface).1.t(lang) }</p>
            if lab.surface == Surface::Bowl {
                <LabField label={DescentText::Elongation.t(lang)} value={f64::from(lab.elongation)} min={elo} max={ehi}
                    log=true testid="elongation" on_value={edit(props, |l, v: f64| l.elongation = ELONGATION.clamp(v as f32))} />
            }
            <LabField label={DescentText::LearningRate.t(lang)} value={f64::from(lab.learning_rate)} min={llo} max={lhi}
                log=true testid="learning-rate" term={(GlossaryTerm::LearningRate, lang)}
                on_value={edit(props, |l, v: f64| l.learning_rate = LEARNING_RATE.clamp(v as f32))} />
            { select(DescentText::Optimizer.t(lang), "optimizer", &OPTIMIZERS, lab.optimizer,
                move |k| optimizer_text(k).t(lang), None, edit(props, |l, k| l.optimizer = k)) }
            <LabField label={DescentText::StartX.t(lang)} value={f64::from(lab.start_x)} min={slo} max={shi}
                testid="start-x" on_value={edit(props, |l, v: f64| l.start_x = START.clamp(v as f32))} />
            if lab.surface == Surface::Parabola {
                <p class="muted">{ DescentText::OneD.t(lang) }</p>
            } else {
                <LabField label={DescentText::StartY.t(lang)} value={f64::from(lab.start_y)} min={slo} max={shi}
                    testid="start-y" on_value={edit(props, |l, v: f64| l.start_y = START.clamp(v as f32))} />
            }
        </>
    }
}

/// The learning-rate lab.
#[component]
pub fn DescentLabView(props: &DescentLabProps) -> Html {
    let (lab, lang) = (props.lab, props.lang);
    // Whether to compare lives in the runs (no `use_state`: each state type instantiates
    // Yew's reducer, ~1.5 KB of bundle).
    let runs = use_mut_ref(|| Runs::new(lab, false));
    let update = use_force_update();
    let compare = runs.borrow().compare;
    if !runs.borrow().belongs_to(&lab, compare) {
        *runs.borrow_mut() = Runs::new(lab, compare);
    }
    let playing = runs.borrow().playing();
    {
        let (runs, update) = (runs.clone(), update.clone());
        use_animation_loop(
            playing,
            Callback::from(move |_| {
                runs.borrow_mut().frame();
                update.force_update();
            }),
        );
    }
    let surface = lab.loss_surface();
    let start = [lab.start_x, lab.start_y];
    let pic = use_memo((surface, start), |(s, p)| {
        let pic = picture::picture(*s, *p);
        let contours = contour_path(&pic, &frame(&pic, s.dims()));
        (pic, contours)
    });
    let act = |f: fn(&mut Runs, usize)| {
        let (runs, update, n) = (runs.clone(), update.clone(), lab.steps);
        Callback::from(move |_: MouseEvent| {
            f(&mut runs.borrow_mut(), n);
            update.force_update();
        })
    };
    let step = act(|r, _| r.step());
    let run = act(Runs::play);
    let reset = act(|r, _| *r = Runs::new(r.lab, r.compare));
    let toggle = {
        let (runs, update) = (runs.clone(), update.clone());
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let lab = runs.borrow().lab;
            *runs.borrow_mut() = Runs::new(lab, on);
            update.force_update();
        })
    };
    let on_start = edit(props, |l, [x, y]: [f64; 2]| {
        l.start_x = START.clamp(x as f32);
        if l.surface != Surface::Parabola {
            l.start_y = START.clamp(y as f32);
        }
    });
    let r = runs.borrow();
    let primary = r.primary();
    let status = primary.map(|d| d.status()).unwrap_or_default();
    let shown = Shown::of(status, playing);
    let steps = primary.map_or(0, |d| d.steps());
    let loss = primary.map_or(f32::NAN, |d| d.loss());
    let series: Vec<Series> = r
        .runs
        .iter()
        .map(|d| Series {
            class: kind_class(d.config().kind),
            values: d.losses(),
            stop: None,
        })
        .collect();
    let (pic, contours) = &*pic;
    let caption = match lab.surface {
        Surface::Parabola => DescentText::PlotCaption1d.t(lang).to_string(),
        Surface::Bowl => DescentText::PlotCaption.fill(lang, &[DescentText::SqrtLoss.t(lang)]),
        Surface::Rosenbrock => DescentText::PlotCaption.fill(lang, &[DescentText::LogLoss.t(lang)]),
    };
    html! {
        <>
        <div class="lab-grid descent-lab">
            <section class="panel">
                <p class="lab-intro">{ DescentText::Intro.t(lang) }</p>
                { settings(props) }
                <LabField label={DescentText::Steps.t(lang)} value={lab.steps as f64} min=1.0 max={MAX_STEPS as f64}
                    step=1.0 testid="steps" on_value={edit(props, |l, v: f64| l.steps = (v.round() as usize).clamp(1, MAX_STEPS))} />
                <div class="descent-buttons">
                    <button type="button" data-testid="step" onclick={step}>{ DescentText::Step.t(lang) }</button>
                    <button type="button" class="primary" data-testid="run" onclick={run}>{ DescentText::Run.t(lang) }</button>
                    <button type="button" data-testid="reset" onclick={reset}>{ DescentText::Reset.t(lang) }</button>
                </div>
                <label class="compare"><input type="checkbox" data-testid="compare" checked={compare} onchange={toggle} />
                    <span>{ DescentText::Compare.t(lang) }</span></label>
            </section>
            <section class="panel">
                <div class="readouts">
                    <div><span class="muted">{ DescentText::Iteration.t(lang) }</span>
                        <strong data-testid="iteration">{ steps }</strong></div>
                    <div><span class="muted">{ DescentText::Loss.t(lang) }</span>
                        <strong data-testid="loss">{ number(loss) }</strong></div>
                </div>
                <p class={classes!("descent-status", shown.name())} data-testid="status" data-status={shown.name()}
                    aria-live="polite">{ status_sentence(status, shown, steps, lang) }</p>
                if let Some(e) = &r.error { <p class="message" role="alert">{ e.clone() }</p> }
                { surface_plot(pic, contours, surface, start, &r.runs, &caption, on_start) }
                <p class="muted">{ caption.clone() }</p>
            </section>
            <section class="panel">
                <h2>{ DescentText::LossChart.t(lang) }</h2>
                { chart(DescentText::LossChart.t(lang), &series, DescentText::StepAxis.t(lang), "loss-chart", None, None) }
                if chart::is_log(&series, None) {
                    <p class="muted">{ DescentText::LogScale.t(lang) }</p>
                }
                { legend(&r, lab.optimizer, lang) }
            </section>
        </div>
        <RaceView lang={lang} />
        </>
    }
}

/// A loss as the read-out shows it: the plain number, or `Infinity` / `NaN` (which a
/// test's `Number(text)` reads back too).
fn number(v: f32) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        }
    } else {
        plain(v)
    }
}

/// One line per run shown: its colour, optimizer, steps, loss and status.
fn legend(r: &Runs, chosen: OptimizerKind, lang: Lang) -> Html {
    html! {
        <ul class="run-legend" data-testid="legend">
            { for r.runs.iter().map(|d| {
                let kind = d.config().kind;
                let shown = Shown::of(d.status(), r.playing());
                html! {
                    <li class={kind_class(kind)} data-testid={format!("legend-{}", name(&kind))} data-status={shown.name()}>
                        <span class="swatch" />
                        <strong>{ optimizer_text(kind).t(lang) }</strong>
                        { if kind == chosen { " ●" } else { "" } }
                        { format!(" — {} {}, {} {} — ", DescentText::Iteration.t(lang), d.steps(),
                            DescentText::Loss.t(lang), number(d.loss())) }
                        { status_sentence(d.status(), shown, d.steps(), lang) }
                    </li>
                }
            }) }
        </ul>
    }
}
