//! The binary blob carrying a state's exact parts: weights, removed links, frozen
//! parameters, user points, the metrics history and the trainer's memory.
//!
//! Format (version 2), before deflate + base64url (see `pack.rs`):
//! ```text
//! u8 version (= 2), then sections in increasing tag order, each at most once:
//!   1 weights: n_layers, per layer: out, in, out·in f32 (row-major weights[to][from]), out f32 bias
//!   2 wiring:  n, per removed link: layer, to, from
//!   3 frozen:  n, per weight: layer, to, from; m, per bias: layer, neuron
//!   4 points:  task (0 binary | 1 multiclass + classes | 2 regression), dims, n,
//!              per point: dims f32 coords, label (class varint | f32 value);
//!              class-name count + names; column-name count + names
//!   5 history: n, per epoch: epoch − previous epoch (from 0), a presence byte (bit i set =
//!              metric i present: train, validation, test loss, then the three accuracies),
//!              the present metrics as f32
//!   6 memory:  optimizer (0 sgd | 1 momentum | 2 adam), steps, β₁ᵗ f32, β₂ᵗ f32,
//!              first moments, second moments, then 0 | 1 + early stopping: best loss f32,
//!              best epoch, epochs since, best parameters — where moments and parameters are
//!              n_layers, per layer: n_weights, n_biases, the weights f32, the biases f32 —,
//!              then the normalization moments (n, per layer: two lengths, the values) and,
//!              from version 3, early stopping's best normalization values in the same
//!              layout, per layer γ‖β and μ̄‖σ̄² (empty lists for a layer without, none when
//!              not kept)
//!   7 norm:    n, per normalized layer: layer, out, out f32 each of γ, β, running mean,
//!              running variance (only with a weights section; added with normalization —
//!              blobs without it decode as before, every layer's values fresh)
//! ```
//! Version 1 (sections 1–4 only) and version 2 (no best normalization values: the layers'
//! current values stand in) are read as before, so older links still open; a blob is
//! written as version 3 only when it carries best normalization values, so re-encoding an
//! older blob never grows it and such links still open in builds from before version 3. A new part takes the next tag (7) and bumps the version, so an
//! older build says "version N is not supported" rather than misreading it.
//! Integers are LEB128 varints, floats exact f32 bit patterns, names length-prefixed UTF-8.
//! Every count is checked against the bytes left before anything is allocated, so the work
//! is linear in the (already capped) blob size. Shapes are checked later by
//! `State::validate`, which knows the settings.

use neurite_data::{Dataset, Label, Task};
use neurite_nn::{EpochMetrics, TrainingMemory};

use super::bytes::Writer;
use crate::state::{Frozen, LayerParams, LinkRef, NormValues, State};

mod norm_lists;
mod read;
mod run;

pub(crate) use read::read;

/// Current blob format version.
pub(crate) const BLOB_VERSION: u8 = 3;

const WEIGHTS: u8 = 1;
const WIRING: u8 = 2;
const FROZEN: u8 = 3;
const POINTS: u8 = 4;
const HISTORY: u8 = 5;
const MEMORY: u8 = 6;
const NORM: u8 = 7;

/// The optional parts a blob carries.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Parts {
    pub(crate) weights: Option<Vec<LayerParams>>,
    pub(crate) wiring: Vec<LinkRef>,
    pub(crate) frozen: Frozen,
    pub(crate) points: Option<Dataset>,
    pub(crate) history: Vec<EpochMetrics>,
    pub(crate) memory: Option<TrainingMemory>,
}

/// Serialise the state's optional parts (empty sections are left out).
pub(crate) fn write(state: &State) -> Vec<u8> {
    let mut w = Writer::default();
    // The lowest version that holds the state: 3 only with best normalization values.
    let v3 = state.memory.as_ref().and_then(run::best_norm).is_some();
    w.u8(if v3 { BLOB_VERSION } else { 2 });
    if let Some(layers) = &state.weights {
        w.u8(WEIGHTS);
        w.len(layers.len());
        for p in layers {
            let (out, inp) = p.shape();
            w.len(out);
            w.len(inp);
            p.weights.iter().flatten().for_each(|&v| w.f32(v));
            p.bias.iter().for_each(|&v| w.f32(v));
        }
    }
    if !state.wiring.is_empty() {
        w.u8(WIRING);
        write_links(&mut w, &state.wiring);
    }
    if !state.frozen.is_empty() {
        w.u8(FROZEN);
        write_links(&mut w, &state.frozen.weights);
        w.len(state.frozen.biases.len());
        for b in &state.frozen.biases {
            w.len(b.layer);
            w.len(b.neuron);
        }
    }
    if let Some(data) = &state.points {
        w.u8(POINTS);
        write_points(&mut w, data);
    }
    if !state.history.is_empty() {
        w.u8(HISTORY);
        run::write_history(&mut w, &state.history);
    }
    if let Some(memory) = &state.memory {
        w.u8(MEMORY);
        run::write_memory(&mut w, memory);
    }
    let normalized: Vec<(usize, &NormValues)> = state
        .weights
        .iter()
        .flatten()
        .enumerate()
        .filter_map(|(l, p)| p.norm.as_ref().map(|n| (l, n)))
        .collect();
    if !normalized.is_empty() {
        w.u8(NORM);
        w.len(normalized.len());
        for (layer, values) in normalized {
            w.len(layer);
            w.len(values.gamma.len());
            values
                .lists()
                .iter()
                .for_each(|v| v.iter().for_each(|&x| w.f32(x)));
        }
    }
    w.bytes
}

