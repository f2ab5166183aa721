//! Refreshing what components read after the engine changed: the settings shown in the
//! panels and the parameter/data snapshots, with the time painting took fed to the pacer.

use std::rc::Rc;

use super::pacing::Pacer;
use super::settings::{DataSettings, TrainSettings};
use super::AppState;
use crate::engine::Wanted;
use crate::view::{Field, PlotMode};

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

/// While playing, the SVG views (the links canvas and handles, the curves chart, the
/// inspector, and the output curve and fit view of 1-D and N-D data) follow the training at
/// most every `Detail::views_every_ms` (100 ms at full detail); the output heatmap and the
/// epoch/loss counters follow every frame, the neuron thumbnails every
/// `Detail::thumbs_every` frames, and off the plane the neurons' curves and histograms one
/// layer per frame. Rewriting hundreds of SVG attributes per frame costs the browser more
/// style/layout/paint than training costs.
///
/// Refreshes after a training frame (everything once training stopped).
pub fn refresh_tick(s: &mut AppState) {
    let every = s.pacer.get().detail_for(s.playing).views_every_ms;
    let views = !s.playing || views_due(s.views_at_ms, s.clock.now(), every);
    refresh_parts(s, true, views);
}

/// Whether views refreshed every `every` ms are due at `now` after a refresh at `last`.
pub fn views_due(last: f64, now: f64, every: f64) -> bool {
    !(0.0..every).contains(&(now - last))
}

fn refresh_parts(s: &mut AppState, just_trained: bool, views: bool) {
    let now = s.clock.now();
    let shared = s.engine.clone();
    let engine = shared.borrow();
    let plane = s.model.mode == PlotMode::Plane;
    // Off the plane (1-D curves, N-D histograms: SVG), a training frame repaints one layer's
    // pictures, the layers taking turns, rather than every layer at each view refresh: about
    // the same rate per layer without the frame that rewrote them all (the N-D view at 8 × 32
    // spent it rewriting 4,096 histogram bars; docs/BENCHMARKS.md).
    let rotating = just_trained && s.playing && !plane;
    let pictures = views || plane;
    let fields = pictures || rotating;
    if fields {
        let pacer = s.pacer.get();
        let detail = pacer.detail_for(s.playing);
        // A training frame of a big network repaints only the layers whose turn it is (all
        // of them when the layer count changed); the others are not even computed.
        let staggered = just_trained && s.playing && !views;
        let layers = engine.ui_layers();
        let same_shape = layers == s.fields.len();
        let turn = pacer.turn(layers);
        let due = |l: usize| {
            !same_shape
                || match (rotating, staggered) {
                    (true, _) => l == turn,
                    (false, true) => pacer.layer_due(l),
                    (false, false) => true,
                }
        };
        let wanted = Wanted {
            layer: &due,
            output: pictures,
        };
        let f = engine.fields(detail.neuron_res, detail.output_res, wanted);
        merge_layers(s, f.neurons, due);
        if pictures {
            s.output = f.output;
            s.fit = f.fit;
        }
    }
    if views {
        s.views_at_ms = now;
        s.net = engine.net_view().into();
        if !(just_trained && s.playing) {
            s.handles = s.net.clone();
        }
        s.curves = engine.curves().into();
        s.trace = super::inspect::traced_point(s, &engine)
            .and_then(|i| engine.trace(i))
            .map(Into::into);
        s.grad_net = super::inspect::gradient_view(s);
        s.inspected_point = s.inspect.and_then(|i| engine.training_point(i));
    }
    s.epoch = engine.epoch();
    s.losses = engine.losses(just_trained);
    drop(engine);
    if pictures {
        s.version += 1;
    }
}

/// Takes the new thumbnails of the layers `due` says (which must be all of them when the
/// layer count changed), bumping those layers' versions.
fn merge_layers(s: &mut AppState, new: Vec<Vec<Rc<Field>>>, due: impl Fn(usize) -> bool) {
    let mut fields = (*s.fields).clone();
    let mut versions = (*s.layer_versions).clone();
    versions.resize(new.len(), 0);
    fields.resize(new.len(), Vec::new());
    for (l, layer) in new.into_iter().enumerate() {
        if due(l) {
            fields[l] = layer;
            versions[l] += 1;
        }
    }
    s.fields = fields.into();
    s.layer_versions = versions.into();
}

/// Refreshes everything after a rebuild: settings, model info, points and parameters.
pub fn refresh_all(s: &mut AppState) {
    let engine = s.engine.borrow();
    let st = engine.settings();
    s.data = DataSettings::of(&st);
    s.train = TrainSettings {
        max_speed: s.train.max_speed,
        ..TrainSettings::of(&st, s.train.speed)
    };
    s.model = engine.model_info().into();
    let train_points = s.model.train_points;
    s.inspect = s.inspect.filter(|&i| i < train_points);
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
        assert!(views_due(0.0, 100.0, 100.0));
        assert!(!views_due(1000.0, 1050.0, 100.0));
        // A clock that went backwards (a new state) refreshes at once.
        assert!(views_due(1000.0, 10.0, 100.0));
    }
}
