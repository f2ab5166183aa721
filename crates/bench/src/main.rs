//! Native runner: `cargo run --release -p neurite-bench [-- --fixture PATH] [--detail]`.
//!
//! - `neurite-bench fixture PATH` writes the shared fixture (data, weights, protocol).
//! - Otherwise runs A, B, C, D, E natively on the fixture at `--fixture` (generated in memory when
//!   absent) and prints a table and one JSON line per workload; `--detail` prints only the
//!   detailed JSON lines the Node harness aggregates; `--only A,C` picks workloads.
//! - `neurite-bench kernels [IN OUT N]` times one layer's kernels (see `kernels.rs`).

use neurite_bench::cnn::CnnId;
use neurite_bench::kernels::{KernelBench, NAMES};
use neurite_bench::protocol::{measure_cnn, measure_grid, measure_train, Measured};
use neurite_bench::{Fixture, TrainId};
use std::process::ExitCode;
use std::time::Instant;

fn json_num(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => format!("{x}"),
        _ => "null".into(),
    }
}

fn detail_line(workload: &str, unit: &str, m: &Measured) -> String {
    let rates: Vec<String> = m.rates.iter().map(|r| format!("{r:.1}")).collect();
    format!(
        r#"{{"engine":"neurite-native","workload":"{workload}","median":{:.1},"unit":"{unit}","loss":{},"loss0":{},"loss_end":{},"checksum":{},"rates":[{}],"note":"Rust native, release, this CPU's default target features"}}"#,
        m.median,
        json_num(m.loss),
        json_num(m.loss0),
        json_num(m.loss_end),
        json_num(m.checksum),
        rates.join(",")
    )
}

fn load(args: &[String]) -> Result<Fixture, String> {
    match args.iter().position(|a| a == "--fixture") {
        Some(i) => {
            let path = args.get(i + 1).ok_or("--fixture needs a path")?;
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            Fixture::from_json(&text).map_err(|e| e.to_string())
        }
        None => Fixture::generate().map_err(|e| e.to_string()),
    }
}

fn write_fixture(path: Option<&String>) -> Result<(), String> {
    let path = path.ok_or("usage: neurite-bench fixture PATH")?;
    let json = Fixture::generate()
        .and_then(|f| f.to_json())
        .map_err(|e| e.to_string())?;
    if let Some(dir) = std::path::Path::new(path).parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, json).map_err(|e| format!("{path}: {e}"))
}

/// `neurite-bench kernels [IN OUT N]`: best of 5 one-second-ish runs per kernel, in GMAC/s.
fn kernel_bench(args: &[String]) -> Result<(), String> {
    let dim = |k: usize, default: usize| -> Result<usize, String> {
        args.get(k).map_or(Ok(default), |v| {
            v.parse::<usize>()
                .ok()
                .filter(|&d| (1..=4096).contains(&d))
                .ok_or_else(|| format!("kernel dimension {v:?} must be an integer in 1..=4096"))
        })
    };
    let (i, o, n) = (dim(1, 64)?, dim(2, 64)?, dim(3, 32)?);
    let mut kb = KernelBench::new(i, o, n);
    println!("kernel microbenchmark, layer {i} → {o}, {n} samples (native)");
    for (k, name) in NAMES.iter().enumerate() {
        let reps = (2e8 / kb.macs()).ceil().max(1.0) as usize;
        let mut best = 0.0f64;
        for _ in 0..5 {
            let t = Instant::now();
            std::hint::black_box(kb.run(k, reps));
            best = best.max(reps as f64 * kb.macs() / t.elapsed().as_secs_f64() / 1e9);
        }
        println!("{name:<16} {best:>7.2} GMAC/s");
    }
    Ok(())
}

fn run(args: &[String]) -> Result<(), String> {
    if args.first().map(String::as_str) == Some("fixture") {
        return write_fixture(args.get(1));
    }
    if args.first().map(String::as_str) == Some("kernels") {
        return kernel_bench(args);
    }
    let f = load(args)?;
    let epoch = Instant::now();
    let now = move || epoch.elapsed().as_secs_f64() * 1000.0;
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1));
    let wanted = |w: &str| only.is_none_or(|o| o.split(',').any(|x| x == w));
    let mut rows = Vec::new();
    if wanted("A") {
        let m = measure_train(&f, TrainId::A, &now).map_err(|e| e.to_string())?;
        rows.push(("A", "samples/s", m));
    }
    if wanted("B") {
        rows.push((
            "B",
            "grids/s",
            measure_grid(&f, &now).map_err(|e| e.to_string())?,
        ));
    }
    if wanted("C") {
        let m = measure_train(&f, TrainId::C, &now).map_err(|e| e.to_string())?;
        rows.push(("C", "samples/s", m));
    }
    for id in [CnnId::D, CnnId::E] {
        if wanted(id.name()) {
            let m = measure_cnn(&f, id, &now).map_err(|e| e.to_string())?;
            rows.push((id.name(), "samples/s", m));
        }
    }
    if args.iter().any(|a| a == "--detail") {
        for (w, unit, m) in &rows {
            println!("{}", detail_line(w, unit, m));
        }
        return Ok(());
    }
    println!(
        "{:<3} {:>14} {:<10} {:>10} {:>10} {:>12}",
        "id", "median", "unit", "loss0", "loss", "checksum"
    );
    for (w, unit, m) in &rows {
        println!(
            "{:<3} {:>14.1} {:<10} {:>10} {:>10} {:>12}",
            w,
            m.median,
            unit,
            json_num(m.loss0.map(|l| (l * 1e5).round() / 1e5)),
            json_num(m.loss.map(|l| (l * 1e5).round() / 1e5)),
            json_num(m.checksum.map(|c| (c * 1e3).round() / 1e3)),
        );
    }
    for (w, unit, m) in &rows {
        println!(
            r#"{{"engine":"neurite-native","workload":"{w}","median":{:.1},"unit":"{unit}","loss":{}}}"#,
            m.median,
            json_num(m.loss)
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("neurite-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
