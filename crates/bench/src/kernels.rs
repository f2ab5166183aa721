//! Kernel microbenchmark: one dense layer's three kernels (forward with ReLU, weight
//! gradients, input gradient) on fixed pseudo-random data, for tuning tile shapes. Figures
//! are GMAC/s = inputs·outputs·samples multiply-adds per call × calls / seconds.
//! Native: `neurite-bench kernels [IN OUT N]`; wasm: `node bench/kernels.js [IN OUT N]`.

use neurite_nn::{kernels, Activation};

/// The kernels, in the order `run` numbers them.
pub const NAMES: [&str; 3] = ["forward+relu", "weight_grads", "backward_input"];

/// Buffers for one `inputs → outputs` layer and `n` samples (padded like a workspace).
pub struct KernelBench {
    dims: (usize, usize, usize),
    w: Vec<f32>,
    b: Vec<f32>,
    a: Vec<f32>,
    z: Vec<f32>,
    out: Vec<f32>,
    delta: Vec<f32>,
    g: Vec<f32>,
    gw: Vec<f32>,
    gb: Vec<f32>,
    scratch: Vec<f32>,
}

/// `len` values in [−0.5, 0.5) from a multiplicative hash (no RNG dependency).
fn values(len: usize, salt: u32) -> Vec<f32> {
    (0..len as u32)
        .map(|i| {
            (i.wrapping_mul(2_654_435_761).wrapping_add(salt) >> 8) as f32 / 16_777_216.0 - 0.5
        })
        .collect()
}

impl KernelBench {
    /// Buffers for the given shape (each dimension at least 1).
    pub fn new(inputs: usize, outputs: usize, n: usize) -> Self {
        let (i, o, n) = (inputs.max(1), outputs.max(1), n.max(1));
        let pad = kernels::TILE_PAD;
        KernelBench {
            dims: (i, o, n),
            w: values(i * o, 1),
            b: values(o, 2),
            a: values(i * n + pad, 3),
            z: vec![0.0; o * n],
            out: vec![0.0; o * n],
            delta: values(o * n + pad, 4),
            g: vec![0.0; i * n],
            gw: vec![0.0; i * o],
            gb: vec![0.0; o],
            scratch: vec![0.0; n * kernels::transposed_width(i)],
        }
    }

    /// Multiply-adds of one call.
    pub fn macs(&self) -> f64 {
        let (i, o, n) = self.dims;
        (i * o * n) as f64
    }

    /// Runs kernel `which` (index into [`NAMES`]) `reps` times; returns a value that depends
    /// on the results, so nothing is optimised away.
    pub fn run(&mut self, which: usize, reps: usize) -> f32 {
        let (i, o, n) = self.dims;
        for _ in 0..reps {
            match which {
                0 => kernels::forward_act(
                    Activation::Relu,
                    1.0,
                    &self.w,
                    &self.b,
                    &self.a,
                    Some(&mut self.z),
                    &mut self.out,
                    i,
                    n,
                ),
                1 => kernels::weight_grads(
                    &self.delta[..o * n],
                    &self.a[..i * n],
                    &mut self.gw,
                    &mut self.gb,
                    i,
                    n,
                    &mut self.scratch,
                ),
                _ => kernels::backward_input(&self.w, &self.delta, &mut self.g, i, o, n),
            }
        }
        self.out[0] + self.gw[0] + self.gb[0] + self.g[0]
    }
}
