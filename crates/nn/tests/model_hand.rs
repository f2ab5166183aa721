//! Layer kinds on cases worked out by hand, output shapes as a property, and the
//! architecture text: what parses, what it builds, and the errors that name the layer.

use neurite_nn::model::arch::{arch_text, parse_arch};
use neurite_nn::model::layers::conv::output_side;
use neurite_nn::model::{LayerKind, Model, Shape};
use neurite_nn::{Activation, NnError, Rng};
use proptest::prelude::*;

fn model(input: Shape, arch: &str) -> Result<Model, NnError> {
    Model::new(input, &[], &parse_arch(arch)?, &mut Rng::new(1))
}

#[test]
fn vertical_edge_kernel_on_a_known_image() {
    // Dark on the left two columns, bright on the right three; kernel [1 0 −1] in each row.
    let mut m = model(Shape::image(1, 5, 5), "conv 3x3x1").expect("model");
    let kernel = [1., 0., -1., 1., 0., -1., 1., 0., -1.];
    m.layers_mut()[0].params_mut()[0]
        .value
        .copy_from_slice(&kernel);
    let image: Vec<f32> = (0..25)
        .map(|i| if i % 5 >= 2 { 1.0 } else { 0.0 })
        .collect();
    let out = m.predict(&image, &[], 1).expect("forward");
    // Window over columns 0–2: 3·(0 − 1) = −3; 1–3: 3·(0 − 1) = −3; 2–4: 3·(1 − 1) = 0.
    assert_eq!(out, vec![-3., -3., 0., -3., -3., 0., -3., -3., 0.]);
    // With padding 1 the map keeps 5×5 and the border sees zeros: column 0 is
    // 0·1 + x₀·0 − x₁ = 0 in the middle rows, column 4 is x₃ − 0 = 1 (·3 rows, ·2 at corners).
    let mut p = model(Shape::image(1, 5, 5), "conv 3x3x1 pad 1").expect("model");
    p.layers_mut()[0].params_mut()[0]
        .value
        .copy_from_slice(&kernel);
    let out = p.predict(&image, &[], 1).expect("forward");
    assert_eq!(&out[5..10], &[0., -3., -3., 0., 3.]);
    assert_eq!(&out[0..5], &[0., -2., -2., 0., 2.]);
}

#[test]
fn max_pooling_routes_the_gradient_to_its_winner_only() {
    let m = model(Shape::image(1, 4, 4), "maxpool 2").expect("model");
    #[rustfmt::skip]
    let x = [1., 5., 0., 2.,
             3., 4., 9., 1.,
             0., 0., 7., 8.,
             6., 2., 8., 1.];
    let tape = m.forward(&x, &[], 1, true, None).expect("forward");
    assert_eq!(tape.output(), &[5., 9., 6., 8.]);
    let mut grads = m.zero_grads();
    let g = m
        .backward(&tape, &[], &[1., 2., 3., 4.], &mut grads)
        .expect("backward");
    // 8 appears twice in the last window: the first in row-major order (index 11) wins.
    let mut want = [0.0f32; 16];
    (want[1], want[6], want[12], want[11]) = (1., 2., 3., 4.);
    assert_eq!(g.input, want);
}

#[test]
fn average_pooling_splits_the_gradient_evenly() {
    let m = model(Shape::image(1, 4, 4), "avgpool 2").expect("model");
    let x: Vec<f32> = (0..16).map(|i| i as f32).collect();
    let tape = m.forward(&x, &[], 1, true, None).expect("forward");
    // Windows {0,1,4,5} → 2.5, {2,3,6,7} → 4.5, {8,9,12,13} → 10.5, {10,11,14,15} → 12.5.
    assert_eq!(tape.output(), &[2.5, 4.5, 10.5, 12.5]);
    let mut grads = m.zero_grads();
    let g = m
        .backward(&tape, &[], &[4., 8., -4., 2.], &mut grads)
        .expect("backward");
    #[rustfmt::skip]
    let want = [1., 1., 2., 2.,
                1., 1., 2., 2.,
                -1., -1., 0.5, 0.5,
                -1., -1., 0.5, 0.5];
    assert_eq!(g.input, want);
}

#[test]
fn the_issues_architectures_parse_to_their_layers() {
    let kinds = parse_arch("conv 3x3x8 relu, maxpool 2, flatten, dense 10 softmax").expect("parse");
    let relu = LayerKind::Activation {
        function: Activation::Relu,
        gain: 1.0,
    };
    assert_eq!(
        kinds,
        vec![
            LayerKind::Conv {
                filters: 8,
                kernel: 3,
                stride: 1,
                pad: 0
            },
            relu,
            LayerKind::MaxPool { size: 2 },
            LayerKind::Flatten,
            LayerKind::Linear { units: 10 },
            LayerKind::Softmax,
        ]
    );
    let mnist =
        "conv 5x5x8 pad 2 relu, maxpool 2, conv 5x5x16 relu, maxpool 2, flatten, dense 10 softmax";
    let m = model(Shape::image(1, 28, 28), mnist).expect("build");
    let shapes: Vec<String> = m
        .layers()
        .iter()
        .map(|l| l.output_shape().to_string())
        .collect();
    assert_eq!(
        shapes,
        [
            "8×28×28",
            "8×28×28",
            "8×14×14",
            "16×10×10",
            "16×10×10",
            "16×5×5",
            "400",
            "10",
            "10"
        ]
    );
    assert_eq!(m.param_count(), 8 * 26 + 16 * (8 * 25 + 1) + 400 * 10 + 10);
    let text = arch_text(&parse_arch(mnist).expect("parse"));
    assert_eq!(
        parse_arch(&text).expect("reparse"),
        parse_arch(mnist).expect("parse")
    );
    let extra = "embedding 50x8, flatten, concat 0, dense 6 tanh, dropout 0.25, batchnorm, layernorm, dense 4, sample 0.5, avgpool 1, reshape 2x1x1, dot";
    assert_eq!(
        parse_arch(&arch_text(&parse_arch(extra).expect("p"))).expect("r"),
        parse_arch(extra).expect("p")
    );
}

