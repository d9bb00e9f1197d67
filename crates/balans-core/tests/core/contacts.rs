//! Contacts in and out: LinkedIn's export, phone vCards and a plain CSV come
//! in with their accents, odd fields and broken lines handled; vCard and
//! iCalendar files go out and are read back by a real parser (the ical crate).

use balans_core::import_export::contacts::{
    parse_contacts_csv, parse_linkedin, Contact, ContactFormat,
};
use balans_core::import_export::vcard::parse_vcards;
use balans_core::{Direction, ExchangeInput, PersonInput, Store};
use chrono::NaiveDate;

/// A fixture's bytes as its tool saved them.
fn saved(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// A UTF-8 fixture as text.
fn fixture(name: &str) -> String {
    String::from_utf8(saved(name)).unwrap()
}

fn names(store: &Store) -> Vec<String> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    store
        .people_summaries(today)
        .unwrap()
        .into_iter()
        .map(|s| s.person.name)
        .collect()
}

#[test]
fn linkedin_connections_come_in_with_their_companies() {
    let contacts = parse_linkedin(&fixture("linkedin-connections.csv")).unwrap();
    assert_eq!(contacts.len(), 4);
    assert_eq!(contacts[0].name, "José Álvarez");
    assert_eq!(
        contacts[0].line, 5,
        "the line in the file, after LinkedIn's notes"
    );
    assert_eq!(contacts[1].name, "Anna", "an empty last name");
    assert_eq!(contacts[2].name, "Bram, Jr. de Jong");
    assert_eq!(contacts[2].organisation, "Bakker, Smit & Co");

    let mut store = Store::open_in_memory().unwrap();
    store.add_person(&PersonInput::named("anna")).unwrap();
    let done = store.import_contacts(&contacts).unwrap();
    assert_eq!(
        (done.added, done.skipped, done.organisations_added),
        (3, 1, 2),
        "Anna is there already; two companies"
    );
    assert_eq!(
        names(&store),
        vec!["anna", "Bram, Jr. de Jong", "Chloë Müller", "José Álvarez"]
    );
    let orgs = store.organisations().unwrap();
    let geinteresseerd = orgs.iter().find(|o| o.name == "Geïnteresseerd BV").unwrap();
    let page = store
        .organisation_page(
            &geinteresseerd.id,
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        )
        .unwrap();
    assert_eq!(page.members.len(), 2, "José and Chloë at the same company");
    assert_eq!(
        store.search("geinteresseerd", 10).unwrap()[0].title,
        "Geïnteresseerd BV"
    );
}

#[test]
fn phone_vcards_come_in_and_a_broken_file_brings_nothing() {
    let contacts = parse_vcards(&fixture("phone.vcf")).unwrap();
    let got: Vec<&str> = contacts.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(got, vec!["José Álvarez", "Sanne de Vries", "Piet Smit"]);
    assert_eq!(
        contacts[1].notes,
        "Ontmoet op de beurs in Utrecht, samen met Piet.\nVolgt op in maart."
    );
    assert_eq!(contacts[1].tags, vec!["beurs", "utrecht"]);
    assert_eq!(
        (contacts[1].organisation.as_str(), contacts[1].role.as_str()),
        ("Vandaag Digitaal", "Accountmanager")
    );
    assert!(
        contacts[2].notes.contains("vCard regels"),
        "a folded line is joined: {}",
        contacts[2].notes
    );

    let error = parse_vcards(&fixture("broken.vcf")).unwrap_err();
    assert!(error.to_string().starts_with("Line 8:"), "{error}");
    let error = parse_vcards("BEGIN:VCARD\nFN:Half\n").unwrap_err();
    assert!(error.to_string().contains("never ends"), "{error}");
}

#[test]
fn a_bad_contact_stops_the_whole_import() {
    let mut contacts = parse_contacts_csv(&fixture("contacts.csv")).unwrap();
    assert_eq!(contacts[0].tags, vec!["klant", "vip"]);
    contacts.push(balans_core::import_export::contacts::Contact {
        line: 9,
        name: "x".repeat(201),
        ..Default::default()
    });
    let mut store = Store::open_in_memory().unwrap();
    let error = store.import_contacts(&contacts).unwrap_err();
    assert!(error.to_string().starts_with("Line 9:"), "{error}");
    assert!(names(&store).is_empty(), "nothing was half-imported");
    assert!(store.organisations().unwrap().is_empty());
    assert!(
        parse_contacts_csv("organisatie\nBothof\n").is_err(),
        "a name column is required"
    );
    assert!(parse_contacts_csv("name,relationship\nPiet,boss\n")
        .unwrap_err()
        .to_string()
        .starts_with("Line 2:"));
}

