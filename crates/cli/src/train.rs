//! `neurite train`: build a session from a link (and optionally a CSV file), train, report.

use std::fs;

use neurite_data::{parse_csv, Feature};
use neurite_nn::{Status, StopReason};
use neurite_playground::{decode_link, Session, State};

use crate::args::TrainArgs;
use crate::progress::Progress;

/// Largest CSV file read (well above what `MAX_POINTS` rows of 64 columns need).
const MAX_CSV_BYTES: u64 = 64 * 1024 * 1024;

/// The state to train: the link's (or the default), with `--data` replacing the points.
fn state(args: &TrainArgs) -> Result<State, String> {
    let mut state = match &args.link {
        Some(link) => decode_link(link).map_err(|e| format!("bad link: {e}"))?,
        None => State::default(),
    };
    if let Some(path) = &args.data {
        let shown = path.display();
        let size = fs::metadata(path)
            .map_err(|e| format!("cannot read '{shown}': {e}"))?
            .len();
        if size > MAX_CSV_BYTES {
            return Err(format!("'{shown}' is larger than {MAX_CSV_BYTES} bytes"));
        }
        let text = fs::read_to_string(path).map_err(|e| format!("cannot read '{shown}': {e}"))?;
        let data = parse_csv(&text, args.label.as_deref()).map_err(|e| format!("{shown}: {e}"))?;
        // 1-D data can only use the x₁ features; make sure at least x₁ is on.
        if data.dims == 1 && !state.features.iter().any(|f| f.uses_only_x1()) {
            state.features.insert(0, Feature::X1);
        }
        state.points = Some(data);
        state.weights = None;
        state.wiring.clear();
        state.frozen = Default::default();
        state.epoch = 0;
        state.adapt_to_task();
    }
    Ok(state)
}

/// Why training ended, as reported in the final JSON object.
fn stopped(status: &Status) -> String {
    match status {
        Status::Stopped(StopReason::EarlyStopped { .. }) => "early_stopping".into(),
        Status::Stopped(StopReason::Diverged { epoch, site, value }) => {
            format!("diverged: {site} became {value} in epoch {epoch}")
        }
        Status::Stopped(StopReason::Error { message }) => format!("error: {message}"),
        _ => "max_epochs".into(),
    }
}

/// Train as `args` asks and report progress and the result.
pub fn run(args: &TrainArgs) -> Result<(), String> {
    let state = state(args)?;
    let mut session =
        Session::new(&state).map_err(|e| format!("cannot train these settings: {e}"))?;
    let classification = state.task().classes().is_some();
    let mut progress = Progress::new(args.json, classification, args.epochs);
    let start = session.trainer().epoch();
    while session.trainer().epoch() - start < args.epochs {
        match session.trainer_mut().train_epoch() {
            Ok(m) => progress.epoch(m),
            Err(_) => break,
        }
    }
    let trainer = session.trainer();
    let reason = stopped(trainer.status());
    let link = format!(
        "#{}",
        neurite_playground::encode_link(&session.to_state(true))
    );
    progress.finish(&trainer.evaluate(), &reason, &link);
    Ok(())
}
