//! The `balans` program: runs the command line, or opens the window when no
//! command is given. A console program on every platform.

use std::io::{BufWriter, IsTerminal};
use std::process::ExitCode;

use balans_cli::{colour_for, Ran, Streams};

fn main() -> ExitCode {
    let (stdout, stderr) = (std::io::stdout(), std::io::stderr());
    let err_colour = colour_for(stderr.is_terminal());
    // Buffered whole: a listing of thousands of people is a few writes, not
    // one per line. `run` flushes it and reports what could not be written.
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let streams = Streams {
        out_colour: colour_for(stdout.is_terminal()),
        err_colour,
        out: &mut out,
        err: &mut stderr.lock(),
    };
    let code = match balans_cli::run(std::env::args_os().skip(1).collect(), streams) {
        Ran::Exit(code) => code,
        Ran::OpenWindow { data_dir } => {
            balans_cli::open_window(data_dir.as_deref(), &mut stderr.lock(), err_colour)
        }
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
