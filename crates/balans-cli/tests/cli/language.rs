//! The command line speaks the reader's language: Dutch under a Dutch
//! locale or in a ledger set to Dutch, English otherwise, in its listings,
//! its messages, `--help` and what it says about words it cannot
//! understand. Commands, options and JSON stay English in both.

use std::path::Path;

use serde_json::Value;

use crate::process::{balans_in, command, finish, Ran, EXIT_REFUSED, EXIT_USAGE};

const DUTCH: &str = "nl_NL.UTF-8";

/// Words of the command line's own that only its English says; none may
/// show in Dutch output.
const ENGLISH_LABELS: &[&str] = &[
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "[OPTIONS]",
    "<COMMAND>",
    "<PERSON>",
    "Print help",
    "[default",
    "[possible values",
    "error:",
    "tip: a similar",
    "For more information",
    "NAME",
    "RELATIONSHIP",
    "BALANCE",
    "EXCHANGES",
    "GIVEN",
    "RECEIVED",
    "SHARE",
    "DUE",
    "WHAT",
    "KEY",
    "Balance",
    "Style",
    "Signals",
    "Reminders",
    "Introductions",
    "Organisations",
    "Suggestion",
    "Warning",
    "In all",
    "[high]",
    "[medium]",
    "[low]",
    "one sided",
    "not enough data",
    "Due",
    "given to",
    "received from",
];

/// `balans --data-dir DIR WORDS…` under the locale `lang`.
fn balans_under(lang: &str, dir: &Path, words: &[&str]) -> Ran {
    finish(
        command()
            .env("LANG", lang)
            .arg("--data-dir")
            .arg(dir)
            .args(words),
    )
}

/// Everything a run wrote, stdout and stderr.
fn said(ran: &Ran) -> String {
    format!("{}{}", ran.out(), ran.err())
}

/// Fails unless `text` holds every one of `dutch` and none of the English
/// labels.
fn assert_dutch(words: &[&str], text: &str, dutch: &[&str]) {
    for word in dutch {
        assert!(
            text.contains(word),
            "{words:?} does not say {word:?}:\n{text}"
        );
    }
    for english in ENGLISH_LABELS {
        assert!(
            !text.contains(english),
            "{words:?} says {english:?}:\n{text}"
        );
    }
}

const SANNE: &str = "Sanne de Vries";
const BRAM: &str = "Bram Visser";

/// A ledger with a prospect you keep advising, a client who brought
/// business, and an organisation.
fn story() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let ok = |words: &[&str]| {
        let ran = balans_in(dir.path(), words);
        assert_eq!(ran.code, 0, "{words:?}: {}", ran.err());
    };
    ok(&["people", "add", SANNE, "--relationship", "prospect"]);
    ok(&["people", "add", BRAM, "--relationship", "client"]);
    ok(&["orgs", "add", "Bothof BV"]);
    ok(&["affiliate", SANNE, "Bothof BV", "--power", "none"]);
    for day in ["2024-01-10", "2024-01-17", "2024-01-24"] {
        ok(&[
            "log", SANNE, "gave", "advice", "--asked", "no", "--date", day,
        ]);
    }
    ok(&[
        "log",
        BRAM,
        "received",
        "business",
        "--value",
        "20.5",
        "--date",
        "2024-02-02",
    ]);
    dir
}

