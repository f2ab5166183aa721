//! Determinism cases shared by the native golden writer (`src/bin/golden.rs`) and the wasm
//! test (`tests/determinism.rs`), so both platforms run exactly the same code.
//!
//! Each case decodes a share link, trains for a few epochs and renders every epoch's metrics
//! plus the bit patterns of every trained parameter. The native run's text is the oracle the
//! wasm run in Chromium must equal byte for byte.

pub mod models;

use neurite_playground::{decode_link, encode_link, Session};

/// `(share link, epochs)`: the cases cover tanh/relu/sigmoid/softmax heads, SGD, momentum
/// and Adam, L1/L2, dropout, masked links via the blob, several datasets and features, and
/// batch and layer normalization (γ, β and running statistics are rendered too).
pub const CASES: &[(&str, usize)] = &[
    (
        "#activation=tanh&batchSize=10&dataset=spiral&learningRate=0.03&noise=10&networkShape=8,8\
         &seed=0.5&percTrainData=50&x=true&y=true&xTimesY=true&xSquared=true&ySquared=true\
         &cosX=true&sinX=true&cosY=true&sinY=true&problem=classification",
        15,
    ),
    (
        "#activation=relu&batchSize=7&dataset=circle&learningRate=0.01&optimizer=adam\
         &regularization=L2&regularizationRate=0.001&noise=20&networkShape=6,3&dropout=0.2,0\
         &seed=7&percTrainData=60&percValData=20&x=true&y=true&problem=classification",
        15,
    ),
    (
        "#activation=sigmoid&batchSize=5&regDataset=reg-gauss&learningRate=0.1&optimizer=momentum\
         &regularization=L1&regularizationRate=0.0001&noise=5&networkShape=5&seed=3\
         &percTrainData=70&x=true&y=true&xSquared=true&problem=regression",
        10,
    ),
    (
        "#activation=gelu&batchSize=16&dataset=blobs&classes=4&learningRate=0.05&optimizer=adam\
         &networkShape=6&seed=11&percTrainData=60&percValData=20&x=true&y=true",
        10,
    ),
    (
        "#activation=tanh&batchSize=10&dataset=xor&learningRate=0.03&noise=10&networkShape=6,4\
         &norm=batch,none&dropout=0,0.1&seed=5&percTrainData=60&percValData=20&x=true&y=true\
         &problem=classification",
        12,
    ),
    (
        "#activation=relu&batchSize=8&dataset=spiral&learningRate=0.01&optimizer=adam\
         &networkShape=7,5&norm=layer,batch&seed=9&percTrainData=50&x=true&y=true\
         &xTimesY=true&problem=classification",
        12,
    ),
];

/// Runs one case and renders it as text: one JSON line per epoch, then the parameters'
/// bit patterns, then the re-encoded link with weights.
pub fn run_case(link: &str, epochs: usize) -> Result<String, String> {
    let state = decode_link(link).map_err(|e| format!("{link}: {e}"))?;
    let mut session = Session::new(&state).map_err(|e| format!("{link}: {e}"))?;
    session.train_epochs(epochs);
    let mut out = String::new();
    for metrics in session.trainer().history() {
        let line = serde_json::to_string(metrics).map_err(|e| e.to_string())?;
        out.push_str(&line);
        out.push('\n');
    }
    for (index, layer) in session.trainer().network().layers().iter().enumerate() {
        let bits: Vec<String> = layer
            .weights
            .iter()
            .chain(layer.bias.iter())
            .map(|v| format!("{:08x}", v.to_bits()))
            .collect();
        out.push_str(&format!("layer {index}: {}\n", bits.join(" ")));
        if layer.normalization.is_on() {
            let p = &layer.norm;
            let values = p.gamma.iter().chain(&p.beta).chain(&p.running_mean);
            let bits: Vec<String> = values
                .chain(&p.running_var)
                .map(|v| format!("{:08x}", v.to_bits()))
                .collect();
            out.push_str(&format!("norm {index}: {}\n", bits.join(" ")));
        }
    }
    out.push_str(&format!("status: {:?}\n", session.trainer().status()));
    out.push_str(&format!("link: {}\n", encode_link(&session.to_state(true))));
    Ok(out)
}

/// Every case, concatenated; errors are rendered in place so a failing case is visible.
pub fn run_all_cases() -> String {
    let links: String = CASES
        .iter()
        .map(|(link, epochs)| match run_case(link, *epochs) {
            Ok(text) => text,
            Err(e) => format!("error: {e}\n"),
        })
        .collect();
    links + &models::run_model_cases()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_case_runs_natively_and_trains() {
        for (link, epochs) in CASES {
            let text = run_case(link, *epochs).unwrap_or_else(|e| panic!("{e}"));
            let epoch_lines = text.lines().filter(|l| l.starts_with('{')).count();
            assert_eq!(epoch_lines, *epochs, "{link}");
        }
    }

    #[test]
    fn the_model_cases_train_and_repeat() {
        let text = models::run_model_cases();
        assert!(!text.contains("error"), "{text}");
        assert_eq!(text.lines().filter(|l| l.contains(" epoch ")).count(), 8);
        assert_eq!(text, models::run_model_cases());
    }

    #[test]
    fn a_run_is_reproducible() {
        let (link, epochs) = CASES[1];
        assert_eq!(run_case(link, epochs), run_case(link, epochs));
    }
}
