//! Reading the blob format described in `mod.rs`, defensively: every count is checked
//! against the limits and the bytes left before anything is allocated.

use neurite_data::{Dataset, Label, Point, Task};

use super::{run, Parts, BLOB_VERSION, FROZEN, HISTORY, MEMORY, NORM, POINTS, WEIGHTS, WIRING};
use crate::limits::{MAX_CLASSES, MAX_HIDDEN_LAYERS, MAX_INPUTS, MAX_LAYER_WIDTH, MAX_POINTS};
use crate::link::bytes::{ReadError, Reader};
use crate::state::{Frozen, LayerParams, LinkRef, NeuronRef, NormValues};

/// Most parameter layers a valid state has.
pub(super) const MAX_LAYERS: usize = MAX_HIDDEN_LAYERS + 1;
/// Widest layer of a valid state (hidden, inputs or outputs).
pub(super) const MAX_WIDE: usize = max(max(MAX_LAYER_WIDTH, MAX_INPUTS), MAX_CLASSES);
/// Most neurons (biases) of a valid state.
const MAX_NEURONS: usize = MAX_LAYERS * MAX_WIDE;
/// Most links (weights) of a valid state.
const MAX_LINKS: usize = MAX_LAYERS * MAX_WIDE * MAX_WIDE;

const fn max(a: usize, b: usize) -> usize {
    if a > b {
        a
    } else {
        b
    }
}

/// Why a blob could not be read.
pub(crate) type BlobError = String;

pub(super) fn at(section: &str) -> impl Fn(ReadError) -> BlobError + '_ {
    move |e| match e {
        ReadError::Truncated => format!("{section} section is cut short"),
        ReadError::VarintTooLong => format!("{section} section has an over-long number"),
        ReadError::BadUtf8 => format!("{section} section has a name that is not UTF-8"),
    }
}

/// Read a count of at most `max` items taking at least `each` bytes, refusing more than
/// remain, so allocations stay proportional to the input.
pub(super) fn count(
    r: &mut Reader,
    each: usize,
    max: usize,
    what: &str,
) -> Result<usize, BlobError> {
    let n = r.len().map_err(at(what))?;
    if n > max {
        return Err(format!(
            "{what} section has {n} entries, more than the limit of {max}"
        ));
    }
    if n.saturating_mul(each) > r.remaining() {
        return Err(format!(
            "{what} section claims {n} entries but is too short for them"
        ));
    }
    Ok(n)
}

/// `n` floats of section `what` (the caller has checked that enough bytes remain).
pub(super) fn floats(r: &mut Reader, n: usize, what: &str) -> Result<Vec<f32>, BlobError> {
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(r.f32().map_err(at(what))?);
    }
    Ok(v)
}

/// Parse a blob written by [`write`].
pub(crate) fn read(bytes: &[u8]) -> Result<Parts, BlobError> {
    let mut r = Reader::new(bytes);
    let version = r.u8().map_err(|_| "blob is empty".to_owned())?;
    if !(1..=BLOB_VERSION).contains(&version) {
        return Err(format!(
            "blob version {version} is not supported (this build reads 1 to {BLOB_VERSION})"
        ));
    }
    // Version 1 ended at the points section; version 2 added history, memory and norm;
    // version 3 early stopping's best normalization values at the end of the memory.
    let last_tag = if version == 1 { POINTS } else { NORM };
    let mut parts = Parts::default();
    let mut last = 0u8;
    while r.remaining() > 0 {
        let tag = r.u8().map_err(at("blob"))?;
        if tag <= last {
            return Err(format!("blob section {tag} is out of order or repeated"));
        }
        last = tag;
        if tag > last_tag {
            return Err(format!("blob has an unknown section {tag}"));
        }
        match tag {
            WEIGHTS => parts.weights = Some(read_weights(&mut r)?),
            WIRING => parts.wiring = read_links(&mut r, "wiring")?,
            FROZEN => parts.frozen = read_frozen(&mut r)?,
            POINTS => parts.points = Some(read_points(&mut r)?),
            HISTORY => parts.history = run::read_history(&mut r)?,
            MEMORY => parts.memory = Some(run::read_memory(&mut r, version)?),
            NORM => read_norm(&mut r, &mut parts)?,
            _ => return Err(format!("blob has an unknown section {tag}")),
        }
    }
    Ok(parts)
}