fn write_links(w: &mut Writer, links: &[LinkRef]) {
    w.len(links.len());
    for l in links {
        w.len(l.layer);
        w.len(l.to);
        w.len(l.from);
    }
}

fn write_points(w: &mut Writer, data: &Dataset) {
    match data.task {
        Task::Binary => w.u8(0),
        Task::Multiclass { classes } => {
            w.u8(1);
            w.len(classes);
        }
        Task::Regression => w.u8(2),
    }
    w.len(data.dims);
    w.len(data.points.len());
    for p in &data.points {
        p.coords.iter().for_each(|&c| w.f32(c));
        match p.label {
            Label::Class(c) => w.len(c),
            Label::Value(v) => w.f32(v),
        }
    }
    for names in [&data.class_names, &data.column_names] {
        w.len(names.len());
        names.iter().for_each(|s| w.str(s));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::NeuronRef;
    use neurite_data::Point;

    #[test]
    fn empty_state_is_one_byte_and_parts_round_trip() {
        let s = State::default();
        assert_eq!(write(&s), vec![2], "the lowest version that holds it");
        let mut s = State::tfp_default();
        s.wiring = vec![LinkRef {
            layer: 0,
            to: 1,
            from: 1,
        }];
        s.frozen.biases = vec![NeuronRef {
            layer: 2,
            neuron: 0,
        }];
        s.weights = Some(vec![LayerParams {
            weights: vec![vec![-0.0, 1.5]],
            bias: vec![f32::MIN_POSITIVE],
            norm: None,
        }]);
        s.points = Some(Dataset {
            task: Task::Multiclass { classes: 3 },
            dims: 1,
            points: vec![Point {
                coords: vec![2.5],
                label: Label::Class(2),
            }],
            class_names: vec!["a".into(), "b".into(), "ç".into()],
            column_names: vec!["x".into()],
        });
        let parts = read(&write(&s));
        let expect = Parts {
            weights: s.weights.clone(),
            wiring: s.wiring.clone(),
            frozen: s.frozen.clone(),
            points: s.points.clone(),
            ..Parts::default()
        };
        assert_eq!(parts, Ok(expect));
    }

    #[test]
    fn hostile_blobs_are_specific_errors() {
        assert_eq!(read(&[]), Err("blob is empty".into()));
        assert!(read(&[9]).is_err_and(|e| e.contains("version 9")));
        assert!(read(&[4]).is_err_and(|e| e.contains("reads 1 to 3")));
        assert!(read(&[2, 8]).is_err_and(|e| e.contains("unknown section 8")));
        assert!(read(&[2, 7, 0]).is_err_and(|e| e.contains("without a weights section")));
        // Version 1 had no history: its tag 5 is unknown there.
        assert!(read(&[1, 5, 0]).is_err_and(|e| e.contains("unknown section 5")));
        assert_eq!(read(&[2, 5, 0]), Ok(Parts::default()));
        assert!(read(&[1, 2, 0, 2, 0]).is_err_and(|e| e.contains("out of order")));
        // A weights section claiming a huge layer allocates nothing.
        assert!(read(&[1, 1, 1, 0xff, 0xff, 0x03, 0xff, 0xff, 0x03])
            .is_err_and(|e| e.contains("limit")));
        assert!(read(&[1, 4, 0, 2, 0xff, 0xff, 0xff, 0x7f]).is_err_and(|e| e.contains("limit")));
        assert!(read(&[1, 1, 1, 4, 4, 0, 0]).is_err_and(|e| e.contains("too short")));
        assert!(read(&[1, 4, 0, 2, 100]).is_err_and(|e| e.contains("too short")));
        assert!(read(&[1, 4, 5]).is_err_and(|e| e.contains("unknown task")));
    }
}
