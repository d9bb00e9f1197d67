//! The JSON backup and the CSV exports on real SQLite files: a backup restores
//! to the same bytes, a merge keeps what only the ledger has, a bad file
//! changes nothing, and CSV reads back with a real parser.

use balans_core::import_export::csv_export::{CsvStyle, CsvTable};
use balans_core::import_export::json_backup::ImportMode;
use balans_core::samples::synthetic_ledger::{self, Spec};
use balans_core::{Direction, ExchangeInput, PersonInput, Store};
use chrono::NaiveDate;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn generated(seed: u64, people: usize, exchanges: usize) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let spec = Spec {
        people,
        organisations: 3,
        exchanges,
        years: 2,
        seed,
    };
    synthetic_ledger::generate(&mut store, &spec).unwrap();
    store
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn export_import_export_gives_the_same_bytes(seed in any::<u64>(), people in 1..25usize, exchanges in 0..150usize, example in any::<bool>()) {
        let mut original = generated(seed, people, exchanges);
        if example {
            original.load_example(today()).unwrap();
        }
        let first = original.export_json().unwrap();

        let dir = tempfile::tempdir().unwrap();
        let mut restored = Store::open(&dir.path().join("balans.sqlite3")).unwrap();
        restored.import_json(&first, ImportMode::Replace).unwrap();
        let second = restored.export_json().unwrap();
        prop_assert!(first == second, "a restored backup exports the same bytes");
        prop_assert_eq!(original.people_summaries(today()).unwrap(), restored.people_summaries(today()).unwrap());
        prop_assert_eq!(original.signals(today()).unwrap(), restored.signals(today()).unwrap());
        prop_assert!(balans_core::figures::person_stats::consistent(&restored).unwrap());
    }
}

#[test]
fn a_merge_keeps_what_only_the_ledger_has_and_a_replace_does_not() {
    let original = generated(7, 10, 60);
    let backup = original.export_json().unwrap();
    let mut other = Store::open_in_memory().unwrap();
    let mine = other.add_person(&PersonInput::named("Only Here")).unwrap();

    let preview = other.preview_import(&backup).unwrap();
    let people = preview.iter().find(|c| c.table == "person").unwrap();
    assert_eq!((people.added, people.only_here), (10, 1));
    let kinds = preview.iter().find(|c| c.table == "kind").unwrap();
    assert_eq!(kinds.changed + kinds.added, 0, "the same built-in kinds");

    other.import_json(&backup, ImportMode::Merge).unwrap();
    assert_eq!(other.person(&mine.id).unwrap().name, "Only Here");
    assert_eq!(other.people_summaries(today()).unwrap().len(), 11);

    other.import_json(&backup, ImportMode::Replace).unwrap();
    assert!(other.person(&mine.id).is_err(), "a replace removes it");
    assert_eq!(other.export_json().unwrap(), backup);
}

#[test]
fn a_bad_backup_changes_nothing_and_says_where() {
    let mut store = generated(3, 5, 30);
    let before = store.export_json().unwrap();

    let truncated = &before[..before.len() / 2];
    let error = store
        .import_json(truncated, ImportMode::Replace)
        .unwrap_err();
    assert!(error.to_string().contains("line"), "{error}");

    let text = String::from_utf8(before.clone()).unwrap();
    let broken = text.replacen("\"direction\": \"gave\"", "\"direction\": \"sideways\"", 1);
    let error = store
        .import_json(broken.as_bytes(), ImportMode::Replace)
        .unwrap_err();
    assert!(error.to_string().contains("Table exchange, row"), "{error}");

    let orphan = text.replacen("\"person_id\": \"", "\"person_id\": \"nobody-", 1);
    assert!(
        store
            .import_json(orphan.as_bytes(), ImportMode::Replace)
            .is_err(),
        "a row pointing nowhere is refused"
    );

    assert!(store
        .import_json(b"{\"format\": \"other\"}", ImportMode::Merge)
        .is_err());
    assert_eq!(
        store.export_json().unwrap(),
        before,
        "nothing was half-imported"
    );
}

