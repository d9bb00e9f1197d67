//! Which catalogue message describes which command and which word of it.
//! Every key is named here literally, so the catalogue's checks see each one
//! in use; a command or word missing here has no help, which the tests in
//! `help/mod.rs` refuse.

use balans_core::files::data_folder::DATA_DIR_ENV;
use balans_core::phrase;
use balans_core::sync::SYNC_ROOT;
use balans_core::words::Phrase;

use crate::args::MAX_HITS;

/// The shape of an error with `--json`, as the help for `--json` shows it.
const ERROR_SHAPE: &str = r#"{"code", "key", "message", …}"#;

/// A placeholder such as `PERSON` or `DAYS` in the reader's language.
pub(crate) fn value_name(name: &str) -> Phrase {
    phrase!("cli-value-name", name = name)
}

/// What the command at `path` is for: `""` is `balans` itself, `"people
/// add"` a subcommand; clap's own `help` command is `"help"`.
pub(super) fn about(path: &str) -> Option<Phrase> {
    let about = match path {
        "" => phrase!("cli-about"),
        "people" => phrase!("cli-about-people"),
        "people list" => phrase!("cli-about-people-list"),
        "people add" => phrase!("cli-about-people-add"),
        "people edit" => phrase!("cli-about-people-edit"),
        "people duplicates" => phrase!("cli-about-people-duplicates"),
        "people merge" => phrase!("cli-about-people-merge"),
        "person" => phrase!("cli-about-person"),
        "orgs" => phrase!("cli-about-orgs"),
        "orgs list" => phrase!("cli-about-orgs-list"),
        "orgs add" => phrase!("cli-about-orgs-add"),
        "affiliate" => phrase!("cli-about-affiliate"),
        "log" => phrase!("cli-about-log"),
        "balances" => phrase!("cli-about-balances"),
        "business" => phrase!("cli-about-business"),
        "signals" => phrase!("cli-about-signals"),
        "styles" => phrase!("cli-about-styles"),
        "reminders" => phrase!("cli-about-reminders"),
        "reminders list" => phrase!("cli-about-reminders-list"),
        "reminders done" => phrase!("cli-about-reminders-done"),
        "reminders dismiss" => phrase!("cli-about-reminders-dismiss"),
        "reminders snooze" => phrase!("cli-about-reminders-snooze"),
        "search" => phrase!("cli-about-search"),
        "kinds" => phrase!("cli-about-kinds"),
        "sync" => phrase!("cli-about-sync"),
        "sync setup" => phrase!("cli-about-sync-setup"),
        "sync status" => phrase!("cli-about-sync-status"),
        "sync leave" => phrase!("cli-about-sync-leave"),
        "export" => phrase!("cli-about-export"),
        "import" => phrase!("cli-about-import"),
        "undo-import" => phrase!("cli-about-undo-import"),
        "undo-merge" => phrase!("cli-about-undo-merge"),
        "completions" => phrase!("cli-about-completions"),
        "manual" => phrase!("cli-about-manual"),
        "help" => phrase!("cli-about-help"),
        _ => return None,
    };
    Some(about)
}

/// The longer description of `balans` itself, and the lines after its help.
pub(super) fn long_about() -> [Phrase; 2] {
    [phrase!("cli-about"), phrase!("cli-about-window")]
}

pub(super) fn after_help() -> [Phrase; 2] {
    [
        phrase!(
            "cli-about-names",
            person = value_name("PERSON"),
            org = value_name("ORG")
        ),
        phrase!("cli-about-exit-codes"),
    ]
}

/// `--help` of a command whose `--help` says more than its `-h`.
pub(super) fn help_with_more() -> (Phrase, Phrase) {
    (
        phrase!("cli-arg-help-summary"),
        phrase!("cli-arg-help-more"),
    )
}

