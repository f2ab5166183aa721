//! What each [`Action`] does to the [`AppState`]: call the engine, then refresh the
//! snapshots components read. Returns whether anything changed (no change → no render).

use neurite_data::{parse_csv, DatasetSpec, Feature};
use neurite_nn::{EarlyStopping, LayerSpec};
use neurite_playground::limits::{MAX_HIDDEN_LAYERS, MAX_LAYER_WIDTH};
use neurite_playground::State;

use crate::browser;
use crate::engine::{Engine, Outcome};
use crate::i18n::Key;
use crate::refresh::{pace, refresh_all, refresh_params, refresh_tick};
use crate::state::{Action, AppState, Banner, RunStatus, TrainSettings};

/// How often the share link follows a running training.
const LINK_EVERY_MS: f64 = 1000.0;
/// A learning rate at or above this is named as the likely cause of a divergence.
const HIGH_LR: f32 = 0.1;

fn engine_change(s: &mut AppState, r: Result<(), String>) {
    match r {
        Ok(()) => {
            if matches!(s.banner, Some(Banner::Error(_))) {
                s.banner = None;
            }
        }
        Err(e) => s.banner = Some(Banner::Error(e)),
    }
}

/// A fresh rebuild (structure or data changed): training stops and the status resets.
fn rebuild(s: &mut AppState, f: impl FnOnce(&mut State)) {
    let r = s.engine.borrow_mut().rebuild(f);
    engine_change(s, r);
    s.status = RunStatus::Ready;
    s.selection = None;
    s.hover = None;
    if matches!(s.banner, Some(Banner::Diverged)) {
        s.banner = None;
    }
    refresh_all(s);
}

fn live(s: &mut AppState, f: impl FnOnce(&mut State)) {
    let r = s.engine.borrow_mut().live(f);
    engine_change(s, r);
    refresh_all(s);
}

fn train(s: &mut AppState, epochs: usize) {
    let t0 = browser::now_ms();
    let outcome = s.engine.borrow_mut().train(epochs);
    pace(s, |p| p.record_training(epochs, browser::now_ms() - t0));
    match outcome {
        Outcome::Running => {
            if matches!(
                s.status,
                RunStatus::EarlyStopped { .. } | RunStatus::Diverged { .. }
            ) {
                s.status = RunStatus::Ready;
                s.banner = None;
            }
        }
        Outcome::EarlyStopped(best_epoch) => {
            s.playing = false;
            s.status = RunStatus::EarlyStopped { best_epoch };
        }
        Outcome::Diverged { epoch, what } => {
            s.playing = false;
            let lr_cause = s.train.learning_rate >= HIGH_LR;
            s.status = RunStatus::Diverged {
                epoch,
                loss: what,
                lr_cause,
            };
            s.banner = Some(Banner::Diverged);
        }
    }
}

fn tick(s: &mut AppState, dt: f64) -> bool {
    if !s.playing {
        return false;
    }
    let speed = s.train.speed;
    let n = pace(s, |p| p.epochs_for(speed, dt));
    if n == 0 {
        return false;
    }
    train(s, n);
    s.since_link_ms += dt.max(1.0) * 1.0;
    if s.since_link_ms >= LINK_EVERY_MS {
        s.since_link_ms = 0.0;
        s.link_version += 1;
    }
    refresh_tick(s);
    true
}

fn with_hidden(s: &mut AppState, f: impl FnOnce(&mut Vec<LayerSpec>)) {
    rebuild(s, |st| f(&mut st.network.hidden));
}

