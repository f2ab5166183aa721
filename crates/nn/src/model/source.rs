//! Where a model's training batches come from. A [`BatchSource`] fills a batch for the
//! sample indices the trainer picked (shuffled per epoch from `Stream::Batches`), drawing
//! anything random (noise, negatives) from the stream it is handed, so every run is fixed
//! by its seed, whatever the source:
//! - [`Labelled`]: fixed `(x, t)` pairs (images with one-hot classes);
//! - [`Reconstruct`]: an autoencoder's `(x, x)`: the target is the input.

use crate::error::NnError;
use crate::rng::Rng;

/// One batch: `n` inputs, side inputs and targets, sample-major.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Batch {
    /// Samples.
    pub n: usize,
    /// Inputs, `n × input length`.
    pub x: Vec<f32>,
    /// Side inputs, each `n × its length`.
    pub side: Vec<Vec<f32>>,
    /// Targets, `n × output length`.
    pub target: Vec<f32>,
}

/// Makes batches from sample indices.
pub trait BatchSource {
    /// Samples in one epoch.
    fn len(&self) -> usize;
    /// Whether there is no sample.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Fills `batch` with the samples `indices` (each `< len()`), drawing from `rng`.
    fn fill(&self, indices: &[usize], rng: &mut Rng, batch: &mut Batch);
}

/// Fixed `(x, t)` pairs.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    x: Vec<f32>,
    x_len: usize,
    target: Vec<f32>,
    t_len: usize,
}

impl Labelled {
    /// Pairs from flat `x` (`n × x_len`) and `target` (`n × t_len`); errors when the
    /// lengths disagree or a value is not finite.
    pub fn new(
        x: Vec<f32>,
        x_len: usize,
        target: Vec<f32>,
        t_len: usize,
    ) -> Result<Labelled, NnError> {
        if x_len == 0
            || t_len == 0
            || !x.len().is_multiple_of(x_len)
            || !target.len().is_multiple_of(t_len)
            || x.len() / x_len != target.len() / t_len
        {
            return Err(NnError::InvalidData(format!(
                "{} input values of {x_len} per sample do not pair with {} target values of {t_len}",
                x.len(),
                target.len()
            )));
        }
        if let Some(i) = x.iter().chain(&target).position(|v| !v.is_finite()) {
            return Err(NnError::InvalidData(format!(
                "value {i} of the data is not finite"
            )));
        }
        Ok(Labelled {
            x,
            x_len,
            target,
            t_len,
        })
    }

    /// One-hot targets for class labels `< classes`.
    pub fn classes(
        x: Vec<f32>,
        x_len: usize,
        labels: &[usize],
        classes: usize,
    ) -> Result<Labelled, NnError> {
        let mut t = vec![0.0f32; labels.len() * classes];
        for (s, &c) in labels.iter().enumerate() {
            if c >= classes {
                return Err(NnError::InvalidData(format!(
                    "label {c} of sample {s} is not one of {classes} classes"
                )));
            }
            t[s * classes + c] = 1.0;
        }
        Labelled::new(x, x_len, t, classes)
    }

    /// The subset at `indices` (a split).
    pub fn subset(&self, indices: &[usize]) -> Labelled {
        let mut b = Batch::default();
        self.fill(indices, &mut Rng::new(0), &mut b);
        Labelled {
            x: b.x,
            x_len: self.x_len,
            target: b.target,
            t_len: self.t_len,
        }
    }

    /// Inputs, flat.
    pub fn inputs(&self) -> &[f32] {
        &self.x
    }

    /// Targets, flat.
    pub fn targets(&self) -> &[f32] {
        &self.target
    }
}

impl BatchSource for Labelled {
    fn len(&self) -> usize {
        self.x.len() / self.x_len
    }
    fn fill(&self, indices: &[usize], _rng: &mut Rng, batch: &mut Batch) {
        batch.n = 0;
        batch.x.clear();
        batch.target.clear();
        batch.side.clear();
        for &i in indices.iter().filter(|&&i| i < self.len()) {
            batch
                .x
                .extend_from_slice(&self.x[i * self.x_len..(i + 1) * self.x_len]);
            batch
                .target
                .extend_from_slice(&self.target[i * self.t_len..(i + 1) * self.t_len]);
            batch.n += 1;
        }
    }
}

/// An autoencoder's data: each input is its own target.
#[derive(Debug, Clone, PartialEq)]
pub struct Reconstruct {
    x: Vec<f32>,
    x_len: usize,
}

impl Reconstruct {
    /// Samples from flat `x` (`n × x_len`).
    pub fn new(x: Vec<f32>, x_len: usize) -> Result<Reconstruct, NnError> {
        if x_len == 0 || !x.len().is_multiple_of(x_len) {
            return Err(NnError::InvalidData(format!(
                "{} values are not samples of {x_len}",
                x.len()
            )));
        }
        if let Some(i) = x.iter().position(|v| !v.is_finite()) {
            return Err(NnError::InvalidData(format!(
                "value {i} of the data is not finite"
            )));
        }
        Ok(Reconstruct { x, x_len })
    }
}

impl BatchSource for Reconstruct {
    fn len(&self) -> usize {
        self.x.len() / self.x_len
    }
    fn fill(&self, indices: &[usize], _rng: &mut Rng, batch: &mut Batch) {
        batch.n = 0;
        batch.x.clear();
        batch.side.clear();
        for &i in indices.iter().filter(|&&i| i < self.len()) {
            batch
                .x
                .extend_from_slice(&self.x[i * self.x_len..(i + 1) * self.x_len]);
            batch.n += 1;
        }
        batch.target.clone_from(&batch.x);
    }
}
