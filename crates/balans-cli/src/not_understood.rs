//! What `balans` says when it cannot understand a command line. clap finds
//! what is wrong (an unknown command or option, a value that is not one of
//! the choices, a missing word) and hands over the pieces; here they are
//! said in the reader's language, laid out as clap lays them out, so in
//! English the message is clap's word for word. A complaint that is rare,
//! or carries a tip clap words in a way that cannot be taken apart, is
//! shown as clap wrote it.

use anstyle::Style;
use balans_core::words::Phrase;
use balans_core::{phrase, Language};
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::help::usage_in;

/// How clap indents the lines under a complaint.
const INDENT: &str = "  ";

/// A command line that was not understood, ready to be said.
pub(crate) enum NotUnderstood {
    /// From the catalogue: the complaint with its tips, and the usage line.
    Said {
        complaint: String,
        usage: Option<String>,
    },
    /// clap's own text, after its `error: `.
    Clap(String),
}

impl NotUnderstood {
    pub(crate) fn of(error: &clap::Error, lang: Language) -> NotUnderstood {
        let Some(complaint) = complaint(error, lang) else {
            let text = error.render().to_string();
            let text = text.strip_prefix("error: ").unwrap_or(&text);
            return NotUnderstood::Clap(text.to_owned());
        };
        let usage = match error.get(ContextKind::Usage) {
            Some(ContextValue::StyledStr(usage)) => {
                Some(usage_in(&usage.to_string(), Style::new(), lang))
            }
            _ => None,
        };
        NotUnderstood::Said { complaint, usage }
    }

    /// Everything after the `error:` label.
    pub(crate) fn text(&self, lang: Language) -> String {
        match self {
            NotUnderstood::Said { complaint, usage } => {
                let usage = usage
                    .as_ref()
                    .map(|usage| format!("\n\n{usage}"))
                    .unwrap_or_default();
                let more = phrase!("cli-parse-more-help").say(lang);
                format!("{complaint}{usage}\n\n{more}\n")
            }
            NotUnderstood::Clap(text) => text.clone(),
        }
    }

    /// The complaint and its tips on one line, without the usage, for JSON.
    pub(crate) fn summary(&self) -> String {
        let text = match self {
            NotUnderstood::Said { complaint, .. } => complaint,
            NotUnderstood::Clap(text) => text,
        };
        text.lines()
            .map(str::trim)
            .take_while(|line| !line.starts_with("Usage:"))
            .filter(|line| !line.is_empty() && !line.starts_with("For more information"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The complaint and its tips, or `None` to leave it to clap.
fn complaint(error: &clap::Error, lang: Language) -> Option<String> {
    let tips = tips(error)?;
    let text = |kind| text(error, kind);
    let mut said = match error.kind() {
        ErrorKind::InvalidSubcommand => phrase!(
            "cli-parse-unknown-command",
            word = text(ContextKind::InvalidSubcommand)?
        )
        .say(lang),
        ErrorKind::UnknownArgument => phrase!(
            "cli-parse-unknown-argument",
            word = text(ContextKind::InvalidArg)?
        )
        .say(lang),
        ErrorKind::InvalidValue => {
            let (argument, value) = (
                text(ContextKind::InvalidArg)?,
                text(ContextKind::InvalidValue)?,
            );
            let said = match value {
                "" => phrase!("cli-parse-value-missing", argument = argument),
                value => phrase!(
                    "cli-parse-invalid-value",
                    value = value,
                    argument = argument
                ),
            };
            let choices = match error.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(values)) if !values.is_empty() => {
                    let choices = phrase!("cli-possible-values", values = values.join(", "));
                    format!("\n{INDENT}{}", choices.say(lang))
                }
                _ => String::new(),
            };
            format!("{}{choices}", said.say(lang))
        }
        ErrorKind::ValueValidation => {
            let (argument, value) = (
                text(ContextKind::InvalidArg)?,
                text(ContextKind::InvalidValue)?,
            );
            let said = match std::error::Error::source(error) {
                Some(detail) => phrase!(
                    "cli-parse-invalid-value-because",
                    value = value,
                    argument = argument,
                    detail = detail.to_string()
                ),
                None => phrase!(
                    "cli-parse-invalid-value",
                    value = value,
                    argument = argument
                ),
            };
            said.say(lang)
        }
        ErrorKind::MissingRequiredArgument => {
            let Some(ContextValue::Strings(missing)) = error.get(ContextKind::InvalidArg) else {
                return None;
            };
            let listed: String = missing.iter().map(|m| format!("\n{INDENT}{m}")).collect();
            format!(
                "{}{listed}",
                phrase!("cli-parse-missing-arguments").say(lang)
            )
        }
        ErrorKind::TooManyValues => phrase!(
            "cli-parse-extra-value",
            value = text(ContextKind::InvalidValue)?,
            argument = text(ContextKind::InvalidArg)?
        )
        .say(lang),
        ErrorKind::ArgumentConflict => conflict(error)?.say(lang),
        _ => return None,
    };
    for (index, tip) in tips.iter().enumerate() {
        let blank = if index == 0 { "\n" } else { "" };
        said.push_str(&format!("{blank}\n{INDENT}{}", tip.say(lang)));
    }
    Some(said)
}

/// A piece of the complaint that is one word or phrase, such as the
/// argument it is about.
fn text(error: &clap::Error, kind: ContextKind) -> Option<&str> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.as_str()),
        _ => None,
    }
}

/// Two words that cannot go together, or one given twice.
fn conflict(error: &clap::Error) -> Option<Phrase> {
    let text = |kind| text(error, kind);
    let other = text(ContextKind::PriorArg)?;
    Some(match text(ContextKind::InvalidArg) {
        Some(argument) if argument == other => {
            phrase!("cli-parse-used-twice", argument = argument)
        }
        Some(argument) => phrase!("cli-parse-conflict", argument = argument, other = other),
        None => phrase!(
            "cli-parse-command-conflict",
            command = text(ContextKind::InvalidSubcommand)?,
            other = other
        ),
    })
}

/// The tips under a complaint: the "a similar … exists" ones, then those
/// clap words itself, each recognised by its English words; `None` if one
/// is not recognised.
fn tips(error: &clap::Error) -> Option<Vec<Phrase>> {
    let mut tips = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let names: Vec<String> = match error.get(kind) {
            Some(ContextValue::String(name)) => vec![format!("'{name}'")],
            Some(ContextValue::Strings(names)) => names.iter().map(|n| format!("'{n}'")).collect(),
            _ => continue,
        };
        if names.is_empty() {
            continue;
        }
        let (count, names) = (names.len(), names.join(", "));
        tips.push(match kind {
            ContextKind::SuggestedSubcommand => {
                phrase!("cli-parse-similar-command", count = count, names = names)
            }
            ContextKind::SuggestedArg => {
                phrase!("cli-parse-similar-argument", count = count, names = names)
            }
            _ => phrase!("cli-parse-similar-value", count = count, names = names),
        });
    }
    if let Some(ContextValue::StyledStrs(worded)) = error.get(ContextKind::Suggested) {
        for tip in worded {
            tips.push(recognised(error, &format!("tip: {tip}"))?);
        }
    }
    Some(tips)
}

/// A tip clap worded itself, as the catalogue says it, if it is one the
/// catalogue knows: for now, how to pass a word that looks like an option.
fn recognised(error: &clap::Error, tip: &str) -> Option<Phrase> {
    let known = phrase!(
        "cli-parse-pass-as-value",
        word = text(error, ContextKind::InvalidArg)?
    );
    (known.say(Language::En) == tip).then_some(known)
}
