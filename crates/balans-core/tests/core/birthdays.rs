//! Birthdays: typed, or brought in by a phone's vCard (with or without the
//! year, as Apple marks a missing one) and a Google Contacts CSV; written
//! back out in a vCard and a backup; and a reminder on the day that stays
//! for a week, once a year, unless the user turned them off.

use balans_core::import_export::contacts::ContactFormat;
use balans_core::import_export::json_backup::ImportMode;
use balans_core::reminders::{Decision, ReminderKind};
use balans_core::{Language, PersonInput, Store};
use chrono::NaiveDate;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn day(text: &str) -> NaiveDate {
    balans_core::clock::parse_iso(text).unwrap()
}

fn born(name: &str, birthday: &str) -> PersonInput {
    PersonInput {
        birthday: Some(birthday.to_owned()),
        ..PersonInput::named(name)
    }
}

fn vcard(bday: &str) -> Vec<u8> {
    format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Karin\r\n{bday}\r\nEND:VCARD\r\n").into_bytes()
}

#[test]
fn address_books_bring_birthdays_in_every_form_they_write() {
    let iphone = ContactFormat::Vcard.read(&fixture("iphone.vcf")).unwrap();
    assert_eq!(iphone[0].birthday.as_deref(), Some("1978-05-14"));
    let google = ContactFormat::Csv
        .read(&fixture("google-contacts.csv"))
        .unwrap();
    assert_eq!(google[0].birthday.as_deref(), Some("1990-04-12"));
    assert_eq!(google[1].birthday, None);
    for (line, expected) in [
        ("BDAY:19780514", Some("1978-05-14")),
        ("BDAY;VALUE=date:1978-05-14T00:00:00Z", Some("1978-05-14")),
        ("BDAY:--0514", Some("--05-14")),
        ("BDAY:--05-14", Some("--05-14")),
        // Apple's year for "not known".
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-14", Some("--05-14")),
        ("BDAY:1978-02-30", None),
        ("BDAY;VALUE=text:circa 1800", None),
    ] {
        let read = ContactFormat::Vcard.read(&vcard(line)).unwrap();
        assert_eq!(read[0].birthday.as_deref(), expected, "{line}");
    }
}

#[test]
fn a_birthday_goes_out_and_comes_back_in_vcards_and_backups() {
    let mut store = Store::open_in_memory().unwrap();
    store.add_person(&born("Anna", "1984-05-17")).unwrap();
    store.add_person(&born("Bram", "--02-29")).unwrap();
    let exported = String::from_utf8(store.export_vcards().unwrap()).unwrap();
    assert!(exported.contains("BDAY:19840517\r\n"), "{exported}");
    assert!(exported.contains("BDAY:--0229\r\n"), "{exported}");
    let again = ContactFormat::Vcard.read(exported.as_bytes()).unwrap();
    let birthdays: Vec<_> = again.iter().map(|c| c.birthday.as_deref()).collect();
    assert_eq!(birthdays, [Some("1984-05-17"), Some("--02-29")]);

    let backup = store.export_json().unwrap();
    let mut restored = Store::open_in_memory().unwrap();
    restored.import_json(&backup, ImportMode::Replace).unwrap();
    let names = restored.person_names().unwrap();
    let anna = restored.person(&names[0].id).unwrap();
    assert_eq!(anna.birthday.as_deref(), Some("1984-05-17"));
}

#[test]
fn a_birthday_that_is_no_date_is_refused_and_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let anna = store.add_person(&PersonInput::named("Anna")).unwrap();
    for wrong in ["17-05-1984", "1984-13-01", "--02-30", "tomorrow"] {
        let error = store
            .update_person(&anna.id, &born("Anna", wrong))
            .unwrap_err();
        assert_eq!(error.field(), Some("birthday"), "{wrong}");
        assert!(store.add_person(&born("Bram", wrong)).is_err());
    }
    assert_eq!(store.person(&anna.id).unwrap().birthday, None);
    assert_eq!(store.person_names().unwrap().len(), 1);
    // An empty field is no birthday, and clears one.
    store
        .update_person(&anna.id, &born("Anna", "1984-05-17"))
        .unwrap();
    store.update_person(&anna.id, &born("Anna", " ")).unwrap();
    assert_eq!(store.person(&anna.id).unwrap().birthday, None);
}

#[test]
fn the_reminder_comes_on_the_day_stays_a_week_and_comes_back_next_year() {
    let mut store = Store::open_in_memory().unwrap();
    let anna = store.add_person(&born("Anna", "1984-05-17")).unwrap();
    store.add_person(&born("Bram", "--05-20")).unwrap();
    let birthdays = |store: &Store, today: &str| -> Vec<(String, String)> {
        store
            .reminders(day(today))
            .unwrap()
            .due
            .into_iter()
            .filter(|r| r.kind == ReminderKind::Birthday)
            .map(|r| (r.title, r.detail))
            .collect()
    };
    let mut settings = store.settings().unwrap();
    settings.language = Some(Language::En);
    store.update_settings(&settings).unwrap();

    assert!(birthdays(&store, "2026-05-16").is_empty());
    assert_eq!(
        birthdays(&store, "2026-05-17"),
        [(
            "Congratulate \u{2068}Anna\u{2069}".to_owned(),
            "\u{2068}Anna\u{2069} turns 42 today.".to_owned()
        )]
    );
    assert_eq!(
        birthdays(&store, "2026-05-18")[0].1,
        "\u{2068}Anna\u{2069} turned 42 on 17 May 2026."
    );
    assert_eq!(
        birthdays(&store, "2026-05-20")[1].1,
        "\u{2068}Bram\u{2069} has a birthday today.",
        "Anna's week and Bram's day"
    );
    assert_eq!(
        birthdays(&store, "2026-05-23").len(),
        2,
        "Anna's week and Bram's days"
    );
    assert_eq!(
        birthdays(&store, "2026-05-24")[0].1,
        "\u{2068}Bram\u{2069} had a birthday on 20 May 2026."
    );

    let key = store.reminders_for(&anna.id, day("2026-05-18")).unwrap()[0]
        .key
        .clone();
    store
        .decide_reminder(&key, &Decision::Done, day("2026-05-18"))
        .unwrap();
    assert!(store
        .reminders_for(&anna.id, day("2026-05-19"))
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .reminders_for(&anna.id, day("2027-05-17"))
            .unwrap()
            .len(),
        1
    );
    settings.language = Some(Language::Nl);
    store.update_settings(&settings).unwrap();
    assert_eq!(
        store.reminders_for(&anna.id, day("2027-05-17")).unwrap()[0].detail,
        "\u{2068}Anna\u{2069} wordt vandaag 43."
    );
    assert_eq!(
        birthdays(&store, "2026-05-21")[0].1,
        "\u{2068}Bram\u{2069} was jarig op 20 mei 2026."
    );

    settings.birthday_reminders = false;
    store.update_settings(&settings).unwrap();
    assert!(
        birthdays(&store, "2026-05-20").is_empty(),
        "turned off in the settings"
    );
}
