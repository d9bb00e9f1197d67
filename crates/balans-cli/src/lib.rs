//! `balans`, the command line: the same ledger as the window, for quick
//! entry from a terminal, for scripts (every listing has `--json`) and for
//! servers without a display. It is its own small binary, without the
//! window's libraries, so it starts in a few milliseconds and runs where no
//! GTK is installed; `balans` without a command hands over to the window
//! (`window.rs`). It reads words (`args.rs`), calls the core and prints; it
//! holds no rules of its own, so it refuses exactly what the window refuses.
//! Everything it says comes from the catalogue, in the ledger's language or
//! else the system's, as the window's does: its output (`commands/`),
//! `--help` (`help/`) and what it says about words it cannot understand
//! (`not_understood.rs`). Commands, options and JSON are English everywhere.

mod args;
mod commands;
mod failure;
mod format;
mod generate;
mod help;
mod labels;
mod not_understood;
mod output;
mod resolve;
mod visible;
mod window;

use std::cell::Cell;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use balans_core::files::data_folder::{self, DATA_DIR_ENV};
use balans_core::{phrase, Language, Store};
use clap::error::ErrorKind;
use clap::{FromArgMatches, Parser};
use serde::Serialize;

pub use failure::{EXIT_REFUSED, EXIT_USAGE};
pub use output::colour_for;

use args::Cli;
use failure::{Failure, Outcome};
use not_understood::NotUnderstood;
use output::{style, Out};

/// Standard output and standard error, and whether each gets colour.
pub struct Streams<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub out_colour: bool,
    pub err_colour: bool,
}

/// What a command line comes to.
#[derive(Debug, PartialEq, Eq)]
pub enum Ran {
    /// It ran (or was refused, or not understood): exit with this code.
    Exit(i32),
    /// No command: open the window on this data folder.
    OpenWindow { data_dir: Option<PathBuf> },
}

/// What a command works with: the ledger's folder, the output, and the
/// language it is said in.
pub(crate) struct Context<'a> {
    /// Whether output (and errors) are JSON.
    pub(crate) json: bool,
    data_dir: Option<PathBuf>,
    pub(crate) out: Out<'a>,
    /// The system's language until the ledger is open, then the one chosen
    /// in its settings (if any), so the command line speaks as the window.
    lang: Cell<Language>,
}

impl Context<'_> {
    /// The chosen data folder.
    pub(crate) fn data_folder(&self) -> Result<PathBuf, Failure> {
        data_folder::resolve(self.data_dir.clone()).ok_or_else(|| {
            Failure::refused(
                "io",
                phrase!("cli-no-data-folder", variable = DATA_DIR_ENV),
                "data_dir",
            )
        })
    }

    /// Opens the ledger in the chosen data folder.
    pub(crate) fn open_store(&self) -> Result<Store, Failure> {
        let store = Store::open_in_dir(&self.data_folder()?)?;
        self.lang.set(store.settings()?.language_or_system());
        Ok(store)
    }

    /// The language this run speaks.
    pub(crate) fn lang(&self) -> Language {
        self.lang.get()
    }

    /// Prints `value` as JSON with `--json`, else as `text` writes it in
    /// this run's language.
    pub(crate) fn emit<T: Serialize>(
        &mut self,
        value: &T,
        text: impl FnOnce(&mut Out<'_>, Language) -> std::io::Result<()>,
    ) -> Outcome {
        if self.json {
            let json = serde_json::to_string_pretty(value)
                .map_err(|e| Failure::from(std::io::Error::other(e)))?;
            self.out.raw(json.as_bytes())?;
            self.out.raw(b"\n")?;
        } else {
            let lang = self.lang();
            text(&mut self.out, lang)?;
        }
        Ok(())
    }
}

/// Runs one command line as the operating system hands it over (the words
/// after the program name). Output is flushed before it returns, so output
/// that cannot be written is reported like any other failure.
pub fn run(args: Vec<OsString>, streams: Streams<'_>) -> Ran {
    let json = wants_json(&args);
    let lang = Language::of_system();
    let mut err = Out::new(streams.err, streams.err_colour);
    let mut out = Out::new(streams.out, streams.out_colour);
    let words = match utf8_words(args) {
        Ok(words) => words,
        Err(failure) => return Ran::Exit(report(&failure, json, lang, &mut err)),
    };
    let cli = match parse(words, lang) {
        Ok(cli) => cli,
        Err(error) => {
            let code = not_parsed(&error, json, lang, &mut out, &mut err);
            return Ran::Exit(flushed(code, &mut out, json, lang, &mut err));
        }
    };
    let Some(command) = cli.command else {
        return Ran::OpenWindow {
            data_dir: cli.global.data_dir,
        };
    };
    let mut context = Context {
        json: cli.global.json,
        data_dir: cli.global.data_dir,
        out,
        lang: Cell::new(lang),
    };
    let code = match commands::run(command, &mut context) {
        Ok(()) => 0,
        Err(failure) => report(&failure, json, context.lang(), &mut err),
    };
    let lang = context.lang();
    Ran::Exit(flushed(code, &mut context.out, json, lang, &mut err))
}

