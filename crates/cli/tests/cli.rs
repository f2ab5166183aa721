//! The `neurite` binary end to end: exit codes, one-line errors, link round trips, JSON
//! output, and the spiral acceptance run.

mod common;

use common::{assert_bad_input, neurite, temp_file, text};

const SPIRAL: &str = "#activation=tanh&batchSize=10&dataset=spiral&learningRate=0.03&noise=0&networkShape=8,8&seed=0.5&percTrainData=50&x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&cosX=true&sinX=true&cosY=true&sinY=true&problem=classification";

#[test]
fn bad_input_exits_2_with_one_line() {
    assert_bad_input(
        &["train", "--link", "#learningRate=abc"],
        "learningRate: 'abc' is not a number",
    );
    assert_bad_input(&["link", "decode", "networkShape=4,x"], "networkShape");
    assert_bad_input(&["train", "--frobnicate"], "unknown option '--frobnicate'");
    assert_bad_input(
        &["train", "--data", "/nonexistent/nope.csv"],
        "cannot read '/nonexistent/nope.csv'",
    );
    assert_bad_input(
        &["train", "--link", "networkShape=99"],
        "hidden layer 1 width",
    );
    assert_bad_input(&["teleport"], "unknown command");
    let csv = temp_file("bad.csv", "x,y,label\n1,2,a\n3,oops,b\n");
    let path = csv.to_string_lossy().into_owned();
    assert_bad_input(&["train", "--data", &path], "line 3");
}

#[test]
fn link_decode_then_encode_round_trips() {
    let link =
        "#dataset=xor&networkShape=5,3&activations=relu,sine&seed=42&percValData=20&optimizer=adam";
    let decoded = neurite(&["link", "decode", link], None);
    assert_eq!(decoded.status.code(), Some(0), "{}", text(&decoded.stderr));
    let json = text(&decoded.stdout);
    assert!(
        json.contains("\"xor\"") && json.contains("\"sine\""),
        "{json}"
    );
    let encoded = neurite(&["link", "encode"], Some(&json));
    assert_eq!(encoded.status.code(), Some(0), "{}", text(&encoded.stderr));
    let again = neurite(&["link", "decode", text(&encoded.stdout).trim()], None);
    assert_eq!(text(&again.stdout), json);
    let bad = neurite(&["link", "encode"], Some("{\"seed\": \"x\"}"));
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(text(&bad.stderr).lines().count(), 1);
}

