//! 2-D convolution: `C_in → C_out` channels, `k×k` kernels, stride `s`, zero padding `p`.
//!
//! Output size per side: `H' = ⌊(H − k + 2p)/s⌋ + 1` (and the same for `W`). With `x` zero
//! outside the image, `y[co][oy][ox] = b[co] + Σ_{ci,ky,kx} K[co][ci][ky][kx]·x[ci][oy·s+ky−p][ox·s+kx−p]`.
//!
//! Computed as one dot product per output value over the window's `R = C_in·k·k` values,
//! gathered first ("im2col": `cols[p]` is the window of output position `p`, row-major over
//! `(ci, ky, kx)`), which the backward pass reuses:
//! `∂L/∂K[co] += Σₛ Σₚ g[co][p]·cols[p]`, `∂L/∂b[co] += Σₛ Σₚ g[co][p]`,
//! `∂L/∂cols[p] = Σ_co g[co][p]·K[co]`, scattered back onto `∂L/∂x` (the window positions
//! added in order; padding positions dropped).
//!
//! Parameters: `K` flat `C_out × C_in × k × k`, `b` one per output channel.

use super::gemm::{axpy, dot};
use crate::model::param::{Param, ParamRole, WeightInit};
use crate::model::shape::Shape;
use crate::rng::Rng;
use serde::{Deserialize, Serialize};

/// Largest kernel side.
pub const MAX_KERNEL: usize = 7;

/// A convolution layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conv2d {
    /// Input shape `(C_in, H, W)`.
    pub input: Shape,
    /// Output shape `(C_out, H', W')`.
    pub output: Shape,
    /// Kernel side `k`.
    pub kernel: usize,
    /// Stride `s`.
    pub stride: usize,
    /// Zero padding `p` on every side.
    pub pad: usize,
    /// `[K, b]`.
    pub params: Vec<Param>,
}

/// `⌊(size − k + 2p)/s⌋ + 1`, or `None` when the padded input is smaller than the kernel
/// or the stride is 0.
pub fn output_side(size: usize, kernel: usize, stride: usize, pad: usize) -> Option<usize> {
    let padded = size.checked_add(pad.checked_mul(2)?)?;
    if stride == 0 || kernel == 0 || padded < kernel {
        return None;
    }
    Some((padded - kernel) / stride + 1)
}

impl Conv2d {
    /// A layer with `filters` output channels; `None` when the sizes do not fit (see
    /// [`output_side`]). Kernels drawn by `init` (`fan_in = C_in·k²`, `fan_out = C_out·k²`),
    /// zero biases.
    pub fn new(
        input: Shape,
        filters: usize,
        window: (usize, usize, usize),
        init: WeightInit,
        rng: &mut Rng,
    ) -> Option<Conv2d> {
        let (kernel, stride, pad) = window;
        let oh = output_side(input.height, kernel, stride, pad)?;
        let ow = output_side(input.width, kernel, stride, pad)?;
        let area = kernel * kernel;
        let k = init.draw(
            input.channels * area,
            filters * area,
            filters * input.channels * area,
            rng,
        );
        Some(Conv2d {
            input,
            output: Shape::image(filters, oh, ow),
            kernel,
            stride,
            pad,
            params: vec![
                Param::new(ParamRole::Weights, k),
                Param::new(ParamRole::Bias, vec![0.0; filters]),
            ],
        })
    }

    /// Values in one window, `R = C_in·k²`.
    pub fn window(&self) -> usize {
        self.input.channels * self.kernel * self.kernel
    }

    /// The input index under window position `(ky, kx)` of output `(oy, ox)` in channel
    /// `ci`, or `None` in the zero padding.
    fn source(&self, ci: usize, oy: usize, ox: usize, ky: usize, kx: usize) -> Option<usize> {
        let y = (oy * self.stride + ky).checked_sub(self.pad)?;
        let x = (ox * self.stride + kx).checked_sub(self.pad)?;
        (y < self.input.height && x < self.input.width)
            .then(|| (ci * self.input.height + y) * self.input.width + x)
    }

