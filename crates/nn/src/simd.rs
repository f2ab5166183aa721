//! `V4`: four f32 lanes over SSE (x86_64), SIMD128 (wasm32 with `+simd128`) or a plain
//! array elsewhere, for the kernels' register tiles.
//!
//! Why explicit: LLVM's auto-vectoriser handles the tiles well on x86_64 but largely
//! scalarises them on wasm32 (measured: ~3× slower than native). Determinism: only
//! correctly rounded IEEE operations (`+ − × ÷`, no FMA, nothing approximate) and selects,
//! so lane `i` computes bit for bit what the scalar code computes on element `i`, on every
//! target. `clamp` and `relu` reproduce the scalar `if`-chains exactly, NaN included.

#[cfg(target_arch = "x86_64")]
use core::arch::x86_64 as arch;

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
use core::arch::wasm32 as arch;

/// Four f32 lanes.
#[derive(Debug, Clone, Copy)]
pub struct V4(Inner);

#[cfg(target_arch = "x86_64")]
type Inner = arch::__m128;
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
type Inner = arch::v128;
#[cfg(not(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
)))]
type Inner = [f32; 4];

macro_rules! per_target {
    (x86: $x86:expr, wasm: $wasm:expr, scalar: $scalar:expr $(,)?) => {{
        #[cfg(target_arch = "x86_64")]
        // SAFETY: SSE and SSE2 are part of the x86_64 baseline, always available.
        #[allow(unused_unsafe)]
        unsafe {
            $x86
        }
        #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
        {
            $wasm
        }
        #[cfg(not(any(
            target_arch = "x86_64",
            all(target_arch = "wasm32", target_feature = "simd128")
        )))]
        {
            $scalar
        }
    }};
}

macro_rules! lanewise {
    ($name:ident, $x86:ident, $wasm:ident, $op:tt) => {
        // Plain methods, not `ops` traits: call sites read as the scalar code they mirror.
        #[allow(clippy::should_implement_trait)]
        #[inline(always)]
        pub fn $name(self, o: V4) -> V4 {
            V4(per_target!(
                x86: arch::$x86(self.0, o.0),
                wasm: arch::$wasm(self.0, o.0),
                scalar: core::array::from_fn(|i| self.0[i] $op o.0[i]),
            ))
        }
    };
}

impl V4 {
    /// All lanes `x`.
    #[inline(always)]
    pub fn splat(x: f32) -> V4 {
        V4(per_target!(
            x86: arch::_mm_set1_ps(x),
            wasm: arch::f32x4_splat(x),
            scalar: [x; 4],
        ))
    }

    /// `x[0..4]` (panics if shorter, like slice indexing).
    #[inline(always)]
    pub fn load(x: &[f32]) -> V4 {
        let x = &x[..4];
        // SAFETY: `x` has exactly 4 readable f32s; both loads accept unaligned addresses.
        V4(per_target!(
            x86: arch::_mm_loadu_ps(x.as_ptr()),
            wasm: unsafe { arch::v128_load(x.as_ptr().cast()) },
            scalar: [x[0], x[1], x[2], x[3]],
        ))
    }

    /// The 4 f32s at `p`, without a bounds check (for hot loops that check a whole slab once).
    ///
    /// # Safety
    /// `p..p+4` must be readable f32s (any alignment).
    #[inline(always)]
    pub unsafe fn load_ptr(p: *const f32) -> V4 {
        // SAFETY: the caller guarantees 4 readable f32s at `p`; both loads are unaligned.
        V4(per_target!(
            x86: arch::_mm_loadu_ps(p),
            wasm: unsafe { arch::v128_load(p.cast()) },
            scalar: unsafe { [*p, *p.add(1), *p.add(2), *p.add(3)] },
        ))
    }

    /// Writes the lanes to `x[0..4]` (panics if shorter).
    #[inline(always)]
    pub fn store(self, x: &mut [f32]) {
        let x = &mut x[..4];
        // SAFETY: `x` has exactly 4 writable f32s; both stores accept unaligned addresses.
        per_target!(
            x86: arch::_mm_storeu_ps(x.as_mut_ptr(), self.0),
            wasm: unsafe { arch::v128_store(x.as_mut_ptr().cast(), self.0) },
            scalar: x.copy_from_slice(&self.0),
        )
    }

    /// The lanes as an array.
    #[inline(always)]
    pub fn to_array(self) -> [f32; 4] {
        let mut a = [0.0; 4];
        self.store(&mut a);
        a
    }

    lanewise!(add, _mm_add_ps, f32x4_add, +);
    lanewise!(sub, _mm_sub_ps, f32x4_sub, -);
    lanewise!(mul, _mm_mul_ps, f32x4_mul, *);
    lanewise!(div, _mm_div_ps, f32x4_div, /);

