//! The blob's run sections (format in `mod.rs`): the metrics history (tag 5) and the
//! trainer's memory (tag 6). Read as defensively as the others: every count is checked
//! against the limits and the bytes left before anything is allocated.

use neurite_nn::{
    EarlyStoppingMemory, EpochMetrics, OptimizerKind, OptimizerMemory, TrainingMemory,
};

use super::norm_lists::{norm_pairs, norm_params, read_norm_moments, write_norm_moments};
use super::read::{at, count, floats, BlobError, MAX_LAYERS, MAX_WIDE};
use crate::limits::MAX_HISTORY;
use crate::link::bytes::{Reader, Writer};

type Moments = Vec<(Vec<f32>, Vec<f32>)>;

/// The six metrics of an epoch in the blob's order.
fn metrics(m: &EpochMetrics) -> [Option<f32>; 6] {
    [
        m.train_loss,
        m.val_loss,
        m.test_loss,
        m.train_acc,
        m.val_acc,
        m.test_acc,
    ]
}

pub(super) fn write_history(w: &mut Writer, history: &[EpochMetrics]) {
    w.len(history.len());
    let mut previous = 0;
    for m in history {
        w.len(m.epoch.saturating_sub(previous));
        previous = m.epoch;
        let values = metrics(m);
        let mask = values
            .iter()
            .enumerate()
            .fold(0u8, |mask, (i, v)| mask | (u8::from(v.is_some()) << i));
        w.u8(mask);
        values.iter().flatten().for_each(|&v| w.f32(v));
    }
}

pub(super) fn read_history(r: &mut Reader) -> Result<Vec<EpochMetrics>, BlobError> {
    let e = at("history");
    let n = count(r, 2, MAX_HISTORY, "history")?;
    let mut history = Vec::with_capacity(n);
    let mut epoch = 0usize;
    for _ in 0..n {
        epoch = epoch
            .checked_add(r.len().map_err(&e)?)
            .ok_or("history section has an epoch beyond any count")?;
        let mask = r.u8().map_err(&e)?;
        if mask >= 1 << 6 {
            return Err(format!(
                "history section has an unknown metric in {mask:#x}"
            ));
        }
        let mut v = [None; 6];
        for (i, slot) in v.iter_mut().enumerate() {
            if mask & (1 << i) != 0 {
                *slot = Some(r.f32().map_err(&e)?);
            }
        }
        let [train_loss, val_loss, test_loss, train_acc, val_acc, test_acc] = v;
        history.push(EpochMetrics {
            epoch,
            train_loss,
            val_loss,
            test_loss,
            train_acc,
            val_acc,
            test_acc,
        });
    }
    Ok(history)
}

fn write_moments(w: &mut Writer, moments: &Moments) {
    w.len(moments.len());
    for (weights, bias) in moments {
        w.len(weights.len());
        w.len(bias.len());
        weights.iter().chain(bias).for_each(|&v| w.f32(v));
    }
}

fn read_moments(r: &mut Reader) -> Result<Moments, BlobError> {
    let e = at("memory");
    let n = count(r, 2, MAX_LAYERS, "memory")?;
    let mut moments = Vec::with_capacity(n);
    for _ in 0..n {
        let (nw, nb) = (r.len().map_err(&e)?, r.len().map_err(&e)?);
        if nw > MAX_WIDE * MAX_WIDE || nb > MAX_WIDE {
            return Err(format!(
                "memory section has a layer of {nw}+{nb} values, more than a network holds"
            ));
        }
        if (nw + nb).saturating_mul(4) > r.remaining() {
            return Err("memory section claims a layer but is too short for it".into());
        }
        let weights = floats(r, nw, "memory")?;
        moments.push((weights, floats(r, nb, "memory")?));
    }
    Ok(moments)
}

const KINDS: [OptimizerKind; 3] = [
    OptimizerKind::Sgd,
    OptimizerKind::Momentum,
    OptimizerKind::Adam,
];

pub(super) fn write_memory(w: &mut Writer, memory: &TrainingMemory) {
    let o = &memory.optimizer;
    let kind = KINDS.iter().position(|&k| k == o.kind).unwrap_or(0);
    w.u8(kind as u8);
    w.var(o.steps);
    w.f32(o.beta1_pow);
    w.f32(o.beta2_pow);
    write_moments(w, &o.first);
    write_moments(w, &o.second);
    match &memory.early_stopping {
        None => w.u8(0),
        Some(es) => {
            w.u8(1);
            w.f32(es.best_loss);
            w.len(es.best_epoch);
            w.len(es.since_best);
            write_moments(w, &es.best_params);
        }
    }
    write_norm_moments(w, &o.norm);
    // Version 3: early stopping's best normalization values, per layer (γ‖β, μ̄‖σ̄²), in
    // the same layout (empty lists for a layer without normalization).
    if let Some(best) = best_norm(memory) {
        write_norm_moments(w, &best);
    }
}

/// Early stopping's best normalization values as lists, when any are kept: then the blob is
/// written as version 3, else as version 2 (so re-encoding an older blob never grows it).
pub(super) fn best_norm(memory: &TrainingMemory) -> Option<Moments> {
    let es = memory.early_stopping.as_ref()?;
    let kept = es.best_norm.iter().any(|n| !n.gamma.is_empty());
    kept.then(|| norm_pairs(&es.best_norm))
}

