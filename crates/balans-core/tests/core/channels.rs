//! The ways to reach a person: kept several of each, edited by difference,
//! refused when a link made of them would open something else, found by
//! search, brought in by every contact import and carried by every export
//! that describes people.

use balans_core::import_export::contacts::{parse_linkedin, ContactFormat};
use balans_core::import_export::csv_export::{CsvStyle, CsvTable};
use balans_core::import_export::json_backup::ImportMode;
use balans_core::{Channels, PersonInput, Store};
use rusqlite::Connection;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| (*v).to_owned()).collect()
}

fn karin(emails: &[&str], phones: &[&str], urls: &[&str]) -> PersonInput {
    PersonInput {
        channels: Channels {
            emails: strings(emails),
            phones: strings(phones),
            urls: strings(urls),
        },
        ..PersonInput::named("Karin Mulder")
    }
}

fn row_ids(dir: &std::path::Path) -> Vec<(String, String)> {
    let conn = Connection::open(dir.join("balans.sqlite3")).unwrap();
    let mut stmt = conn
        .prepare("SELECT value, id FROM person_channel ORDER BY value")
        .unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.map(Result::unwrap).collect()
}

#[test]
fn an_edit_keeps_the_addresses_it_keeps_and_writes_only_the_difference() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_dir(dir.path()).unwrap();
    let person = store
        .add_person(&karin(
            &["karin@mulder.nl", "k@privé.nl"],
            &["+31 6 1234 5678"],
            &["linkedin.com/in/karin"],
        ))
        .unwrap();
    assert_eq!(person.channels.emails, ["karin@mulder.nl", "k@privé.nl"]);
    assert_eq!(person.channels.urls, ["https://linkedin.com/in/karin"]);
    let before = row_ids(dir.path());

    let edited = store
        .update_person(
            &person.id,
            &karin(
                &["karin@mulder.nl", "karin@nieuw.nl"],
                &[],
                &["https://linkedin.com/in/karin"],
            ),
        )
        .unwrap();
    assert_eq!(
        edited.channels.emails,
        ["karin@mulder.nl", "karin@nieuw.nl"]
    );
    assert!(edited.channels.phones.is_empty());
    let after = row_ids(dir.path());
    let id_of = |rows: &[(String, String)], value: &str| {
        rows.iter()
            .find(|(v, _)| v == value)
            .map(|(_, id)| id.clone())
    };
    assert_eq!(
        id_of(&after, "karin@mulder.nl"),
        id_of(&before, "karin@mulder.nl"),
        "a kept address keeps its row"
    );
    assert_eq!(id_of(&after, "k@privé.nl"), None);
    assert_eq!(id_of(&after, "+31 6 1234 5678"), None);
    assert!(id_of(&after, "karin@nieuw.nl").is_some());
}

#[test]
fn an_address_that_is_not_one_is_refused_and_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let person = store
        .add_person(&karin(&["karin@mulder.nl"], &[], &[]))
        .unwrap();
    let refused = [
        karin(&["karin@mulder.nl", "javascript:alert(1)"], &[], &[]),
        karin(&[], &["bel me"], &[]),
        karin(&[], &[], &["javascript:alert(document.cookie)"]),
        karin(&[], &[], &["file:///etc/passwd"]),
    ];
    for input in refused {
        let error = store.update_person(&person.id, &input).unwrap_err();
        assert_eq!(error.code(), "invalid_input", "{input:?}");
        assert_eq!(store.person(&person.id).unwrap(), person, "{input:?}");
    }
    assert!(store.add_person(&karin(&[], &["12"], &[])).is_err());
    assert_eq!(store.person_names().unwrap().len(), 1, "nothing was added");
}

#[test]
fn search_finds_a_person_by_any_part_of_an_address() {
    let mut store = Store::open_in_memory().unwrap();
    let person = store
        .add_person(&karin(
            &["karin@mulder-advies.nl"],
            &["+31 6 1234 5678"],
            &["https://www.linkedin.com/in/karinmulder"],
        ))
        .unwrap();
    for query in ["mulder-advies", "31612345678", "5678", "karinmulder"] {
        let hits = store.search(query, 10).unwrap();
        assert_eq!(
            hits.first().map(|h| h.id.as_str()),
            Some(person.id.as_str()),
            "{query}"
        );
    }
    store
        .update_person(&person.id, &karin(&[], &[], &[]))
        .unwrap();
    assert!(
        store.search("mulder-advies", 10).unwrap().is_empty(),
        "a removed address is no longer found"
    );
}

