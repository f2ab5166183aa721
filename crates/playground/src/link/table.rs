//! The one declarative table of link keys: name, TFP value spellings, how to read a value
//! into [`Fields`] and how to write it from a [`State`] (`None` = leave the key out).
//!
//! TensorFlow Playground's keys come first, with TFP's meaning; Neurite's own keys follow.
//! Written links list keys in table order. Values of enum keys are the enums' serde names
//! (`tanh`, `leaky_relu`, `reg_plane`, `adam`, …); `aliases` maps TFP's spellings to them
//! (read both ways). Neurite keys are omitted when they hold the value the decoder would
//! infer anyway, so ordinary links stay short.

use neurite_data::{DatasetKind, Feature};
use neurite_nn::{Activation, OptimizerConfig};

use super::fields::Fields;
use super::names::{name_of, Problem};
use super::seed::seed_from_text;
use super::values::{boolean, enumeration, list, names_list, number, percent, whole};
use crate::limits::MAX_HIDDEN_LAYERS;
use crate::state::task::default_head;
use crate::state::State;

/// Reads a value into the fields; `Err` says what was expected ("a number").
pub(crate) type Read = fn(&mut Fields, &str) -> Result<(), String>;
/// Writes a key's value, or `None` to leave the key out.
pub(crate) type Write = fn(&State) -> Option<String>;

/// One key of the hash.
pub(crate) struct Key {
    pub(crate) name: &'static str,
    /// `(TFP spelling, Neurite serde name)` pairs for enum values.
    pub(crate) aliases: &'static [(&'static str, &'static str)],
    pub(crate) read: Read,
    pub(crate) write: Write,
}

const NO_ALIAS: &[(&str, &str)] = &[];
const DATASET_ALIASES: &[(&str, &str)] = &[("reg-plane", "reg_plane"), ("reg-gauss", "reg_gauss")];

fn feature(f: &mut Fields, feature: Feature, v: &str) -> Result<(), String> {
    f.features.push((feature, boolean(v)?));
    Ok(())
}

fn has(s: &State, feature: Feature) -> Option<String> {
    Some(s.features.contains(&feature).to_string())
}

/// The activation shared by every hidden layer, if there is one.
fn shared_activation(s: &State) -> Option<Activation> {
    let first = s.network.hidden.first()?.activation;
    s.network
        .hidden
        .iter()
        .all(|l| l.activation == first)
        .then_some(first)
}

/// `Some(v)` when `v` differs from the default `d`.
fn unless<T: PartialEq + ToString>(v: T, d: T) -> Option<String> {
    (v != d).then(|| v.to_string())
}

fn joined<T: ToString>(items: impl Iterator<Item = T>) -> String {
    items.map(|x| x.to_string()).collect::<Vec<_>>().join(",")
}