#[test]
fn help_and_complaints_are_dutch_under_a_dutch_locale() {
    let dir = tempfile::tempdir().unwrap();
    let help = balans_under(DUTCH, dir.path(), &["--help"]);
    assert_eq!(help.code, 0);
    assert_dutch(
        &["--help"],
        &said(&help),
        &[
            "Gebruik: balans [OPTIES] [OPDRACHT]",
            "Opdrachten:",
            "Algemene opties:",
            "Toon hulp",
        ],
    );
    let people = balans_under(DUTCH, dir.path(), &["people", "add", "--help"]);
    assert_dutch(
        &["people", "add", "--help"],
        &said(&people),
        &[
            "Argumenten:",
            "Opties:",
            "<NAAM>",
            "[mogelijke waarden: client,",
            "--relationship",
        ],
    );
    let ahead = balans_under(DUTCH, dir.path(), &["reminders", "-h"]);
    assert_dutch(
        &["reminders", "-h"],
        &said(&ahead),
        &["[standaard: 7]", "<DAGEN>"],
    );

    let typo = balans_under(DUTCH, dir.path(), &["peeple"]);
    assert_eq!(typo.code, EXIT_USAGE);
    assert!(typo.out().is_empty());
    assert_dutch(
        &["peeple"],
        &typo.err(),
        &[
            "fout: onbekende opdracht 'peeple'",
            "'people'",
            "Gebruik:",
            "Typ '--help'",
        ],
    );
    let missing = balans_under(DUTCH, dir.path(), &["log"]);
    assert_eq!(missing.code, EXIT_USAGE);
    assert_dutch(&["log"], &missing.err(), &["ontbreken", "<PERSOON>"]);
    let choice = balans_under(DUTCH, dir.path(), &["log", "x", "gaf", "advice"]);
    assert_dutch(
        &["log", "x", "gaf"],
        &choice.err(),
        &["'gave'", "mogelijke waarden"],
    );

    let refused = balans_under(DUTCH, dir.path(), &["log", "nobody", "gave", "advice"]);
    assert_eq!(refused.code, EXIT_REFUSED);
    assert_dutch(
        &["log", "nobody"],
        &refused.err(),
        &["fout: Geen enkele persoon"],
    );
}

#[test]
fn listings_are_dutch_under_a_dutch_locale() {
    let dir = story();
    let cases: [(&[&str], &[&str]); 6] = [
        (
            &["people"],
            &["NAAM", "RELATIE", "SALDO", "-20,5", "prospect"],
        ),
        (&["balances"], &["GEGEVEN", "ONTVANGEN", "Positief:"]),
        (
            &["person", BRAM],
            &[
                "Saldo: -20,5",
                "1 uitwisseling",
                "Stijl: te weinig gegevens",
                "Signalen",
                "[hoog]",
                "Suggestie:",
            ],
        ),
        (
            &["person", SANNE],
            &[
                "Organisaties",
                "Bothof BV (none)",
                "tot nu",
                "ongevraagd advies",
            ],
        ),
        (
            &["business"],
            &["VAN", "AANDEEL", "In totaal: 20,5 credits", "Waarschuwing:"],
        ),
        (
            &["reminders"],
            &["Aan de beurt", "DATUM", "SLEUTEL", "Bedank Bram Visser"],
        ),
    ];
    for (words, dutch) in cases {
        let ran = balans_under(DUTCH, dir.path(), words);
        assert_eq!(ran.code, 0, "{words:?}: {}", ran.err());
        assert_dutch(words, &ran.out(), dutch);
    }
    let logged = balans_under(DUTCH, dir.path(), &["log", BRAM, "gave", "gift"]);
    assert_dutch(
        &["log"],
        &logged.out(),
        &["Vastgelegd: gift gegeven aan Bram Visser", "Saldo met"],
    );
}

#[test]
fn english_under_the_c_locale() {
    let dir = story();
    let help = balans_under("C", dir.path(), &["--help"]);
    assert!(
        help.out().contains("Usage: balans [OPTIONS] [COMMAND]"),
        "{}",
        help.out()
    );
    assert!(help.out().contains("\nOptions:\n"), "{}", help.out());
    let typo = balans_under("C", dir.path(), &["peeple"]);
    assert!(
        typo.err()
            .starts_with("error: unrecognized subcommand 'peeple'"),
        "{}",
        typo.err()
    );
    let person = balans_under("C", dir.path(), &["person", BRAM]);
    assert!(person
        .out()
        .contains("Balance: -20.5 (given 0, received 20.5, in 1 exchange)"));
    assert!(person.out().contains("Suggestion: "), "{}", person.out());
    let people = balans_under("C", dir.path(), &["people"]);
    assert!(people.out().starts_with("NAME "), "{}", people.out());
}

