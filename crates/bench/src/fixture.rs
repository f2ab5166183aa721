//! The shared fixture: spiral data, grid points, initial weights of both networks and the
//! measuring protocol — generated once, deterministically, and read by every engine.
//!
//! JSON layout (flat arrays so JavaScript peers can read it directly):
//! `inputs` `[x₀, y₀, x₁, y₁, …]`, `labels` `[±1, …]`, `grid` likewise `[x, y, …]` (row-major
//! from the top-left, `neurite_nn::grid_points` layout), each net's `layers[l].weights` an
//! `out × in` row-major matrix (`weights[to·in + from]`) and `layers[l].bias`; the CNN
//! workloads D and E in `cnn_d`, `cnn_e` (see [`crate::cnn`]).

use crate::cnn::{self, CnnFixture, CnnId};
use neurite_nn::{
    grid_points, Activation, Init, LayerSpec, NetworkSpec, NnError, OutputHead, Rng, Stream,
};
use neurite_testkit::spiral;
use serde::{Deserialize, Serialize};

/// Version of the JSON layout; bumped on any incompatible change.
pub const FIXTURE_VERSION: u32 = 2;

/// Workload D's architecture (8×8 input).
pub const ARCH_D: &str = "conv 3x3x8 relu, maxpool 2, dense 10 softmax";
/// Workload E's architecture (28×28 input).
pub const ARCH_E: &str =
    "conv 5x5x8 pad 2 relu, maxpool 2, conv 5x5x16 relu, maxpool 2, dense 10 softmax";

/// Parameters of one layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerParams {
    /// `out × in`, row-major.
    pub weights: Vec<f32>,
    /// One per output neuron.
    pub bias: Vec<f32>,
}

/// One network: shape, activations, training settings and initial parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetFixture {
    /// `[inputs, hidden…, outputs]`.
    pub widths: Vec<usize>,
    /// Hidden activation: `"tanh"` or `"relu"`.
    pub hidden: String,
    /// Output activation (always `"tanh"` here; loss is `½(o − y)²`).
    pub output: String,
    /// Mini-batch size.
    pub batch: usize,
    /// SGD learning rate (no momentum, no regularisation; gradient = batch mean).
    pub lr: f32,
    /// Initial parameters, input side first.
    pub layers: Vec<LayerParams>,
}

/// How every engine measures (see `docs/BENCHMARKS.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Protocol {
    /// Epochs trained from the initial weights before the loss is reported (workload A).
    pub check_epochs_a: usize,
    /// Same for workload C.
    pub check_epochs_c: usize,
    /// Timed runs; the median rate is reported.
    pub runs: usize,
    /// Target length of one timed run in milliseconds (epochs/grids per run are calibrated).
    pub target_ms: f64,
    /// Untimed grid evaluations before calibrating workload B.
    pub grid_warmup: usize,
}

/// Everything an engine needs to run the three workloads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fixture {
    /// [`FIXTURE_VERSION`].
    pub version: u32,
    /// Training inputs, `[x, y]` per sample.
    pub inputs: Vec<f32>,
    /// Training labels, ±1.
    pub labels: Vec<f32>,
    /// Grid side (100).
    pub grid_res: usize,
    /// Grid range `[lo, hi]` on both axes.
    pub grid_range: [f32; 2],
    /// Grid points, `[x, y]` per point.
    pub grid: Vec<f32>,
    /// Workloads A and B.
    pub net_a: NetFixture,
    /// Workload C.
    pub net_c: NetFixture,
    /// Workload D (8×8 CNN, random pixels).
    pub cnn_d: CnnFixture,
    /// Workload E (28×28 CNN, random pixels).
    pub cnn_e: CnnFixture,
    /// Measuring protocol.
    pub protocol: Protocol,
}

fn activation_name(a: Activation) -> &'static str {
    match a {
        Activation::Relu => "relu",
        _ => "tanh",
    }
}

fn net_fixture(
    width: usize,
    act: Activation,
    init: Init,
    batch: usize,
    seed: u64,
) -> Result<NetFixture, NnError> {
    let spec = NetworkSpec {
        inputs: 2,
        hidden: vec![LayerSpec::new(width, act); 2],
        outputs: 1,
        head: OutputHead::Tanh,
    };
    let net = neurite_nn::Network::new(&spec, init, &mut Rng::stream(seed, Stream::Weights))?;
    let layers = net
        .layers()
        .iter()
        .map(|d| LayerParams {
            weights: d.weights.iter().copied().collect(),
            bias: d.bias.to_vec(),
        })
        .collect();
    Ok(NetFixture {
        widths: spec.widths(),
        hidden: activation_name(act).into(),
        output: "tanh".into(),
        batch,
        lr: 0.03,
        layers,
    })
}