#[test]
fn train_json_shape() {
    let out = neurite(
        &[
            "train",
            "--link",
            "seed=3&percValData=20&networkShape=3",
            "--epochs",
            "5",
            "--json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    assert_eq!(lines.len(), 6);
    for (i, l) in lines[..5].iter().enumerate() {
        assert_eq!(l["epoch"], i + 1);
        for key in [
            "train_loss",
            "val_loss",
            "test_loss",
            "train_acc",
            "val_acc",
            "test_acc",
        ] {
            assert!(l[key].is_number(), "{key} in {l}");
        }
        assert!(l.get("final").is_none());
    }
    let last = &lines[5];
    assert_eq!(last["final"], true);
    assert_eq!(last["stopped"], "max_epochs");
    let link = last["link"].as_str().unwrap_or_default();
    assert!(link.starts_with('#') && link.contains("&w="), "{link}");
    // The link carries the trained weights: decoding it gives epoch 5.
    let decoded = neurite(&["link", "decode", link], None);
    assert!(text(&decoded.stdout).contains("\"epoch\": 5"));
    // A TFP link has no validation split: val metrics are null.
    let out = neurite(
        &["train", "--link", "#seed=1", "--epochs", "1", "--json"],
        None,
    );
    let first: serde_json::Value =
        serde_json::from_str(text(&out.stdout).lines().next().unwrap_or("")).unwrap_or_default();
    assert!(
        first["val_loss"].is_null() && first["val_acc"].is_null() && first["test_acc"].is_number(),
        "{first}"
    );
}

#[test]
fn train_on_csv_regression() {
    let rows: String = (0..40)
        .map(|i| format!("{},{}\n", i as f32 / 10.0, (i as f32 / 10.0).sin()))
        .collect();
    let csv = temp_file("sine.csv", &format!("x,target\n{rows}"));
    let path = csv.to_string_lossy().into_owned();
    let out = neurite(&["train", "--data", &path, "--epochs", "3", "--json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let last: serde_json::Value =
        serde_json::from_str(text(&out.stdout).lines().last().unwrap_or("")).unwrap_or_default();
    assert_eq!(last["final"], true);
    assert!(
        last.get("test_acc").is_none(),
        "regression has no accuracy: {last}"
    );
}

#[test]
fn spiral_with_all_features_reaches_high_test_accuracy() {
    // Five seeds rather than one lucky one: the median must be high and none may fail.
    let mut accuracies = Vec::new();
    for seed in 1..=5 {
        let link = SPIRAL.replace("seed=0.5", &format!("seed={seed}"));
        let out = neurite(
            &["train", "--link", &link, "--epochs", "1000", "--json"],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let last: serde_json::Value =
            serde_json::from_str(text(&out.stdout).lines().last().unwrap_or(""))
                .unwrap_or_default();
        assert_eq!(last["final"], true, "{last}");
        accuracies.push(last["test_acc"].as_f64().unwrap_or(0.0));
    }
    accuracies.sort_by(f64::total_cmp);
    assert!(
        accuracies[2] >= 0.95,
        "median test accuracy: {accuracies:?}"
    );
    assert!(accuracies[0] >= 0.9, "worst test accuracy: {accuracies:?}");
}

/// The `--json` lines of `neurite train` (epoch lines, then the final one).
fn train_lines(link: &str, epochs: usize) -> Vec<serde_json::Value> {
    let n = epochs.to_string();
    let out = neurite(&["train", "--link", link, "--epochs", &n, "--json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

#[test]
fn training_on_from_a_link_ends_exactly_where_the_whole_run_does() {
    // For every optimizer, with dropout and shuffled batches: k epochs, the link, m more
    // from the link — the same per-epoch metrics and final line as k + m epochs at once.
    let (k, m) = (7, 5);
    for optimizer in ["sgd", "momentum", "adam"] {
        let link = format!(
            "#dataset=xor&networkShape=5,3&dropout=0.1,0&seed=9&percValData=20&batchSize=6\
             &learningRate=0.05&optimizer={optimizer}"
        );
        let whole = train_lines(&link, k + m);
        let first = train_lines(&link, k);
        let saved = first[k]["link"].as_str().unwrap_or_default().to_owned();
        assert!(saved.contains("&w="), "{saved}");
        let rest = train_lines(&saved, m);
        assert_eq!(rest.len(), m + 1);
        assert_eq!(rest[0]["epoch"], k + 1);
        for (resumed, original) in rest[..m].iter().zip(&whole[k..k + m]) {
            assert_eq!(resumed, original, "{optimizer}");
        }
        let strip = |mut v: serde_json::Value| {
            v.as_object_mut().map(|o| o.remove("link"));
            v
        };
        assert_eq!(
            strip(rest[m].clone()),
            strip(whole[k + m].clone()),
            "{optimizer}"
        );
        // The final links are the same state: the same weights, memory and history.
        assert_eq!(rest[m]["link"], whole[k + m]["link"], "{optimizer}");
    }
}

/// A reader that stops early (`neurite … | head -1`) closes the pipe: the CLI ends quietly
/// with success, not with a panic about a broken pipe.
#[test]
fn a_closed_output_pipe_ends_the_run_quietly() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_neurite"))
        .args(["train", "--epochs", "30", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start neurite: {e}"));
    // Close the read end before the first line is written.
    drop(child.stdout.take());
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("neurite did not finish: {e}"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("internal error") && !err.contains("panicked"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(0), "{err}");
}