#[test]
fn csv_reads_back_with_a_real_parser_and_formulas_stay_text() {
    let mut store = Store::open_in_memory().unwrap();
    store.load_example(today()).unwrap();
    store
        .add_person(&PersonInput {
            notes: "line one\nline two, with \"quotes\"".into(),
            ..PersonInput::named("=HYPERLINK(\"x\")")
        })
        .unwrap();
    let people = store
        .export_csv(CsvTable::People, today(), CsvStyle::Comma)
        .unwrap();
    let mut reader = csv::Reader::from_reader(people.as_slice());
    let headers = reader.headers().unwrap().clone();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 10);
    let name = headers.iter().position(|h| h == "name").unwrap();
    let notes = headers.iter().position(|h| h == "notes").unwrap();
    let hostile = records
        .iter()
        .find(|r| r[name].contains("HYPERLINK"))
        .unwrap();
    assert_eq!(&hostile[name], "'=HYPERLINK(\"x\")");
    assert_eq!(&hostile[notes], "line one\nline two, with \"quotes\"");

    let exchanges = store
        .export_csv(CsvTable::Exchanges, today(), CsvStyle::Comma)
        .unwrap();
    assert_eq!(
        csv::Reader::from_reader(exchanges.as_slice())
            .records()
            .count(),
        29
    );
    let balances = store
        .export_csv(CsvTable::Balances, today(), CsvStyle::Comma)
        .unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(balances.as_slice())
        .records()
        .map(Result::unwrap)
        .collect();
    let karin = rows.iter().find(|r| &r[1] == "Karin Mulder").unwrap();
    assert_eq!(&karin[4], "-21", "numbers are not neutralised");
}

/// Runs hledger, which `make test` installs; a missing hledger fails the test.
fn hledger_balances(journal: &std::path::Path) -> std::collections::BTreeMap<String, String> {
    let output = std::process::Command::new("hledger")
        .arg("-f")
        .arg(journal)
        .args(["bal", "people", "-O", "csv", "-N", "-E", "--flat"])
        .output()
        .expect("hledger is not installed (Debian package hledger); `make test` installs it");
    assert!(
        output.status.success(),
        "hledger refused the journal: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_owned(), r[1].to_owned())
        })
        .collect()
}

#[test]
fn hledger_reads_the_journal_and_agrees_on_every_balance() {
    let mut store = generated(11, 40, 600);
    store.load_example(today()).unwrap();
    store
        .add_person(&PersonInput::named("Colon: Semi; [Bracket]"))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("balans.journal");
    std::fs::write(&path, store.export_journal().unwrap()).unwrap();
    let from_hledger = hledger_balances(&path);

    let mut compared = 0;
    for summary in store.people_summaries(today()).unwrap() {
        if summary.stats.gave_count + summary.stats.received_count == 0 {
            continue;
        }
        let account = balans_core::import_export::hledger_journal::account(
            &summary.person.name,
            &summary.person.id,
        );
        let shown = from_hledger
            .get(&account)
            .unwrap_or_else(|| panic!("hledger has no account {account}"));
        let amount: f64 = shown
            .trim_end_matches(" CR")
            .parse()
            .unwrap_or_else(|_| panic!("{shown}"));
        assert!(
            (amount - summary.balance.balance).abs() < 0.005,
            "{account}: hledger {shown}, Balans {}",
            summary.balance.balance
        );
        compared += 1;
    }
    assert!(compared > 30, "most people have exchanges ({compared})");
    assert_eq!(compared, from_hledger.len(), "no account without a person");
}

