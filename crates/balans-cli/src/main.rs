//! The `balans` program: runs the command line, or opens the window when no
//! command is given. A console program on every platform.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use balans_cli::{colour_for, window, Ran, Streams, EXIT_REFUSED};

fn main() -> ExitCode {
    let (stdout, stderr) = (std::io::stdout(), std::io::stderr());
    let streams = Streams {
        out_colour: colour_for(stdout.is_terminal()),
        err_colour: colour_for(stderr.is_terminal()),
        out: &mut stdout.lock(),
        err: &mut stderr.lock(),
    };
    let code = match balans_cli::run(std::env::args_os().skip(1).collect(), streams) {
        Ran::Exit(code) => code,
        Ran::OpenWindow { data_dir } => match window::open(data_dir.as_deref()) {
            Ok(()) => 0,
            Err(error) => {
                let _ = writeln!(std::io::stderr(), "error: {error}");
                EXIT_REFUSED
            }
        },
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
