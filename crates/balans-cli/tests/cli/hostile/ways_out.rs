//! The ways out: every export writes what came in as text in its format,
//! and backups and exports are their owner's alone.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use balans_core::import_export::contacts::{parse_contacts_csv, parse_linkedin};
use balans_core::import_export::csv_export::CsvStyle;
use balans_core::import_export::vcard::parse_vcards;
use balans_core::{clock, Direction, ExchangeInput, Settings, Store};
use serde_json::Value;

use super::{changed, row, run_cli, today, NOTE, TRICKY};

/// The tag names and attribute names the report writes itself.
const REPORT_TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "ul", "li",
    "em", "strong", "table", "thead", "tbody", "tr", "th", "td", "br",
];
const REPORT_ATTRIBUTES: &[&str] = &["lang", "charset", "class", "html"];

/// Reads every tag of `html` and checks it is one the report writes, with
/// attributes the report writes: markup from user text can only appear as
/// escaped text, never as an element or an attribute.
fn assert_only_own_markup(html: &str) {
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').expect("every tag closes");
        let tag = &after[..end];
        let mut words = tag.split_whitespace();
        let name = words
            .next()
            .unwrap_or_default()
            .trim_start_matches('/')
            .to_ascii_lowercase();
        assert!(
            REPORT_TAGS.contains(&name.as_str()),
            "an element the report does not write: <{tag}>"
        );
        for attribute in words {
            let attribute = attribute.split('=').next().unwrap_or_default();
            assert!(
                REPORT_ATTRIBUTES.contains(&attribute.to_ascii_lowercase().as_str()),
                "an attribute the report does not write: {attribute} in <{tag}>"
            );
        }
        rest = &after[end + 1..];
    }
    // Inside text, markup is escaped (`&lt;img`), so a real `<img` or
    // `<script` can only be an element; `onerror=` inside a tag would have
    // failed the attribute check above.
    let lower = html.to_ascii_lowercase();
    for element in ["<img", "<script", "<svg"] {
        assert!(!lower.contains(element), "{element} appears as an element");
    }
}

/// Only line feeds and tabs among the control characters, no C1 control,
/// no bidi control: nothing a terminal would act on.
fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    let text = String::from_utf8(bytes.to_vec()).expect("the terminal gets UTF-8");
    for c in text.chars() {
        let acts = (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(!acts, "{what} sent U+{:04X} to the terminal", u32::from(c));
    }
}

