//! Refreshing what components read after the engine changed: the settings shown in the
//! panels and the parameter/data snapshots, with the time painting took fed to the pacer.

use super::pacing::Pacer;
use super::settings::{DataSettings, TrainSettings};
use super::AppState;
use crate::view::PlotMode;

/// While playing, the SVG views (link attributes, the curves chart, the inspector, and the
/// curve/histogram pictures of 1-D and N-D data) follow the training at most this often;
/// canvas heatmaps and the epoch/loss counters follow every frame. Rewriting hundreds of
/// SVG attributes per frame costs the browser more style/layout/paint than training costs.
pub const VIEW_EVERY_MS: f64 = 100.0;

/// Updates the pacer in place: it lives in a `Cell` shared by successive states, so a frame
/// that trains nothing (and returns the old state to skip rendering) still accumulates time.
pub fn pace<T>(s: &AppState, f: impl FnOnce(&mut Pacer) -> T) -> T {
    let mut p = s.pacer.get();
    let out = f(&mut p);
    s.pacer.set(p);
    out
}

/// Refreshes every parameter snapshot (a user action: sliders repaint every heatmap at once).
pub fn refresh_params(s: &mut AppState) {
    refresh_parts(s, false, true);
}

/// Refreshes after a training frame: counters always, canvas heatmaps every frame, the rest
/// at most every [`VIEW_EVERY_MS`] (and always once training stopped).
pub fn refresh_tick(s: &mut AppState) {
    let views = !s.playing || views_due(s.views_at_ms, s.clock.now());
    refresh_parts(s, true, views);
}

/// Whether the throttled views are due at `now` after a refresh at `last` (ms).
pub fn views_due(last: f64, now: f64) -> bool {
    !(0.0..VIEW_EVERY_MS).contains(&(now - last))
}

fn refresh_parts(s: &mut AppState, just_trained: bool, views: bool) {
    let t0 = s.clock.now();
    let engine = s.engine.borrow();
    let fields = views || s.model.mode == PlotMode::Plane;
    if fields {
        let (neuron_res, output_res) = s.pacer.get().resolution(s.playing);
        let f = engine.fields(neuron_res, output_res);
        s.fields = f.neurons.into();
        s.output = f.output;
        s.fit = f.fit;
    }
    if views {
        s.views_at_ms = t0;
        s.net = engine.net_view().into();
        s.curves = engine.curves().into();
        s.trace = s.hover.and_then(|i| engine.trace(i)).map(Into::into);
    }
    s.epoch = engine.epoch();
    s.losses = engine.losses(just_trained);
    drop(engine);
    if fields {
        let ms = s.clock.now() - t0;
        pace(s, |p| p.record_paint(ms));
        s.version += 1;
    }
}

/// Refreshes everything after a rebuild: settings, model info, points and parameters.
pub fn refresh_all(s: &mut AppState) {
    let engine = s.engine.borrow();
    let st = engine.settings();
    s.data = DataSettings::of(&st);
    s.train = TrainSettings::of(&st, s.train.speed);
    s.model = engine.model_info().into();
    s.points = engine.points().into();
    drop(engine);
    s.data_version += 1;
    s.link_version += 1;
    refresh_params(s);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_follow_at_most_every_interval() {
        assert!(views_due(0.0, VIEW_EVERY_MS));
        assert!(!views_due(1000.0, 1000.0 + VIEW_EVERY_MS / 2.0));
        // A clock that went backwards (a new state) refreshes at once.
        assert!(views_due(1000.0, 10.0));
    }
}
