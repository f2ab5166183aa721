//! Lists of per-layer normalization values in the memory section: the optimizer's γ/β
//! moments and (version 3) early stopping's best γ, β and running statistics, each layer two
//! lists of at most `2·MAX_WIDE` values, checked against the network later.

use ndarray::Array1;
use neurite_nn::NormParams;

use super::read::{at, count, floats, BlobError, MAX_LAYERS, MAX_WIDE};
use crate::link::bytes::{Reader, Writer};

type Moments = Vec<(Vec<f32>, Vec<f32>)>;

/// Normalized layers' lists: n, per layer: first's length, second's, the values.
pub(super) fn write_norm_moments(w: &mut Writer, moments: &Moments) {
    w.len(moments.len());
    for (first, second) in moments {
        w.len(first.len());
        w.len(second.len());
        first.iter().chain(second).for_each(|&v| w.f32(v));
    }
}

/// A layer's normalization values as two lists: γ‖β and μ̄‖σ̄².
pub(super) fn norm_pairs(norm: &[NormParams]) -> Moments {
    let cat = |a: &Array1<f32>, b: &Array1<f32>| a.iter().chain(b).copied().collect();
    let pair = |n: &NormParams| (cat(&n.gamma, &n.beta), cat(&n.running_mean, &n.running_var));
    norm.iter().map(pair).collect()
}

/// The inverse of [`norm_pairs`] for one layer (odd lengths give lists of different
/// lengths, which the trainer's check refuses).
pub(super) fn norm_params((first, second): (Vec<f32>, Vec<f32>)) -> NormParams {
    let (gamma, beta) = first.split_at(first.len() / 2);
    let (mean, var) = second.split_at(second.len() / 2);
    NormParams {
        gamma: gamma.to_vec().into(),
        beta: beta.to_vec().into(),
        running_mean: mean.to_vec().into(),
        running_var: var.to_vec().into(),
    }
}

/// The γ/β moments of normalized layers (see `run::write_memory`); each list at most
/// `2·MAX_WIDE` values, checked against the network later ([`OptimizerMemory::check`]).
pub(super) fn read_norm_moments(r: &mut Reader) -> Result<Moments, BlobError> {
    let e = at("memory");
    let n = count(r, 2, MAX_LAYERS, "memory")?;
    let mut moments = Vec::with_capacity(n);
    for _ in 0..n {
        let (nf, ns) = (r.len().map_err(&e)?, r.len().map_err(&e)?);
        if nf > 2 * MAX_WIDE || ns > 2 * MAX_WIDE || (nf + ns).saturating_mul(4) > r.remaining() {
            return Err(format!(
                "memory section has {nf}+{ns} normalization moments for a layer, too many or cut short"
            ));
        }
        let first = floats(r, nf, "memory")?;
        moments.push((first, floats(r, ns, "memory")?));
    }
    Ok(moments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_values_round_trip_as_two_lists_per_layer() {
        let n = NormParams {
            gamma: vec![1.5, 0.5].into(),
            beta: vec![-0.25, 0.0].into(),
            running_mean: vec![3.0, -1.0].into(),
            running_var: vec![0.5, 2.0].into(),
        };
        let pairs = norm_pairs(&[n.clone(), NormParams::default()]);
        assert_eq!(
            pairs[0],
            (vec![1.5, 0.5, -0.25, 0.0], vec![3.0, -1.0, 0.5, 2.0])
        );
        assert_eq!(
            pairs[1],
            (vec![], vec![]),
            "a layer without normalization: empty"
        );
        let back: Vec<NormParams> = pairs.into_iter().map(norm_params).collect();
        assert_eq!(back, [n, NormParams::default()]);
        // Odd lengths give lists of different lengths: `NormParams::has_width` fails for
        // every width, so the trainer refuses them.
        let odd = norm_params((vec![1.0, 2.0, 3.0], vec![0.0, 1.0]));
        assert!((0..4).all(|w| !odd.has_width(w)));
    }
}