/// Fills a ledger through every way in with text the rules allow, then,
/// with SQL on the file, with what an older Balans may have let in.
fn hostile_ledger(dir: &Path) -> Vec<String> {
    let files = tempfile::tempdir().unwrap();
    // The command line.
    for name in TRICKY {
        let (code, _, err) = run_cli(
            dir,
            &["people", "add", name, "--notes", NOTE, "--tag", "a,b;c"],
        );
        assert_eq!(code, 0, "{name}: {}", String::from_utf8_lossy(&err));
    }
    let mut store = Store::open_in_dir(dir).unwrap();
    // The contacts CSV, vCard and LinkedIn.
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(["name", "notes", "organisation", "role"])
        .unwrap();
    csv.write_record([
        "CSV <b>bold</b>",
        NOTE,
        "=Org; END:VCARD",
        "<img src=x onerror=alert(2)>",
    ])
    .unwrap();
    let csv = String::from_utf8(csv.into_inner().unwrap()).unwrap();
    store
        .import_contacts(&parse_contacts_csv(&csv).unwrap())
        .unwrap();
    let vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:vCard\\, with\\; separators <i>\r\n\
                 NOTE:line\\nEND:VCARD\\nBEGIN:VCARD\r\nCATEGORIES:x\\,y,z\r\nEND:VCARD\r\n";
    store
        .import_contacts(&parse_vcards(vcard).unwrap())
        .unwrap();
    let linkedin = "Notes:\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                    \"Linked<svg onload=alert(3)>\",\"In, Out\",https://x.invalid/\"><,,\"+Corp\",\"-CEO\",01 Jan 2026\n";
    store
        .import_contacts(&parse_linkedin(linkedin).unwrap())
        .unwrap();
    // The JSON backup, merged: a person only the backup has.
    let from_backup = uuid_like(7);
    let backup = changed(&store.export_json().unwrap(), |doc| {
        let mut person = row(doc, "person", 0).clone();
        person["id"] = Value::from(from_backup.clone());
        person["name"] = Value::from("Backup </td><script>alert(4)</script>");
        person["notes"] = Value::from(NOTE);
        doc["tables"]["person"].as_array_mut().unwrap().push(person);
    });
    let file = files.path().join("b.json");
    std::fs::write(&file, &backup).unwrap();
    let (code, _, err) = run_cli(dir, &["import", "json", file.to_str().unwrap(), "--merge"]);
    assert_eq!(code, 0, "the merge: {}", String::from_utf8_lossy(&err));

    let mut settings: Settings = store.settings().unwrap();
    settings.default_cadence_days = Some(30);
    store.update_settings(&settings).unwrap();
    let people = store.people_summaries(today()).unwrap();
    assert_eq!(people.len(), TRICKY.len() + 4, "everyone came in");
    let mut ids = Vec::new();
    let id_of = |start: &str| {
        people
            .iter()
            .find(|s| s.person.name.starts_with(start))
            .map(|s| s.person.id.clone())
            .unwrap()
    };
    // Those an older Balans is made to have damaged, below.
    let (victim, renamed, redated) = (id_of("CSV "), id_of("vCard"), id_of("Linked"));
    for summary in &people {
        let mut input = ExchangeInput::new(
            &summary.person.id,
            "2026-11-01",
            Direction::Received,
            "advice",
        );
        input.note = NOTE.to_owned();
        input.follow_up = Some("2026-12-01".to_owned());
        store.record_exchange(&input).unwrap();
        ids.push(summary.person.id.clone());
    }
    drop(store);

    // What an older Balans may have let in, written straight to the file.
    let legacy = "Legacy\u{1b}]0;owned\u{7}\u{1b}[2J\u{202e}evil\r\u{9b}31m";
    let conn = rusqlite::Connection::open(dir.join(balans_core::store::DATABASE_FILE)).unwrap();
    let bad_id = "x\"><img src=x onerror=alert(5)>\nEND:VCARD";
    conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    for table_column in [
        "person.id",
        "exchange.person_id",
        "person_tag.person_id",
        "person_stats.person_id",
        "affiliation.person_id",
    ] {
        let (table, column) = table_column.split_once('.').unwrap();
        conn.execute(
            &format!("UPDATE {table} SET {column} = ?1 WHERE {column} = ?2"),
            [bad_id, victim.as_str()],
        )
        .unwrap();
    }
    conn.execute(
        "UPDATE person SET name = ?1, notes = ?1 WHERE id = ?2",
        [legacy, renamed.as_str()],
    )
    .unwrap();
    conn.execute("UPDATE organisation SET name = ?1", [legacy])
        .unwrap();
    conn.execute(
        "INSERT INTO kind (name, value, position) VALUES (?1, 1, 99)",
        [legacy],
    )
    .unwrap();
    conn.execute(
        "UPDATE exchange SET date = '<script>alert(6)</script>', kind = ?1, note = ?1
         WHERE person_id = ?2",
        [legacy, redated.as_str()],
    )
    .unwrap();
    drop(conn);
    for id in &mut ids {
        if *id == victim {
            *id = bad_id.to_owned();
        }
    }
    ids
}

/// A UUID in Balans's form, different for each `n`.
fn uuid_like(n: u8) -> String {
    format!("0190c3e2-7b5a-7cc0-9d1e-1a2b3c4d5e{n:02x}")
}

