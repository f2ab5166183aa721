//! `out = f(W·a + b)` with the activation applied inside the register tile.
//!
//! Fusing saves a pass over the block and, for heatmaps, the `z` buffer altogether. Each
//! element still gets exactly `Activation::apply(z, gain)` of exactly the `z` that
//! [`super::forward`] computes, so results are bit-identical to forward-then-`apply_slice`.
//! Only the cheap, branch-free non-linear activations are fused (one monomorphised tile loop
//! each); linear and the `libm`-based ones run the affine pass and then map the block.

use super::{affine, Cols, ElementMap, Identity};
use crate::activation::{Activation, LEAKY_SLOPE};
use crate::fastmath;
use crate::simd::V4;

/// `Activation::apply(·, gain)` for one activation known at compile time (`A` = its index in
/// `Activation::ALL`), with the matching four-lane version.
#[derive(Clone, Copy)]
struct Act<const A: usize> {
    gain: f32,
}

const RELU: usize = 1;
const LEAKY: usize = 2;
const SIGMOID: usize = 4;
const TANH: usize = 5;

impl<const A: usize> ElementMap for Act<A> {
    #[inline(always)]
    fn scalar(self, z: f32) -> f32 {
        Activation::ALL[A].apply(z, self.gain)
    }
    #[inline(always)]
    fn lanes(self, z: V4) -> V4 {
        match A {
            RELU => z.select_positive(z, V4::splat(0.0)),
            LEAKY => z.select_positive(z, V4::splat(LEAKY_SLOPE).mul(z)),
            SIGMOID => fastmath::sigmoid4(V4::splat(self.gain).mul(z)),
            TANH => fastmath::tanh4(z),
            _ => z,
        }
    }
}

/// `out (out×n) = f(W·a + b)`; with `z`, also stores `z = W·a + b` there.
#[allow(clippy::too_many_arguments)]
pub fn forward_act(
    act: Activation,
    gain: f32,
    w: &[f32],
    b: &[f32],
    a: &[f32],
    z: Option<&mut [f32]>,
    out: &mut [f32],
    inputs: usize,
    n: usize,
) {
    forward_act_cols(act, gain, w, b, a, z, out, inputs, Cols::dense(n));
}

/// One activation's fused tile loop as its own function (not inlined into the dispatcher):
/// the wasm engine then compiles each small hot loop on its own, and never optimises the
/// activations a network does not use, so its optimising tier takes over sooner.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn fused_affine<const A: usize>(
    gain: f32,
    w: &[f32],
    b: &[f32],
    a: &[f32],
    z: Option<&mut [f32]>,
    out: &mut [f32],
    inputs: usize,
    cols: Cols,
) {
    affine(w, b, a, inputs, cols, z, out, Act::<A> { gain });
}

/// [`forward_act`] on `cols.n` columns of blocks whose rows are `cols.stride` apart.
#[allow(clippy::too_many_arguments)]
pub(crate) fn forward_act_cols(
    act: Activation,
    gain: f32,
    w: &[f32],
    b: &[f32],
    a: &[f32],
    z: Option<&mut [f32]>,
    out: &mut [f32],
    inputs: usize,
    cols: Cols,
) {
    macro_rules! fused {
        ($a:expr) => {
            fused_affine::<$a>(gain, w, b, a, z, out, inputs, cols)
        };
    }
    match act {
        Activation::Relu => fused!(RELU),
        Activation::LeakyRelu => fused!(LEAKY),
        Activation::Sigmoid => fused!(SIGMOID),
        Activation::Tanh => fused!(TANH),
        // One affine pass into `z` (or straight into `out`), then the map over the touched
        // columns only. Linear takes this path too: its fused loop would be a second copy of
        // the identity affine pass (~8 KB of wasm) for a map that is a copy at most. A single
        // call site keeps a single inlined copy of the affine loop.
        _ => {
            let (dst, mut out) = match z {
                Some(z) => (z, Some(out)),
                None => (out, None),
            };
            affine(w, b, a, inputs, cols, None, dst, Identity);
            for o in 0..b.len() {
                let row = o * cols.stride..o * cols.stride + cols.n;
                match out.as_deref_mut() {
                    Some(out) => act.apply_slice(gain, &dst[row.clone()], &mut out[row]),
                    None if act == Activation::Linear => {}
                    None => {
                        for v in &mut dst[row] {
                            *v = act.apply(*v, gain);
                        }
                    }
                }
            }
        }
    }
}
