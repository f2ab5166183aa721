//! `neurite train`: build a session from a link or a state file (and optionally a CSV file),
//! train, report, and optionally save the final state as a state file.

use std::fs;

use neurite_data::{parse_csv, Feature};
use neurite_nn::{Status, StopReason};
use neurite_playground::{
    check_file_size, decode_file, decode_link, encode_file, encode_link_checked, Session, State,
};

use crate::args::TrainArgs;
use crate::progress::{Ending, Progress};

/// Largest CSV file read (well above what `MAX_POINTS` rows of 64 columns need).
const MAX_CSV_BYTES: u64 = 64 * 1024 * 1024;

/// The state to train: the link's (or the default), with `--data` replacing the points.
fn state(args: &TrainArgs) -> Result<State, String> {
    let mut state = match (&args.link, &args.state) {
        (Some(link), _) => decode_link(link).map_err(|e| format!("bad link: {e}"))?,
        (None, Some(path)) => state_file(path)?,
        (None, None) => State::default(),
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

/// The state a state file holds (the size checked before the file is read).
fn state_file(path: &std::path::Path) -> Result<State, String> {
    let shown = path.display();
    let size = fs::metadata(path)
        .map_err(|e| format!("cannot read '{shown}': {e}"))?
        .len();
    check_file_size(usize::try_from(size).unwrap_or(usize::MAX))
        .map_err(|e| format!("'{shown}': {e}"))?;
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read '{shown}': {e}"))?;
    decode_file(&text).map_err(|e| format!("'{shown}' is not a state file Neurite can open: {e}"))
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
    let end_state = session.to_state(true);
    if let Some(path) = &args.save {
        let file = encode_file(&end_state).map_err(|e| format!("cannot save the state: {e}"))?;
        fs::write(path, file).map_err(|e| format!("cannot write '{}': {e}", path.display()))?;
    }
    // The checked encoder: a link the decoder would refuse is never printed.
    let (link, why) = match encode_link_checked(&end_state) {
        Ok(hash) => (format!("#{hash}"), String::new()),
        Err(e) => (
            String::new(),
            format!("{e}; --save writes a state file instead"),
        ),
    };
    let end = Ending {
        stopped: &reason,
        link: if why.is_empty() { Ok(&link) } else { Err(&why) },
    };
    progress.finish(&trainer.evaluate(), &end);
    Ok(())
}