#[test]
fn a_phones_vcard_brings_its_addresses_and_the_export_gives_them_back() {
    let contacts = ContactFormat::Vcard.read(&fixture("iphone.vcf")).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store.import_contacts(&contacts).unwrap();
    let id = store.person_names().unwrap()[0].id.clone();
    let expected = Channels {
        emails: strings(&["karin@mulder-advies.nl", "k.mulder@example.nl"]),
        phones: strings(&["+31 6 1234 5678", "030 123 4567"]),
        urls: strings(&[
            "https://mulder-advies.nl",
            "https://www.linkedin.com/in/karinmulder",
        ]),
    };
    assert_eq!(store.person(&id).unwrap().channels, expected);

    let exported = store.export_vcards().unwrap();
    let again = ContactFormat::Vcard.read(&exported).unwrap();
    assert_eq!(again[0].channels, expected, "read back from the export");
}

#[test]
fn linkedin_puts_the_profile_and_the_address_in_the_channels_not_the_notes() {
    let text = String::from_utf8(fixture("linkedin-connections.csv")).unwrap();
    let contacts = parse_linkedin(&text).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store.import_contacts(&contacts).unwrap();
    let jose = store
        .person_names()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "José Álvarez")
        .unwrap();
    let person = store.person(&jose.id).unwrap();
    assert_eq!(person.notes, "");
    assert_eq!(person.channels.emails, ["jose@example.com"]);
    assert_eq!(
        person.channels.urls,
        ["https://www.linkedin.com/in/jose-alvarez"]
    );
}

#[test]
fn outlook_and_google_columns_become_addresses() {
    let outlook = ContactFormat::Csv
        .read(&fixture("outlook-contacts.csv"))
        .unwrap();
    assert_eq!(
        outlook[0].channels,
        Channels {
            emails: strings(&["karin@mulder-advies.nl"]),
            phones: strings(&["+31 30 123 4567", "+31 6 1234 5678"]),
            urls: strings(&["https://mulder-advies.nl"]),
        }
    );
    let google = ContactFormat::Csv
        .read(&fixture("google-contacts.csv"))
        .unwrap();
    assert_eq!(google[0].channels.emails, ["sanne@vandaag.nl"]);
    assert_eq!(google[0].channels.phones, ["+31 6 8765 4321"]);
}

#[test]
fn the_csv_and_json_exports_carry_the_addresses_back_in() {
    let mut store = Store::open_in_memory().unwrap();
    let input = karin(
        &["karin@mulder.nl", "k@privé.nl"],
        &["+31 6 1234 5678"],
        &["mulder.nl"],
    );
    store.add_person(&input).unwrap();
    let clean = input.channels.clean().unwrap();
    for style in [CsvStyle::Comma, CsvStyle::Semicolon] {
        let today = balans_core::clock::today();
        let csv = store.export_csv(CsvTable::People, today, style).unwrap();
        let read = ContactFormat::Csv.read(&csv).unwrap();
        assert_eq!(read[0].channels.clean().unwrap(), clean, "{style:?}");
    }

    let json = store.export_json().unwrap();
    let mut other = Store::open_in_memory().unwrap();
    other.import_json(&json, ImportMode::Replace).unwrap();
    assert_eq!(other.export_json().unwrap(), json, "the same bytes again");
    let id = other.person_names().unwrap()[0].id.clone();
    assert_eq!(other.person(&id).unwrap().channels, clean);
}

#[test]
fn a_backup_with_an_address_that_opens_something_else_is_refused() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .add_person(&karin(&[], &[], &["https://mulder.nl"]))
        .unwrap();
    let json = String::from_utf8(store.export_json().unwrap()).unwrap();
    let hostile = json.replace("https://mulder.nl", "javascript:alert(1)");
    let mut other = Store::open_in_memory().unwrap();
    let error = other
        .import_json(hostile.as_bytes(), ImportMode::Replace)
        .unwrap_err();
    assert!(error.to_string().contains("person_channel"), "{error}");
    assert!(other.person_names().unwrap().is_empty());

    let mut old: serde_json::Value = serde_json::from_str(&json).unwrap();
    old["version"] = 1.into();
    old["tables"]
        .as_object_mut()
        .unwrap()
        .remove("person_channel");
    let bytes = serde_json::to_vec(&old).unwrap();
    other.import_json(&bytes, ImportMode::Replace).unwrap();
    assert_eq!(
        other.person_names().unwrap().len(),
        1,
        "a version 1 backup reads"
    );
}