#[test]
fn every_way_out_escapes_what_came_in() {
    let dir = tempfile::tempdir().unwrap();
    let ids = hostile_ledger(dir.path());
    let store = Store::open_in_dir(dir.path()).unwrap();
    let people = store.people_summaries(today()).unwrap();
    assert_eq!(people.len(), ids.len());

    // HTML: the network and every person.
    let mut reports = vec![store.report_network(today()).unwrap()];
    for id in &ids {
        reports.push(store.report_person(id, today()).unwrap());
    }
    for report in &reports {
        let html = String::from_utf8(report.clone()).unwrap();
        assert_only_own_markup(&html);
    }
    let network = String::from_utf8(reports[0].clone()).unwrap();
    assert!(
        network.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the markup shows as text"
    );

    // vCard: one card per person, each with one name, back through `ical`.
    let vcards = store.export_vcards().unwrap();
    let cards: Vec<_> = ical::VcardParser::new(vcards.as_slice())
        .collect::<Result<_, _>>()
        .expect("ical reads the vCards");
    assert_eq!(cards.len(), people.len(), "one card per person, no extra");
    for card in &cards {
        let count = |name: &str| card.properties.iter().filter(|p| p.name == name).count();
        assert_eq!((count("FN"), count("UID"), count("REV")), (1, 1, 1));
    }
    let ours = parse_vcards(std::str::from_utf8(&vcards).unwrap()).unwrap();
    let names: BTreeSet<&str> = ours.iter().map(|c| c.name.as_str()).collect();
    for name in TRICKY {
        assert!(names.contains(name), "{name:?} reads back whole");
    }

    // iCalendar: one follow-up per exchange and one keep-in-touch per
    // person whose last exchange is a date, and nothing else.
    let calendar = store.export_icalendar("20261123T080000Z").unwrap();
    let calendars: Vec<_> = ical::IcalParser::new(calendar.as_slice())
        .collect::<Result<_, _>>()
        .expect("ical reads the calendar");
    assert_eq!(calendars.len(), 1);
    let uids: Vec<String> = calendars[0]
        .events
        .iter()
        .map(|e| {
            let props: Vec<_> = e.properties.iter().filter(|p| p.name == "UID").collect();
            assert_eq!(props.len(), 1, "one UID per event");
            let summaries = e.properties.iter().filter(|p| p.name == "SUMMARY").count();
            assert_eq!(summaries, 1, "one SUMMARY per event");
            props[0].value.clone().unwrap_or_default()
        })
        .collect();
    let keep_in_touch = uids
        .iter()
        .filter(|u| u.starts_with("keep-in-touch-"))
        .count();
    let follow_ups = uids.iter().filter(|u| u.starts_with("follow-up-")).count();
    let dated = people
        .iter()
        .filter(|s| {
            s.stats
                .last_date
                .as_deref()
                .and_then(clock::parse_iso)
                .is_some()
        })
        .count();
    assert_eq!(keep_in_touch, dated, "one keep-in-touch per person");
    assert_eq!(follow_ups, people.len(), "one follow-up per exchange");
    assert_eq!(uids.len(), keep_in_touch + follow_ups, "no extra events");
    assert_eq!(
        uids.iter().collect::<HashSet<_>>().len(),
        uids.len(),
        "no UID twice"
    );

    // The journal: every line is one Balans wrote, and hledger agrees.
    let journal = store.export_journal().unwrap();
    let text = String::from_utf8(journal.clone()).unwrap();
    for line in text.lines() {
        let own = line.is_empty()
            || line.starts_with("; ")
            || line.starts_with("commodity ")
            || line.starts_with("    people:")
            || line == "    you"
            || line.chars().next().is_some_and(|c| !c.is_whitespace());
        assert!(own, "a line Balans did not write: {line:?}");
        assert!(
            !line.starts_with("    ") || line == "    you" || line.starts_with("    people:"),
            "a posting Balans did not write: {line:?}"
        );
        assert!(!line.chars().any(char::is_control), "{line:?}");
    }
    let journal_file = dir.path().join("balans.journal");
    std::fs::write(&journal_file, &journal).unwrap();
    check_with_hledger(&journal_file, &text);

    // CSV: every table read back; no cell starts a formula unless it is a number.
    for table in balans_core::import_export::csv_export::CsvTable::ALL {
        let bytes = store.export_csv(table, today(), CsvStyle::Comma).unwrap();
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let width = reader.headers().unwrap().len();
        for record in reader.records() {
            let record = record.expect("the csv crate reads every row");
            assert_eq!(record.len(), width);
            for cell in record.iter() {
                let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
                assert!(
                    !risky || cell.parse::<f64>().is_ok(),
                    "{table:?}: a formula cell {cell:?}"
                );
            }
        }
    }

    // The terminal: every listing, as text.
    drop(store);
    for words in [
        &["people", "list"][..],
        &["orgs", "list"],
        &["search", "Legacy"],
        &["search", "line"],
        &["balances"],
        &["signals"],
        &["styles"],
        &["kinds"],
    ] {
        let (code, out, err) = run_cli(dir.path(), words);
        assert_eq!(code, 0, "{words:?}: {}", String::from_utf8_lossy(&err));
        assert_terminal_safe(&format!("{words:?}"), &out);
        assert_terminal_safe(&format!("{words:?} (errors)"), &err);
    }
    let (_, listed, _) = run_cli(dir.path(), &["people", "list"]);
    assert!(
        String::from_utf8(listed)
            .unwrap()
            .contains("Legacy␛]0;owned␇␛[2J\\u{202e}evil␍\\u{9b}31m"),
        "the controls are shown, not sent"
    );
    let (code, json, _) = run_cli(dir.path(), &["people", "list", "--json"]);
    assert_eq!(code, 0);
    let listed: Value = serde_json::from_slice(&json).unwrap();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["person"]["name"]
                == "Legacy\u{1b}]0;owned\u{7}\u{1b}[2J\u{202e}evil\r\u{9b}31m"),
        "JSON keeps the text exact"
    );
}

