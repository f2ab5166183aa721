//! Backpropagation through time: an RNN cell `h_t = tanh(W·[h_{t−1} ; x_t] + b)` (a model
//! with a side input) applied 5 times in one step accumulates its gradients across the
//! steps; checked against the f64 oracle unrolled the same way (central differences).

use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::{Model, Shape};
use neurite_nn::Rng;
use neurite_testkit::{model_forward64, model_params64};

const H: f64 = 1e-6;

use neurite_testkit::assert_grad_close as close;

fn values(rng: &mut Rng, n: usize) -> Vec<f32> {
    (0..n).map(|_| rng.uniform(-1.0, 1.0) as f32).collect()
}

fn to64(v: &[f32]) -> Vec<f64> {
    v.iter().map(|&x| x as f64).collect()
}

#[test]
fn rnn_cell_unrolled_over_five_steps() {
    // h_t = tanh(W·[h_{t−1} ; x_t] + b), loss ½‖h_5 − y‖² on a batch of 2.
    let (n, steps, hidden, input) = (2usize, 5usize, 3usize, 2usize);
    let mut rng = Rng::new(51);
    let kinds = parse_arch("concat 0, dense 3 tanh").expect("arch");
    let cell = Model::new(
        Shape::vector(hidden),
        &[Shape::vector(input)],
        &kinds,
        &mut rng,
    )
    .expect("cell");
    let xs: Vec<Vec<f32>> = (0..steps).map(|_| values(&mut rng, n * input)).collect();
    let y = values(&mut rng, n * hidden)
        .iter()
        .map(|v| v * 0.5)
        .collect::<Vec<f32>>();
    let h0 = vec![0.0f32; n * hidden];
    let mut tapes = Vec::new();
    let mut h = h0.clone();
    for x in &xs {
        let tape = cell.forward(&h, &[x], n, true, None).expect("step");
        h = tape.output().to_vec();
        tapes.push(tape);
    }
    let mut g = ModelLoss::SquaredError.gradient(&h, &y, n, false);
    let mut grads = cell.zero_grads();
    for (tape, x) in tapes.iter().zip(&xs).rev() {
        g = cell
            .backward(tape, &[x], &g, &mut grads)
            .expect("back")
            .input;
    }
    // Oracle: the same unrolled loss in f64, differentiated numerically.
    let loss64 = |p: &neurite_testkit::Params64| {
        let mut h: Vec<f64> = to64(&h0);
        for x in &xs {
            h = model_forward64(&cell, p, &h, &[to64(x)], n, &[]).0;
        }
        neurite_testkit::model_loss64(ModelLoss::SquaredError, &h, &to64(&y), n)
    };
    let base = model_params64(&cell);
    for (l, layer) in base.iter().enumerate() {
        for (t, tensor) in layer.iter().enumerate() {
            for i in 0..tensor.len() {
                let mut p = base.clone();
                p[l][t][i] += H;
                let up = loss64(&p);
                p[l][t][i] -= 2.0 * H;
                let num = (up - loss64(&p)) / (2.0 * H);
                close(
                    &format!("BPTT layer {l} tensor {t} value {i}"),
                    grads.layers[l][t][i],
                    num,
                );
            }
        }
    }
}
