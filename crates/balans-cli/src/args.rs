//! What `balans` understands, declared once: clap reads the command line
//! from these types, and the same definitions write `--help`, the shell
//! completions and the man page, so none of them can drift from the parser.
//! The words that describe them are not here but in the catalogue, in every
//! language (`help/words.rs` names them).

use std::path::PathBuf;

use balans_core::import_export::csv_export::CsvStyle;
use balans_core::{Asked, DecisionPower, Direction, Relationship};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{ArgAction, Args, Parser, Subcommand};

/// The most hits `search --limit` may ask for (the core's own limit).
pub(crate) const MAX_HITS: i64 = balans_core::views::search::MAX_HITS as i64;

#[derive(Debug, Parser)]
#[command(
    name = "balans",
    version,
    max_term_width = 100,
    disable_help_flag = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

// Options every command takes, anywhere on the line. `--help` is declared
// here instead of by clap so that its words, too, come from the catalogue:
// first, so help lists its section before these global options, and with
// clap's display order, so it comes after a command's own options.
#[derive(Debug, Args)]
pub struct Global {
    #[arg(short, long, global = true, action = ArgAction::Help, display_order = 999)]
    help: Option<bool>,
    #[arg(long, global = true)]
    pub json: bool,
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(disable_help_subcommand = true)]
    People {
        #[command(subcommand)]
        action: Option<PeopleAction>,
    },
    Person {
        #[arg(required = true, num_args = 1.., value_name = "PERSON")]
        person: Vec<String>,
    },
    #[command(disable_help_subcommand = true)]
    Orgs {
        #[command(subcommand)]
        action: Option<OrgAction>,
    },
    Affiliate(Affiliate),
    Log(Log),
    Balances,
    Business,
    Signals {
        #[arg(value_name = "PERSON")]
        person: Vec<String>,
    },
    Styles {
        #[arg(value_name = "PERSON")]
        person: Vec<String>,
    },
    #[command(disable_help_subcommand = true)]
    #[command(args_conflicts_with_subcommands = true)]
    Reminders {
        #[command(flatten)]
        list: ListReminders,
        #[command(subcommand)]
        action: Option<ReminderAction>,
    },
    Search(Search),
    Kinds,
    #[command(disable_help_subcommand = true)]
    Sync {
        #[command(subcommand)]
        action: Option<SyncAction>,
    },
    Export(Export),
    Import(Import),
    UndoImport,
    UndoMerge,
    Completions {
        #[arg(value_parser = PossibleValuesParser::new(["bash", "zsh", "fish"]))]
        shell: String,
    },
    #[command(hide = true)]
    Manual {
        folder: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum SyncAction {
    Setup { folder: PathBuf },
    Status,
    Leave,
}

#[derive(Debug, Subcommand)]
pub enum PeopleAction {
    List,
    Add(AddPerson),
    Edit(EditPerson),
    Duplicates,
    Merge(MergePeople),
}

#[derive(Debug, Args)]
pub struct MergePeople {
    #[arg(allow_hyphen_values = true, value_name = "PERSON")]
    pub keep: String,
    #[arg(allow_hyphen_values = true, value_name = "PERSON")]
    pub other: String,
}

#[derive(Debug, Args)]
pub struct AddPerson {
    #[arg(allow_hyphen_values = true)]
    pub name: String,
    #[command(flatten)]
    pub fields: PersonFields,
}

#[derive(Debug, Args)]
pub struct EditPerson {
    #[arg(allow_hyphen_values = true)]
    pub person: String,
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: PersonFields,
}

/// What `people add` sets and `people edit` changes: an option left out
/// keeps what is there (the default, when adding); a repeated option is a
/// whole list, and an empty value (`--email ""`) empties it.
#[derive(Debug, Args)]
pub struct PersonFields {
    #[arg(long, value_name = "RELATIONSHIP", ignore_case = true, value_parser = relationship())]
    pub relationship: Option<Relationship>,
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    #[arg(long, value_name = "DAYS")]
    pub cadence: Option<u32>,
    // `--05-17` is a birthday without its year, not an option.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    #[arg(long, value_name = "ADDRESS")]
    pub email: Vec<String>,
    #[arg(long, value_name = "NUMBER")]
    pub phone: Vec<String>,
    #[arg(long, value_name = "ADDRESS")]
    pub url: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum OrgAction {
    List,
    Add {
        #[arg(allow_hyphen_values = true)]
        name: String,
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct Affiliate {
    #[arg(allow_hyphen_values = true)]
    pub person: String,
    #[arg(allow_hyphen_values = true)]
    pub org: String,
    #[arg(long, ignore_case = true, value_parser = decision_power())]
    pub power: DecisionPower,
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct Log {
    #[arg(allow_hyphen_values = true)]
    pub person: String,
    #[arg(ignore_case = true, value_parser = direction())]
    pub direction: Direction,
    #[arg(allow_hyphen_values = true)]
    pub kind: String,
    #[arg(long, value_name = "CREDITS")]
    pub value: Option<f64>,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[arg(long, ignore_case = true, value_parser = asked())]
    pub asked: Option<Asked>,
    #[arg(long)]
    pub acknowledged: bool,
    #[arg(long, value_name = "PERSON")]
    pub third: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub follow_up: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ReminderAction {
    List(ListReminders),
    Done {
        key: String,
    },
    Dismiss {
        key: String,
    },
    Snooze {
        key: String,
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
    },
}

// `reminders` and `reminders list` take the same option.
#[derive(Debug, Args)]
pub struct ListReminders {
    #[arg(long, value_name = "DAYS", default_value_t = 7,
          value_parser = clap::value_parser!(u16).range(0..=366))]
    pub ahead: u16,
}

#[derive(Debug, Args)]
pub struct Search {
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    #[arg(long, value_name = "N", default_value_t = 20,
          value_parser = clap::value_parser!(u16).range(1..=MAX_HITS))]
    pub limit: u16,
}

#[derive(Debug, Args)]
pub struct Export {
    #[arg(value_parser = PossibleValuesParser::new(["json", "csv", "vcard", "ics", "journal", "html"]))]
    pub format: String,
    pub target: String,
    #[arg(long)]
    pub replace: bool,
    #[arg(long, value_name = "PERSON")]
    pub person: Option<String>,
    #[arg(long, value_parser = one_of(&["comma", "semicolon"], CsvStyle::parse))]
    pub csv_style: Option<CsvStyle>,
}

#[derive(Debug, Args)]
pub struct Import {
    #[arg(value_parser = PossibleValuesParser::new(["json", "vcard", "linkedin", "csv"]))]
    pub format: String,
    pub file: String,
    #[arg(long, conflicts_with = "replace")]
    pub merge: bool,
    #[arg(long)]
    pub replace: bool,
    #[arg(long)]
    pub preview: bool,
}

/// A value parser for one of a few words, read by the core's own `parse`.
fn one_of<T: Clone + Send + Sync + 'static>(
    names: &'static [&'static str],
    parse: fn(&str) -> Option<T>,
) -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(names).try_map(move |name: String| {
        parse(&name.to_lowercase()).ok_or(format!("\"{name}\" is not one of: {}", names.join(", ")))
    })
}

fn relationship() -> impl TypedValueParser<Value = Relationship> {
    one_of(&Relationship::NAMES, Relationship::parse)
}

fn direction() -> impl TypedValueParser<Value = Direction> {
    one_of(&["gave", "received"], Direction::parse)
}

fn asked() -> impl TypedValueParser<Value = Asked> {
    one_of(&["yes", "no", "unknown"], Asked::parse)
}

fn decision_power() -> impl TypedValueParser<Value = DecisionPower> {
    one_of(&["decides", "influences", "none"], DecisionPower::parse)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_definitions_hold_together() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_relationship_is_offered() {
        let offered: Vec<String> = relationship()
            .possible_values()
            .into_iter()
            .flatten()
            .map(|v| v.get_name().to_owned())
            .collect();
        let all: Vec<&str> = Relationship::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(offered, all);
    }
}
