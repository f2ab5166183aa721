//! Command-line parsing (hand-written: four commands and seven options need no framework).
//! Options accept `--name value` and `--name=value`.

use std::path::PathBuf;

/// Default number of epochs for `neurite train`.
pub const DEFAULT_EPOCHS: usize = 500;
/// Most epochs one `neurite train` may run.
pub const MAX_EPOCHS: usize = 10_000_000;

/// The usage text printed by `--help`.
pub const USAGE: &str = "\
neurite — train Neurite playground networks headless and convert share links

USAGE:
    neurite train [--link LINK | --state FILE.json] [--data FILE.csv] [--label COLUMN]
                  [--epochs N] [--save FILE.json] [--json]
    neurite train --data digits|mnist --arch ARCH [--link LINK] [--epochs N] [--json]
    neurite link decode LINK      print the link's state as pretty JSON
    neurite link encode           read a state as JSON on stdin, print its link
    neurite --help

TRAIN OPTIONS:
    --link LINK       a Neurite or TensorFlow Playground link: full URL, #hash or bare hash
                      (default: the default playground state)
    --state FILE.json a state file saved by the playground (\"Export state\") or by --save:
                      any state, however large, where a link has size limits
    --data FILE.csv   train on a CSV file instead of the generated dataset (header row;
                      the label column is the last one unless --label names it)
    --label COLUMN    the label column of --data
    --epochs N        epochs to train (default 500); stops earlier on early stopping or
                      divergence
    --json            one JSON object per epoch on stdout, then a final object with
                      \"final\": true, \"stopped\" and \"link\" (a #hash carrying the
                      weights, the optimizer's memory and the history: --link with it
                      trains on exactly as if the run had not stopped; null, with
                      \"link_error\", when the state is too large for a link: use --save)
    --arch ARCH       with --data digits (1,797 8×8 images) or --data mnist (10,000 28×28):
                      train a model of layer kinds, one line, layers separated by commas:
                      conv KxKxC [stride S] [pad P] ACT, maxpool K, avgpool K, flatten,
                      dense N ACT, dropout R, batchnorm, layernorm (ACT: relu, tanh, …,
                      softmax). 80/20 train/test split by the seed; Adam 0.01, batch 32
                      unless --link sets them; 10 epochs unless --epochs says
    --save FILE.json  write the final state (weights, optimizer memory, history) as a
                      state file: --state with it trains on exactly where this run stopped

Bad input exits with status 2 and one line on stderr.";

/// What to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help,
    Train(TrainArgs),
    LinkDecode(String),
    LinkEncode,
}

/// Options of `neurite train`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainArgs {
    pub link: Option<String>,
    pub state: Option<PathBuf>,
    pub save: Option<PathBuf>,
    pub data: Option<PathBuf>,
    pub label: Option<String>,
    pub epochs: usize,
    /// Whether `--epochs` was given (image runs default to fewer epochs).
    pub epochs_given: bool,
    /// `--arch`: a model of layer kinds for `--data digits|mnist`.
    pub arch: Option<String>,
    pub json: bool,
}

/// Parse the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, String> {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        return Ok(Command::Help);
    }
    match args.first().map(String::as_str) {
        None | Some("help") => Ok(Command::Help),
        Some("train") => parse_train(&args[1..]).map(Command::Train),
        Some("link") => parse_link(&args[1..]),
        Some(other) => Err(format!("unknown command '{other}' (see neurite --help)")),
    }
}

fn parse_link(args: &[String]) -> Result<Command, String> {
    match args {
        [cmd, link] if cmd == "decode" => Ok(Command::LinkDecode(link.clone())),
        [cmd] if cmd == "decode" => Err("link decode needs a LINK argument".into()),
        [cmd] if cmd == "encode" => Ok(Command::LinkEncode),
        [cmd, extra, ..] if cmd == "encode" || cmd == "decode" => {
            Err(format!("unexpected argument '{extra}' after link {cmd}"))
        }
        [other, ..] => Err(format!(
            "unknown link command '{other}' (use decode or encode)"
        )),
        [] => Err("link needs a command: decode or encode".into()),
    }
}

