//! `balans completions SHELL` and `balans manual`: the shell completions and
//! the man page, written from the same definitions the parser reads
//! (`args.rs`). The packages install what these write (scripts/cli-extras.sh).

use balans_core::phrase;
use std::io::Write;
use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::args::Cli;
use crate::failure::{Failure, Outcome};
use crate::Context;

pub(crate) fn completions(ctx: &mut Context<'_>, shell: &str) -> Outcome {
    let shell = match shell {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        other => return Err(Failure::Usage(phrase!("cli-no-completions", shell = other))),
    };
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "balans", &mut script);
    ctx.out.raw(&script)?;
    Ok(())
}

/// `balans.1` and a page per command (`balans-log.1`, …), which the first
/// names under SUBCOMMANDS.
pub(crate) fn manual(ctx: &mut Context<'_>, folder: &Path) -> Outcome {
    std::fs::create_dir_all(folder)?;
    clap_mangen::generate_to(Cli::command(), folder)?;
    let mut pages: Vec<String> = std::fs::read_dir(folder)?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path().display().to_string())
        .filter(|path| path.ends_with(".1"))
        .collect();
    pages.sort();
    ctx.emit(&pages, |out| {
        writeln!(
            out,
            "Wrote {} manual pages in {}",
            pages.len(),
            folder.display()
        )
    })
}
