//! The headless command line: the same ledger as the window, for quick entry
//! from a terminal, for scripts (every listing has `--json`) and for servers
//! without a display. It parses words, calls the core and prints; it holds no
//! rules of its own, so it refuses exactly what the window refuses.
//!
//! A subcommand is one arm in [`handler`] and one function taking a
//! [`Context`]; help text lives in `help.rs`.

mod args;
mod balances;
mod data_dir;
mod failure;
mod format;
mod help;
mod kinds;
mod log;
mod organisations;
mod people;
mod resolve;
mod search;
mod signals;
mod styles;
mod transfer;
mod visible;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::store::Store;

pub use data_dir::{APP_IDENTIFIER, DATA_DIR_ENV};
pub use failure::{EXIT_REFUSED, EXIT_USAGE};

use failure::{Failure, Outcome};

/// What a subcommand works with: its own words, the output, and the ledger.
pub(crate) struct Context<'a> {
    /// The words after the subcommand's name, global options taken out.
    pub(crate) args: Vec<String>,
    /// Whether output (and errors) are JSON.
    pub(crate) json: bool,
    data_dir: Option<PathBuf>,
    pub(crate) out: &'a mut dyn Write,
}

impl Context<'_> {
    /// Opens the ledger in the chosen data folder.
    pub(crate) fn open_store(&self) -> Result<Store, Failure> {
        let dir = data_dir::resolve(self.data_dir.clone())?;
        Ok(Store::open_in_dir(&dir)?)
    }

    /// Prints `value` as JSON with `--json`, else as `text` writes it, with
    /// every character a terminal would act on made [`visible`](visible::visible).
    pub(crate) fn emit<T: Serialize>(
        &mut self,
        value: &T,
        text: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Outcome {
        if self.json {
            let json = serde_json::to_string_pretty(value)
                .map_err(|e| Failure::from(std::io::Error::other(e)))?;
            writeln!(self.out, "{json}")?;
        } else {
            let mut written = Vec::new();
            text(&mut written)?;
            let shown = visible::visible(&String::from_utf8_lossy(&written));
            self.out.write_all(shown.as_bytes())?;
        }
        Ok(())
    }
}

type Handler = fn(&mut Context<'_>) -> Outcome;

/// The function behind each subcommand.
fn handler(name: &str) -> Option<Handler> {
    match name {
        "people" => Some(people::run),
        "orgs" => Some(organisations::run),
        "affiliate" => Some(organisations::affiliate),
        "log" => Some(log::run),
        "balances" => Some(balances::run),
        "search" => Some(search::run),
        "signals" => Some(signals::run),
        "styles" => Some(styles::run),
        "kinds" => Some(kinds::run),
        "export" => Some(transfer::export),
        "import" => Some(transfer::import),
        "help" | "--help" | "-h" => Some(help::run),
        _ => None,
    }
}

/// Whether `first_arg` names a subcommand, so the desktop binary can run the
/// command line instead of opening a window.
pub fn is_subcommand(first_arg: &str) -> bool {
    handler(first_arg).is_some()
}

/// Runs one command line as the operating system hands it over (the words
/// after the program name). A word that is not UTF-8 text, such as a name in
/// Latin-1 from an older script, is not understood (exit 2): it is named,
/// never guessed at, and nothing runs.
pub fn run_os(args: Vec<OsString>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let json = args.iter().any(|a| a == "--json");
    let mut words = Vec::with_capacity(args.len());
    for arg in args {
        match arg.into_string() {
            Ok(word) => words.push(word),
            Err(raw) => {
                let failure = Failure::usage(format!(
                    "The word {:?} is not UTF-8 text; write it as UTF-8 (text from an older \
                     program may be in Latin-1).",
                    raw.to_string_lossy()
                ));
                return report(&failure, json, err);
            }
        }
    }
    run(words, out, err)
}

/// Runs one command line (the words after the program name) and returns the
/// exit code: 0 done, 1 refused or failed, 2 not understood.
pub fn run(args: Vec<String>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let json = args
        .iter()
        .take_while(|a| *a != "--")
        .any(|a| a == "--json");
    match start(args, out) {
        Ok(()) => 0,
        Err(failure) => report(&failure, json, err),
    }
}

fn start(args: Vec<String>, out: &mut dyn Write) -> Outcome {
    let (args, data_dir, json) = take_global_options(args)?;
    let Some((name, rest)) = args.split_first() else {
        return Err(Failure::usage("Which command?"));
    };
    let run =
        handler(name).ok_or_else(|| Failure::usage(format!("\"{name}\" is not a command.")))?;
    let mut context = Context {
        args: rest.to_vec(),
        json,
        data_dir,
        out,
    };
    run(&mut context)
}

/// Takes `--json` and `--data-dir DIR` out of the words, wherever they are
/// (up to a `--`).
fn take_global_options(args: Vec<String>) -> Result<(Vec<String>, Option<PathBuf>, bool), Failure> {
    let mut rest = Vec::new();
    let (mut data_dir, mut json) = (None, false);
    let mut iter = args.into_iter();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            rest.push(arg);
            rest.extend(iter.by_ref());
        } else if arg == "--json" {
            json = true;
        } else if arg == "--data-dir" {
            let dir = iter
                .next()
                .ok_or_else(|| Failure::usage("--data-dir needs a folder."))?;
            data_dir = Some(PathBuf::from(dir));
        } else if let Some(dir) = arg.strip_prefix("--data-dir=") {
            data_dir = Some(PathBuf::from(dir));
        } else {
            rest.push(arg);
        }
    }
    Ok((rest, data_dir, json))
}

/// Prints a failure to `err` and returns its exit code.
fn report(failure: &Failure, json: bool, err: &mut dyn Write) -> i32 {
    let payload = failure.payload();
    // If even the error cannot be written there is no one left to tell.
    let _ = if json {
        let line = serde_json::to_string(&payload).unwrap_or_default();
        writeln!(err, "{line}")
    } else if matches!(failure, Failure::Usage(_)) {
        writeln!(
            err,
            "error: {}\nRun `balans help` for the commands and their options.",
            visible::visible(&payload.message)
        )
    } else {
        writeln!(err, "error: {}", visible::visible(&payload.message))
    };
    failure.exit_code()
}
