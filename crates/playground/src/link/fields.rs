//! The decoder's middle step: [`Fields`] holds every key's parsed value (or nothing), and
//! [`Fields::assemble`] builds the [`State`], filling missing keys with TensorFlow
//! Playground's defaults ([`State::tfp_default`]) and the task's natural head and loss.

use neurite_data::{DatasetKind, DatasetSpec, Feature, SplitPercent};
use neurite_nn::{
    Activation, EarlyStopping, Init, LayerSpec, Loss, Normalization, OptimizerKind, OutputHead,
    Regularization,
};

use super::blob::Parts;
use super::error::LinkError;
use super::names::Problem;
use crate::state::task::default_head;
use crate::state::{State, STATE_VERSION};

/// Every key's value as read from the link; `None` = key absent.
#[derive(Debug, Default)]
pub(crate) struct Fields {
    pub(crate) version: Option<u32>,
    pub(crate) problem: Option<Problem>,
    pub(crate) dataset: Option<DatasetKind>,
    pub(crate) reg_dataset: Option<DatasetKind>,
    pub(crate) noise: Option<f32>,
    pub(crate) points: Option<usize>,
    pub(crate) classes: Option<usize>,
    pub(crate) features: Vec<(Feature, bool)>,
    pub(crate) network_shape: Option<Vec<usize>>,
    pub(crate) activation: Option<Activation>,
    pub(crate) activations: Option<Vec<Activation>>,
    pub(crate) gains: Option<Vec<f32>>,
    pub(crate) dropout: Option<Vec<f32>>,
    pub(crate) normalization: Option<Vec<Normalization>>,
    pub(crate) head: Option<OutputHead>,
    pub(crate) loss: Option<Loss>,
    pub(crate) init: Option<Init>,
    pub(crate) init_zero: Option<bool>,
    pub(crate) optimizer: Option<OptimizerKind>,
    pub(crate) learning_rate: Option<f32>,
    pub(crate) momentum: Option<f32>,
    pub(crate) beta1: Option<f32>,
    pub(crate) beta2: Option<f32>,
    pub(crate) epsilon: Option<f32>,
    pub(crate) regularization: Option<Regularization>,
    pub(crate) regularization_rate: Option<f32>,
    pub(crate) batch_size: Option<usize>,
    pub(crate) perc_train: Option<u8>,
    pub(crate) perc_validation: Option<u8>,
    pub(crate) patience: Option<usize>,
    pub(crate) restore_best: Option<bool>,
    pub(crate) seed: Option<u64>,
    pub(crate) show_test_data: Option<bool>,
    pub(crate) discretize: Option<bool>,
    pub(crate) collect_stats: Option<bool>,
    pub(crate) hide_text: Option<bool>,
    pub(crate) epoch: Option<usize>,
}

/// `Err(Conflict)` when a per-layer list does not have one entry per hidden layer.
fn per_layer<T: Clone>(
    key: &str,
    list: Option<&Vec<T>>,
    layers: usize,
) -> Result<Option<Vec<T>>, LinkError> {
    match list {
        Some(v) if v.len() != layers => Err(LinkError::Conflict(format!(
            "{key}: lists {} layers but networkShape has {layers}",
            v.len()
        ))),
        other => Ok(other.cloned()),
    }
}

impl Fields {
    /// The state these fields (and the blob's parts) describe. Not yet validated.
    pub(crate) fn assemble(&self, parts: Parts) -> Result<State, LinkError> {
        if let Some(v) = self.version.filter(|&v| v != STATE_VERSION) {
            return Err(LinkError::value(
                "v",
                &v.to_string(),
                format!("a supported version (this build reads {STATE_VERSION})"),
            ));
        }
        let mut s = State::tfp_default();
        s.dataset = self.dataset_spec()?;
        s.points = parts.points;
        s.weights = parts.weights;
        s.wiring = parts.wiring;
        s.frozen = parts.frozen;
        s.history = parts.history;
        s.memory = parts.memory;
        s.features = Feature::ALL
            .into_iter()
            .filter(|f| {
                let toggled = self.features.iter().rev().find(|(g, _)| g == f);
                toggled.map_or(s.features.contains(f), |&(_, on)| on)
            })
            .collect();
        s.network.hidden = self.hidden()?;
        s.network.head = self.head.unwrap_or_else(|| default_head(s.task()));
        s.network.loss = self.loss.unwrap_or_else(|| s.network.head.default_loss());
        s.network.init = match (self.init, self.init_zero) {
            (Some(init), _) => init,
            (None, Some(true)) => Init::Zeros,
            _ => s.network.init,
        };
        self.training(&mut s)?;
        s.seed = self.seed.unwrap_or(s.seed);
        let ui = &mut s.ui;
        ui.show_test_data = self.show_test_data.unwrap_or(ui.show_test_data);
        ui.discretize = self.discretize.unwrap_or(ui.discretize);
        ui.collect_stats = self.collect_stats.unwrap_or(ui.collect_stats);
        ui.hide_text = self.hide_text.unwrap_or(ui.hide_text);
        s.epoch = self.epoch.unwrap_or(0);
        Ok(s)
    }