#[test]
fn vcards_and_the_calendar_parse_with_a_real_library() {
    let mut store = Store::open_in_memory().unwrap();
    let english = balans_core::Settings {
        language: Some(balans_core::Language::En),
        ..balans_core::Settings::default()
    };
    store.update_settings(&english).unwrap();
    store
        .load_example(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        .unwrap();
    let tricky = store
        .add_person(&PersonInput {
            notes: "Komma, puntkomma; backslash \\ en een\nnieuwe regel, en een hele lange zin die zeker langer is dan vijfenzeventig octetten: ééééé".into(),
            tags: vec!["a,b".into(), "c;d".into()],
            cadence_days: Some(30),
            ..PersonInput::named("Zoë; de \"Tester\"")
        })
        .unwrap();
    let mut follow = ExchangeInput::new(&tricky.id, "2026-11-01", Direction::Gave, "advice");
    follow.follow_up = Some("2026-12-01".into());
    follow.note = "Bel terug, na de vakantie".into();
    store.record_exchange(&follow).unwrap();

    let vcards = String::from_utf8(store.export_vcards().unwrap()).unwrap();
    assert!(
        vcards.lines().all(|l| l.len() <= 76),
        "lines are folded at 75 octets"
    );
    let parsed: Vec<_> = ical::VcardParser::new(vcards.as_bytes())
        .map(Result::unwrap)
        .collect();
    assert_eq!(parsed.len(), 10);
    let ours = parse_vcards(&vcards).unwrap();
    let zoe = ours.iter().find(|c| c.name.starts_with("Zoë")).unwrap();
    assert_eq!(zoe.name, "Zoë; de \"Tester\"");
    assert_eq!(
        zoe.notes, tricky.notes,
        "notes survive escaping and folding"
    );
    assert_eq!(zoe.tags, vec!["a,b", "c;d"]);

    let calendar = store.export_icalendar("20261123T080000Z").unwrap();
    let calendars: Vec<_> = ical::IcalParser::new(calendar.as_slice())
        .map(Result::unwrap)
        .collect();
    assert_eq!(calendars.len(), 1);
    let summaries: Vec<String> = calendars[0]
        .events
        .iter()
        .filter_map(|e| {
            e.properties
                .iter()
                .find(|p| p.name == "SUMMARY")
                .and_then(|p| p.value.clone())
        })
        .collect();
    assert!(
        summaries
            .iter()
            .any(|s| s.starts_with("Follow up with \u{2068}Zo")),
        "{summaries:?}"
    );
    assert!(
        summaries
            .iter()
            .any(|s| s.starts_with("Keep in touch with \u{2068}Zo")),
        "{summaries:?}"
    );
    for event in &calendars[0].events {
        let [alarm] = event.alarms.as_slice() else {
            panic!("one alarm per event: {event:?}");
        };
        let value = |name: &str| {
            alarm
                .properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
        };
        assert_eq!(value("ACTION").as_deref(), Some("DISPLAY"));
        assert_eq!(
            value("TRIGGER").as_deref(),
            Some("PT9H"),
            "09:00 on the day"
        );
        assert!(value("DESCRIPTION").is_some_and(|d| !d.is_empty()));
    }
}

#[test]
fn importing_the_same_contacts_again_adds_nobody_whatever_their_capitals() {
    let csv = "name,organisation\nÖzlem Yılmaz,Ålund Bouw\nÉmile Dubois,\nÅsa Ålund,ÅLUND BOUW\n";
    let mut store = Store::open_in_memory().unwrap();
    let first = store
        .import_contacts(&parse_contacts_csv(csv).unwrap())
        .unwrap();
    assert_eq!(first.added, 3);
    // In other capitals, as people type them; the dotless ı of Yılmaz stays
    // (its capital I would fold back to a dotted i, another letter).
    let shouted =
        "name,organisation\nÖZLEM Yılmaz,ÅLUND BOUW\nÉMILE DUBOIS,\nåsa ålund,ålund bouw\n";
    let again = store
        .import_contacts(&parse_contacts_csv(shouted).unwrap())
        .unwrap();
    assert_eq!(
        (again.added, again.skipped),
        (0, 3),
        "ÖZLEM, ÉMILE and ÅSA are the people already there"
    );
    assert_eq!(names(&store).len(), 3);
    assert_eq!(
        store.organisations().unwrap().len(),
        1,
        "ÅLUND BOUW is Ålund Bouw"
    );
}

/// Each contact as (name, organisation, role, notes).
fn fields(contacts: &[Contact]) -> Vec<(&str, &str, &str, &str)> {
    contacts
        .iter()
        .map(|c| {
            (
                c.name.as_str(),
                c.organisation.as_str(),
                c.role.as_str(),
                c.notes.as_str(),
            )
        })
        .collect()
}

#[test]
fn a_list_saved_by_excel_in_dutch_comes_in_whole() {
    // Windows-1252, semicolons, CRLF, a quoted cell over two lines.
    let bytes = saved("excel-nl-contacts.csv");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture is Windows-1252"
    );
    let contacts = ContactFormat::Csv.read(&bytes).unwrap();
    assert_eq!(
        fields(&contacts),
        [
            (
                "José Álvarez",
                "Geïnteresseerd BV",
                "Inkoper",
                "Ontmoet op de beurs, € 500 budget"
            ),
            (
                "Chloë Müller",
                "Bakker, Smit & Co",
                "Directeur",
                "Twee regels:\ntweede regel"
            ),
            ("Bram de Jong", "", "", ""),
        ]
    );
    assert_eq!(
        contacts.iter().map(|c| c.line).collect::<Vec<_>>(),
        [2, 3, 5]
    );
}