    /// Gathers every window of one sample: `cols[p·R + r]`.
    fn im2col(&self, x: &[f32], cols: &mut [f32]) {
        let (k, r_len) = (self.kernel, self.window());
        let mut p = 0;
        for oy in 0..self.output.height {
            for ox in 0..self.output.width {
                let row = &mut cols[p * r_len..(p + 1) * r_len];
                let mut r = 0;
                for ci in 0..self.input.channels {
                    for ky in 0..k {
                        for kx in 0..k {
                            row[r] = self.source(ci, oy, ox, ky, kx).map_or(0.0, |i| x[i]);
                            r += 1;
                        }
                    }
                }
                p += 1;
            }
        }
    }

    /// The forward pass of `n` samples; keeps every sample's windows in `cols` for backward.
    pub fn forward(&self, x: &[f32], n: usize, out: &mut [f32], cols: &mut Vec<f32>) {
        let (in_len, out_len) = (self.input.len(), self.output.len());
        let (r_len, positions) = (self.window(), self.output.plane());
        cols.clear();
        cols.resize(n * positions * r_len, 0.0);
        let (kern, bias) = (&self.params[0].value, &self.params[1].value);
        for s in 0..n {
            let cs = &mut cols[s * positions * r_len..(s + 1) * positions * r_len];
            self.im2col(&x[s * in_len..(s + 1) * in_len], cs);
            let ys = &mut out[s * out_len..(s + 1) * out_len];
            for (co, &b) in bias.iter().enumerate() {
                let kc = &kern[co * r_len..(co + 1) * r_len];
                for p in 0..positions {
                    ys[co * positions + p] = b + dot(kc, &cs[p * r_len..(p + 1) * r_len]);
                }
            }
        }
    }

    /// Accumulates `∂L/∂K`, `∂L/∂b` and writes `∂L/∂x` (skipped when `g_in` is empty) from
    /// the windows kept by forward.
    pub fn backward(
        &self,
        cols: &[f32],
        n: usize,
        g_out: &[f32],
        g_in: &mut [f32],
        grads: &mut [Vec<f32>],
    ) {
        let [gk, gb] = grads else { return };
        let kern = &self.params[0].value;
        let (in_len, out_len) = (self.input.len(), self.output.len());
        let (r_len, positions, k) = (self.window(), self.output.plane(), self.kernel);
        let mut dcol = vec![0.0f32; r_len];
        for s in 0..n {
            let cs = &cols[s * positions * r_len..(s + 1) * positions * r_len];
            let gs = &g_out[s * out_len..(s + 1) * out_len];
            for co in 0..self.output.channels {
                let gkc = &mut gk[co * r_len..(co + 1) * r_len];
                for p in 0..positions {
                    let g = gs[co * positions + p];
                    axpy(g, &cs[p * r_len..(p + 1) * r_len], gkc);
                    gb[co] += g;
                }
            }
            let Some(dx) = g_in.get_mut(s * in_len..(s + 1) * in_len) else {
                continue;
            };
            dx.fill(0.0);
            for oy in 0..self.output.height {
                for ox in 0..self.output.width {
                    let p = oy * self.output.width + ox;
                    dcol.fill(0.0);
                    for co in 0..self.output.channels {
                        axpy(
                            gs[co * positions + p],
                            &kern[co * r_len..(co + 1) * r_len],
                            &mut dcol,
                        );
                    }
                    let mut r = 0;
                    for ci in 0..self.input.channels {
                        for ky in 0..k {
                            for kx in 0..k {
                                if let Some(i) = self.source(ci, oy, ox, ky, kx) {
                                    dx[i] += dcol[r];
                                }
                                r += 1;
                            }
                        }
                    }
                }
            }
        }
    }
}
