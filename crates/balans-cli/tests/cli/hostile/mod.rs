//! Every way in is checked, every way out is escaped. Hostile values go in
//! through every way the core has (the JSON backup, merged and replacing; the
//! contacts CSV; vCard; LinkedIn's CSV; the command line), on real files in
//! temporary folders. What the rules refuse must be refused and change
//! nothing; what they allow (markup, quotes, separators, formulas, line
//! breaks in notes) must come out of every export as text in that format:
//! the HTML report has no element or attribute it did not write, vCard and
//! iCalendar read back with one card or event per person and no extra, the
//! journal reads in hledger with no account it did not write, CSV cells are
//! never formulas, and the terminal receives no control character but line
//! feeds and tabs. A ledger an older Balans may have filled with worse (ESC
//! sequences, bidi overrides, a date and an id that are markup) is made with
//! SQL on the file and sent through every way out too.

use std::path::Path;

use balans_core::{Direction, ExchangeInput, PersonInput, Store};

use crate::process::balans_in;
use serde_json::Value;

/// Text every rule allows, that each format must still escape.
const TRICKY: &[&str] = &[
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script> & \"quotes\" 'too'",
    "Evil; END:VCARD, BEGIN:VCARD\\",
    "=HYPERLINK(\"http://x\")",
    "x'); DROP TABLE person;--",
    "-1000 CR",
    "@SUM(A1)",
    "Zoë (IL) \u{5e9}\u{5e8}\u{5d4}\u{200f}",
];

/// A note that tries to start lines of its own in every line-based format.
const NOTE: &str = "first line\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected\n\
                    2026-01-01 injected\n    assets:stolen  1000 CR\n    you\n\
                    <img src=x onerror=alert(1)>";

/// Text no way in may accept.
const REFUSED_TEXT: &[&str] = &[
    "Evil\u{1b}[2J",
    "Over\u{202e}ride",
    "Isolate\u{2066}d",
    "Bell\u{7}",
    "C1\u{9b}31m",
];

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The `balans` binary on `dir`: exit code, stdout and stderr as bytes.
fn run_cli(dir: &Path, words: &[&str]) -> (i32, Vec<u8>, Vec<u8>) {
    let ran = balans_in(dir, words);
    (ran.code, ran.stdout, ran.stderr)
}

fn backups_in(dir: &Path) -> usize {
    std::fs::read_dir(dir.join("backups")).map_or(0, |entries| entries.count())
}

/// A ledger in a folder with a few people, exchanges and a tag.
fn small_ledger(dir: &Path) -> Store {
    let mut store = Store::open_in_dir(dir).unwrap();
    for name in ["Anna", "Bram"] {
        let mut input = PersonInput::named(name);
        input.tags = vec!["klant".to_owned()];
        let id = store.add_person(&input).unwrap().id;
        store
            .record_exchange(&ExchangeInput::new(
                &id,
                "2026-11-01",
                Direction::Gave,
                "advice",
            ))
            .unwrap();
    }
    store
}

/// `backup` with `change` applied to its JSON.
fn changed(backup: &[u8], change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut doc: Value = serde_json::from_slice(backup).unwrap();
    change(&mut doc);
    serde_json::to_vec(&doc).unwrap()
}

fn row<'a>(doc: &'a mut Value, table: &str, index: usize) -> &'a mut Value {
    &mut doc["tables"][table][index]
}

mod ways_in;
mod ways_out;
