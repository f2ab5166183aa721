//! The lab's controls: the data and network (which start a new run), and the
//! regularization and Early Stopping settings — each an edit of the lab's state, which the
//! address bar follows.

use neurite_data::DatasetKind;
use neurite_labs::overfit::{
    DATASETS, DEPTH, DROPOUT, EPOCHS, LEARNING_RATE, NOISE, PATIENCE, POINTS, REGULARIZATION_RATE,
    WIDTH,
};
use neurite_labs::{Bounds, OverfitLab};
use neurite_nn::Regularization;
use yew::prelude::*;

use super::text::OverfitText as T;
use super::OverfitLabProps;
use crate::components::lab_field::LabField;
use crate::labs::controls::{edit_lab, select};

fn edit<V: 'static>(p: &OverfitLabProps, f: impl Fn(&mut OverfitLab, V) + 'static) -> Callback<V> {
    edit_lab(&p.lab, &p.on_change, f)
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
    let ((plo, phi), (nlo, nhi)) = (whole(&POINTS), range(NOISE));
    let ((wlo, whi), (dlo, dhi)) = (whole(&WIDTH), whole(&DEPTH));
    let ((llo, lhi), (elo, ehi)) = (range(LEARNING_RATE), whole(&EPOCHS));
    html! {
        <>
            { select(T::Data.t(lang), "dataset", &DATASETS, lab.dataset, move |k| dataset_text(k).t(lang),
                edit(p, |l, k| l.set_dataset(k))) }
            <LabField label={T::Points.t(lang)} value={lab.points as f64} min={plo} max={phi} step=1.0
                testid="points" on_value={edit(p, |l, v: f64| l.set_points(v.round() as usize))} />
            <LabField label={T::Noise.t(lang)} value={f64::from(lab.noise)} min={nlo} max={nhi} step=1.0
                testid="noise" on_value={edit(p, |l, v: f64| l.set_noise(v as f32))} />
            <LabField label={T::Width.t(lang)} value={lab.width as f64} min={wlo} max={whi} step=1.0
                testid="width" on_value={edit(p, |l, v: f64| l.set_width(v.round() as usize))} />
            <LabField label={T::Depth.t(lang)} value={lab.depth as f64} min={dlo} max={dhi} step=1.0
                testid="depth" on_value={edit(p, |l, v: f64| l.set_depth(v.round() as usize))} />
            <LabField label={T::LearningRate.t(lang)} value={f64::from(lab.learning_rate)} min={llo} max={lhi}
                log=true testid="learning-rate" on_value={edit(p, |l, v: f64| l.set_learning_rate(v as f32))} />
            <LabField label={T::Epochs.t(lang)} value={lab.epochs as f64} min={elo} max={ehi} step=10.0
                testid="epochs" on_value={edit(p, |l, v: f64| l.set_epochs(v.round() as usize))} />
        </>
    }
}

fn penalty_text(r: Regularization, lang: crate::i18n::Lang) -> &'static str {
    match r {
        Regularization::None => T::PenaltyNone.t(lang),
        Regularization::L1 => "L1",
        Regularization::L2 => "L2",
    }
}

/// L1/L2 and its rate, dropout.
pub fn regularization(p: &OverfitLabProps) -> Html {
    let (lab, lang) = (&p.lab, p.lang);
    let ((rlo, rhi), (dlo, dhi)) = (range(REGULARIZATION_RATE), range(DROPOUT));
    html! {
        <>
            { select(T::Penalty.t(lang), "regularization", &Regularization::ALL, lab.regularization,
                move |r| penalty_text(r, lang), edit(p, |l, r| l.regularization = r)) }
            <LabField label={T::Rate.t(lang)} value={f64::from(lab.regularization_rate)} min={rlo} max={rhi}
                log=true testid="regularization-rate" on_value={edit(p, |l, v: f64| l.set_regularization_rate(v as f32))} />
            <LabField label={T::Dropout.t(lang)} value={f64::from(lab.dropout)} min={dlo} max={dhi} step=0.05
                testid="dropout" on_value={edit(p, |l, v: f64| l.set_dropout(v as f32))} />
        </>
    }
}

/// Patience and "restore the best weights".
pub fn early_stopping(p: &OverfitLabProps) -> Html {
    let (lab, lang) = (&p.lab, p.lang);
    let (lo, hi) = whole(&PATIENCE);
    let on_restore = edit(p, |l, on: bool| l.restore_best = on);
    let toggle = Callback::from(move |e: Event| {
        on_restore.emit(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        );
    });
    html! {
        <>
            <LabField label={T::Patience.t(lang)} value={lab.patience as f64} min={lo} max={hi} step=1.0
                testid="patience" on_value={edit(p, |l, v: f64| l.set_patience(v.round() as usize))} />
            <label class="row check">
                <input type="checkbox" data-testid="restore-best" checked={lab.restore_best} onchange={toggle} />
                <span>{ T::RestoreBest.t(lang) }</span>
            </label>
        </>
    }
}
