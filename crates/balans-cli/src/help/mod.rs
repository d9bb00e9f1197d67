//! `--help` in the reader's language. `args.rs` declares what `balans`
//! understands without a word of description; here every command and every
//! argument gets its words from the catalogue (`words.rs` says which), once
//! clap has built the tree and added what it adds itself (`--version`, the
//! `help` command, the options every command inherits). Only the longer
//! description of `balans` is given before, since clap decides while
//! building whether `--help` says more than `-h`.
//!
//! clap writes a few words of its own (the usage heading, `[OPTIONS]`, the
//! section headings, `[default: …]`, `[possible values: …]`); those are
//! taken over too, so no English is left in Dutch help. When clap has
//! something to show, the line is parsed with the tree made here, so help
//! always describes what is parsed. The completions and manual pages are
//! written from the same tree, in English ([`Shown::InFiles`]).

mod usage;
mod words;

use balans_core::words::Phrase;
use balans_core::{phrase, Language};
use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::args::Cli;

pub(crate) use usage::in_language as usage_in;
pub(crate) use words::value_name;

/// Where the words are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    /// In `--help` and complaints, where the catalogue says even what clap
    /// would add (defaults, choices).
    InHelp,
    /// In the completions and manual pages, English files whose generators
    /// lay out defaults and choices themselves.
    InFiles,
}

/// Everything `balans` understands, described in `lang` for `--help`.
pub(crate) fn command(lang: Language) -> Command {
    described_tree(Cli::command(), lang, Shown::InHelp)
}

/// `command`, `balans` as declared (perhaps with a setting changed), built
/// and described in `lang`.
pub(crate) fn described_tree(command: Command, lang: Language, shown: Shown) -> Command {
    let [about, more] = words::long_about().map(|phrase| phrase.say(lang));
    let mut command = command.long_about(format!("{about}\n\n{more}"));
    command.build();
    described(command, "", lang, shown)
}

/// `command`, at `path` (`""` for `balans`, `"people add"`), and every
/// command under it, with their words.
fn described(mut command: Command, path: &str, lang: Language, shown: Shown) -> Command {
    if let Some(about) = words::about(path) {
        command = command.about(about.say(lang));
    }
    if path.is_empty() {
        let [names, exit_codes] = words::after_help().map(|phrase| phrase.say(lang));
        command = command.after_help(format!("{names}\n{exit_codes}"));
    }
    if command.has_subcommands() {
        command = command
            .subcommand_help_heading(phrase!("cli-heading-commands").say(lang))
            .subcommand_value_name(value_name("COMMAND").say(lang));
    }
    let says_more = command.get_long_about().is_some();
    command = command.mut_args(|arg| argument(arg, path, says_more, lang, shown));
    let usage = command.render_usage().ansi().to_string();
    let usage = usage::in_language(&usage, *command.get_styles().get_usage(), lang);
    command = command.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{usage}\n\n{{all-args}}{{after-help}}"
    ));
    // clap's `help` command holds a copy of every command, said as the
    // command itself is.
    let base = if path == "help" { "" } else { path };
    command.mut_subcommands(|sub| {
        let path = match base {
            "" => sub.get_name().to_owned(),
            base => format!("{base} {}", sub.get_name()),
        };
        described(sub, &path, lang, shown)
    })
}

/// One argument of the command at `path` with its words, its section, its
/// placeholders, and in help the defaults and choices clap would add in
/// English.
fn argument(arg: Arg, path: &str, says_more: bool, lang: Language, shown: Shown) -> Arg {
    let id = arg.get_id().as_str();
    let (help, long_help) = match words::arg(path, id) {
        Some(_) if id == "help" && says_more => {
            let (summary, more) = words::help_with_more();
            (Some(summary), Some(more))
        }
        help => (help, None),
    };
    let say = |phrase: Option<Phrase>| {
        phrase.map(|p| match shown {
            Shown::InHelp => with_values(p.say(lang), &arg, lang),
            Shown::InFiles => p.say(lang),
        })
    };
    let (help, long_help) = (say(help), say(long_help));
    let names: Option<Vec<String>> = arg
        .get_value_names()
        .map(|names| names.iter().map(|n| value_name(n).say(lang)).collect());
    let heading = heading(&arg).say(lang);
    let in_help = shown == Shown::InHelp;
    let mut arg = arg
        .help_heading(heading)
        .hide_default_value(in_help)
        .hide_possible_values(in_help);
    if let Some(help) = help {
        arg = arg.help(help);
    }
    if let Some(long_help) = long_help {
        arg = arg.long_help(long_help);
    }
    if let Some(names) = names {
        arg = arg.value_names(names);
    }
    // Under a heading of their own, words are sorted as options are, by
    // display order: keep them in the order they are typed.
    if let Some(index) = arg.get_index() {
        arg = arg.display_order(index);
    }
    arg
}

/// The section of help an argument is listed in.
fn heading(arg: &Arg) -> Phrase {
    if arg.is_positional() {
        phrase!("cli-heading-arguments")
    } else if arg.is_global_set() && !matches!(arg.get_action(), ArgAction::Help) {
        phrase!("cli-heading-global")
    } else {
        phrase!("cli-heading-options")
    }
}

/// `help` followed by the argument's default and its choices, if any.
fn with_values(help: String, arg: &Arg, lang: Language) -> String {
    if !arg.get_num_args().is_some_and(|n| n.takes_values()) {
        return help;
    }
    let mut said = help;
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        let default = phrase!("cli-default", value = defaults.join(" "));
        said = format!("{said} {}", default.say(lang));
    }
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_owned())
        .collect();
    if !choices.is_empty() {
        let choices = phrase!("cli-possible-values", values = choices.join(", "));
        said = format!("{said} {}", choices.say(lang));
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and every argument in the tree, with what help says
    /// about it: `(where, words)`.
    fn described_items(command: &Command, path: &str, found: &mut Vec<(String, String)>) {
        let about = command.get_about().map(ToString::to_string);
        found.push((format!("command `{path}`"), about.unwrap_or_default()));
        for arg in command.get_arguments() {
            let help = arg.get_help().map(ToString::to_string);
            let at = format!("argument `{}` of `{path}`", arg.get_id());
            found.push((at, help.unwrap_or_default()));
        }
        for sub in command.get_subcommands() {
            described_items(sub, &format!("{path} {}", sub.get_name()), found);
        }
    }

    fn items(lang: Language) -> Vec<(String, String)> {
        let mut found = Vec::new();
        described_items(&command(lang), "balans", &mut found);
        found
    }

    #[test]
    fn every_command_and_argument_has_words_in_both_languages() {
        for lang in [Language::En, Language::Nl] {
            let missing: Vec<String> = items(lang)
                .into_iter()
                .filter(|(_, words)| words.trim().is_empty())
                .map(|(at, _)| at)
                .collect();
            assert!(missing.is_empty(), "{lang:?} has no words for {missing:?}");
        }
    }

    #[test]
    fn dutch_help_is_dutch_everywhere() {
        for ((at, english), (_, dutch)) in items(Language::En).iter().zip(&items(Language::Nl)) {
            assert_ne!(english, dutch, "{at} reads the same in Dutch");
        }
    }

    #[test]
    fn the_described_tree_holds_together() {
        for lang in [Language::En, Language::Nl] {
            command(lang).debug_assert();
        }
    }
}
