//! An independent f64 reference for [`Model`]s: every layer kind written straight from its
//! formula (direct convolution sums, no window gathering; pooling by scanning; batch and
//! layer statistics in f64), sharing nothing with the engine but the parameter values and
//! the layers' sizes, and central differences `(L(θ+h) − L(θ−h))/2h` on it.
//!
//! The batch loss is the mean over samples of the per-sample loss (cross-entropy on the
//! output probabilities, or ½ squared error) plus each sampling layer's `β·KL` (the batch's
//! mean), as the engine defines it. Dropout runs as the identity (the engine's exact
//! gradients run without a dropout stream); sampling takes the ε the engine drew.

use neurite_nn::model::layers::{Layer, NormKind, PoolKind};
use neurite_nn::model::Model;

/// Parameter values in f64, per layer, per tensor.
pub type Params64 = Vec<Vec<Vec<f64>>>;

/// `model`'s parameters as f64.
pub fn model_params64(model: &Model) -> Params64 {
    model
        .layers()
        .iter()
        .map(|l| {
            l.params()
                .iter()
                .map(|p| p.value.iter().map(|&v| v as f64).collect())
                .collect()
        })
        .collect()
}

fn act(f: neurite_nn::Activation, z: f64, gain: f64) -> f64 {
    crate::oracle::act64(f, z, gain)
}

