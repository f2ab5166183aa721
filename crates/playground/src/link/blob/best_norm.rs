//! Section 8 of the blob: early stopping's best normalization values — for each normalized
//! layer, the γ, β and running statistics of the best epoch, which "restore the best
//! weights" puts back with that epoch's weights (`neurite_nn::EarlyStoppingMemory::best_norm`).
//! Same layout as section 7: n, per normalized layer: layer, out, out f32 each of γ, β,
//! running mean, running variance. Written only with a memory section that keeps best
//! weights of a normalized network; a blob carrying it has version 3 (an older build then
//! says the version is not supported rather than misreading it), every other blob keeps
//! version 2.

use ndarray::Array1;
use neurite_nn::{NormParams, TrainingMemory};

use super::read::{at, count, BlobError, MAX_LAYERS, MAX_WIDE};
use crate::link::bytes::{Reader, Writer};

/// The normalized layers' entries of `memory`'s best values: `(layer, values)`.
fn entries(memory: Option<&TrainingMemory>) -> Vec<(usize, &NormParams)> {
    let kept = memory.and_then(|m| m.early_stopping.as_ref());
    let norm = kept.map_or(&[][..], |es| es.best_norm.as_slice());
    norm.iter()
        .enumerate()
        .filter(|(_, n)| !n.gamma.is_empty())
        .collect()
}

/// Whether the blob of a state with this memory needs section 8 (and so version 3).
pub(super) fn needed(memory: Option<&TrainingMemory>) -> bool {
    !entries(memory).is_empty()
}

/// Writes section 8's body (after its tag) for `memory`.
pub(super) fn write(w: &mut Writer, memory: Option<&TrainingMemory>) {
    let list = entries(memory);
    w.len(list.len());
    for (layer, n) in list {
        w.len(layer);
        w.len(n.gamma.len());
        for a in [&n.gamma, &n.beta, &n.running_mean, &n.running_var] {
            a.iter().for_each(|&v| w.f32(v));
        }
    }
}

/// Reads section 8 into the (earlier) memory section's early-stopping watch: one entry per
/// layer of its best weights, empty where no values were written.
pub(super) fn read(r: &mut Reader, memory: Option<&mut TrainingMemory>) -> Result<(), BlobError> {
    let e = at("best norm");
    let Some(es) = memory.and_then(|m| m.early_stopping.as_mut()) else {
        return Err("best norm section comes without an early-stopping memory".into());
    };
    let layers = es.best_params.len();
    if layers == 0 {
        return Err("best norm section comes without best weights".into());
    }
    let mut best = vec![NormParams::default(); layers];
    let n = count(r, 2, MAX_LAYERS, "best norm")?;
    for _ in 0..n {
        let (layer, out) = (r.len().map_err(&e)?, r.len().map_err(&e)?);
        let Some(slot) = best.get_mut(layer) else {
            return Err(format!(
                "best norm section names layer {layer}, which has no best weights"
            ));
        };
        if out > MAX_WIDE || out.saturating_mul(16) > r.remaining() {
            return Err(format!(
                "best norm section claims {out} neurons for layer {layer} but is too short or over the limit"
            ));
        }
        let mut list = || -> Result<Array1<f32>, BlobError> {
            (0..out).map(|_| r.f32().map_err(&e)).collect()
        };
        *slot = NormParams {
            gamma: list()?,
            beta: list()?,
            running_mean: list()?,
            running_var: list()?,
        };
    }
    es.best_norm = best;
    Ok(())
}