fn message(r: Result<Model, NnError>) -> String {
    match r {
        Ok(_) => String::from("built"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn bad_architectures_name_the_layer() {
    let img = Shape::image(1, 8, 8);
    let cases = [
        ("conv 999x999x8 relu", "layer 1 (conv): a 999×999 kernel"),
        ("conv 3x3x1000000000", "layer 1 (conv): 1000000000 filters"),
        (
            "conv 3x3x8, maxpool 2, conv 3x3x8, maxpool 2",
            "layer 4 (maxpool): its 1×1 input is smaller than the 2×2 window",
        ),
        (
            "conv 3x3x8, conv 5x5x8, conv 3x3x4",
            "layer 3 (conv): its 2×2 input padded by 0 is smaller than the 3×3 kernel",
        ),
        (
            "dense 10 softmax, dense 99999999",
            "layer 3 (dense): 99999999 neurons",
        ),
        ("conv 3x4x8", "layer 1 (\"conv 3x4x8\"): kernels are square"),
        ("conv 3x3x8 stride 0", "layer 1 (conv): stride 0"),
        (
            "dense ten",
            "layer 1 (\"dense ten\"): the number of neurons \"ten\" is not a number",
        ),
        (
            "conv 3x3x8, pool 2",
            "layer 2 (\"pool 2\"): \"pool\" is not a layer kind",
        ),
        ("dense 4,", "layer 2 (\"\"): empty layer"),
        (
            "dropout 1.5",
            "layer 1 (dropout): rate 1.5 must be in [0, 1)",
        ),
        (
            "dense 4 sigmoid extra",
            "layer 1 (\"dense 4 sigmoid extra\"): unexpected \"extra\"",
        ),
        (
            "sample 1",
            "layer 1 (sample): it takes [μ ; log σ²], an even-length vector, not 1×8×8",
        ),
        (
            "concat 2",
            "layer 1 (concat): the model has no side input 2",
        ),
        (
            "embedding 10x4",
            "layer 1 (embedding): it takes a vector of token ids, not 1×8×8",
        ),
    ];
    for (arch, want) in cases {
        let got = message(model(img, arch));
        assert!(got.contains(want), "{arch}: {got}");
    }
    let huge = message(model(Shape::image(16, 256, 256), "dense 4096, dense 4096"));
    assert!(
        huge.contains("layer 1 (dense): the model would hold over"),
        "{huge}"
    );
}

proptest! {
    #[test]
    fn conv_output_sides_follow_the_formula(
        h in 1usize..30, w in 1usize..30, k in 0usize..9, s in 0usize..6, p in 0usize..8
    ) {
        let arch = format!("conv {k}x{k}x2 stride {s} pad {p}");
        let r = model(Shape::image(1, h, w), &arch);
        let fits = (1..=7).contains(&k) && (1..=k.max(4)).contains(&s) && p < k && h + 2 * p >= k && w + 2 * p >= k;
        prop_assert_eq!(r.is_ok(), fits, "{} on {}×{}", arch, h, w);
        if let Ok(m) = r {
            let out = m.output_shape();
            prop_assert_eq!(out.height, (h + 2 * p - k) / s + 1);
            prop_assert_eq!(out.width, (w + 2 * p - k) / s + 1);
            prop_assert_eq!(Some(out.height), output_side(h, k, s, p));
            let y = m.predict(&vec![0.5; h * w], &[], 1).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(y.len(), out.len());
        }
    }

    #[test]
    fn parsing_never_panics(text in "\\PC{0,80}") {
        let _ = parse_arch(&text).map(|k| Model::new(Shape::image(1, 8, 8), &[], &k, &mut Rng::new(2)));
    }

    #[test]
    fn layer_words_in_any_order_never_panic(words in proptest::collection::vec(
        prop_oneof!["conv", "dense", "maxpool", "avgpool", "flatten", "relu", "softmax", "3x3x2", "2", "0", "pad", "stride", "sample", "embedding", "4x2", "concat", "batchnorm", ","], 0..16)) {
        let text = words.join(" ");
        if let Ok(kinds) = parse_arch(&text) {
            let _ = Model::new(Shape::image(1, 8, 8), &[Shape::vector(3)], &kinds, &mut Rng::new(3));
        }
    }
}
