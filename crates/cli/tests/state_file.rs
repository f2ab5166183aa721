//! `neurite train --save` / `--state`: state files carry a run on exactly, hold states too
//! large for a link, and bad files are refused in one line.

mod common;

use common::{assert_bad_input, neurite, temp_file, text};

fn train_json(args: &[&str]) -> Vec<serde_json::Value> {
    let out = neurite(&[&["train", "--json"], args].concat(), None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

#[test]
fn training_on_from_a_saved_state_file_ends_exactly_where_the_whole_run_does() {
    let link = "#dataset=circle&networkShape=4,3&seed=4&batchSize=5&learningRate=0.03\
                &optimizer=adam&dropout=0.1,0";
    let (k, m) = (6, 4);
    let saved = temp_file("resume.json", "");
    let saved_arg = saved.to_string_lossy().into_owned();
    let whole = train_json(&["--link", link, "--epochs", &(k + m).to_string()]);
    let first = train_json(&[
        "--link",
        link,
        "--epochs",
        &k.to_string(),
        "--save",
        &saved_arg,
    ]);
    let file = std::fs::read_to_string(&saved).unwrap_or_default();
    assert!(
        file.contains("\"format\"") && file.contains("&w="),
        "{file}"
    );
    let rest = train_json(&["--state", &saved_arg, "--epochs", &m.to_string()]);
    assert_eq!(first.len(), k + 1);
    assert_eq!(rest.len(), m + 1);
    assert_eq!(rest[0]["epoch"], k + 1);
    assert_eq!(&rest[..m], &whole[k..k + m], "the same epochs, bit for bit");
    assert_eq!(rest[m], whole[k + m], "the same final line, link included");
}

#[test]
fn a_state_too_large_for_a_link_has_a_state_file() {
    // 20,000 rows of 40 pseudo-random columns: far more data than a link may carry.
    let mut csv = (1..=40)
        .map(|j| format!("c{j}"))
        .collect::<Vec<_>>()
        .join(",");
    csv.push_str(",y\n");
    let mut seed: u64 = 7;
    for _ in 0..20_000 {
        for _ in 0..40 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            csv.push_str(&format!(
                "{:.5},",
                (seed >> 11) as f64 / (1u64 << 53) as f64 - 0.5
            ));
        }
        csv.push_str(if seed >> 63 == 1 { "a\n" } else { "b\n" });
    }
    let data = temp_file("big.csv", &csv);
    let saved = temp_file("big-state.json", "");
    let (data_arg, saved_arg) = (data.to_string_lossy(), saved.to_string_lossy());
    let lines = train_json(&["--data", &data_arg, "--epochs", "1", "--save", &saved_arg]);
    let last = &lines[lines.len() - 1];
    assert_eq!(last["link"], serde_json::Value::Null, "{last}");
    assert!(
        last["link_error"]
            .as_str()
            .is_some_and(|e| e.contains("--save")),
        "{last}"
    );
    let resumed = train_json(&["--state", &saved_arg, "--epochs", "1"]);
    assert_eq!(
        resumed[0]["epoch"], 2,
        "the saved state trains on from epoch 1"
    );
}

#[test]
fn a_bad_state_file_exits_2_with_one_line() {
    let garbage = temp_file("garbage.json", "{\"format\": \"something-else\"");
    assert_bad_input(
        &["train", "--state", &garbage.to_string_lossy()],
        "is not a state file Neurite can open",
    );
    assert_bad_input(
        &["train", "--state", "/nonexistent/state.json"],
        "cannot read '/nonexistent/state.json'",
    );
    assert_bad_input(&["train", "--link", "x=1", "--state", "s.json"], "pick one");
}
