//! `out = f(W·a + b)` with the activation applied inside the register tile.
//!
//! Fusing saves a pass over the block and, for heatmaps, the `z` buffer altogether. Each
//! element still gets exactly `Activation::apply(z, gain)` of exactly the `z` that
//! [`super::forward`] computes, so results are bit-identical to forward-then-`apply_slice`.
//! Only the cheap, branch-free activations are fused (one monomorphised tile loop each);
//! the `libm`-based ones run the affine pass and then map the block.

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

const LINEAR: usize = 0;
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
        Activation::Linear => fused!(LINEAR),
        Activation::Relu => fused!(RELU),
        Activation::LeakyRelu => fused!(LEAKY),
        Activation::Sigmoid => fused!(SIGMOID),
        Activation::Tanh => fused!(TANH),
        // Affine pass, then the map over the touched columns only.
        _ => {
            let identity = Identity;
            let dst = match z {
                Some(z) => {
                    affine(w, b, a, inputs, cols, None, z, identity);
                    for o in 0..b.len() {
                        let row = o * cols.stride..o * cols.stride + cols.n;
                        act.apply_slice(gain, &z[row.clone()], &mut out[row]);
                    }
                    return;
                }
                None => out,
            };
            affine(w, b, a, inputs, cols, None, dst, identity);
            for o in 0..b.len() {
                for v in &mut dst[o * cols.stride..o * cols.stride + cols.n] {
                    *v = act.apply(*v, gain);
                }
            }
        }
    }
}
