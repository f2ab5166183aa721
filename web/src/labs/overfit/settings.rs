//! The lab's controls: the data and network (which start a new run), and the
//! regularization and Early Stopping settings — each an edit of the lab's state, which the
//! address bar follows.
//!
//! Every number goes through [`field`] with a plain `fn` setter, so all of them share one
//! callback type and one copy of the field's code (the bundle is tight).

use neurite_data::DatasetKind;
use neurite_labs::overfit::{
    DATASETS, DEPTH, DROPOUT, EPOCHS, LEARNING_RATE, NOISE, PATIENCE, POINTS, REGULARIZATION_RATE,
    WIDTH,
};
use neurite_labs::{Bounds, GlossaryTerm, OverfitLab};
use neurite_nn::Regularization;
use yew::prelude::*;

use super::text::OverfitText as T;
use super::OverfitLabProps;
use crate::components::lab_field::LabField;
use crate::i18n::Lang;
use crate::labs::controls::{edit_lab, select};

/// How a field slides: `Log`, or linear with this step.
#[derive(Clone, Copy)]
pub enum Slide {
    Log,
    Step(f64),
}

/// A labelled number field of the lab: `value` in `[lo, hi]`, applied by `set`; with a
/// glossary term, its tooltip and "?" link.
#[inline(never)]
pub fn field(
    p: &OverfitLabProps,
    (label, term): (T, Option<GlossaryTerm>),
    testid: &'static str,
    value: f64,
    (lo, hi): (f64, f64),
    slide: Slide,
    set: fn(&mut OverfitLab, f64),
) -> Html {
    let lang = p.lang;
    let (log, step) = match slide {
        Slide::Log => (true, 0.01),
        Slide::Step(s) => (false, s),
    };
    html! {
        <LabField label={label.t(lang)} value={value} min={lo} max={hi} log={log} step={step}
            testid={testid} term={term.map(|t| (t, lang))} on_value={edit_lab(&p.lab, &p.on_change, set)} />
    }
}

fn range(b: Bounds) -> (f64, f64) {
    (f64::from(b.min), f64::from(b.max))
}

fn whole(r: &std::ops::RangeInclusive<usize>) -> (f64, f64) {
    (*r.start() as f64, *r.end() as f64)
}

fn dataset_text(kind: DatasetKind) -> T {
    if kind == DatasetKind::Sine {
        T::Sine
    } else {
        T::Circle
    }
}

/// Data, network and training length.
pub fn data_and_network(p: &OverfitLabProps) -> Html {
    let (lab, lang) = (&p.lab, p.lang);
    let one = Slide::Step(1.0);
    html! {
        <>
            { select(T::Data.t(lang), "dataset", &DATASETS, lab.dataset, move |k| dataset_text(k).t(lang), None,
                edit_lab(&p.lab, &p.on_change, |l: &mut OverfitLab, k| l.set_dataset(k))) }
            { field(p, (T::Points, None), "points", lab.points as f64, whole(&POINTS), one, |l, v| l.set_points(v.round() as usize)) }
            { field(p, (T::Noise, None), "noise", f64::from(lab.noise), range(NOISE), one, |l, v| l.set_noise(v as f32)) }
            { field(p, (T::Width, None), "width", lab.width as f64, whole(&WIDTH), one, |l, v| l.set_width(v.round() as usize)) }
            { field(p, (T::Depth, None), "depth", lab.depth as f64, whole(&DEPTH), one, |l, v| l.set_depth(v.round() as usize)) }
            { field(p, (T::LearningRate, Some(GlossaryTerm::LearningRate)), "learning-rate", f64::from(lab.learning_rate), range(LEARNING_RATE), Slide::Log,
                |l, v| l.set_learning_rate(v as f32)) }
            { field(p, (T::Epochs, Some(GlossaryTerm::Epoch)), "epochs", lab.epochs as f64, whole(&EPOCHS), Slide::Step(10.0), |l, v| l.set_epochs(v.round() as usize)) }
        </>
    }
}

fn penalty_text(r: Regularization, lang: Lang) -> &'static str {
    match r {
        Regularization::None => T::PenaltyNone.t(lang),
        Regularization::L1 => "L1",
        Regularization::L2 => "L2",
    }
}

/// L1/L2 and its rate, dropout.
pub fn regularization(p: &OverfitLabProps) -> Html {
    let (lab, lang) = (&p.lab, p.lang);
    html! {
        <>
            { select(T::Penalty.t(lang), "regularization", &Regularization::ALL, lab.regularization,
                move |r| penalty_text(r, lang), Some((GlossaryTerm::Regularization, lang)), edit_lab(&p.lab, &p.on_change, |l: &mut OverfitLab, r| l.regularization = r)) }
            { field(p, (T::Rate, None), "regularization-rate", f64::from(lab.regularization_rate), range(REGULARIZATION_RATE),
                Slide::Log, |l, v| l.set_regularization_rate(v as f32)) }
            { field(p, (T::Dropout, Some(GlossaryTerm::Dropout)), "dropout", f64::from(lab.dropout), range(DROPOUT), Slide::Step(0.05), |l, v| l.set_dropout(v as f32)) }
        </>
    }
}

/// Patience and "restore the best weights".
pub fn early_stopping(p: &OverfitLabProps) -> Html {
    let (lab, lang) = (&p.lab, p.lang);
    let on_restore = edit_lab(&p.lab, &p.on_change, |l: &mut OverfitLab, on: bool| {
        l.restore_best = on
    });
    let toggle = Callback::from(move |e: Event| {
        on_restore.emit(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        );
    });
    html! {
        <>
            { field(p, (T::Patience, Some(GlossaryTerm::EarlyStopping)), "patience", lab.patience as f64, whole(&PATIENCE), Slide::Step(1.0),
                |l, v| l.set_patience(v.round() as usize)) }
            <label class="row check">
                <input type="checkbox" data-testid="restore-best" checked={lab.restore_best} onchange={toggle} />
                <span>{ T::RestoreBest.t(lang) }</span>
            </label>
        </>
    }
}
