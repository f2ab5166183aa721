//! Prints the overfitting lab's curves for a few settings: the best validation epoch, the
//! losses there and at the end, the mean |w|, the k-fold scores and the time taken — how
//! the lab's defaults were chosen.
//!
//! `cargo run --release -p neurite-labs --example overfit_curves`

use std::time::Instant;

use neurite_data::DatasetKind;
use neurite_labs::overfit::OverfitLab;
use neurite_nn::Regularization;
use neurite_playground::SessionError;

fn report(name: &str, lab: &OverfitLab) -> Result<(), SessionError> {
    let t0 = Instant::now();
    let mut run = lab.start()?;
    while !run.advance(50) {}
    let ms = t0.elapsed().as_secs_f64() * 1e3;
    let h = run.history();
    let val = |i: usize| h[i].val_loss.unwrap_or(f32::NAN);
    let best = (0..h.len())
        .min_by(|&a, &b| val(a).total_cmp(&val(b)))
        .unwrap_or(0);
    let last = h.len() - 1;
    println!(
        "{name}: {} epochs in {ms:.0} ms; best val epoch {} (train {:.4} val {:.4}); end train {:.4} val {:.4} test {:?}; mean|w| {:?}",
        h.len(),
        best + 1,
        h[best].train_loss.unwrap_or(f32::NAN),
        val(best),
        h[last].train_loss.unwrap_or(f32::NAN),
        val(last),
        h[last].test_loss,
        run.mean_abs_weights(),
    );
    Ok(())
}

fn main() -> Result<(), SessionError> {
    let d = OverfitLab::default();
    report("default", &d)?;
    for rate in [0.003, 0.01, 0.03, 0.1, 0.3] {
        report(
            &format!("l2 {rate}"),
            &OverfitLab {
                regularization: Regularization::L2,
                regularization_rate: rate,
                ..d
            },
        )?;
    }
    for rate in [0.001, 0.003, 0.01, 0.03] {
        report(
            &format!("l1 {rate}"),
            &OverfitLab {
                regularization: Regularization::L1,
                regularization_rate: rate,
                ..d
            },
        )?;
    }
    for p in [0.1, 0.2, 0.3] {
        report(&format!("dropout {p}"), &OverfitLab { dropout: p, ..d })?;
    }
    let g = OverfitLab {
        dataset: DatasetKind::Circle,
        points: 60,
        noise: 50.0,
        ..d
    };
    report("circle", &g)?;
    for rate in [0.01, 0.03, 0.1] {
        report(
            &format!("circle l2 {rate}"),
            &OverfitLab {
                regularization: Regularization::L2,
                regularization_rate: rate,
                ..g
            },
        )?;
    }
    report("circle dropout 0.2", &OverfitLab { dropout: 0.2, ..g })?;
    Ok(())
}