    /// Per lane `x.clamp(lo, hi)` as `f32::clamp` does it: `if x < lo {lo}`, then
    /// `if x > hi {hi}`; NaN passes through.
    #[inline(always)]
    pub fn clamp(self, lo: f32, hi: f32) -> V4 {
        let (lo, hi) = (V4::splat(lo), V4::splat(hi));
        // maxps(a, b) = a > b ? a : b and minps(a, b) = a < b ? a : b (b when unordered);
        // pmax(a, b) = a < b ? b : a and pmin(a, b) = b < a ? b : a.
        V4(per_target!(
            x86: arch::_mm_min_ps(hi.0, arch::_mm_max_ps(lo.0, self.0)),
            wasm: arch::f32x4_pmin(arch::f32x4_pmax(self.0, lo.0), hi.0),
            scalar: self.0.map(|x| x.clamp(lo.0[0], hi.0[0])),
        ))
    }

    /// The 4×4 transpose of four rows: lane `j` of output `k` is lane `k` of input `j`.
    /// Pure bit moves (no arithmetic), so NaN payloads and signed zeros pass unchanged.
    #[inline(always)]
    pub fn transpose(r: [V4; 4]) -> [V4; 4] {
        let [a, b, c, d] = r.map(|v| v.0);
        per_target!(
            x86: {
                let (t0, t1) = (arch::_mm_unpacklo_ps(a, b), arch::_mm_unpacklo_ps(c, d));
                let (t2, t3) = (arch::_mm_unpackhi_ps(a, b), arch::_mm_unpackhi_ps(c, d));
                [
                    V4(arch::_mm_movelh_ps(t0, t1)),
                    V4(arch::_mm_movehl_ps(t1, t0)),
                    V4(arch::_mm_movelh_ps(t2, t3)),
                    V4(arch::_mm_movehl_ps(t3, t2)),
                ]
            },
            wasm: {
                use arch::i32x4_shuffle as sh;
                let (t0, t1) = (sh::<0, 4, 1, 5>(a, b), sh::<0, 4, 1, 5>(c, d));
                let (t2, t3) = (sh::<2, 6, 3, 7>(a, b), sh::<2, 6, 3, 7>(c, d));
                [
                    V4(sh::<0, 1, 4, 5>(t0, t1)),
                    V4(sh::<2, 3, 6, 7>(t0, t1)),
                    V4(sh::<0, 1, 4, 5>(t2, t3)),
                    V4(sh::<2, 3, 6, 7>(t2, t3)),
                ]
            },
            scalar: {
                let rows = [a, b, c, d];
                core::array::from_fn(|k| V4(core::array::from_fn(|j| rows[j][k])))
            },
        )
    }

    /// Per lane `if x > 0 { yes } else { no }` (NaN → `no`).
    #[inline(always)]
    pub fn select_positive(self, yes: V4, no: V4) -> V4 {
        let zero = V4::splat(0.0);
        V4(per_target!(
            x86: {
                let m = arch::_mm_cmpgt_ps(self.0, zero.0);
                arch::_mm_or_ps(arch::_mm_and_ps(m, yes.0), arch::_mm_andnot_ps(m, no.0))
            },
            wasm: arch::v128_bitselect(yes.0, no.0, arch::f32x4_gt(self.0, zero.0)),
            scalar: core::array::from_fn(|i| if self.0[i] > 0.0 { yes.0[i] } else { no.0[i] }),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_match_scalar_ops_bit_for_bit() {
        let xs = [
            -9.0f32,
            -7.9,
            -0.0,
            0.0,
            1e-30,
            0.37,
            7.95,
            f32::NAN,
            f32::INFINITY,
            -f32::INFINITY,
            3.5,
            -2.25,
        ];
        for c in xs.chunks_exact(4) {
            let v = V4::load(c);
            let w = V4::load(&[0.3, -1.7, 2.0, -0.0]);
            let bits = |a: [f32; 4]| a.map(f32::to_bits);
            let each = |f: fn(f32, f32) -> f32| -> [f32; 4] {
                let wv = w.to_array();
                core::array::from_fn(|i| f(c[i], wv[i]))
            };
            assert_eq!(bits(v.add(w).to_array()), bits(each(|a, b| a + b)));
            assert_eq!(bits(v.sub(w).to_array()), bits(each(|a, b| a - b)));
            assert_eq!(bits(v.mul(w).to_array()), bits(each(|a, b| a * b)));
            assert_eq!(bits(v.div(w).to_array()), bits(each(|a, b| a / b)));
            let rows = [v, w, v.mul(w), w.sub(v)];
            let tr = V4::transpose(rows);
            for (k, col) in tr.iter().enumerate() {
                for (j, row) in rows.iter().enumerate() {
                    assert_eq!(col.to_array()[j].to_bits(), row.to_array()[k].to_bits());
                }
            }

            let cl = v.clamp(-7.9, 7.9).to_array();
            let sel = v.select_positive(v, w).to_array();
            for i in 0..4 {
                assert_eq!(cl[i].to_bits(), c[i].clamp(-7.9, 7.9).to_bits(), "{}", c[i]);
                let want = if c[i] > 0.0 { c[i] } else { w.to_array()[i] };
                assert_eq!(sel[i].to_bits(), want.to_bits());
            }
        }
    }
}
