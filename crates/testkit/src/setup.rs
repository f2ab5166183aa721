//! Small training set-ups for the engine's end-to-end tests: a network, settings, and data
//! with nothing held out.

use neurite_nn::{
    Activation, DataSplit, Init, LayerSpec, Network, NetworkSpec, NnError, OptimizerConfig,
    OptimizerKind, OutputHead, Rng, Samples, Stream, TrainConfig,
};

/// `train` as the training split, with empty validation and test splits.
pub fn train_only(train: Samples) -> DataSplit {
    let (d, k) = (train.inputs.ncols(), train.targets.ncols());
    DataSplit {
        train,
        validation: Samples::empty(d, k),
        test: Samples::empty(d, k),
    }
}

/// `inputs` → hidden `(width, activation)` layers → `outputs` with `head`, TFP's init drawn
/// from `Stream::Weights` of `seed`.
pub fn network(
    inputs: usize,
    hidden: &[(usize, Activation)],
    outputs: usize,
    head: OutputHead,
    seed: u64,
) -> Result<Network, NnError> {
    let spec = NetworkSpec {
        inputs,
        hidden: hidden.iter().map(|&(w, a)| LayerSpec::new(w, a)).collect(),
        outputs,
        head,
    };
    Network::new(&spec, Init::Tfp, &mut Rng::stream(seed, Stream::Weights))
}

/// Default settings with optimizer `kind`, learning rate `lr`, batch size `batch`, seed 7.
pub fn train_config(kind: OptimizerKind, lr: f32, batch: usize) -> TrainConfig {
    TrainConfig {
        optimizer: OptimizerConfig {
            kind,
            learning_rate: lr,
            ..OptimizerConfig::default()
        },
        batch_size: batch,
        seed: 7,
        ..TrainConfig::default()
    }
}
