//! Scans seeds for a few candidate settings and counts how often the run overfits clearly:
//! the best validation epoch in the first half, the final validation loss ≥ 1.3× its best
//! and the final training loss below its value at the best epoch.
//!
//! `cargo run --release -p neurite-labs --example overfit_grid`

use neurite_data::DatasetKind;
use neurite_labs::overfit::OverfitLab;
use neurite_playground::SessionError;

fn overfits(lab: &OverfitLab) -> Result<(bool, usize), SessionError> {
    let mut run = lab.start()?;
    while !run.advance(100) {}
    let h = run.history();
    let val = |i: usize| h[i].val_loss.unwrap_or(f32::NAN);
    let train = |i: usize| h[i].train_loss.unwrap_or(f32::NAN);
    let best = (0..h.len())
        .min_by(|&a, &b| val(a).total_cmp(&val(b)))
        .unwrap_or(0);
    let last = h.len() - 1;
    Ok((
        best < h.len() / 2 && val(last) >= 1.3 * val(best) && train(last) < train(best),
        best + 1,
    ))
}

fn main() -> Result<(), SessionError> {
    let d = OverfitLab::default();
    let cands = [
        ("sine 40/30 lr.03", OverfitLab { ..d }),
        ("sine 30/30 lr.03", OverfitLab { points: 30, ..d }),
        (
            "sine 30/40 lr.03",
            OverfitLab {
                points: 30,
                noise: 40.0,
                ..d
            },
        ),
        (
            "sine 40/40 lr.01",
            OverfitLab {
                noise: 40.0,
                learning_rate: 0.01,
                ..d
            },
        ),
        (
            "sine 30/30 lr.01",
            OverfitLab {
                points: 30,
                learning_rate: 0.01,
                ..d
            },
        ),
        (
            "gauss 60/50",
            OverfitLab {
                dataset: DatasetKind::Gauss,
                points: 60,
                noise: 50.0,
                ..d
            },
        ),
        (
            "xor 60/50",
            OverfitLab {
                dataset: DatasetKind::Xor,
                points: 60,
                noise: 50.0,
                ..d
            },
        ),
        (
            "circle 60/50",
            OverfitLab {
                dataset: DatasetKind::Circle,
                points: 60,
                noise: 50.0,
                ..d
            },
        ),
        (
            "moons 60/50",
            OverfitLab {
                dataset: DatasetKind::Moons,
                points: 60,
                noise: 50.0,
                ..d
            },
        ),
    ];
    for (name, lab) in cands {
        let mut yes = 0;
        let mut bests = Vec::new();
        for seed in 1..=20 {
            let (o, b) = overfits(&OverfitLab { seed, ..lab })?;
            yes += usize::from(o);
            bests.push(b);
        }
        println!("{name}: {yes}/20 overfit; best epochs {bests:?}");
    }
    Ok(())
}