/// Every key, in the order links are written.
#[rustfmt::skip]
pub(crate) const KEYS: &[Key] = &[
    // ---- TensorFlow Playground keys ----
    Key { name: "activation", aliases: NO_ALIAS,
        read: |f, v| { f.activation = Some(enumeration(v, &Activation::ALL)?); Ok(()) },
        write: |s| shared_activation(s).map(|a| name_of(&a)) },
    Key { name: "batchSize", aliases: NO_ALIAS,
        read: |f, v| { f.batch_size = Some(whole(v)?); Ok(()) },
        write: |s| Some(s.training.batch_size.to_string()) },
    Key { name: "dataset", aliases: DATASET_ALIASES,
        read: |f, v| { f.dataset = Some(enumeration(v, &DatasetKind::ALL)?); Ok(()) },
        write: |s| (!s.dataset.kind.is_regression()).then(|| name_of(&s.dataset.kind)) },
    Key { name: "regDataset", aliases: DATASET_ALIASES,
        read: |f, v| { f.reg_dataset = Some(enumeration(v, &DatasetKind::ALL)?); Ok(()) },
        write: |s| s.dataset.kind.is_regression().then(|| name_of(&s.dataset.kind)) },
    Key { name: "learningRate", aliases: NO_ALIAS,
        read: |f, v| { f.learning_rate = Some(number(v)?); Ok(()) },
        write: |s| Some(s.training.optimizer.learning_rate.to_string()) },
    Key { name: "regularization", aliases: &[("L1", "l1"), ("L2", "l2")],
        read: |f, v| { f.regularization = Some(enumeration(v, &neurite_nn::Regularization::ALL)?); Ok(()) },
        write: |s| Some(name_of(&s.training.regularization)) },
    Key { name: "regularizationRate", aliases: NO_ALIAS,
        read: |f, v| { f.regularization_rate = Some(number(v)?); Ok(()) },
        write: |s| Some(s.training.regularization_rate.to_string()) },
    Key { name: "noise", aliases: NO_ALIAS,
        read: |f, v| { f.noise = Some(number(v)?); Ok(()) },
        write: |s| Some(s.dataset.noise.to_string()) },
    Key { name: "networkShape", aliases: NO_ALIAS,
        read: |f, v| { f.network_shape = Some(list(v, MAX_HIDDEN_LAYERS, whole, "a comma-separated list of layer widths")?); Ok(()) },
        write: |s| Some(joined(s.network.hidden.iter().map(|l| l.width))) },
    Key { name: "seed", aliases: NO_ALIAS,
        read: |f, v| { f.seed = Some(seed_from_text(v)); Ok(()) },
        write: |s| Some(s.seed.to_string()) },
    Key { name: "showTestData", aliases: NO_ALIAS,
        read: |f, v| { f.show_test_data = Some(boolean(v)?); Ok(()) },
        write: |s| Some(s.ui.show_test_data.to_string()) },
    Key { name: "discretize", aliases: NO_ALIAS,
        read: |f, v| { f.discretize = Some(boolean(v)?); Ok(()) },
        write: |s| Some(s.ui.discretize.to_string()) },
    Key { name: "percTrainData", aliases: NO_ALIAS,
        read: |f, v| { f.perc_train = Some(percent(v)?); Ok(()) },
        write: |s| Some(s.training.split.train.to_string()) },
    Key { name: "x", aliases: NO_ALIAS, read: |f, v| feature(f, Feature::X1, v), write: |s| has(s, Feature::X1) },
    Key { name: "y", aliases: NO_ALIAS, read: |f, v| feature(f, Feature::X2, v), write: |s| has(s, Feature::X2) },
    Key { name: "xTimesY", aliases: NO_ALIAS, read: |f, v| feature(f, Feature::X1X2, v), write: |s| has(s, Feature::X1X2) },
    Key { name: "xSquared", aliases: NO_ALIAS, read: |f, v| feature(f, Feature::X1Squared, v), write: |s| has(s, Feature::X1Squared) },
    Key { name: "ySquared", aliases: NO_ALIAS, read: |f, v| feature(f, Feature::X2Squared, v), write: |s| has(s, Feature::X2Squared) },
    Key { name: "cosX", aliases: NO_ALIAS, read: |f, v| feature(f, Feature::CosX1, v), write: |s| has(s, Feature::CosX1) },
    Key { name: "sinX", aliases: NO_ALIAS, read: |f, v| feature(f, Feature::SinX1, v), write: |s| has(s, Feature::SinX1) },
    Key { name: "cosY", aliases: NO_ALIAS, read: |f, v| feature(f, Feature::CosX2, v), write: |s| has(s, Feature::CosX2) },
    Key { name: "sinY", aliases: NO_ALIAS, read: |f, v| feature(f, Feature::SinX2, v), write: |s| has(s, Feature::SinX2) },
    Key { name: "collectStats", aliases: NO_ALIAS,
        read: |f, v| { f.collect_stats = Some(boolean(v)?); Ok(()) },
        write: |s| Some(s.ui.collect_stats.to_string()) },
    Key { name: "problem", aliases: NO_ALIAS,
        read: |f, v| { f.problem = Some(enumeration(v, &[Problem::Classification, Problem::Regression])?); Ok(()) },
        write: |s| Some(if s.dataset.kind.is_regression() { "regression" } else { "classification" }.into()) },
    Key { name: "initZero", aliases: NO_ALIAS,
        read: |f, v| { f.init_zero = Some(boolean(v)?); Ok(()) },
        write: |_| None },
    Key { name: "hideText", aliases: NO_ALIAS,
        read: |f, v| { f.hide_text = Some(boolean(v)?); Ok(()) },
        write: |s| Some(s.ui.hide_text.to_string()) },
    // ---- Neurite keys ----
    Key { name: "v", aliases: NO_ALIAS,
        read: |f, v| { f.version = Some(whole(v)?); Ok(()) },
        write: |s| Some(s.version.to_string()) },
    Key { name: "activations", aliases: NO_ALIAS,
        read: |f, v| { f.activations = Some(names_list(v, &Activation::ALL)?); Ok(()) },
        write: |s| shared_activation(s).is_none().then(|| joined(s.network.hidden.iter().map(|l| name_of(&l.activation)))).filter(|v| !v.is_empty()) },
    Key { name: "gains", aliases: NO_ALIAS,
        read: |f, v| { f.gains = Some(list(v, MAX_HIDDEN_LAYERS, number, "a comma-separated list of numbers")?); Ok(()) },
        write: |s| s.network.hidden.iter().any(|l| l.gain != 1.0).then(|| joined(s.network.hidden.iter().map(|l| l.gain))) },
    Key { name: "dropout", aliases: NO_ALIAS,
        read: |f, v| { f.dropout = Some(list(v, MAX_HIDDEN_LAYERS, number, "a comma-separated list of numbers")?); Ok(()) },
        write: |s| s.network.hidden.iter().any(|l| l.dropout != 0.0).then(|| joined(s.network.hidden.iter().map(|l| l.dropout))) },
    Key { name: "norm", aliases: NO_ALIAS,
        read: |f, v| { f.normalization = Some(names_list(v, &neurite_nn::Normalization::ALL)?); Ok(()) },
        write: |s| s.network.hidden.iter().any(|l| l.normalization.is_on()).then(|| joined(s.network.hidden.iter().map(|l| l.normalization.name()))) },
    Key { name: "head", aliases: NO_ALIAS,
        read: |f, v| { f.head = Some(enumeration(v, &neurite_nn::OutputHead::ALL)?); Ok(()) },
        write: |s| (s.network.head != default_head(s.task())).then(|| name_of(&s.network.head)) },
    Key { name: "loss", aliases: NO_ALIAS,
        read: |f, v| { f.loss = Some(enumeration(v, &neurite_nn::Loss::ALL)?); Ok(()) },
        write: |s| (s.network.loss != s.network.head.default_loss()).then(|| name_of(&s.network.loss)) },
    Key { name: "init", aliases: NO_ALIAS,
        read: |f, v| { f.init = Some(enumeration(v, &neurite_nn::Init::ALL)?); Ok(()) },
        write: |s| (s.network.init != neurite_nn::Init::Tfp).then(|| name_of(&s.network.init)) },
    Key { name: "optimizer", aliases: NO_ALIAS,
        read: |f, v| { f.optimizer = Some(enumeration(v, &[neurite_nn::OptimizerKind::Sgd, neurite_nn::OptimizerKind::Momentum, neurite_nn::OptimizerKind::Adam])?); Ok(()) },
        write: |s| (s.training.optimizer.kind != OptimizerConfig::default().kind).then(|| name_of(&s.training.optimizer.kind)) },
    Key { name: "momentum", aliases: NO_ALIAS,
        read: |f, v| { f.momentum = Some(number(v)?); Ok(()) },
        write: |s| unless(s.training.optimizer.momentum, OptimizerConfig::default().momentum) },
    Key { name: "beta1", aliases: NO_ALIAS,
        read: |f, v| { f.beta1 = Some(number(v)?); Ok(()) },
        write: |s| unless(s.training.optimizer.beta1, OptimizerConfig::default().beta1) },
    Key { name: "beta2", aliases: NO_ALIAS,
        read: |f, v| { f.beta2 = Some(number(v)?); Ok(()) },
        write: |s| unless(s.training.optimizer.beta2, OptimizerConfig::default().beta2) },
    Key { name: "epsilon", aliases: NO_ALIAS,
        read: |f, v| { f.epsilon = Some(number(v)?); Ok(()) },
        write: |s| unless(s.training.optimizer.epsilon, OptimizerConfig::default().epsilon) },
    Key { name: "percValData", aliases: NO_ALIAS,
        read: |f, v| { f.perc_validation = Some(percent(v)?); Ok(()) },
        write: |s| unless(s.training.split.validation, 0) },
    Key { name: "earlyStopping", aliases: NO_ALIAS,
        read: |f, v| { f.patience = Some(whole(v)?); Ok(()) },
        write: |s| s.training.early_stopping.map(|e| e.patience.to_string()) },
    Key { name: "restoreBest", aliases: NO_ALIAS,
        read: |f, v| { f.restore_best = Some(boolean(v)?); Ok(()) },
        write: |s| s.training.early_stopping.and_then(|e| unless(e.restore_best, true)) },
    Key { name: "points", aliases: NO_ALIAS,
        read: |f, v| { f.points = Some(whole(v)?); Ok(()) },
        write: |s| unless(s.dataset.points, s.dataset.kind.default_points()) },
    Key { name: "classes", aliases: NO_ALIAS,
        read: |f, v| { f.classes = Some(whole(v)?); Ok(()) },
        write: |s| unless(s.dataset.classes, neurite_data::DatasetSpec::new(s.dataset.kind).classes) },
    Key { name: "epoch", aliases: NO_ALIAS,
        read: |f, v| { f.epoch = Some(whole(v)?); Ok(()) },
        write: |s| unless(s.epoch, 0) },
];

/// The key carrying the packed blob (weights, wiring, frozen parts, points).
pub(crate) const BLOB_KEY: &str = "w";

/// The row for `name`, if it is a known key.
pub(crate) fn key(name: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_blob_key_is_free() {
        for (i, a) in KEYS.iter().enumerate() {
            assert!(KEYS[i + 1..].iter().all(|b| b.name != a.name), "{}", a.name);
            assert_ne!(a.name, BLOB_KEY);
        }
        assert!(key("networkShape").is_some());
        assert!(key("nope").is_none());
    }

    #[test]
    fn every_tfp_feature_key_is_in_the_table() {
        for f in Feature::ALL {
            assert!(key(f.tfp_key()).is_some(), "{f:?}");
        }
    }
}