fn parse_train(args: &[String]) -> Result<TrainArgs, String> {
    let mut out = TrainArgs {
        link: None,
        state: None,
        save: None,
        data: None,
        label: None,
        epochs: DEFAULT_EPOCHS,
        epochs_given: false,
        arch: None,
        json: false,
    };
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        if name == "--json" {
            if inline.is_some() {
                return Err("--json takes no value".into());
            }
            out.json = true;
            i += 1;
            continue;
        }
        if !matches!(
            name,
            "--link" | "--state" | "--save" | "--data" | "--label" | "--epochs" | "--arch"
        ) {
            return Err(if name.starts_with('-') {
                format!("unknown option '{name}' (see neurite --help)")
            } else {
                format!("unexpected argument '{name}' (links go after --link)")
            });
        }
        let value = match inline {
            Some(v) => v,
            None => {
                i += 1;
                args.get(i)
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value"))?
            }
        };
        match name {
            "--link" => out.link = Some(value),
            "--state" => out.state = Some(PathBuf::from(value)),
            "--save" => out.save = Some(PathBuf::from(value)),
            "--data" => out.data = Some(PathBuf::from(value)),
            "--label" => out.label = Some(value),
            "--arch" => out.arch = Some(value),
            _ => {
                out.epochs = epochs(&value)?;
                out.epochs_given = true;
            }
        }
        i += 1;
    }
    if out.link.is_some() && out.state.is_some() {
        return Err("--link and --state both give the state to start from: pick one".into());
    }
    if out.label.is_some() && out.data.is_none() {
        return Err("--label needs --data".into());
    }
    let builtin = out
        .data
        .as_ref()
        .and_then(|d| d.to_str())
        .is_some_and(|d| matches!(d, "digits" | "mnist"));
    match (&out.arch, builtin) {
        (Some(_), false) => return Err("--arch trains on a built-in image set: add --data digits or --data mnist".into()),
        (None, true) => return Err("--data digits|mnist needs --arch, e.g. --arch \"conv 3x3x8 relu, maxpool 2, dense 10 softmax\"".into()),
        (Some(_), true) if out.state.is_some() || out.save.is_some() || out.label.is_some() => {
            return Err("--arch runs take no --state, --save or --label".into())
        }
        _ => {}
    }
    Ok(out)
}

fn epochs(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(n) if (1..=MAX_EPOCHS).contains(&n) => Ok(n),
        _ => Err(format!(
            "--epochs: '{value}' is not a whole number from 1 to {MAX_EPOCHS}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn commands_and_options() {
        assert_eq!(p(&[]), Ok(Command::Help));
        assert_eq!(p(&["train", "--help"]), Ok(Command::Help));
        let t = p(&["train", "--link=#seed=1", "--epochs", "20", "--json"]);
        let Ok(Command::Train(t)) = t else {
            panic!("{t:?}")
        };
        assert_eq!(
            (t.link.as_deref(), t.epochs, t.json),
            (Some("#seed=1"), 20, true)
        );
        assert_eq!(
            p(&["link", "decode", "x=1"]),
            Ok(Command::LinkDecode("x=1".into()))
        );
        assert_eq!(p(&["link", "encode"]), Ok(Command::LinkEncode));
    }

    #[test]
    fn errors() {
        assert_eq!(
            p(&["train", "--frobnicate"]),
            Err("unknown option '--frobnicate' (see neurite --help)".into())
        );
        assert_eq!(
            p(&["train", "--epochs"]),
            Err("--epochs needs a value".into())
        );
        assert!(p(&["train", "--epochs", "abc"]).is_err_and(|e| e.starts_with("--epochs: 'abc'")));
        assert!(p(&["train", "--epochs", "0"]).is_err());
        assert!(p(&["train", "--label", "y"]).is_err());
        assert!(p(&["train", "--link", "x=1", "--state", "s.json"])
            .is_err_and(|e| e.contains("pick one")));
        assert!(p(&["train", "--save"]).is_err_and(|e| e == "--save needs a value"));
        assert!(p(&["fly"]).is_err());
        assert!(p(&["link"]).is_err());
        assert!(p(&["link", "decode"]).is_err());
        assert!(p(&["link", "encode", "x"]).is_err());
    }
}
