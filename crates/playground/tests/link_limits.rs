//! The checked encoder: a state whose exact parts are too large for a link gets an error
//! naming the limit instead of a link the decoder refuses; what it returns always decodes.

use neurite_data::{parse_csv, MAX_CSV_COLUMNS, MAX_POINTS};
use neurite_playground::limits::{MAX_BLOB_BYTES, MAX_FILE_BYTES, MAX_HISTORY, MAX_LINK_BYTES};
use neurite_playground::{
    decode_file, decode_link, encode_file, encode_link, encode_link_checked, LinkTooLarge, State,
};

/// A CSV of `rows` rows and `columns` feature columns with a 3-class label, as pasted.
fn csv(rows: usize, columns: usize) -> String {
    let header: Vec<String> = (0..columns).map(|c| format!("c{c}")).collect();
    let mut text = format!("{},label\n", header.join(","));
    for r in 0..rows {
        for c in 0..columns {
            // Distinct, irregular values so nothing about the data is special.
            let v = ((r * 7919 + c * 104_729) % 10_007) as f64 / 37.0 - 135.0;
            text.push_str(&format!("{v},"));
        }
        text.push_str(["a", "b", "c"][r % 3]);
        text.push('\n');
    }
    text
}

/// A state holding the CSV's points, as the app's import makes it.
fn imported(rows: usize, columns: usize) -> State {
    let points = parse_csv(&csv(rows, columns), None).unwrap_or_else(|e| panic!("{e}"));
    let mut state = State {
        points: Some(points),
        ..State::default()
    };
    state.adapt_to_task();
    assert_eq!(state.validate(), Ok(()));
    state
}

#[test]
fn a_largest_csv_is_too_large_for_a_link_and_says_which_limit() {
    let state = imported(MAX_POINTS, MAX_CSV_COLUMNS);
    let err = encode_link_checked(&state);
    // 20,000 points × (64 f32 + a class) ≈ 5.1 MB of blob.
    assert!(
        matches!(err, Err(LinkTooLarge::Blob { bytes, max }) if bytes > 5_000_000 && max == MAX_BLOB_BYTES),
        "{err:?}"
    );
    let message = err.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.ends_with(&format!("more than a link's limit of {MAX_BLOB_BYTES}")));
    // The unchecked encoder's link is one the decoder refuses: what the checked one prevents.
    assert!(decode_link(&encode_link(&state)).is_err());
    // The fallback: the settings alone always make a link.
    let settings = state.settings_only();
    let link = encode_link_checked(&settings).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(decode_link(&link), Ok(settings));
}

#[test]
fn a_large_csv_within_the_limits_round_trips() {
    let state = imported(MAX_POINTS, 2);
    let link = encode_link_checked(&state).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(link, encode_link(&state));
    assert_eq!(decode_link(&link), Ok(state));
}

#[test]
fn the_blob_limit_is_the_one_a_state_meets_first() {
    // Incompressible blob bytes grow by deflate's stored-block framing (5 bytes per 64 KiB)
    // and base64's 4/3; with the settings (a generous 4 KiB: a default link is ~500 bytes)
    // the longest link still fits, so LinkTooLarge::Link guards only a future change of limits.
    let packed = (MAX_BLOB_BYTES + 5 * (MAX_BLOB_BYTES / 65_535 + 1)).div_ceil(3) * 4;
    let settings = 4096;
    assert!(encode_link(&State::default()).len() < settings / 4);
    assert!(packed + settings < MAX_LINK_BYTES, "{packed}");
}

#[test]
fn the_largest_state_has_no_link_but_has_a_file() {
    // 20,000 points of 64 columns, a trained Adam network with its memory, and a full
    // history of 1000 epochs with every metric: the most a valid state carries.
    let mut state = imported(MAX_POINTS, MAX_CSV_COLUMNS);
    state.training.optimizer.kind = neurite_nn::OptimizerKind::Adam;
    state.network.hidden = vec![neurite_nn::LayerSpec::new(32, neurite_nn::Activation::Tanh); 8];
    let mut session = neurite_playground::Session::new(&state).unwrap_or_else(|e| panic!("{e}"));
    session.train_epochs(1);
    let mut full = session.to_state(true);
    let last = session.trainer().history()[0].clone();
    full.epoch = MAX_HISTORY;
    full.history = (1..=MAX_HISTORY)
        .map(|epoch| neurite_nn::EpochMetrics {
            epoch,
            ..last.clone()
        })
        .collect();
    assert!(full.memory.is_some());
    assert_eq!(full.validate(), Ok(()));
    assert!(matches!(
        encode_link_checked(&full),
        Err(LinkTooLarge::Blob { .. })
    ));
    let text = encode_file(&full).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.len() < MAX_FILE_BYTES, "{}", text.len());
    assert_eq!(decode_file(&text), Ok(full));
}
