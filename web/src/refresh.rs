//! Refreshing what components read after the engine changed: the settings shown in the
//! panels and the parameter/data snapshots, with the time it took fed to the pacer.

use neurite_playground::State;

use crate::browser;
use crate::pacing::Pacer;
use crate::state::{AppState, DataSettings, TrainSettings};

/// Data settings of `st`.
pub fn data_settings(st: &State) -> DataSettings {
    let sp = st.training.split;
    DataSettings {
        kind: st.dataset.kind,
        noise: st.dataset.noise,
        classes: st.dataset.classes,
        split: (sp.train, sp.validation, sp.test),
        batch: st.training.batch_size,
        custom: st.points.is_some(),
    }
}

/// Training settings of `st`.
pub fn train_settings(st: &State, speed: f64) -> TrainSettings {
    let t = &st.training;
    TrainSettings {
        learning_rate: t.optimizer.learning_rate,
        optimizer: t.optimizer.kind,
        regularization: t.regularization,
        regularization_rate: t.regularization_rate,
        dropout: st.network.hidden.first().map_or(0.0, |l| l.dropout),
        patience: t.early_stopping.map(|e| e.patience),
        speed,
        head: st.network.head,
    }
}

/// Updates the pacer in place: it lives in a `Cell` shared by successive states, so a frame
/// that trains nothing (and returns the old state to skip rendering) still accumulates time.
pub fn pace<T>(s: &AppState, f: impl FnOnce(&mut Pacer) -> T) -> T {
    let mut p = s.pacer.get();
    let out = f(&mut p);
    s.pacer.set(p);
    out
}

/// Refreshes the parameter snapshots (cheap enough for every frame).
pub fn refresh_params(s: &mut AppState) {
    refresh(s, false);
}

pub fn refresh(s: &mut AppState, just_trained: bool) {
    let t0 = browser::now_ms();
    let engine = s.engine.borrow();
    let (neuron_res, output_res) = s.pacer.get().resolution(s.playing);
    let fields = engine.fields(neuron_res, output_res);
    s.net = engine.net_view().into();
    s.fields = fields.neurons.into();
    s.output = fields.output;
    s.fit = fields.fit;
    s.epoch = engine.epoch();
    s.losses = engine.losses(just_trained);
    s.curves = engine.curves().into();
    s.trace = s.hover.and_then(|i| engine.trace(i)).map(Into::into);
    drop(engine);
    pace(s, |p| p.record_paint(browser::now_ms() - t0));
    s.version += 1;
}

/// Refreshes everything after a rebuild: settings, points and parameters.
pub fn refresh_all(s: &mut AppState) {
    let st = s.engine.borrow().settings();
    s.data = data_settings(&st);
    s.train = train_settings(&st, s.train.speed);
    s.points = s.engine.borrow().points().into();
    s.data_version += 1;
    s.link_version += 1;
    refresh_params(s);
}