    /// TFP keeps both `dataset` and `regDataset`; `problem` says which one is in use.
    fn dataset_spec(&self) -> Result<DatasetSpec, LinkError> {
        let regression = self.problem == Some(Problem::Regression);
        let (key, kind) = if regression {
            (
                "regDataset",
                self.reg_dataset.unwrap_or(DatasetKind::RegPlane),
            )
        } else {
            ("dataset", self.dataset.unwrap_or(DatasetKind::Circle))
        };
        if kind.is_regression() != regression {
            let want = if regression {
                "a regression dataset"
            } else {
                "a classification dataset"
            };
            return Err(LinkError::value(key, &super::names::name_of(&kind), want));
        }
        let base = DatasetSpec::new(kind);
        Ok(DatasetSpec {
            kind,
            points: self.points.unwrap_or(base.points),
            noise: self.noise.unwrap_or(base.noise),
            classes: self.classes.unwrap_or(base.classes),
        })
    }

    fn hidden(&self) -> Result<Vec<LayerSpec>, LinkError> {
        let widths = match &self.network_shape {
            Some(w) => w.clone(),
            None => State::tfp_default()
                .network
                .hidden
                .iter()
                .map(|l| l.width)
                .collect(),
        };
        let n = widths.len();
        let activations = per_layer("activations", self.activations.as_ref(), n)?;
        let gains = per_layer("gains", self.gains.as_ref(), n)?;
        let dropout = per_layer("dropout", self.dropout.as_ref(), n)?;
        let norm = per_layer("norm", self.normalization.as_ref(), n)?;
        let shared = self.activation.unwrap_or(Activation::Tanh);
        Ok(widths
            .into_iter()
            .enumerate()
            .map(|(i, width)| LayerSpec {
                width,
                activation: activations.as_ref().map_or(shared, |a| a[i]),
                gain: gains.as_ref().map_or(1.0, |g| g[i]),
                dropout: dropout.as_ref().map_or(0.0, |d| d[i]),
                normalization: norm.as_ref().map_or(Normalization::None, |k| k[i]),
            })
            .collect())
    }

    fn training(&self, s: &mut State) -> Result<(), LinkError> {
        let t = &mut s.training;
        let o = &mut t.optimizer;
        o.kind = self.optimizer.unwrap_or(o.kind);
        o.learning_rate = self.learning_rate.unwrap_or(o.learning_rate);
        o.momentum = self.momentum.unwrap_or(o.momentum);
        o.beta1 = self.beta1.unwrap_or(o.beta1);
        o.beta2 = self.beta2.unwrap_or(o.beta2);
        o.epsilon = self.epsilon.unwrap_or(o.epsilon);
        t.regularization = self.regularization.unwrap_or(t.regularization);
        t.regularization_rate = self.regularization_rate.unwrap_or(t.regularization_rate);
        t.batch_size = self.batch_size.unwrap_or(t.batch_size);
        let train = self.perc_train.unwrap_or(t.split.train);
        let validation = self.perc_validation.unwrap_or(0);
        let Some(test) = 100u8
            .checked_sub(train)
            .and_then(|r| r.checked_sub(validation))
        else {
            return Err(LinkError::Conflict(format!(
                "percTrainData ({train}) plus percValData ({validation}) exceeds 100"
            )));
        };
        t.split = SplitPercent {
            train,
            validation,
            test,
        };
        t.early_stopping = self.patience.map(|patience| EarlyStopping {
            patience,
            restore_best: self.restore_best.unwrap_or(true),
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_fields_give_tfp_defaults() {
        let s = Fields::default().assemble(Parts::default());
        assert_eq!(s, Ok(State::tfp_default()));
    }

    #[test]
    fn conflicts_are_reported() {
        let f = Fields {
            network_shape: Some(vec![3]),
            activations: Some(vec![Activation::Relu; 2]),
            ..Fields::default()
        };
        let e = f.assemble(Parts::default()).map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("activations: lists 2 layers but networkShape has 1".into())
        );
        let f = Fields {
            perc_train: Some(90),
            perc_validation: Some(20),
            ..Fields::default()
        };
        assert!(matches!(
            f.assemble(Parts::default()),
            Err(LinkError::Conflict(_))
        ));
        let f = Fields {
            problem: Some(Problem::Regression),
            reg_dataset: Some(DatasetKind::Spiral),
            ..Fields::default()
        };
        let e = f.assemble(Parts::default()).map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("regDataset: 'spiral' is not a regression dataset".into())
        );
    }
}
