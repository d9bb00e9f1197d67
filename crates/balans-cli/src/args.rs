//! What `balans` understands, declared once: clap reads the command line
//! from these types, and the same definitions write `--help`, the shell
//! completions and the man page, so none of them can drift from the parser.

use std::path::PathBuf;

use balans_core::{Asked, DecisionPower, Direction, Relationship};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};

/// The most hits `search --limit` may ask for (the core's own limit).
const MAX_HITS: i64 = balans_core::views::search::MAX_HITS as i64;

#[derive(Debug, Parser)]
#[command(
    name = "balans",
    version,
    about = "Keeps the give and take of your business relationships in balance.",
    long_about = "Keeps the give and take of your business relationships in balance.\n\n\
        The command line works on the same ledger as the window. Without a command, \
        `balans` opens the window.",
    after_help = "PERSON and ORG are an id or an exact name, in any case. Dates are YYYY-MM-DD.\n\
        Exit codes: 0 done, 1 refused or not found, 2 not understood.",
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command takes, anywhere on the line.
#[derive(Debug, Args)]
pub struct Global {
    /// Print JSON (errors too, on stderr, as {"code", "key", "message", …})
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,
    /// Use the ledger in DIR (else $BALANS_DATA_DIR, else the app's own folder)
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        help_heading = "Global options"
    )]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Everyone, with relationship, balance and tags; or add someone
    #[command(disable_help_subcommand = true)]
    People {
        #[command(subcommand)]
        action: Option<PeopleAction>,
    },
    /// One person: balance, style, signals, organisations, introductions, reminders
    Person {
        /// The person's id or exact name
        #[arg(required = true, num_args = 1.., value_name = "PERSON")]
        person: Vec<String>,
    },
    /// Organisations, with balance and stranded credits; or add one
    #[command(disable_help_subcommand = true)]
    Orgs {
        #[command(subcommand)]
        action: Option<OrgAction>,
    },
    /// Record that a person is (or was) at an organisation
    Affiliate(Affiliate),
    /// Record one exchange: what you gave or received
    Log(Log),
    /// Everyone you exchanged with, largest credit first
    Balances,
    /// Where your business comes from, and whether one source dominates
    Business,
    /// One-sided and at-risk relationships, most severe first
    Signals {
        /// Only the signals about this person
        #[arg(value_name = "PERSON")]
        person: Vec<String>,
    },
    /// Giver, matcher or taker: you first, then everyone (or one person)
    Styles {
        /// Only you and this person
        #[arg(value_name = "PERSON")]
        person: Vec<String>,
    },
    /// Reminders due now and coming up; mark one done, snooze or dismiss it
    #[command(disable_help_subcommand = true)]
    #[command(args_conflicts_with_subcommands = true)]
    Reminders {
        #[command(flatten)]
        list: ListReminders,
        #[command(subcommand)]
        action: Option<ReminderAction>,
    },
    /// People, organisations and notes, by the start of any word
    Search(Search),
    /// The kinds of help `log` accepts, with their default values
    Kinds,
    /// Take everything out: a JSON backup, CSV, vCard, iCalendar, a journal, a report
    Export(Export),
    /// Bring data in: a JSON backup, or contacts from vCard, LinkedIn or CSV
    Import(Import),
    /// Print a completion script for your shell
    Completions {
        #[arg(value_parser = PossibleValuesParser::new(["bash", "zsh", "fish"]))]
        shell: String,
    },
    /// Write the manual pages (roff) into a folder, for packagers
    #[command(hide = true)]
    Manual {
        /// The folder for balans.1 and a page per command
        folder: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum PeopleAction {
    /// Everyone not in the trash (the default)
    List,
    /// Add a contact
    Add(AddPerson),
}

#[derive(Debug, Args)]
pub struct AddPerson {
    /// Their name as you say it (1 to 200 characters)
    #[arg(allow_hyphen_values = true)]
    pub name: String,
    /// How you know them
    #[arg(long, value_name = "RELATIONSHIP", ignore_case = true, value_parser = relationship())]
    pub relationship: Option<Relationship>,
    /// A tag; repeat for more
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Anything worth remembering about them; found by `search`
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// Keep in touch every DAYS days (1 to 3650)
    #[arg(long, value_name = "DAYS")]
    pub cadence: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum OrgAction {
    /// Every organisation not in the trash (the default)
    List,
    /// Add an organisation
    Add {
        /// The organisation's name
        #[arg(allow_hyphen_values = true)]
        name: String,
        /// Anything worth remembering about it; found by `search`
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct Affiliate {
    /// The person's id or exact name
    #[arg(allow_hyphen_values = true)]
    pub person: String,
    /// The organisation's id or exact name
    #[arg(allow_hyphen_values = true)]
    pub org: String,
    /// How much they can decide there
    #[arg(long, ignore_case = true, value_parser = decision_power())]
    pub power: DecisionPower,
    /// Their job there
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Since when (default: unknown)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Until when, if they left
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct Log {
    /// Who: their id or exact name
    #[arg(allow_hyphen_values = true)]
    pub person: String,
    /// Which way it went
    #[arg(ignore_case = true, value_parser = direction())]
    pub direction: Direction,
    /// advice, introduction, referral, favour, gift, … (see `balans kinds`)
    #[arg(allow_hyphen_values = true)]
    pub kind: String,
    /// Credits, above 0 and at most 1000 (default: the kind's value)
    #[arg(long, value_name = "CREDITS")]
    pub value: Option<f64>,
    /// When (default: today)
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Whether the help was asked for
    #[arg(long, ignore_case = true, value_parser = asked())]
    pub asked: Option<Asked>,
    /// The receiver showed recognition
    #[arg(long)]
    pub acknowledged: bool,
    /// The person introduced or referred
    #[arg(long, value_name = "PERSON")]
    pub third: Option<String>,
    /// A day to follow up
    #[arg(long, value_name = "DATE")]
    pub follow_up: Option<String>,
    /// A note, found later by `search`
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ReminderAction {
    /// Due reminders, those coming up, and snoozed ones (the default)
    List(ListReminders),
    /// Handled (for thanks: everything the person gave counts as acknowledged)
    Done {
        /// The reminder's key, as `balans reminders` lists it
        key: String,
    },
    /// Not wanted: this occurrence never comes back
    Dismiss {
        /// The reminder's key, as `balans reminders` lists it
        key: String,
    },
    /// Out of sight until a later day (default: a week)
    Snooze {
        /// The reminder's key, as `balans reminders` lists it
        key: String,
        /// The day it comes back
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
    },
}

/// `reminders` and `reminders list` take the same option.
#[derive(Debug, Args)]
pub struct ListReminders {
    /// How many days ahead "coming up" looks
    #[arg(long, value_name = "DAYS", default_value_t = 7,
          value_parser = clap::value_parser!(u16).range(0..=366))]
    pub ahead: u16,
}

#[derive(Debug, Args)]
pub struct Search {
    /// Words that must each start a word somewhere
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// At most N hits (1 to 500)
    #[arg(long, value_name = "N", default_value_t = 20,
          value_parser = clap::value_parser!(u16).range(1..=MAX_HITS))]
    pub limit: u16,
}

#[derive(Debug, Args)]
pub struct Export {
    #[arg(value_parser = PossibleValuesParser::new(["json", "csv", "vcard", "ics", "journal", "html"]))]
    pub format: String,
    /// A file (a folder for csv); - is standard output
    pub target: String,
    /// Replace files that exist
    #[arg(long)]
    pub replace: bool,
    /// For html: a report of this person instead of the network
    #[arg(long, value_name = "PERSON")]
    pub person: Option<String>,
}

#[derive(Debug, Args)]
pub struct Import {
    #[arg(value_parser = PossibleValuesParser::new(["json", "vcard", "linkedin", "csv"]))]
    pub format: String,
    /// The file; - is standard input
    pub file: String,
    /// For json: add new rows, update rows with the same id
    #[arg(long, conflicts_with = "replace")]
    pub merge: bool,
    /// For json: make the ledger exactly the backup
    #[arg(long)]
    pub replace: bool,
    /// For json: only say what would change
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
