//! `balans completions SHELL` and `balans manual`: the shell completions and
//! the man page, written from the same definitions the parser reads
//! (`args.rs`) with the same words as `--help`. The packages install what
//! these write (scripts/cli-extras.sh) for everyone on the system, whatever
//! the language of the machine that built them, so both are in English.

use std::path::Path;

use balans_core::{phrase, Language};
use clap::{Command, CommandFactory};
use clap_complete::Shell;

use crate::args::Cli;
use crate::failure::{Failure, Outcome};
use crate::format::line;
use crate::help::{self, Shown};
use crate::Context;

pub(crate) fn completions(ctx: &mut Context<'_>, shell: &str) -> Outcome {
    let shell = match shell {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        other => return Err(Failure::Usage(phrase!("cli-no-completions", shell = other))),
    };
    let mut script = Vec::new();
    let mut command = help::described_tree(Cli::command(), Language::En, Shown::InFiles);
    clap_complete::generate(shell, &mut command, "balans", &mut script);
    ctx.out.raw(&script)?;
    Ok(())
}

/// `balans.1` and a page per command (`balans-log.1`, …), which the first
/// names under SUBCOMMANDS.
pub(crate) fn manual(ctx: &mut Context<'_>, folder: &Path) -> Outcome {
    std::fs::create_dir_all(folder)?;
    // The manual has a page per command instead of a `help` command.
    let command = Cli::command().disable_help_subcommand(true);
    let command = help::described_tree(command, Language::En, Shown::InFiles);
    clap_mangen::generate_to(man_sections(command), folder)?;
    let mut pages: Vec<String> = std::fs::read_dir(folder)?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path().display().to_string())
        .filter(|path| path.ends_with(".1"))
        .collect();
    pages.sort();
    ctx.emit(&pages, |out, lang| {
        let written = phrase!(
            "cli-manual-written",
            count = pages.len(),
            folder = folder.display().to_string()
        );
        line(out, lang, written)
    })
}

/// `command` with the section a man page gives its subcommands named as
/// man pages name it (SUBCOMMANDS), not as help does.
fn man_sections(command: Command) -> Command {
    command
        .subcommand_help_heading(None::<&str>)
        .mut_subcommands(man_sections)
}