#[test]
fn csv_for_excel_in_dutch_has_its_mark_its_semicolons_and_decimal_commas() {
    let mut store = Store::open_in_memory().unwrap();
    store.load_example(today()).unwrap();
    let anna = store.add_person(&PersonInput::named("Anna")).unwrap();
    let mut half = ExchangeInput::new(&anna.id, "2026-11-20", Direction::Gave, "advice");
    half.value = Some(2.5);
    store.record_exchange(&half).unwrap();
    let semicolon = CsvStyle::of(balans_core::Language::Nl);
    assert_eq!(semicolon, CsvStyle::Semicolon);
    let balances = store
        .export_csv(CsvTable::Balances, today(), semicolon)
        .unwrap();
    assert!(
        balances.starts_with(b"\xEF\xBB\xBFperson_id;person;given;received;balance\r\n")
            || balances.starts_with(b"\xEF\xBB\xBFperson_id;person;given;received;balance\n")
    );
    let comma = store
        .export_csv(CsvTable::Balances, today(), CsvStyle::Comma)
        .unwrap();
    let rows = |bytes: &[u8], separator: u8| -> Vec<csv::StringRecord> {
        csv::ReaderBuilder::new()
            .delimiter(separator)
            .from_reader(bytes)
            .records()
            .map(Result::unwrap)
            .collect()
    };
    let (dutch, english) = (rows(&balances, b';'), rows(&comma, b','));
    assert_eq!(dutch.len(), english.len());
    let mut fractions = 0;
    for (nl, en) in dutch.iter().zip(&english) {
        for column in 2..5 {
            assert_eq!(nl[column].replace(',', "."), en[column]);
            fractions += usize::from(en[column].contains('.'));
        }
    }
    assert!(
        fractions > 0,
        "some balance has a fraction to show the decimal comma"
    );

    // What Balans writes for Excel, Balans reads back as contacts.
    let people = store
        .export_csv(CsvTable::People, today(), semicolon)
        .unwrap();
    let contacts = balans_core::import_export::contacts::ContactFormat::Csv
        .read(&people)
        .unwrap();
    let mut read_back: Vec<String> = contacts.into_iter().map(|c| c.name).collect();
    let mut listed: Vec<String> = store
        .people_summaries(today())
        .unwrap()
        .into_iter()
        .map(|s| s.person.name)
        .collect();
    read_back.sort();
    listed.sort();
    assert_eq!(read_back, listed);
}

/// Checks what an import told its progress: counts that only grow, one
/// total, ending with every row done.
fn told_in_order(told: &[(usize, usize)], rows: usize) {
    assert!(!told.is_empty());
    assert!(told.windows(2).all(|w| w[0].0 <= w[1].0), "only grows");
    assert!(told.iter().all(|&(done, of)| of == rows && done <= of));
    assert_eq!(told.last(), Some(&(rows, rows)), "ends with all done");
}

#[test]
fn a_long_import_tells_how_far_it_has_come() {
    let original = generated(11, 200, 3_000);
    let backup = original.export_json().unwrap();
    let rows: usize = serde_json::from_slice::<serde_json::Value>(&backup).unwrap()["tables"]
        .as_object()
        .unwrap()
        .values()
        .map(|table| table.as_array().unwrap().len())
        .sum();
    assert!(rows > 3_200, "thousands of rows: {rows}");
    let mut told = Vec::new();
    let mut restored = Store::open_in_memory().unwrap();
    restored
        .import_json_telling(&backup, ImportMode::Replace, &mut |done, of| {
            told.push((done, of))
        })
        .unwrap();
    told_in_order(&told, rows);
    assert_eq!(restored.export_json().unwrap(), backup);

    let contacts: Vec<_> = (0..2_000)
        .map(|n| balans_core::import_export::contacts::Contact {
            name: format!("Contact {n}"),
            ..Default::default()
        })
        .collect();
    let mut told = Vec::new();
    let done = restored
        .import_contacts_telling(&contacts, &mut |done, of| told.push((done, of)))
        .unwrap();
    assert_eq!(done.added, 2_000);
    told_in_order(&told, 2_000);
}
