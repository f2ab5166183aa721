//! The RNN lab's claims, natively: backpropagation through time on the lab's own cell
//! matches central differences of an f64 RNN written out here by hand; the network learns
//! the place names (the loss per character falls well below an even guess's ln 27) and
//! continues a beginning with letters; on a long stretch the gradient of the last step's
//! loss shrinks as it goes back through the steps (the vanishing gradient); and the run is
//! the same trained in small chunks or whole epochs (so a link's replay gives the same
//! network).

use neurite_labs::rnn::cell::{self, one_hot};
use neurite_labs::rnn::names::{joined, sequence, VOCABULARY};
use neurite_labs::rnn::view::{continuation, unroll};
use neurite_labs::rnn::{RnnLab, RnnSession};
use neurite_nn::model::Model;
use neurite_nn::Rng;

/// `[W, b, V, c]` in f64: the cell's dense layer (layer 1) and the head's (layer 3).
fn params64(model: &Model) -> Vec<Vec<f64>> {
    model
        .params()
        .map(|(_, p)| p.value.iter().map(|&v| f64::from(v)).collect())
        .collect()
}

/// The mean cross-entropy per character of `word` under parameters `p`, in f64:
/// `h_t = tanh(W·[h_{t−1} ; x_t] + b)`, `p_t = softmax(V·h_t + c)`.
fn loss64(p: &[Vec<f64>], hidden: usize, word: &str) -> f64 {
    let (input, target) = sequence(word);
    let (w, b, v, c) = (&p[0], &p[1], &p[2], &p[3]);
    let cols = hidden + VOCABULARY;
    let mut h = vec![0.0f64; hidden];
    let mut total = 0.0;
    for (&x, &t) in input.iter().zip(&target) {
        let mut joined = h.clone();
        joined.extend(one_hot(x).iter().map(|&e| f64::from(e)));
        h = (0..hidden)
            .map(|o| (b[o] + (0..cols).map(|i| w[o * cols + i] * joined[i]).sum::<f64>()).tanh())
            .collect();
        let logits: Vec<f64> = (0..VOCABULARY)
            .map(|o| c[o] + (0..hidden).map(|i| v[o * hidden + i] * h[i]).sum::<f64>())
            .collect();
        let top = logits.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let z: f64 = logits.iter().map(|l| (l - top).exp()).sum();
        total -= logits[t] - top - z.ln();
    }
    total / input.len() as f64
}

#[test]
fn bptt_on_the_cell_matches_central_differences_of_a_hand_written_rnn() {
    let hidden = 4;
    let model = cell::model(hidden, &mut Rng::new(7)).expect("model");
    let word = "kyoto";
    let (input, target) = sequence(word);
    let targets: Vec<Option<usize>> = target.into_iter().map(Some).collect();
    let steps = cell::run(&model, &input).expect("run");
    let mut grads = model.zero_grads();
    cell::backward(&model, &steps, &targets, input.len(), &mut grads).expect("backward");
    let engine: Vec<&Vec<f32>> = [1usize, 3]
        .iter()
        .flat_map(|&l| grads.layers[l].iter())
        .collect();
    let base = params64(&model);
    // The f64 RNN agrees with the engine's forward pass first.
    let f32_loss = cell::loss(&steps, &targets) / input.len() as f64;
    assert!((loss64(&base, hidden, word) - f32_loss).abs() < 1e-5);
    let h = 1e-6;
    let mut checked = 0;
    for (t, tensor) in base.iter().enumerate() {
        for i in 0..tensor.len() {
            let mut p = base.clone();
            p[t][i] += h;
            let up = loss64(&p, hidden, word);
            p[t][i] -= 2.0 * h;
            let numeric = (up - loss64(&p, hidden, word)) / (2.0 * h);
            let got = f64::from(engine[t][i]);
            assert!(
                (got - numeric).abs() <= 1e-4 + 1e-3 * numeric.abs(),
                "tensor {t} value {i}: BPTT {got} vs numeric {numeric}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, hidden * (hidden + 27) + hidden + 27 * hidden + 27);
}

fn trained(lab: &RnnLab, chunk: usize) -> RnnSession {
    let mut s = RnnSession::new(lab).expect("session");
    while !s.finished(lab.epochs) {
        s.advance(lab.epochs, chunk);
    }
    assert_eq!(s.failure, None);
    s
}

#[test]
fn it_learns_the_names_and_its_gradient_vanishes_back_through_time() {
    let lab = RnnLab::default();
    let t0 = std::time::Instant::now();
    let s = trained(&lab, 3);
    let took = t0.elapsed();
    let (first, last) = (s.losses[0], *s.losses.last().expect("losses"));
    let names: Vec<String> = ["ka", "to", "o", "shi", ""]
        .iter()
        .map(|p| format!("{p}+{}", continuation(&s.model, p).unwrap_or_default()))
        .collect();
    println!("loss per character {first:.3} → {last:.3} in {took:?}; continuations {names:?}");
    assert!(last < 2.0, "loss {first} → {last}");
    assert!(last < first);
    let ka = continuation(&s.model, "ka").expect("continues");
    assert!(
        !ka.is_empty() && ka.chars().all(|c| c.is_ascii_lowercase()),
        "{ka}"
    );
    let text = joined(31);
    let u = unroll(&s.model, &text[..30], text.chars().nth(30).unwrap_or('.')).expect("unroll");
    let g = &u.grad_norms;
    println!(
        "gradient norms, earliest first: {:?}",
        g.iter().map(|v| format!("{v:.2e}")).collect::<Vec<_>>()
    );
    assert_eq!(g.len(), 30);
    assert!(g[0] < g[29] / 10.0, "{} vs {}", g[0], g[29]);
    let early: f64 = g[..10].iter().sum();
    let late: f64 = g[20..].iter().sum();
    assert!(early < late / 10.0, "{early} vs {late}");
}

#[test]
fn chunked_training_is_the_same_run() {
    let lab = RnnLab {
        epochs: 2,
        ..RnnLab::default()
    };
    let (a, b) = (trained(&lab, 1), trained(&lab, 1000));
    assert_eq!(a.losses, b.losses);
    let (pa, pb): (Vec<_>, Vec<_>) = (
        a.model.params().map(|(_, p)| p.value.clone()).collect(),
        b.model.params().map(|(_, p)| p.value.clone()).collect(),
    );
    assert_eq!(pa, pb);
}
