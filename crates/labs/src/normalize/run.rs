//! The lab's networks and their training, a few epochs at a time.
//!
//! Every network is 2 → 8 → 8 → 1 with tanh neurons (TensorFlow Playground's head and
//! squared error, its initialisation, SGD, batch size 10), built from the lab's one seed:
//! same initial weights (`Stream::Weights`; γ = 1 and β = 0 in a normalized layer), same
//! batch order. Networks of one comparison therefore differ only in what is compared —
//! the inputs, or the normalization of the hidden layers — and any difference between
//! their loss curves comes from that.

use neurite_nn::{
    Activation, DataSplit, Init, LayerSpec, Network, NetworkSpec, NnError, Normalization,
    OutputHead, Rng, Status, StopReason, Stream, TrainConfig, Trainer,
};

use super::data::LabData;
use super::state::{InputScaling, NormalizeLab, HIDDEN, WIDTH};

/// Epochs each network trains for.
pub const EPOCHS: usize = 100;

/// One network of a comparison and its training.
#[derive(Debug, Clone)]
pub struct NormRun {
    pub trainer: Trainer,
    /// Training loss of the initial weights (epoch 0).
    start: Option<f32>,
}

impl NormRun {
    /// A network with `normalization` on its hidden layers, trained on `data`.
    fn new(
        lab: &NormalizeLab,
        data: DataSplit,
        normalization: Normalization,
    ) -> Result<NormRun, NnError> {
        let mut layer = LayerSpec::new(WIDTH, Activation::Tanh);
        layer.normalization = normalization;
        let spec = NetworkSpec {
            inputs: 2,
            hidden: vec![layer; HIDDEN],
            outputs: 1,
            head: OutputHead::Tanh,
        };
        let net = Network::new(
            &spec,
            Init::Tfp,
            &mut Rng::stream(lab.seed, Stream::Weights),
        )?;
        let mut config = TrainConfig {
            seed: lab.seed,
            ..TrainConfig::default()
        };
        config.optimizer.learning_rate = lab.learning_rate;
        let trainer = Trainer::new(net, data, config)?;
        let start = trainer.evaluate().train_loss;
        Ok(NormRun { trainer, start })
    }

    /// Epochs trained so far.
    pub fn epoch(&self) -> usize {
        self.trainer.epoch()
    }

    /// Why training stopped early (divergence), if it did.
    pub fn stopped(&self) -> Option<&StopReason> {
        match self.trainer.status() {
            Status::Stopped(r) => Some(r),
            _ => None,
        }
    }

    /// Whether the budget of [`EPOCHS`] is spent or training stopped.
    pub fn is_done(&self) -> bool {
        self.stopped().is_some() || self.epoch() >= EPOCHS
    }

    /// Trains up to `n` more epochs of the budget; whether the run is done. Chunks end bit
    /// for bit where one long run would (training is deterministic epoch by epoch).
    pub fn advance(&mut self, n: usize) -> bool {
        for _ in 0..n.min(EPOCHS.saturating_sub(self.epoch())) {
            if self.trainer.train_epoch().is_err() {
                break;
            }
        }
        self.is_done()
    }

    /// The training loss after each epoch, the untrained loss first (index = epoch).
    pub fn losses(&self) -> Vec<f32> {
        let history = self.trainer.history().iter();
        self.start
            .into_iter()
            .chain(history.map(|m| m.train_loss.unwrap_or(f32::NAN)))
            .collect()
    }

    /// The latest training loss.
    pub fn loss(&self) -> Option<f32> {
        match self.trainer.history().last() {
            Some(m) => m.train_loss,
            None => self.start,
        }
    }
}

impl NormalizeLab {
    /// The standardization comparison: `[raw, standardized]`, untrained.
    pub fn standardization_runs(&self, data: &LabData) -> Result<[NormRun; 2], NnError> {
        let none = Normalization::None;
        Ok([
            NormRun::new(self, data.raw.clone(), none)?,
            NormRun::new(self, data.standardized.clone(), none)?,
        ])
    }

    /// The normalization comparison on the lab's chosen inputs: `[none, batch, layer]`,
    /// untrained.
    pub fn normalization_runs(&self, data: &LabData) -> Result<[NormRun; 3], NnError> {
        let inputs = match self.norm_inputs {
            InputScaling::Raw => &data.raw,
            InputScaling::Standardized => &data.standardized,
        };
        let run = |n| NormRun::new(self, inputs.clone(), n);
        Ok([
            run(Normalization::None)?,
            run(Normalization::Batch)?,
            run(Normalization::Layer)?,
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trained<const N: usize>(mut runs: [NormRun; N]) -> [NormRun; N] {
        for r in &mut runs {
            while !r.advance(7) {}
        }
        runs
    }

    fn loss(r: &NormRun) -> f32 {
        r.loss().unwrap_or(f32::NAN)
    }

    #[test]
    fn standardized_inputs_train_far_better_in_the_same_epochs() {
        for seed in [1, 2, 3] {
            let lab = NormalizeLab {
                seed,
                ..NormalizeLab::default()
            };
            let data = LabData::of(&lab).unwrap_or_else(|e| panic!("{e}"));
            let [raw, std] = lab
                .standardization_runs(&data)
                .unwrap_or_else(|e| panic!("{e}"));
            // Identical networks: the same initial weights.
            assert_eq!(
                raw.trainer.network().layers(),
                std.trainer.network().layers()
            );
            let [raw, std] = trained([raw, std]);
            assert_eq!((raw.epoch(), std.epoch()), (EPOCHS, EPOCHS));
            assert_eq!(raw.losses().len(), EPOCHS + 1);
            assert!(
                loss(&raw) > 10.0 * loss(&std),
                "seed {seed}: {} vs {}",
                loss(&raw),
                loss(&std)
            );
            assert!(loss(&std) < 0.05, "seed {seed}: {}", loss(&std));
        }
    }

    #[test]
    fn batch_norm_rescues_raw_inputs_partly() {
        let lab = NormalizeLab::default();
        let data = LabData::of(&lab).unwrap_or_else(|e| panic!("{e}"));
        let runs = lab
            .normalization_runs(&data)
            .unwrap_or_else(|e| panic!("{e}"));
        let [none, batch, _layer] = trained(runs);
        assert!(
            loss(&batch) < 0.8 * loss(&none),
            "{} vs {}",
            loss(&batch),
            loss(&none)
        );
    }

    #[test]
    fn chunks_end_where_one_run_does() {
        let lab = NormalizeLab::default();
        let data = LabData::of(&lab).unwrap_or_else(|e| panic!("{e}"));
        let runs = lab
            .normalization_runs(&data)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut whole = runs[1].clone();
        whole.advance(EPOCHS);
        let [_, batch, _] = trained(runs);
        assert_eq!(batch.losses(), whole.losses());
        assert_eq!(
            batch.trainer.network().layers(),
            whole.trainer.network().layers()
        );
    }
}