fn read_weights(r: &mut Reader) -> Result<Vec<LayerParams>, BlobError> {
    let n = count(r, 2, MAX_LAYERS, "weights")?;
    let mut layers = Vec::with_capacity(n);
    for _ in 0..n {
        let out = r.len().map_err(at("weights"))?;
        let inp = r.len().map_err(at("weights"))?;
        if out > MAX_WIDE || inp > MAX_WIDE {
            return Err(format!(
                "weights section has a {out}×{inp} layer, wider than the limit of {MAX_WIDE}"
            ));
        }
        let values = out.saturating_mul(inp.saturating_add(1));
        if values.saturating_mul(4) > r.remaining() {
            return Err(format!(
                "weights section claims a {out}×{inp} layer but is too short for it"
            ));
        }
        let mut weights = Vec::with_capacity(out);
        for _ in 0..out {
            weights.push(floats(r, inp, "weights")?);
        }
        let bias = floats(r, out, "weights")?;
        layers.push(LayerParams {
            weights,
            bias,
            norm: None,
        });
    }
    Ok(layers)
}

/// Attaches each entry's values to its layer of the (earlier) weights section.
fn read_norm(r: &mut Reader, parts: &mut Parts) -> Result<(), BlobError> {
    let Some(layers) = parts.weights.as_mut() else {
        return Err("norm section comes without a weights section".into());
    };
    let n = count(r, 2, MAX_LAYERS, "norm")?;
    for _ in 0..n {
        let layer = r.len().map_err(at("norm"))?;
        let out = r.len().map_err(at("norm"))?;
        let Some(params) = layers.get_mut(layer) else {
            return Err(format!(
                "norm section names layer {layer}, which has no weights"
            ));
        };
        if out > MAX_WIDE || out.saturating_mul(16) > r.remaining() {
            return Err(format!(
                "norm section claims {out} neurons for layer {layer} but is too short or over the limit"
            ));
        }
        let mut list = || -> Result<Vec<f32>, BlobError> {
            (0..out).map(|_| r.f32().map_err(at("norm"))).collect()
        };
        params.norm = Some(NormValues {
            gamma: list()?,
            beta: list()?,
            running_mean: list()?,
            running_var: list()?,
        });
    }
    Ok(())
}

fn read_links(r: &mut Reader, what: &str) -> Result<Vec<LinkRef>, BlobError> {
    let n = count(r, 3, MAX_LINKS, what)?;
    let mut links = Vec::with_capacity(n);
    for _ in 0..n {
        let mut next = || r.len().map_err(at(what));
        links.push(LinkRef {
            layer: next()?,
            to: next()?,
            from: next()?,
        });
    }
    Ok(links)
}

fn read_frozen(r: &mut Reader) -> Result<Frozen, BlobError> {
    let weights = read_links(r, "frozen")?;
    let n = count(r, 2, MAX_NEURONS, "frozen")?;
    let mut biases = Vec::with_capacity(n);
    for _ in 0..n {
        let mut next = || r.len().map_err(at("frozen"));
        biases.push(NeuronRef {
            layer: next()?,
            neuron: next()?,
        });
    }
    Ok(Frozen { weights, biases })
}

fn read_points(r: &mut Reader) -> Result<Dataset, BlobError> {
    let e = at("points");
    let task = match r.u8().map_err(&e)? {
        0 => Task::Binary,
        1 => Task::Multiclass {
            classes: r.len().map_err(&e)?,
        },
        2 => Task::Regression,
        t => return Err(format!("points section has an unknown task {t}")),
    };
    let dims = r.len().map_err(&e)?;
    if dims > MAX_INPUTS {
        return Err(format!(
            "points have {dims} dimensions, more than the limit of {MAX_INPUTS}"
        ));
    }
    let each = dims.saturating_mul(4).saturating_add(1);
    let n = count(r, each, MAX_POINTS, "points")?;
    let mut points = Vec::with_capacity(n);
    for _ in 0..n {
        let coords = floats(r, dims, "points")?;
        let label = match task {
            Task::Regression => Label::Value(r.f32().map_err(&e)?),
            _ => Label::Class(r.len().map_err(&e)?),
        };
        points.push(Point { coords, label });
    }
    let mut names = || -> Result<Vec<String>, BlobError> {
        let k = count(r, 1, MAX_INPUTS.max(MAX_CLASSES), "points")?;
        let mut names = Vec::with_capacity(k);
        for _ in 0..k {
            names.push(r.str().map_err(at("points"))?);
        }
        Ok(names)
    };
    let class_names = names()?;
    let column_names = names()?;
    Ok(Dataset {
        task,
        dims,
        points,
        class_names,
        column_names,
    })
}