#[test]
fn outlook_google_and_excel_unicode_text_name_their_columns_their_way() {
    let outlook = ContactFormat::Csv
        .read(&saved("outlook-contacts.csv"))
        .unwrap();
    assert_eq!(
        fields(&outlook),
        [
            (
                "Karin Mulder",
                "Mulder Advies",
                "Eigenaar",
                "Klant sinds 2019"
            ),
            ("Piet van Dijk", "Dijk & Zonen", "Inkoper", ""),
        ],
        "first, middle and last name make the name; Title (Mrs.) is not the role"
    );
    let google = ContactFormat::Csv
        .read(&saved("google-contacts.csv"))
        .unwrap();
    assert_eq!(
        fields(&google),
        [
            (
                "Sanne de Vries",
                "Vandaag Digitaal",
                "Marketing lead",
                "Via Karin"
            ),
            ("Özlem Yılmaz", "", "", ""),
        ]
    );
    let unicode_text = ContactFormat::Csv
        .read(&saved("excel-unicode-text.txt"))
        .unwrap();
    assert_eq!(
        fields(&unicode_text),
        [
            ("Émile Zola", "Les Éditions", "Schrijver", ""),
            ("Anna Bakker", "", "", ""),
        ],
        "UTF-16 with tabs, Dutch headings"
    );
}

#[test]
fn linkedin_saved_again_by_excel_in_dutch_reads_as_the_original() {
    let original = parse_linkedin(&fixture("linkedin-connections.csv")).unwrap();
    let saved_again = ContactFormat::Linkedin
        .read(&saved("linkedin-excel-nl.csv"))
        .unwrap();
    assert_eq!(saved_again, original);
}

#[test]
fn a_file_without_any_name_heading_is_refused() {
    let refused = ContactFormat::Csv
        .read(b"Organisatie;Functie\r\nBothof;Inkoper\r\n")
        .unwrap_err();
    assert_eq!(refused.code(), "invalid_input");
    assert!(
        refused.to_string().contains("first and last names"),
        "{refused}"
    );
}

#[test]
fn a_contact_import_is_copied_before_and_a_refused_one_leaves_no_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("balans.sqlite3")).unwrap();
    let copies = |store: &Store| -> Vec<String> {
        store
            .backups()
            .unwrap()
            .into_iter()
            .map(|b| b.name)
            .collect()
    };
    let before = copies(&store);
    let good = ContactFormat::Csv.read(b"naam\nAnna\n").unwrap();
    store.import_contacts(&good).unwrap();
    let after = copies(&store);
    assert_eq!(after.len(), before.len() + 1);
    let made = after.iter().find(|name| !before.contains(name)).unwrap();
    assert!(made.ends_with("-import.sqlite3"), "{made}");

    let refused = ContactFormat::Csv
        .read(b"naam\nBram\n\"Carla\x07\"\n")
        .unwrap();
    assert!(store.import_contacts(&refused).is_err());
    assert_eq!(copies(&store), after, "no copy of a refused import");
    assert_eq!(names(&store), ["Anna"]);
}