#[test]
fn json_stays_english_under_a_dutch_locale() {
    let dir = story();
    let json = |words: &[&str]| -> Value {
        let mut all = vec!["--json"];
        all.extend(words);
        let ran = balans_under(DUTCH, dir.path(), &all);
        serde_json::from_str(&ran.out()).unwrap_or_else(|e| panic!("{words:?}: {e}"))
    };
    let people = json(&["people"]);
    assert_eq!(people[0]["person"]["relationship"], "client");
    assert!(people[0]["balance"]["balance"].is_number());
    let styles = json(&["styles"]);
    assert_eq!(styles[0]["name"], "You");
    assert_eq!(styles[0]["person_id"], Value::Null);
    let signals = json(&["signals", BRAM]);
    assert_eq!(signals[0]["kind"], "one_sided_taking");
    assert_eq!(signals[0]["severity"], "high");
    let search = json(&["search", "bram"]);
    assert_eq!(search[0]["entity"], "person");

    let refused = balans_under(
        DUTCH,
        dir.path(),
        &["--json", "log", "nobody", "gave", "advice"],
    );
    let error: Value = serde_json::from_str(&refused.err()).unwrap();
    assert_eq!(error["code"], "not_found");
    assert_eq!(error["key"], "cli-no-such-name");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .starts_with("Geen enkele persoon"));
}

#[test]
fn a_ledger_set_to_dutch_is_read_in_dutch_whatever_the_system_says() {
    let dir = story();
    let backup = dir.path().join("backup.json");
    let exported = balans_in(
        dir.path(),
        &[
            std::ffi::OsStr::new("export"),
            "json".as_ref(),
            backup.as_os_str(),
        ],
    );
    assert_eq!(exported.code, 0, "{}", exported.err());
    let mut data: Value = serde_json::from_str(&std::fs::read_to_string(&backup).unwrap()).unwrap();
    data["tables"]["setting"] = serde_json::json!([{"key": "language", "value": "\"nl\""}]);
    std::fs::write(&backup, data.to_string()).unwrap();
    let merged = balans_in(
        dir.path(),
        &[
            std::ffi::OsStr::new("import"),
            "json".as_ref(),
            backup.as_os_str(),
            "--merge".as_ref(),
        ],
    );
    assert_eq!(merged.code, 0, "{}", merged.err());

    let balances = balans_under("C", dir.path(), &["balances"]);
    assert_dutch(
        &["balances"],
        &balances.out(),
        &["NAAM", "GEGEVEN", "Positief:"],
    );
    // Help comes before the ledger is opened: it follows the system.
    let help = balans_under("C", dir.path(), &["--help"]);
    assert!(help.out().contains("Usage: balans"), "{}", help.out());
}

#[test]
fn completions_and_manual_pages_are_english_whatever_the_system_says() {
    let dir = tempfile::tempdir().unwrap();
    let zsh = balans_under(DUTCH, dir.path(), &["completions", "zsh"]).out();
    assert!(zsh.contains("Print JSON"), "{zsh}");
    assert!(!zsh.contains("Geef JSON"), "{zsh}");
    let pages = tempfile::tempdir().unwrap();
    let folder = pages.path().to_str().unwrap();
    let manual = balans_under(DUTCH, dir.path(), &["manual", folder]);
    assert_eq!(manual.code, 0, "{}", manual.err());
    let page = std::fs::read_to_string(pages.path().join("balans-log.1")).unwrap();
    assert!(page.contains("Which way it went"), "{page}");
    let main = std::fs::read_to_string(pages.path().join("balans.1")).unwrap();
    assert!(main.contains(".SH SUBCOMMANDS"), "{main}");
}
