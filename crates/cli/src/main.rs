//! `neurite`: train playground states headless and convert share links.
//!
//! Exit status: 0 on success, 2 on bad input (with exactly one `neurite: error: …` line on
//! stderr). A panic would be a bug; the hook still reports it as one line.

mod args;
mod images;
mod link;
mod out;
mod progress;
mod train;

use std::process::ExitCode;

use args::Command;

/// Exit status for bad input: unparseable link, bad CSV, unknown flag, impossible settings.
const BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "neurite: error: internal error: {}",
            info.to_string().replace('\n', " ")
        );
    }));
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result = args::parse(&argv).and_then(|command| match command {
        Command::Help => {
            out::line(args::USAGE);
            Ok(())
        }
        Command::Train(options) => match (
            &options.arch,
            options
                .data
                .as_ref()
                .and_then(|d| d.to_str())
                .and_then(images::builtin),
        ) {
            (Some(arch), Some(set)) => images::run(&options, arch, set),
            _ => train::run(&options),
        },
        Command::LinkDecode(text) => link::decode(&text),
        Command::LinkEncode => link::encode(),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("neurite: error: {}", message.replace('\n', " "));
            ExitCode::from(BAD_INPUT)
        }
    }
}