pub(super) fn read_memory(r: &mut Reader, version: u8) -> Result<TrainingMemory, BlobError> {
    let e = at("memory");
    let kind = r.u8().map_err(&e)?;
    let kind = *KINDS
        .get(usize::from(kind))
        .ok_or_else(|| format!("memory section has an unknown optimizer {kind}"))?;
    let steps = r.var().map_err(&e)?;
    let (beta1_pow, beta2_pow) = (r.f32().map_err(&e)?, r.f32().map_err(&e)?);
    let (first, second) = (read_moments(r)?, read_moments(r)?);
    let mut early_stopping = match r.u8().map_err(&e)? {
        0 => None,
        1 => Some(EarlyStoppingMemory {
            best_loss: r.f32().map_err(&e)?,
            best_epoch: r.len().map_err(&e)?,
            since_best: r.len().map_err(&e)?,
            best_params: read_moments(r)?,
            best_norm: Vec::new(),
        }),
        b => {
            return Err(format!(
                "memory section has an unknown early-stopping mark {b}"
            ))
        }
    };
    let norm = read_norm_moments(r)?;
    if version >= 3 {
        let best = read_norm_moments(r)?;
        match early_stopping.as_mut() {
            Some(es) => es.best_norm = best.into_iter().map(norm_params).collect(),
            None if best.is_empty() => {}
            None => {
                return Err(
                    "memory section has best normalization values but no early stopping".into(),
                )
            }
        }
    }
    Ok(TrainingMemory {
        optimizer: OptimizerMemory {
            kind,
            steps,
            beta1_pow,
            beta2_pow,
            first,
            second,
            norm,
        },
        early_stopping,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{read, write, Parts};
    use crate::state::State;
    use neurite_nn::{
        EarlyStoppingMemory, EpochMetrics, NormParams, OptimizerKind, OptimizerMemory,
        TrainingMemory,
    };

    #[test]
    fn history_and_memory_round_trip_bit_for_bit() {
        let history = vec![
            EpochMetrics {
                epoch: 3,
                train_loss: Some(0.25),
                test_acc: Some(1.0),
                ..EpochMetrics::default()
            },
            EpochMetrics {
                epoch: 900,
                val_loss: Some(f32::from_bits(1)),
                ..EpochMetrics::default()
            },
        ];
        let memory = Some(TrainingMemory {
            optimizer: OptimizerMemory {
                kind: OptimizerKind::Adam,
                steps: u64::MAX,
                beta1_pow: 0.9f32.powi(7),
                beta2_pow: 0.0,
                first: vec![(vec![-0.0, 1e-30], vec![2.0])],
                second: vec![(vec![0.5, 0.25], vec![0.0])],
                norm: vec![(Vec::new(), Vec::new()), (vec![0.5, -0.0], vec![1e-8, 0.0])],
            },
            early_stopping: Some(EarlyStoppingMemory {
                best_loss: 0.125,
                best_epoch: 2,
                since_best: 1,
                best_params: vec![(vec![1.0, 2.0], vec![3.0])],
                best_norm: Vec::new(),
            }),
        });
        let s = State {
            history,
            memory,
            ..State::default()
        };
        let bytes = write(&s);
        assert_eq!(bytes[0], 2, "no best normalization values: still version 2");
        let parts = read(&bytes);
        let expect = Parts {
            history: s.history.clone(),
            memory: s.memory.clone(),
            ..Parts::default()
        };
        assert_eq!(parts, Ok(expect));
        // With them: version 3, γ‖β and μ̄‖σ̄² per layer after the memory, read back exactly.
        let mut kept = s.clone();
        if let Some(es) = kept.memory.as_mut().and_then(|m| m.early_stopping.as_mut()) {
            es.best_norm = vec![NormParams::identity(2), NormParams::default()];
            es.best_norm[0].running_var[1] = 0.75;
        }
        let bytes = write(&kept);
        assert_eq!(bytes[0], 3);
        let back = read(&bytes).map(|p| p.memory);
        assert_eq!(back, Ok(kept.memory.clone()));
        // A version-3 memory with values but no early stopping is refused: SGD, 0 steps,
        // β₁ᵗ, β₂ᵗ, no moments, no early stopping, no norm moments, then one best layer.
        assert!(
            read(&[3, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0])
                .is_err_and(|e| e.contains("best normalization values but no early stopping"))
        );
    }

    #[test]
    fn hostile_run_sections_are_specific_errors() {
        // History: 2 entries claimed, one byte left; an unknown metric bit.
        assert!(read(&[2, 5, 2, 1]).is_err_and(|e| e.contains("too short")));
        assert!(read(&[2, 5, 1, 1, 0x40]).is_err_and(|e| e.contains("unknown metric")));
        // Memory: unknown optimizer; a huge layer; an unknown early-stopping mark.
        assert!(read(&[2, 6, 3]).is_err_and(|e| e.contains("unknown optimizer 3")));
        let huge = [2, 6, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, 0xff, 0x7f, 0];
        assert!(read(&huge).is_err_and(|e| e.contains("more than a network holds")));
        let mark = [2, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7];
        assert!(
            read(&mark).is_err_and(|e| e.contains("early-stopping mark 7")),
            "{:?}",
            read(&mark)
        );
    }
}
