//! Kernel tests: agreement with naive f64 maths, the documented reduction order, and
//! bit-identity of the fused and tiled paths with plain scalar loops.

use super::*;

fn naive(w: &[f32], b: &[f32], a: &[f32], inputs: usize, n: usize) -> Vec<f64> {
    let out = b.len();
    let mut z = vec![0.0; out * n];
    for o in 0..out {
        for s in 0..n {
            z[o * n + s] = b[o] as f64
                + (0..inputs)
                    .map(|i| w[o * inputs + i] as f64 * a[i * n + s] as f64)
                    .sum::<f64>();
        }
    }
    z
}

fn vals(len: usize, seed: u32) -> Vec<f32> {
    (0..len)
        .map(|i| (((i as u32).wrapping_mul(2_654_435_761) ^ seed) % 1000) as f32 / 500.0 - 1.0)
        .collect()
}

#[test]
fn kernels_match_naive_f64() {
    let (inputs, outputs, n) = (7, 6, 11);
    let (w, b, a) = (
        vals(outputs * inputs, 1),
        vals(outputs, 2),
        vals(inputs * n, 3),
    );
    let mut z = vec![0.0; outputs * n];
    forward(&w, &b, &a, &mut z, inputs, n);
    for (x, y) in z.iter().zip(naive(&w, &b, &a, inputs, n)) {
        assert!((*x as f64 - y).abs() < 1e-5);
    }
    let d = vals(outputs * n, 4);
    let mut g = vec![0.0; inputs * n];
    backward_input(&w, &d, &mut g, inputs, outputs, n);
    for i in 0..inputs {
        for s in 0..n {
            let e: f64 = (0..outputs)
                .map(|o| w[o * inputs + i] as f64 * d[o * n + s] as f64)
                .sum();
            assert!((g[i * n + s] as f64 - e).abs() < 1e-5);
        }
    }
    let (mut gw, mut gb) = (vec![0.0; outputs * inputs], vec![0.0; outputs]);
    weight_grads(&d, &a, &mut gw, &mut gb, inputs, n, &mut Vec::new());
    for o in 0..outputs {
        let eb: f64 = (0..n).map(|s| d[o * n + s] as f64).sum();
        assert!((gb[o] as f64 - eb).abs() < 1e-5);
        for i in 0..inputs {
            let e: f64 = (0..n)
                .map(|s| d[o * n + s] as f64 * a[i * n + s] as f64)
                .sum();
            assert!((gw[o * inputs + i] as f64 - e).abs() < 1e-5);
        }
    }
}

/// The plain scalar definitions from the module docs (the pre-tiling kernels).
fn reference(w: &[f32], b: &[f32], a: &[f32], d: &[f32], dims: (usize, usize, usize)) -> Vec<f32> {
    let (inputs, outputs, n) = dims;
    let mut all = Vec::new();
    for o in 0..outputs {
        for s in 0..n {
            let mut acc = b[o];
            for i in 0..inputs {
                acc += w[o * inputs + i] * a[i * n + s];
            }
            all.push(acc);
        }
    }
    for i in 0..inputs {
        for s in 0..n {
            let mut acc = 0.0f32;
            for o in 0..outputs {
                acc += w[o * inputs + i] * d[o * n + s];
            }
            all.push(acc);
        }
    }
    let in_order = |x: &dyn Fn(usize) -> f32| (0..n).fold(0.0f32, |acc, s| acc + x(s));
    for o in 0..outputs {
        all.push(in_order(&|s| d[o * n + s]));
        for i in 0..inputs {
            all.push(in_order(&|s| d[o * n + s] * a[i * n + s]));
        }
    }
    all
}