/// The words as `balans` understands them, with help and complaints in
/// `lang`. Describing every command takes longer than running most, so the
/// words are read without descriptions first, and again with them only when
/// there is something to show: help, the version, or a complaint.
fn parse(words: Vec<String>, lang: Language) -> Result<Cli, clap::Error> {
    let line = || std::iter::once("balans".to_owned()).chain(words.iter().cloned());
    if let Ok(cli) = Cli::try_parse_from(line()) {
        return Ok(cli);
    }
    let mut command = help::command(lang);
    let matches = command.try_get_matches_from_mut(line())?;
    Cli::from_arg_matches(&matches).map_err(|error| error.format(&mut command))
}

/// `code`, once what was written has reached the reader; if it cannot, the
/// failure, reported.
fn flushed(code: i32, out: &mut Out<'_>, json: bool, lang: Language, err: &mut Out<'_>) -> i32 {
    match out.flush() {
        Err(error) if code == 0 => report(&Failure::from(error), json, lang, err),
        _ => code,
    }
}

/// Opens the window on `data_dir` (see `window.rs`). When it cannot, says
/// why on `err`, in the system's language, and returns the exit code.
pub fn open_window(data_dir: Option<&Path>, err: &mut dyn Write, colour: bool) -> i32 {
    match window::open(data_dir) {
        Ok(()) => 0,
        Err(says) => {
            let failure = Failure::Refused {
                code: "window",
                says,
                field: None,
            };
            report(
                &failure,
                false,
                Language::of_system(),
                &mut Out::new(err, colour),
            )
        }
    }
}

/// Whether `--json` is among the words before a `--`, so even a line that
/// cannot be parsed reports its error as JSON.
fn wants_json(args: &[OsString]) -> bool {
    args.iter()
        .take_while(|a| *a != "--")
        .any(|a| a == "--json")
}

/// The words as text. A word that is not UTF-8, such as a name in Latin-1
/// from an older script, is not understood: it is named, never guessed at.
fn utf8_words(args: Vec<OsString>) -> Result<Vec<String>, Failure> {
    args.into_iter()
        .map(|arg| {
            arg.into_string().map_err(|raw| {
                Failure::Usage(phrase!(
                    "cli-not-utf8",
                    word = format!("{:?}", raw.to_string_lossy())
                ))
            })
        })
        .collect()
}

/// `--help` and `--version` print to standard output and succeed; anything
/// clap could not understand is a usage error (exit 2) on standard error.
fn not_parsed(
    error: &clap::Error,
    json: bool,
    lang: Language,
    out: &mut Out<'_>,
    err: &mut Out<'_>,
) -> i32 {
    // If even this cannot be written there is no one left to tell.
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let text = if out.colour() {
            error.render().ansi().to_string()
        } else {
            error.render().to_string()
        };
        let _ = out.raw(text.as_bytes());
        return 0;
    }
    if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = err.raw(error.render().to_string().as_bytes());
        return EXIT_USAGE;
    }
    let said = NotUnderstood::of(error, lang);
    if json {
        let says = phrase!("cli-not-understood", detail = said.summary());
        return report(&Failure::Usage(says), true, lang, err);
    }
    // Clap repeats the words it did not understand: shown as plain, visible
    // text, with Balans's own colour on the label.
    let _ = err
        .styled(style::ERROR, &phrase!("cli-error").say(lang))
        .and_then(|()| write!(err, " {}", said.text(lang)));
    EXIT_USAGE
}

/// Prints a failure to `err` and returns its exit code.
fn report(failure: &Failure, json: bool, lang: Language, err: &mut Out<'_>) -> i32 {
    if failure.code() == failure::CLOSED_OUTPUT {
        return failure.exit_code();
    }
    let payload = failure.payload(lang);
    let _ = if json {
        let line = serde_json::to_string(&payload).unwrap_or_default();
        err.raw(format!("{line}\n").as_bytes())
    } else {
        err.styled(style::ERROR, &phrase!("cli-error").say(lang))
            .and_then(|()| {
                writeln!(err, " {}", payload.message)?;
                if matches!(failure, Failure::Usage(_)) {
                    writeln!(err, "{}", phrase!("cli-see-help").say(lang))?;
                }
                Ok(())
            })
    };
    failure.exit_code()
}