/// What the word or option `id` of the command at `path` means.
pub(super) fn arg(path: &str, id: &str) -> Option<Phrase> {
    let words = match (path, id) {
        (_, "help") => phrase!("cli-arg-help"),
        (_, "version") => phrase!("cli-arg-version"),
        (_, "json") => phrase!("cli-arg-json", shape = ERROR_SHAPE),
        (_, "data_dir") => phrase!(
            "cli-arg-data-dir",
            dir = value_name("DIR"),
            variable = DATA_DIR_ENV
        ),
        ("person" | "affiliate" | "people edit", "person") => phrase!("cli-arg-person"),
        ("signals", "person") => phrase!("cli-arg-signals-person"),
        ("styles", "person") => phrase!("cli-arg-styles-person"),
        ("people add", "name") => phrase!("cli-arg-person-name"),
        ("people merge", "keep") => phrase!("cli-arg-merge-keep"),
        ("people merge", "other") => phrase!("cli-arg-merge-other"),
        ("people edit", "name") => phrase!("cli-arg-new-name"),
        ("people add" | "people edit", "relationship") => phrase!("cli-arg-relationship"),
        ("people add" | "people edit", "tag") => phrase!("cli-arg-tag"),
        ("people add" | "people edit", "notes") => phrase!("cli-arg-person-notes"),
        ("people add" | "people edit", "cadence") => {
            phrase!("cli-arg-cadence", days = value_name("DAYS"))
        }
        ("people add" | "people edit", "birthday") => phrase!("cli-arg-birthday"),
        ("people add" | "people edit", "email") => phrase!("cli-arg-email"),
        ("people add" | "people edit", "phone") => phrase!("cli-arg-phone"),
        ("people add" | "people edit", "url") => phrase!("cli-arg-url"),
        ("orgs add", "name") => phrase!("cli-arg-org-name"),
        ("orgs add", "notes") => phrase!("cli-arg-org-notes"),
        ("affiliate", "org") => phrase!("cli-arg-org"),
        ("affiliate", "power") => phrase!("cli-arg-power"),
        ("affiliate", "role") => phrase!("cli-arg-role"),
        ("affiliate", "from") => phrase!("cli-arg-from"),
        ("affiliate", "to") => phrase!("cli-arg-to"),
        ("log", "person") => phrase!("cli-arg-log-person"),
        ("log", "direction") => phrase!("cli-arg-direction"),
        ("log", "kind") => phrase!("cli-arg-kind"),
        ("log", "value") => phrase!("cli-arg-value"),
        ("log", "date") => phrase!("cli-arg-date"),
        ("log", "asked") => phrase!("cli-arg-asked"),
        ("log", "acknowledged") => phrase!("cli-arg-acknowledged"),
        ("log", "third") => phrase!("cli-arg-third"),
        ("log", "follow_up") => phrase!("cli-arg-follow-up"),
        ("log", "note") => phrase!("cli-arg-note"),
        ("reminders" | "reminders list", "ahead") => phrase!("cli-arg-ahead"),
        ("reminders done" | "reminders dismiss" | "reminders snooze", "key") => {
            phrase!("cli-arg-reminder-key")
        }
        ("reminders snooze", "until") => phrase!("cli-arg-until"),
        ("search", "query") => phrase!("cli-arg-query"),
        ("search", "limit") => phrase!("cli-arg-limit", n = value_name("N"), max = MAX_HITS),
        ("export", "format") => phrase!("cli-arg-export-format"),
        ("export", "target") => phrase!("cli-arg-target"),
        ("export", "replace") => phrase!("cli-arg-replace-files"),
        ("export", "person") => phrase!("cli-arg-report-person"),
        ("export", "csv_style") => phrase!("cli-arg-csv-style"),
        ("import", "format") => phrase!("cli-arg-import-format"),
        ("import", "file") => phrase!("cli-arg-file"),
        ("import", "merge") => phrase!("cli-arg-merge"),
        ("import", "replace") => phrase!("cli-arg-replace-ledger"),
        ("import", "preview") => phrase!("cli-arg-preview"),
        ("sync setup", "folder") => phrase!("cli-arg-sync-folder", root = SYNC_ROOT),
        ("completions", "shell") => phrase!("cli-arg-shell"),
        ("manual", "folder") => phrase!("cli-arg-folder"),
        _ => return None,
    };
    Some(words)
}