/// One layer's forward over the batch `x` (`n` samples), in f64.
fn layer64(
    layer: &Layer,
    p: &[Vec<f64>],
    x: &[f64],
    n: usize,
    side: &[Vec<f64>],
    eps: &[f64],
) -> (Vec<f64>, f64) {
    let ilen = layer.input_shape().len();
    let olen = layer.output_shape().len();
    let mut out = vec![0.0; n * olen];
    let mut extra = 0.0;
    match layer {
        Layer::Linear(l) => {
            for s in 0..n {
                for o in 0..l.outputs {
                    let mut z = p[1][o];
                    for i in 0..l.inputs {
                        z += p[0][o * l.inputs + i] * x[s * ilen + i];
                    }
                    out[s * olen + o] = z;
                }
            }
        }
        Layer::Conv(c) => {
            let (ci_n, h, w, k) = (
                c.input.channels,
                c.input.height as i64,
                c.input.width as i64,
                c.kernel,
            );
            for s in 0..n {
                for co in 0..c.output.channels {
                    for oy in 0..c.output.height {
                        for ox in 0..c.output.width {
                            let mut z = p[1][co];
                            for ci in 0..ci_n {
                                for ky in 0..k {
                                    for kx in 0..k {
                                        let y = (oy * c.stride + ky) as i64 - c.pad as i64;
                                        let xx = (ox * c.stride + kx) as i64 - c.pad as i64;
                                        if y >= 0 && y < h && xx >= 0 && xx < w {
                                            let xi = s * ilen
                                                + (ci * h as usize + y as usize) * w as usize
                                                + xx as usize;
                                            z += p[0][((co * ci_n + ci) * k + ky) * k + kx] * x[xi];
                                        }
                                    }
                                }
                            }
                            out[s * olen + (co * c.output.height + oy) * c.output.width + ox] = z;
                        }
                    }
                }
            }
        }
        Layer::Pool(pl) => {
            let (h, w, k) = (pl.input.height, pl.input.width, pl.size);
            for s in 0..n {
                for c in 0..pl.output.channels {
                    for oy in 0..pl.output.height {
                        for ox in 0..pl.output.width {
                            let vals: Vec<f64> = (0..k * k)
                                .map(|j| {
                                    x[s * ilen + (c * h + oy * k + j / k) * w + ox * k + j % k]
                                })
                                .collect();
                            out[s * olen + (c * pl.output.height + oy) * pl.output.width + ox] =
                                match pl.kind {
                                    PoolKind::Max => {
                                        vals.iter().copied().fold(f64::NEG_INFINITY, f64::max)
                                    }
                                    PoolKind::Average => vals.iter().sum::<f64>() / (k * k) as f64,
                                };
                        }
                    }
                }
            }
        }
        Layer::Reshape { .. } | Layer::Dropout { .. } => out.copy_from_slice(x),
        Layer::Activation { function, gain, .. } => {
            for (o, &v) in out.iter_mut().zip(x) {
                *o = act(*function, v, *gain as f64);
            }
        }
        Layer::Softmax { .. } => {
            for s in 0..n {
                let xs = &x[s * ilen..(s + 1) * ilen];
                let m = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                let sum: f64 = xs.iter().map(|v| (v - m).exp()).sum();
                for i in 0..ilen {
                    out[s * olen + i] = (xs[i] - m).exp() / sum;
                }
            }
        }
        Layer::Norm(nl) => {
            let shape = nl.shape;
            let (plane, len) = (shape.plane(), shape.len());
            let eps_n = neurite_nn::NORM_EPSILON as f64;
            let groups: Vec<Vec<usize>> = match nl.kind {
                NormKind::Batch => (0..shape.channels)
                    .map(|c| {
                        (0..n)
                            .flat_map(|s| (0..plane).map(move |q| s * len + c * plane + q))
                            .collect()
                    })
                    .collect(),
                NormKind::Layer => (0..n).map(|s| (s * len..(s + 1) * len).collect()).collect(),
            };
            for g in groups {
                let m = g.len() as f64;
                let mean = g.iter().map(|&i| x[i]).sum::<f64>() / m;
                let var = g.iter().map(|&i| (x[i] - mean).powi(2)).sum::<f64>() / m;
                for &i in &g {
                    let c = (i % len) / plane;
                    out[i] = p[0][c] * (x[i] - mean) / (var + eps_n).sqrt() + p[1][c];
                }
            }
        }
        Layer::Embedding(e) => {
            for (j, &id) in x.iter().enumerate() {
                let id = id as usize;
                for d in 0..e.dimension {
                    out[j * e.dimension + d] = p[0][id * e.dimension + d];
                }
            }
        }
        Layer::Concat {
            side: k, side_len, ..
        } => {
            for s in 0..n {
                out[s * olen..s * olen + ilen].copy_from_slice(&x[s * ilen..(s + 1) * ilen]);
                out[s * olen + ilen..(s + 1) * olen]
                    .copy_from_slice(&side[*k][s * side_len..(s + 1) * side_len]);
            }
        }
        Layer::Dot { half } => {
            for s in 0..n {
                let xs = &x[s * 2 * half..(s + 1) * 2 * half];
                out[s] = (0..*half).map(|i| xs[i] * xs[half + i]).sum();
            }
        }
        Layer::Sample { latent: d, beta } => {
            for s in 0..n {
                for j in 0..*d {
                    let (mu, lv) = (x[s * 2 * d + j], x[s * 2 * d + d + j]);
                    let e = eps.get(s * d + j).copied().unwrap_or(0.0);
                    out[s * d + j] = mu + (0.5 * lv).exp() * e;
                    extra += *beta as f64 * 0.5 * (mu * mu + lv.exp() - lv - 1.0) / n as f64;
                }
            }
        }
    }
    (out, extra)
}

/// The model's output and its layers' own loss terms for `n` samples, with parameters
/// `p`; `eps[l]` is sampling layer `l`'s ε (empty elsewhere).
pub fn model_forward64(
    model: &Model,
    p: &Params64,
    x: &[f64],
    side: &[Vec<f64>],
    n: usize,
    eps: &[Vec<f64>],
) -> (Vec<f64>, f64) {
    let mut a = x.to_vec();
    let mut extra = 0.0;
    for (l, layer) in model.layers().iter().enumerate() {
        let e = eps.get(l).map_or(&[][..], |v| v.as_slice());
        let (out, ex) = layer64(layer, &p[l], &a, n, side, e);
        a = out;
        extra += ex;
    }
    (a, extra)
}
