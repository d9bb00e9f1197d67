//! Runs the built `balans` as a user's shell would: a separate process, with
//! its own arguments, environment and exit code. The environment is made
//! plain (English, no colour preference, no data folder from outside) so
//! every test says what it depends on.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};

pub const EXIT_REFUSED: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

/// What one run of `balans` came to.
pub struct Ran {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Ran {
    pub fn out(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }

    pub fn err(&self) -> String {
        String::from_utf8(self.stderr.clone()).expect("stderr is UTF-8")
    }
}

/// `balans` with a plain environment, not yet started.
pub fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_balans"));
    for name in [
        "BALANS_DATA_DIR",
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
    ] {
        command.env_remove(name);
    }
    command.env("LANG", "C.UTF-8").stdin(Stdio::null());
    command
}

/// Runs a prepared command to its end.
pub fn finish(command: &mut Command) -> Ran {
    let output = command.output().expect("balans starts");
    Ran {
        code: output.status.code().unwrap_or(-1),
        stdout: output.stdout,
        stderr: output.stderr,
    }
}

/// `balans --data-dir DIR WORDS…`.
pub fn balans_in<S: AsRef<OsStr>>(dir: &Path, words: &[S]) -> Ran {
    finish(command().arg("--data-dir").arg(dir).args(words))
}
