//! `balans help`: every subcommand and option on one screen, so the command
//! line can be learnt without leaving the terminal. docs/cli.md says more.

use super::failure::Outcome;
use super::Context;

const HELP: &str = "\
Balans keeps the give and take of your business relationships in balance.

Usage: balans COMMAND [OPTIONS]

Commands:
  people list                      everyone, with relationship, balance and tags
  people add NAME [--relationship client|prospect|supplier|partner|network|colleague|other]
                  [--tag TAG]... [--notes TEXT] [--cadence DAYS]
  orgs list                        organisations, with balance and stranded credits
  orgs add NAME [--notes TEXT]
  affiliate PERSON ORG --power decides|influences|none [--role ROLE] [--from DATE] [--to DATE]
  log PERSON gave|received KIND [--value CREDITS] [--date DATE] [--asked yes|no|unknown]
                  [--acknowledged] [--third PERSON] [--follow-up DATE] [--note TEXT]
  balances                         everyone you exchanged with, largest credit first
  signals [PERSON]                 one-sided and at-risk relationships, most severe first
  styles [PERSON]                  giver, matcher or taker: you, and everyone (or one person)
  search QUERY [--limit N]         people, organisations and notes; prefixes, any accents
  kinds                            the kinds of help and their default values
  export json FILE [--replace]     everything, as a lossless JSON backup
  export csv FOLDER [--replace]    people, organisations, exchanges and balances as CSV
  export vcard|ics|journal FILE    contacts (vCard 4.0), follow-ups (iCalendar), or
                                   every exchange as an hledger/ledger journal
  export html FILE [--person PERSON]  a printable report of the network or one person
  import json FILE --merge|--replace [--preview]
                                   a JSON backup: match rows by id, or replace everything
  import vcard|linkedin|csv FILE   contacts from a .vcf, LinkedIn's Connections.csv,
                                   or a CSV with a name column
  help                             this text

PERSON and ORG are an id or an exact name (any case). Dates are YYYY-MM-DD;
log's date is today unless given. `--` ends the options.

Options for every command:
  --json            print JSON (errors too, as {\"code\", \"message\", \"field\"})
  --data-dir DIR    use the ledger in DIR (else $BALANS_DATA_DIR, else the app's folder)

Exit codes: 0 done, 1 refused or not found, 2 not understood.
";

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    write!(ctx.out, "{HELP}")?;
    Ok(())
}