impl Fixture {
    /// The fixture every run uses: 500 spiral points (`neurite_testkit::spiral`, the same
    /// points the engine's learning tests train on), a 100×100 grid over [−6, 6]², net A
    /// with TFP init (U(−0.5, 0.5), bias 0.1), net C with He init (ReLU layers), seed 1.
    pub fn generate() -> Result<Fixture, NnError> {
        let (inputs, labels) = spiral(500);
        let (res, lo, hi) = (100, -6.0, 6.0);
        let grid = grid_points(res, (lo, hi), (lo, hi))?
            .iter()
            .copied()
            .collect();
        Ok(Fixture {
            version: FIXTURE_VERSION,
            inputs,
            labels,
            grid_res: res,
            grid_range: [lo, hi],
            grid,
            net_a: net_fixture(8, Activation::Tanh, Init::Tfp, 10, 1)?,
            net_c: net_fixture(64, Activation::Relu, Init::He, 32, 1)?,
            cnn_d: cnn::generate(ARCH_D, [1, 8, 8], 1_797, 4, 2)?,
            cnn_e: cnn::generate(ARCH_E, [1, 28, 28], 2_000, 5, 1)?,
            protocol: Protocol {
                check_epochs_a: 30,
                check_epochs_c: 10,
                runs: 9,
                target_ms: 250.0,
                grid_warmup: 5,
            },
        })
    }

    /// Parses and checks a fixture (version, array lengths).
    pub fn from_json(text: &str) -> Result<Fixture, NnError> {
        let f: Fixture = serde_json::from_str(text)
            .map_err(|e| NnError::InvalidData(format!("fixture JSON: {e}")))?;
        f.check()?;
        Ok(f)
    }

    /// The fixture as JSON.
    pub fn to_json(&self) -> Result<String, NnError> {
        serde_json::to_string(self).map_err(|e| NnError::InvalidData(format!("fixture JSON: {e}")))
    }

    /// CNN workload `id`.
    pub fn cnn(&self, id: CnnId) -> &CnnFixture {
        match id {
            CnnId::D => &self.cnn_d,
            CnnId::E => &self.cnn_e,
        }
    }

    /// Number of training samples (A, C).
    pub fn samples(&self) -> usize {
        self.labels.len()
    }

    fn check(&self) -> Result<(), NnError> {
        let bad = |m: String| Err(NnError::InvalidData(format!("fixture: {m}")));
        if self.version != FIXTURE_VERSION {
            return bad(format!(
                "version {} (expected {FIXTURE_VERSION}); regenerate it",
                self.version
            ));
        }
        if self.inputs.len() != 2 * self.labels.len() || self.labels.is_empty() {
            return bad("inputs must hold 2 values per label".into());
        }
        if self.grid.len() != 2 * self.grid_res * self.grid_res {
            return bad("grid must hold 2·res² values".into());
        }
        for (name, net) in [("net_a", &self.net_a), ("net_c", &self.net_c)] {
            let ok = net.widths.len() >= 2
                && net.layers.len() == net.widths.len() - 1
                && net.layers.iter().enumerate().all(|(l, p)| {
                    p.weights.len() == net.widths[l] * net.widths[l + 1]
                        && p.bias.len() == net.widths[l + 1]
                });
            if !ok {
                return bad(format!("{name} layers do not match its widths"));
            }
        }
        self.cnn_d.check("cnn_d")?;
        self.cnn_e.check("cnn_e")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spiral_is_pinned() {
        // FNV-1a over the f32 bit patterns of the 500-point spiral's inputs, then labels: every
        // engine in /bench has been measured on exactly these points, so a change must be
        // deliberate (and bump FIXTURE_VERSION).
        let f = Fixture::generate().unwrap_or_else(|e| panic!("{e}"));
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        for v in f.inputs.iter().chain(&f.labels) {
            for b in v.to_bits().to_le_bytes() {
                h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        assert_eq!(h, 18_019_747_925_198_891_694);
    }

    #[test]
    fn generate_round_trips_and_is_deterministic() {
        let f = Fixture::generate().unwrap_or_else(|e| panic!("{e}"));
        let g = Fixture::generate().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(f, g);
        let json = f.to_json().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Fixture::from_json(&json).ok(), Some(f.clone()));
        assert_eq!(f.samples(), 500);
        assert_eq!(f.net_c.widths, vec![2, 64, 64, 1]);
        assert!(Fixture::from_json("{}").is_err());
        let mut h = f;
        h.grid.pop();
        assert!(Fixture::from_json(&h.to_json().unwrap_or_default()).is_err());
    }
}
