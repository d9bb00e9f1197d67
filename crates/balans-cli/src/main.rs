//! The `balans` program: runs the command line, or opens the window when no
//! command is given. A console program on every platform.

use std::io::{BufWriter, ErrorKind, IsTerminal, Write};
use std::process::ExitCode;

use balans_cli::{colour_for, window, Ran, Streams, EXIT_REFUSED};

fn main() -> ExitCode {
    let (stdout, stderr) = (std::io::stdout(), std::io::stderr());
    // Buffered whole: a listing of thousands of people is a few writes, not
    // one per line.
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let streams = Streams {
        out_colour: colour_for(stdout.is_terminal()),
        err_colour: colour_for(stderr.is_terminal()),
        out: &mut out,
        err: &mut stderr.lock(),
    };
    let ran = balans_cli::run(std::env::args_os().skip(1).collect(), streams);
    let flushed = out.flush();
    drop(out);
    let code = match ran {
        Ran::Exit(0) if flushed.is_err() => {
            // A reader that went away (`balans people | head`) needs no message.
            if let Some(error) = flushed.err().filter(|e| e.kind() != ErrorKind::BrokenPipe) {
                let _ = writeln!(
                    std::io::stderr(),
                    "error: The output could not be written: {error}"
                );
            }
            EXIT_REFUSED
        }
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