/// hledger reads the journal and finds only the accounts Balans wrote: one
/// per person and `you`. hledger is installed by the project's test setup;
/// without it this check is reported as skipped, never as passed.
fn check_with_hledger(journal: &Path, text: &str) {
    let run = |args: &[&str]| {
        // UTF-8 whatever the developer's locale: hledger reads the journal
        // in the locale's encoding.
        std::process::Command::new("hledger")
            .env_remove("LC_ALL")
            .env_remove("LC_CTYPE")
            .env("LANG", "C.UTF-8")
            .arg("-f")
            .arg(journal)
            .args(args)
            .output()
    };
    let Ok(balance) = run(&["bal"]) else {
        say("hostile: SKIPPED the hledger check of the journal: hledger is not installed (this is not a pass)");
        return;
    };
    assert!(
        balance.status.success(),
        "hledger -f FILE bal refused the journal: {}",
        String::from_utf8_lossy(&balance.stderr)
    );
    let accounts = run(&["accounts"]).unwrap();
    assert!(accounts.status.success());
    let written: BTreeSet<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix("    "))
        .map(|posting| posting.split("  ").next().unwrap().to_owned())
        .collect();
    let mut leaves = BTreeSet::new();
    for account in String::from_utf8(accounts.stdout).unwrap().lines() {
        assert!(
            account == "you" || account == "people" || account.starts_with("people:"),
            "hledger found an account Balans did not write: {account:?}"
        );
        assert!(!account.contains("stolen") && !account.contains("assets"));
        if account != "people" {
            leaves.insert(account.to_owned());
        }
    }
    assert_eq!(leaves, written, "hledger's accounts are the ones written");
    say(&format!(
        "hostile: hledger read the journal: {} accounts, all written by Balans",
        leaves.len()
    ));
}

/// Writes a line straight to the process's stderr, past the test harness's
/// capture, so a skipped check is seen (and `make reliability` records it)
/// even when the test passes.
fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

#[cfg(unix)]
#[test]
fn backups_and_exports_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("new").join("data");
    let (code, _, err) = run_cli(&data, &["people", "add", "Anna"]);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    assert_eq!(mode(&data), 0o700, "the data folder the command line made");
    let store = Store::open_in_dir(&data).unwrap();
    let name = store
        .backup_now(balans_core::files::backups::Reason::Manual, clock::now())
        .unwrap()
        .expect("a ledger on disk is backed up");
    let backups = data.join(balans_core::files::backups::BACKUP_FOLDER);
    assert_eq!(mode(&backups), 0o700, "the backups folder");
    assert_eq!(mode(&backups.join(name)), 0o600, "a backup");
    let export = dir.path().join("export.json");
    balans_core::files::atomic_write::write_file(
        &export,
        &store.export_json().unwrap(),
        balans_core::files::atomic_write::Overwrite::Refuse,
    )
    .unwrap();
    assert_eq!(mode(&export), 0o600, "an export");
    let folder = dir.path().join("csv");
    let (code, _, _) = run_cli(&data, &["export", "csv", folder.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(mode(&folder), 0o700, "a CSV folder the export made");
    assert_eq!(mode(&folder.join("people.csv")), 0o600);
}