#[test]
fn a_preview_says_what_the_import_then_does_and_keeps_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    store.add_person(&PersonInput::named("anna")).unwrap();
    let contacts = parse_linkedin(&fixture("linkedin-connections.csv")).unwrap();
    let would = store.preview_contacts(&contacts).unwrap();
    assert_eq!(names(&store), ["anna"], "the preview kept nothing");
    assert!(store.organisations().unwrap().is_empty());
    let done = store.import_contacts(&contacts).unwrap();
    assert_eq!(
        (done.added, done.skipped, done.organisations_added),
        (
            would.people.len(),
            would.already_there.len(),
            would.organisations.len()
        )
    );
    assert_eq!(would.already_there, ["Anna"]);
    let mut added = would.people.clone();
    added.push("anna".into());
    added.sort();
    let mut now = names(&store);
    now.sort();
    assert_eq!(now, added);

    let mut bad = contacts.clone();
    bad[0].name = "x".repeat(201);
    let mut fresh = Store::open_in_memory().unwrap();
    assert!(
        fresh.preview_contacts(&bad).is_err(),
        "the import's refusals"
    );
}

/// Three contacts, two of them at one company.
fn three_contacts() -> Vec<Contact> {
    let contact = |name: &str, organisation: &str, email: &str| Contact {
        name: name.into(),
        organisation: organisation.into(),
        channels: balans_core::Channels {
            emails: vec![email.into()],
            ..Default::default()
        },
        ..Default::default()
    };
    vec![
        contact("Ilse Bakker", "Bakker & Zn", "ilse@example.nl"),
        contact("Joost Bakker", "Bakker & Zn", "joost@example.nl"),
        contact("Karin Mulder", "", "karin@example.nl"),
    ]
}

#[test]
fn an_import_previewed_done_and_undone_leaves_the_ledger_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_dir(dir.path()).unwrap();
    store
        .load_example(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        .unwrap();
    store
        .add_person(&PersonInput::named("Karin Mulder"))
        .unwrap();
    let before = store.export_json().unwrap();
    assert_eq!(store.last_import().unwrap(), None);

    let preview = store.preview_contacts(&three_contacts()).unwrap();
    assert_eq!(preview.people, ["Ilse Bakker", "Joost Bakker"]);
    assert_eq!(preview.already_there, ["Karin Mulder"]);
    assert_eq!(preview.organisations, ["Bakker & Zn"]);
    assert_eq!(
        store.export_json().unwrap(),
        before,
        "a preview keeps nothing"
    );

    let done = store.import_contacts(&three_contacts()).unwrap();
    assert_eq!(
        (done.added, done.skipped, done.organisations_added),
        (2, 1, 1)
    );
    let last = store
        .last_import()
        .unwrap()
        .expect("the import is recorded");
    assert_eq!((last.people, last.organisations), (2, 1));

    let undone = store.undo_last_import().unwrap();
    assert_eq!(
        (undone.people_removed, undone.organisations_removed),
        (2, 1)
    );
    assert!(undone.people_kept.is_empty());
    assert_eq!(
        store.export_json().unwrap(),
        before,
        "the same bytes as before"
    );
    assert!(balans_core::figures::person_stats::consistent(&store).unwrap());
    assert_eq!(store.last_import().unwrap(), None);
    let again = store.undo_last_import().unwrap_err();
    assert!(matches!(
        again,
        balans_core::Error::Invalid {
            field: "import",
            ..
        }
    ));
    assert_eq!(
        store.export_json().unwrap(),
        before,
        "a refused undo changes nothing"
    );
}

#[test]
fn undoing_an_import_keeps_what_the_user_made_their_own_since() {
    let mut store = Store::open_in_memory().unwrap();
    store.import_contacts(&three_contacts()).unwrap();
    let id_of = |store: &Store, name: &str| {
        store
            .people_summaries(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
            .unwrap()
            .into_iter()
            .find(|s| s.person.name == name)
            .unwrap()
            .person
            .id
    };
    // Ilse got an exchange; Karin's notes were edited. Joost is untouched.
    let ilse = id_of(&store, "Ilse Bakker");
    store
        .record_exchange(&ExchangeInput::new(
            &ilse,
            "2026-11-20",
            Direction::Gave,
            "advice",
        ))
        .unwrap();
    let karin = id_of(&store, "Karin Mulder");
    let edited = PersonInput {
        notes: "Met at the fair".into(),
        channels: three_contacts()[2].channels.clone(),
        ..PersonInput::named("Karin Mulder")
    };
    store.update_person(&karin, &edited).unwrap();

    let undone = store.undo_last_import().unwrap();
    assert_eq!(undone.people_removed, 1, "only Joost goes");
    assert_eq!(undone.people_kept, ["Ilse Bakker", "Karin Mulder"]);
    assert_eq!(
        undone.organisations_removed, 0,
        "Ilse still works at Bakker & Zn"
    );
    assert_eq!(names(&store), ["Ilse Bakker", "Karin Mulder"]);
    assert_eq!(store.organisations().unwrap().len(), 1);
    assert!(balans_core::figures::person_stats::consistent(&store).unwrap());
}
