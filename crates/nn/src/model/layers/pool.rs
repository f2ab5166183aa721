//! Pooling: each channel's `k×k` windows at stride `k` summarised by one value.
//!
//! Output `(C, ⌊H/k⌋, ⌊W/k⌋)` (rows and columns that do not fill a window are dropped).
//! - Max: `y = max` of the window; the gradient goes to the winner only (the first maximum
//!   in row-major order on ties): `∂L/∂x[argmax] += g`, every other input gets 0.
//! - Average: `y = (1/k²)·Σ` of the window; the gradient is split evenly, `∂L/∂x = g/k²`.

use crate::model::shape::Shape;
use serde::{Deserialize, Serialize};

/// Which summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoolKind {
    /// The window's largest value.
    Max,
    /// The window's mean.
    Average,
}

/// A pooling layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pool {
    /// Max or average.
    pub kind: PoolKind,
    /// Window side and stride `k`.
    pub size: usize,
    /// Input shape.
    pub input: Shape,
    /// Output shape.
    pub output: Shape,
}

impl Pool {
    /// `None` when the window is 0 or larger than the input.
    pub fn new(kind: PoolKind, size: usize, input: Shape) -> Option<Pool> {
        if size == 0 || input.height < size || input.width < size {
            return None;
        }
        let output = Shape::image(input.channels, input.height / size, input.width / size);
        Some(Pool {
            kind,
            size,
            input,
            output,
        })
    }

    /// Input index of window position `(ky, kx)` of output `(c, oy, ox)`.
    fn source(&self, c: usize, oy: usize, ox: usize, ky: usize, kx: usize) -> usize {
        let y = oy * self.size + ky;
        let x = ox * self.size + kx;
        (c * self.input.height + y) * self.input.width + x
    }

    /// The forward pass; for max pooling `winners` gets each output's argmax (within its
    /// sample).
    pub fn forward(&self, x: &[f32], n: usize, out: &mut [f32], winners: &mut Vec<u32>) {
        let (in_len, out_len, k) = (self.input.len(), self.output.len(), self.size);
        let area = (k * k) as f32;
        winners.clear();
        if self.kind == PoolKind::Max {
            winners.resize(n * out_len, 0);
        }
        for s in 0..n {
            let xs = &x[s * in_len..(s + 1) * in_len];
            let mut o = 0;
            for c in 0..self.output.channels {
                for oy in 0..self.output.height {
                    for ox in 0..self.output.width {
                        let mut best = self.source(c, oy, ox, 0, 0);
                        let mut sum = 0.0f32;
                        for ky in 0..k {
                            for kx in 0..k {
                                let i = self.source(c, oy, ox, ky, kx);
                                sum += xs[i];
                                if xs[i] > xs[best] {
                                    best = i;
                                }
                            }
                        }
                        out[s * out_len + o] = match self.kind {
                            PoolKind::Max => {
                                winners[s * out_len + o] = best as u32;
                                xs[best]
                            }
                            PoolKind::Average => sum / area,
                        };
                        o += 1;
                    }
                }
            }
        }
    }

    /// Writes `∂L/∂x`: to the winners (max) or evenly (average).
    pub fn backward(&self, winners: &[u32], n: usize, g_out: &[f32], g_in: &mut [f32]) {
        let (in_len, out_len, k) = (self.input.len(), self.output.len(), self.size);
        let area = (k * k) as f32;
        g_in[..n * in_len].fill(0.0);
        for s in 0..n {
            let dx = &mut g_in[s * in_len..(s + 1) * in_len];
            let gs = &g_out[s * out_len..(s + 1) * out_len];
            match self.kind {
                PoolKind::Max => {
                    for (o, &g) in gs.iter().enumerate() {
                        if let Some(d) = dx.get_mut(winners[s * out_len + o] as usize) {
                            *d += g;
                        }
                    }
                }
                PoolKind::Average => {
                    let mut o = 0;
                    for c in 0..self.output.channels {
                        for oy in 0..self.output.height {
                            for ox in 0..self.output.width {
                                let share = gs[o] / area;
                                for ky in 0..k {
                                    for kx in 0..k {
                                        dx[self.source(c, oy, ox, ky, kx)] += share;
                                    }
                                }
                                o += 1;
                            }
                        }
                    }
                }
            }
        }
    }
}