/// Applies `action`; `false` when nothing changed.
pub fn apply(s: &mut AppState, action: Action) -> bool {
    match action {
        Action::Tick(dt) => return tick(s, dt),
        Action::TogglePlay => {
            s.playing = !s.playing;
            if !s.playing {
                s.status = RunStatus::Paused;
            } else if let RunStatus::Diverged { .. } = s.status {
                s.banner = None;
            }
            s.pacer.set(Default::default());
            s.link_version += 1;
            refresh_params(s);
        }
        Action::Step => {
            s.playing = false;
            train(s, 1);
            s.link_version += 1;
            refresh_params(s);
        }
        Action::Reset => {
            s.playing = false;
            rebuild(s, |_| {});
        }
        Action::SetSpeed(v) => s.train.speed = v.clamp(0.1, 10_000.0),
        Action::SetLearningRate(lr) => live(s, |st| st.training.optimizer.learning_rate = lr),
        Action::SetOptimizer(kind) => live(s, |st| st.training.optimizer.kind = kind),
        Action::SetRegularization(r) => live(s, |st| {
            st.training.regularization = r;
            if st.training.regularization_rate == 0.0 {
                st.training.regularization_rate = 0.001;
            }
        }),
        Action::SetRegularizationRate(r) => live(s, |st| st.training.regularization_rate = r),
        Action::SetBatch(b) => live(s, |st| st.training.batch_size = b.max(1)),
        Action::SetEarlyStopping(p) => live(s, |st| {
            st.training.early_stopping = p.map(|patience| EarlyStopping {
                patience,
                restore_best: true,
            })
        }),
        Action::SetDropout(p) => {
            let r = s.engine.borrow_mut().rebuild_keeping_weights(|st| {
                for l in &mut st.network.hidden {
                    l.dropout = p.clamp(0.0, 0.95);
                }
            });
            engine_change(s, r);
            refresh_all(s);
        }
        Action::SetHead(h) => rebuild(s, |st| {
            st.network.head = h;
            st.network.loss = h.default_loss();
        }),
        Action::SetDataset(kind) => rebuild(s, |st| {
            let classes = st.dataset.classes.max(3);
            st.dataset = DatasetSpec {
                noise: st.dataset.noise,
                ..DatasetSpec::new(kind)
            };
            if kind.is_multiclass() {
                st.dataset.classes = classes.min(neurite_data::MAX_CLASSES);
            }
            st.points = None;
        }),
        Action::SetNoise(n) => rebuild(s, |st| st.dataset.noise = n),
        Action::SetClasses(k) => rebuild(s, |st| st.dataset.classes = k),
        Action::SetSplit { train, validation } => rebuild(s, |st| {
            let train = train.clamp(1, 100);
            let validation = validation.min(100 - train);
            st.training.split.train = train;
            st.training.split.validation = validation;
            st.training.split.test = 100 - train - validation;
        }),
        Action::Regenerate => rebuild(s, |st| {
            st.seed = st.seed.wrapping_add(1);
            st.points = None;
        }),
        Action::ToggleFeature(f) => {
            let mut features = s.engine.borrow().features();
            if let Some(i) = features.iter().position(|x| *x == f) {
                if features.len() == 1 {
                    return false;
                }
                features.remove(i);
            } else {
                features.push(f);
            }
            features.sort_by_key(|x| Feature::ALL.iter().position(|a| a == x));
            rebuild(s, |st| st.features = features);
        }
        Action::AddLayer => with_hidden(s, |h| {
            if h.len() < MAX_HIDDEN_LAYERS {
                let act = h
                    .last()
                    .map_or(neurite_nn::Activation::Tanh, |l| l.activation);
                h.push(LayerSpec::new(2, act));
            }
        }),
        Action::RemoveLayer => with_hidden(s, |h| {
            h.pop();
        }),
        Action::ResizeLayer { hidden, delta } => with_hidden(s, |h| {
            if let Some(l) = h.get_mut(hidden) {
                let w = l.width as i64 + delta as i64;
                l.width = w.clamp(1, MAX_LAYER_WIDTH as i64) as usize;
            }
        }),
        Action::SetActivation { hidden, activation } => with_hidden(s, |h| {
            if let Some(l) = h.get_mut(hidden) {
                l.activation = activation;
            }
        }),
        Action::Select(sel) => {
            if s.selection == sel {
                return false;
            }
            s.selection = sel;
        }
        Action::SetWiring(on) => s.flags.wiring = on,
        Action::ToggleLink(link) => {
            s.engine.borrow_mut().toggle_link(link);
            s.selection = Some(crate::view::Selection::Link(link));
            s.link_version += 1;
            refresh_params(s);
        }
        Action::SetWeight { link, value } => {
            s.engine.borrow_mut().set_weight(link, value);
            s.link_version += 1;
            refresh_params(s);
        }
        Action::SetBias { neuron, value } => {
            s.engine.borrow_mut().set_bias(neuron, value);
            s.link_version += 1;
            refresh_params(s);
        }
        Action::FreezeWeight { link, frozen } => {
            s.engine.borrow_mut().freeze_weight(link, frozen);
            s.link_version += 1;
            refresh_params(s);
        }
        Action::FreezeBias { neuron, frozen } => {
            s.engine.borrow_mut().freeze_bias(neuron, frozen);
            s.link_version += 1;
            refresh_params(s);
        }
        Action::SetDrawTool(t) => s.draw = t,
        Action::DrawAt { fx, fy, tool } => return crate::drawing::draw_at(s, fx, fy, tool),
        Action::ClearPoints => return crate::drawing::clear(s),
        Action::ImportCsv(text) => match parse_csv(&text, None) {
            Ok(ds) => {
                let n = ds.len();
                rebuild(s, |st| st.points = Some(ds));
                s.csv_result = Some(Ok(n));
            }
            Err(e) => {
                let msg = Key::CsvError.fill(s.lang, &[&e.line.to_string(), &e.message]);
                s.csv_result = Some(Err(msg));
            }
        },
        Action::Hover(i) => {
            if s.hover == i {
                return false;
            }
            s.hover = i;
            s.trace = i.and_then(|i| s.engine.borrow().trace(i)).map(Into::into);
        }
        Action::ShowTest(v) => s.flags.show_test = v,
        Action::ShowValidation(v) => s.flags.show_val = v,
        Action::Discretize(v) => s.flags.discretize = v,
        Action::LogScale(v) => s.flags.log_scale = v,
        Action::ShowAccuracy(v) => s.flags.accuracy = v,
        Action::SetShareWeights(v) => s.flags.share_weights = v,
        Action::SetLang(l) => s.lang = l,
        Action::OpenLink(text) => {
            let (engine, banner) = match crate::startup::engine_for_link(&text) {
                Ok(e) => (e, None),
                Err(why) => match Engine::new(&State::default()) {
                    Ok(e) => (e, Some(Banner::BrokenLink(why))),
                    Err(e) => {
                        s.banner = Some(Banner::Error(e));
                        return true;
                    }
                },
            };
            let fresh = AppState::from_engine(engine, s.lang, banner);
            *s = AppState {
                train: TrainSettings {
                    speed: s.train.speed,
                    ..fresh.train.clone()
                },
                version: s.version + 1,
                data_version: s.data_version + 1,
                link_version: s.link_version + 1,
                ..fresh
            };
        }
        Action::DismissBanner => s.banner = None,
    }
    true
}
