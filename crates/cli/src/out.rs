//! Standard output for the CLI's results. `println!` panics when stdout is a pipe the reader
//! has closed (`neurite train … | head -1`); here a closed pipe means the reader has all it
//! wants, so the process ends quietly with success, as `cat` and `grep` do. Any other write
//! failure (a full disk) ends it with a one-line error and exit code 1.

use std::fmt::Display;
use std::io::{ErrorKind, Write};

/// Writes `text` and a newline to stdout.
pub fn line(text: impl Display) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{text}").and_then(|()| out.flush()) {
        if e.kind() == ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("neurite: error: cannot write the output: {e}");
        std::process::exit(1);
    }
}
