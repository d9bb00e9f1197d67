//! The ways in: a hostile backup row, merged or replacing, is refused whole
//! and changes nothing; the contact importers refuse what the commands do.

use balans_core::import_export::contacts::{parse_contacts_csv, parse_linkedin};
use balans_core::import_export::json_backup::ImportMode;
use balans_core::import_export::vcard::parse_vcards;
use serde_json::Value;

use super::{backups_in, changed, row, run_cli, small_ledger, REFUSED_TEXT};
use crate::process::EXIT_REFUSED;

#[test]
fn a_backup_with_a_hostile_row_is_refused_whole_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = small_ledger(dir.path());
    let before = store.export_json().unwrap();
    let copies = backups_in(dir.path());

    type Change = Box<dyn Fn(&mut Value)>;
    let set = |table: &'static str, column: &'static str, value: Value| -> Change {
        Box::new(move |doc: &mut Value| row(doc, table, 0)[column] = value.clone())
    };
    let mut cases: Vec<(&str, Change, &str)> = vec![
        (
            "a value of 1e300",
            set("exchange", "value", Value::from(1e300)),
            "Table exchange, row 1",
        ),
        (
            "the date 0000-00-00",
            set("exchange", "date", Value::from("0000-00-00")),
            "Table exchange, row 1",
        ),
        (
            "a name with a line break",
            set("person", "name", Value::from("Anna\nBram")),
            "Table person, row 1",
        ),
        (
            "an id that is markup",
            set(
                "person",
                "id",
                Value::from("\"><img src=x onerror=alert(1)>"),
            ),
            "Table person, row 1",
        ),
        (
            "an id that is SQL",
            set("person", "id", Value::from("x'); DROP TABLE person;--")),
            "Table person, row 1",
        ),
        (
            "an unknown kind",
            set("exchange", "kind", Value::from("bribe")),
            "not a known kind",
        ),
        (
            "an unknown relationship",
            set("person", "relationship", Value::from("boss")),
            "Table person, row 1",
        ),
        (
            "a setting the settings screen refuses",
            Box::new(|doc: &mut Value| {
                doc["tables"]["setting"] =
                    serde_json::json!([{"key": "default_cadence_days", "value": "99999"}]);
            }),
            "Table setting: default_cadence_days",
        ),
        (
            "a setting that is not JSON",
            Box::new(|doc: &mut Value| {
                doc["tables"]["setting"] =
                    serde_json::json!([{"key": "future_setting", "value": "<img"}]);
            }),
            "Table setting, row 1",
        ),
        (
            "two rows with one id",
            Box::new(|doc: &mut Value| {
                let mut twin = row(doc, "person", 0).clone();
                twin["name"] = Value::from("Someone else");
                doc["tables"]["person"].as_array_mut().unwrap().push(twin);
            }),
            "Table person, rows 1 and 3 have the same id",
        ),
    ];
    for text in REFUSED_TEXT {
        cases.push((
            "a refused character in a note",
            set("exchange", "note", Value::from(*text)),
            "Table exchange, row 1",
        ));
        cases.push((
            "a refused character in a tag",
            set("person_tag", "tag", Value::from(*text)),
            "Table person_tag, row 1",
        ));
    }
    for (what, change, expected) in &cases {
        let bad = changed(&before, change);
        for mode in [ImportMode::Merge, ImportMode::Replace] {
            let error = store
                .import_json(&bad, mode)
                .expect_err(&format!("{what} ({mode:?}) should be refused"));
            assert!(
                error.to_string().contains(expected),
                "{what} ({mode:?}): the message names the row: {error}"
            );
        }
        assert!(
            store.preview_import(&bad).is_err(),
            "{what}: the preview refuses it too"
        );
    }
    assert_eq!(
        store.export_json().unwrap(),
        before,
        "no refused backup changed the ledger"
    );
    assert_eq!(
        backups_in(dir.path()),
        copies,
        "a refused backup does not even make a safety copy"
    );

    // A backup that keeps the rules still imports, both ways, and the
    // command line refuses a hostile one with its message.
    store.import_json(&before, ImportMode::Merge).unwrap();
    store.import_json(&before, ImportMode::Replace).unwrap();
    assert_eq!(store.export_json().unwrap(), before);
    let newer = changed(&before, |doc| {
        doc["tables"]["setting"] = serde_json::json!([{"key": "future_setting", "value": "true"}]);
    });
    store
        .import_json(&newer, ImportMode::Merge)
        .expect("a setting from a newer Balans is kept, not refused");
    store.import_json(&before, ImportMode::Replace).unwrap();
    drop(store);
    let hostile = dir.path().join("hostile.json");
    std::fs::write(&hostile, changed(&before, &*cases[0].1)).unwrap();
    let (code, _, err) = run_cli(
        dir.path(),
        &["import", "json", hostile.to_str().unwrap(), "--replace"],
    );
    assert_eq!(code, EXIT_REFUSED);
    assert!(String::from_utf8_lossy(&err).contains("Table exchange, row 1"));
}

#[test]
fn the_contact_importers_refuse_what_the_commands_refuse() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = small_ledger(dir.path());
    let before = store.export_json().unwrap();
    for text in REFUSED_TEXT {
        let csv = format!("name,notes\nGood Person,fine\n\"{text}\",x\n");
        let vcard = format!(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Good Person\r\nEND:VCARD\r\n\
             BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{text}\r\nEND:VCARD\r\n"
        );
        let linkedin = format!(
            "Notes:\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
             Good,Person,,,,,\n{text},X,,,Acme,Boss,01 Jan 2026\n"
        );
        for (way, contacts) in [
            ("contacts CSV", parse_contacts_csv(&csv)),
            ("vCard", parse_vcards(&vcard)),
            ("LinkedIn", parse_linkedin(&linkedin)),
        ] {
            // A file may be refused while it is read, or when its contacts
            // become people; either way nothing is imported.
            let refused = match contacts {
                Err(_) => true,
                Ok(contacts) => {
                    assert_eq!(contacts.len(), 2, "{way}: both contacts are read");
                    let error = store
                        .import_contacts(&contacts)
                        .expect_err(&format!("{way}: {text:?} should be refused"));
                    assert!(error.to_string().starts_with("Line "), "{way}: {error}");
                    true
                }
            };
            assert!(refused);
            assert_eq!(
                store.export_json().unwrap(),
                before,
                "{way}: a refused file imports nothing, not even its good contact"
            );
        }
    }
    let (code, _, err) = run_cli(dir.path(), &["people", "add", "Evil\u{1b}[2J"]);
    assert_eq!(code, EXIT_REFUSED, "the command line refuses it too");
    assert!(
        !err.contains(&0x1b),
        "and its message does not echo the escape"
    );
}
