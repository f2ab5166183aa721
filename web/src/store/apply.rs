//! What each [`Action`] does to the [`AppState`], delegated to the module of its concern.
//! Returns whether anything changed (no change → no render).

use super::{data, display, inspect, parameters, query, saved, share, structure, training};
use super::{Action, AppState};

/// Applies `action`; `false` when nothing changed.
pub fn apply(s: &mut AppState, action: Action) -> bool {
    if s.flags.inference && !query::allowed_in_inference(&action) {
        return false;
    }
    match action {
        Action::Tick { now_ms } => return training::tick(s, now_ms),
        Action::TogglePlay => training::toggle_play(s),
        Action::Step => training::step(s),
        Action::Reset => training::reset(s),
        Action::SetSpeed(v) => training::set_speed(s, v),
        Action::SetMaxSpeed(on) => training::set_max_speed(s, on),
        Action::SetLearningRate(lr) => training::set_learning_rate(s, lr),
        Action::SetOptimizer(kind) => training::set_optimizer(s, kind),
        Action::SetRegularization(r) => training::set_regularization(s, r),
        Action::SetRegularizationRate(r) => training::set_regularization_rate(s, r),
        Action::SetDropout(p) => training::set_dropout(s, p),
        Action::SetEarlyStopping(p) => training::set_early_stopping(s, p),
        Action::SetBatch(b) => training::set_batch(s, b),
        Action::SetHead(h) => structure::set_head(s, h),
        Action::ToggleFeature(f) => return structure::toggle_feature(s, f),
        Action::AddLayer => structure::add_layer(s),
        Action::RemoveLayer => structure::remove_layer(s),
        Action::ResizeLayer { hidden, delta } => structure::resize_layer(s, hidden, delta),
        Action::SetActivation { hidden, activation } => {
            structure::set_activation(s, hidden, activation)
        }
        Action::SetNormalization {
            hidden,
            normalization,
        } => structure::set_normalization(s, hidden, normalization),
        Action::ToggleLink(link) => return parameters::toggle_link(s, link),
        Action::SetWeight { link, value } => return parameters::set_weight(s, link, value),
        Action::SetBias { neuron, value } => return parameters::set_bias(s, neuron, value),
        Action::FreezeWeight { link, frozen } => return parameters::freeze_weight(s, link, frozen),
        Action::FreezeBias { neuron, frozen } => return parameters::freeze_bias(s, neuron, frozen),
        Action::InspectPoint(i) => return inspect::inspect_point(s, i),
        Action::InspectDatasetPoint(i) => return inspect::inspect_dataset_point(s, i),
        Action::SetBackward(on) => inspect::set_backward(s, on),
        Action::UpdateStep => return inspect::update_step(s),
        Action::SetInference(on) => return query::set_inference(s, on),
        Action::QueryAt { fx, fy } => return query::query_at(s, fx, fy),
        Action::Query(at) => return query::query(s, &at),
        Action::SetDataset(kind) => data::set_dataset(s, kind),
        Action::SetNoise(n) => data::set_noise(s, n),
        Action::SetClasses(k) => data::set_classes(s, k),
        Action::SetSplit { train, validation } => data::set_split(s, train, validation),
        Action::Regenerate => data::regenerate(s),
        Action::SetDrawTool(t) => s.draw = t,
        Action::DrawAt { fx, fy, tool } => return data::draw_at(s, fx, fy, tool),
        Action::ClearPoints => return data::clear_points(s),
        Action::ImportCsv(text) => data::import_csv(s, &text),
        Action::Select(sel) => return display::select(s, sel),
        Action::SetWiring(on) => s.flags.wiring = on,
        Action::Hover(i) => return display::hover(s, i),
        Action::ShowTest(v) => s.flags.show_test = v,
        Action::ShowValidation(v) => s.flags.show_val = v,
        Action::Discretize(v) => s.flags.discretize = v,
        Action::LogScale(v) => s.flags.log_scale = v,
        Action::ShowAccuracy(v) => s.flags.accuracy = v,
        Action::SetLang(l) => s.lang = l,
        Action::DismissBanner => display::dismiss_banner(s),
        Action::StorageFailed(p) => return saved::storage_failed(s, p),
        Action::StorageSaved => return saved::storage_saved(s),
        Action::DismissStorageNote => return saved::dismiss_storage_note(s),
        Action::SetShareWeights(v) => share::set_share_exact(s, v),
        Action::ExportState => share::export_state(s),
        Action::ImportState(file) => share::import_state(s, file),
        Action::SyncLink => return share::sync_link(s),
        Action::CopyLink => share::copy_link(s),
        Action::OpenLink(text) => share::open_link(s, &text),
    }
    true
}