#[test]
fn tiled_kernels_are_bit_identical_to_scalar_definitions() {
    for &(inputs, outputs, n) in &[
        (1, 1, 1),
        (2, 8, 10),
        (8, 8, 10),
        (8, 1, 10),
        (3, 5, 7),
        (5, 9, 17),
        (7, 4, 8),
        (64, 64, 32),
        (2, 64, 33),
        (12, 5, 13),
        (70, 3, 9),
        (6, 3, 0),
    ] {
        let (w, b) = (vals(outputs * inputs, 11), vals(outputs, 12));
        let (a, d) = (vals(inputs * n, 13), vals(outputs * n, 14));
        let mut got = vec![0.0; outputs * n];
        forward(&w, &b, &a, &mut got, inputs, n);
        let mut g = vec![0.0; inputs * n];
        backward_input(&w, &d, &mut g, inputs, outputs, n);
        got.extend(g);
        let (mut gw, mut gb) = (vec![0.0; outputs * inputs], vec![0.0; outputs]);
        weight_grads(&d, &a, &mut gw, &mut gb, inputs, n, &mut Vec::new());
        for o in 0..outputs {
            got.push(gb[o]);
            got.extend(&gw[o * inputs..(o + 1) * inputs]);
        }
        let want = reference(&w, &b, &a, &d, (inputs, outputs, n));
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&got), bits(&want), "{inputs}×{outputs}, n = {n}");
    }
}

#[test]
fn fused_activation_matches_forward_then_apply() {
    let (inputs, outputs, n) = (3, 6, 21);
    let (w, b, a) = (
        vals(outputs * inputs, 5),
        vals(outputs, 6),
        vals(inputs * n, 7),
    );
    let mut z = vec![0.0; outputs * n];
    forward(&w, &b, &a, &mut z, inputs, n);
    for act in crate::Activation::ALL {
        let mut want = vec![0.0; outputs * n];
        act.apply_slice(1.3, &z, &mut want);
        let (mut z2, mut out, mut out2) =
            (vec![0.0; z.len()], vec![0.0; z.len()], vec![0.0; z.len()]);
        forward_act(act, 1.3, &w, &b, &a, Some(&mut z2), &mut out, inputs, n);
        forward_act(act, 1.3, &w, &b, &a, None, &mut out2, inputs, n);
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&z2), bits(&z), "{act:?}");
        assert_eq!(bits(&out), bits(&want), "{act:?}");
        assert_eq!(bits(&out2), bits(&want), "{act:?}");
    }
}

#[test]
fn fused_indices_name_the_right_activations() {
    use crate::Activation as A;
    assert_eq!(
        [A::ALL[0], A::ALL[1], A::ALL[2], A::ALL[4], A::ALL[5]],
        [A::Linear, A::Relu, A::LeakyRelu, A::Sigmoid, A::Tanh]
    );
}

#[test]
fn non_finite_detection() {
    assert!(!any_non_finite(&[
        0.0,
        -0.0,
        f32::MAX,
        f32::MIN_POSITIVE,
        1e-45
    ]));
    for bad in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
        let mut v = vec![1.0; 19];
        v[13] = bad;
        assert!(any_non_finite(&v));
    }
}

/// With `TILE_PAD` spare values after each block — filled with NaN, as a stale buffer may
/// be — the partial last tile runs as a vector tile: the stored values keep the scalar
/// definitions' bits (a store past a row's `n` samples would clobber the next row's
/// first values, computed earlier, or panic on the last row).
#[test]
fn padded_blocks_give_the_same_bits_and_stay_inside_their_rows() {
    for &(inputs, outputs, n) in &[(2, 8, 10), (8, 8, 10), (8, 1, 10), (3, 5, 7), (64, 64, 33)] {
        let (w, b) = (vals(outputs * inputs, 21), vals(outputs, 22));
        let (a, d) = (vals(inputs * n, 23), vals(outputs * n, 24));
        let padded = |x: &[f32]| [x, &[f32::NAN; TILE_PAD]].concat();
        let (a_pad, d_pad) = (padded(&a), padded(&d));
        let (mut z, mut out) = (vec![0.0; outputs * n], vec![0.0; outputs * n]);
        forward_act(
            crate::Activation::Tanh,
            1.0,
            &w,
            &b,
            &a_pad,
            Some(&mut z),
            &mut out,
            inputs,
            n,
        );
        let mut g = vec![0.0; inputs * n];
        backward_input(&w, &d_pad, &mut g, inputs, outputs, n);
        let want = reference(&w, &b, &a, &d, (inputs, outputs, n));
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        let tanh: Vec<f32> = want[..outputs * n]
            .iter()
            .map(|&v| crate::Activation::Tanh.apply(v, 1.0))
            .collect();
        assert_eq!(bits(&z), bits(&want[..outputs * n]));
        assert_eq!(bits(&out), bits(&tanh));
        let g_want = &want[outputs * n..outputs * n + inputs * n];
        assert_eq!(bits(&g), bits(g_want), "{inputs}×{outputs}, n = {n}");
    }
}
