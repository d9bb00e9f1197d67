//! The example network: it shows the stories' signals, refuses a second load,
//! and goes away in one step without taking the user's own records with it.

use balans_core::{Direction, ExchangeInput, Language, PersonInput, Settings, SignalKind, Store};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn english(store: &mut Store) {
    let settings = Settings {
        language: Some(Language::En),
        ..Settings::default()
    };
    store.update_settings(&settings).unwrap();
}

#[test]
fn the_example_shows_every_story_and_leaves_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("balans.sqlite")).unwrap();
    english(&mut store);
    let own = store
        .add_person(&PersonInput::named("My Own Contact"))
        .unwrap();

    let counts = store.load_example(today()).unwrap();
    assert!(store.has_example().unwrap());
    assert_eq!(counts.people, 9);
    assert!(
        store.load_example(today()).is_err(),
        "a second load is refused"
    );

    let kinds: Vec<SignalKind> = store
        .signals(today())
        .unwrap()
        .iter()
        .map(|s| s.kind)
        .collect();
    for expected in [
        SignalKind::StrandedCredits,
        SignalKind::OneSidedGiving,
        SignalKind::UnaskedAdvice,
        SignalKind::CannotReciprocate,
        SignalKind::OverGiving,
        SignalKind::OneSidedTaking,
        SignalKind::Unacknowledged,
    ] {
        assert!(
            kinds.contains(&expected),
            "{expected:?} should show in {kinds:?}"
        );
    }
    let business = store.business_by_person().unwrap();
    assert_eq!(
        business[0].name, "Karin Mulder",
        "one client brings most business"
    );

    // The user records something with an example person: that person stays.
    let piet = store
        .people_summaries(today())
        .unwrap()
        .into_iter()
        .find(|s| s.person.name == "Piet Smit")
        .unwrap();
    let mut thanks = ExchangeInput::new(
        &piet.person.id,
        "2026-11-20",
        Direction::Gave,
        "recognition",
    );
    thanks.note = "Thanked Piet for the referrals".into();
    store.record_exchange(&thanks).unwrap();

    let removed = store.remove_example().unwrap();
    assert!(!store.has_example().unwrap());
    assert_eq!(removed.people, 8, "everyone but Piet goes");
    let left: Vec<String> = store
        .people_summaries(today())
        .unwrap()
        .into_iter()
        .map(|s| s.person.name)
        .collect();
    assert_eq!(
        left,
        vec!["My Own Contact".to_owned(), "Piet Smit".to_owned()]
    );
    let piet_now = store.balance_of(&piet.person.id, today()).unwrap();
    assert_eq!(
        piet_now.given, 1.0,
        "only the user's own exchange is left with Piet"
    );
    assert_eq!(piet_now.received, 0.0);
    assert!(store.organisations().unwrap().is_empty());
    assert!(balans_core::figures::person_stats::consistent(&store).unwrap());
    assert_eq!(store.person(&own.id).unwrap().name, "My Own Contact");
}

#[test]
fn a_snoozed_signal_stays_away_until_its_day() {
    let mut store = Store::open_in_memory().unwrap();
    english(&mut store);
    store.load_example(today()).unwrap();
    let before = store.signals(today()).unwrap();
    let first = before[0].clone();
    assert!(!first.key.is_empty());

    assert!(
        store
            .snooze_signal(&first.key, "2026-11-23", today())
            .is_err(),
        "today is not later"
    );
    assert!(store.snooze_signal(&first.key, "someday", today()).is_err());
    store
        .snooze_signal(&first.key, "2026-11-30", today())
        .unwrap();

    let during = store.signals(today()).unwrap();
    assert_eq!(during.len(), before.len() - 1);
    assert!(during.iter().all(|s| s.key != first.key));
    let after = store
        .signals(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
        .unwrap();
    assert!(
        after.iter().any(|s| s.key == first.key),
        "back after the snooze"
    );
}

#[test]
fn signals_and_styles_speak_dutch_when_asked() {
    let mut store = Store::open_in_memory().unwrap();
    let settings = Settings {
        language: Some(Language::Nl),
        ..Settings::default()
    };
    store.update_settings(&settings).unwrap();
    store.load_example(today()).unwrap();
    let signals = store.signals(today()).unwrap();
    let sanne = signals
        .iter()
        .find(|s| s.kind == SignalKind::UnaskedAdvice)
        .unwrap();
    assert_eq!(
        sanne.explanation,
        "4 van de 6 dingen die je \u{2068}Sanne de Vries\u{2069} gaf waren niet gevraagd (2 wel)."
    );
    assert!(sanne
        .action
        .starts_with("Vraag \u{2068}Sanne de Vries\u{2069}"));
    assert!(store.user_style().unwrap().reason.starts_with("Je gaf"));
}

/// Everything the example network makes Balans say: every signal, reminder,
/// style and warning, and the calendar's events.
fn every_sentence(store: &Store) -> Vec<String> {
    let mut said = Vec::new();
    for signal in store.signals(today()).unwrap() {
        said.extend([signal.explanation, signal.action]);
    }
    let reminders = store.reminders(today()).unwrap();
    for reminder in reminders.due.into_iter().chain(reminders.snoozed) {
        said.extend([reminder.title, reminder.detail]);
    }
    for summary in store.people_summaries(today()).unwrap() {
        said.push(store.style_of(&summary.person.id).unwrap().reason);
    }
    said.push(store.user_style().unwrap().reason);
    said.extend(store.business_sources().unwrap().dependence);
    let calendar = store.export_icalendar("20261123T080000Z").unwrap();
    let calendar = String::from_utf8(calendar).unwrap();
    said.extend(
        calendar
            .lines()
            .filter_map(|line| line.strip_prefix("SUMMARY:"))
            .map(str::to_owned),
    );
    said
}

#[test]
fn every_sentence_about_the_example_is_filled_in_either_language() {
    // Words that are English and never Dutch, as they would show in a
    // sentence the Dutch catalogue does not have or the code wrote itself.
    let english_only = [
        " the ", " you ", " your ", " with ", " and ", " gave ", " was ",
    ];
    for lang in [Language::En, Language::Nl] {
        let mut store = Store::open_in_memory().unwrap();
        let settings = Settings {
            language: Some(lang),
            ..Settings::default()
        };
        store.update_settings(&settings).unwrap();
        store.load_example(today()).unwrap();
        let said = every_sentence(&store);
        assert!(said.len() > 30, "the example says enough: {said:?}");
        for sentence in &said {
            assert!(
                !sentence.contains(['{', '}', '$']),
                "unfilled placeholder in {lang:?}: {sentence}"
            );
            let lower = sentence.to_lowercase();
            let no_figure = ["inf", "infinity", "nan"];
            assert!(
                !lower
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| no_figure.contains(&word)),
                "not a number in {sentence}"
            );
            if lang == Language::Nl {
                let padded = format!(" {lower} ");
                let english = english_only.iter().find(|w| padded.contains(*w));
                assert_eq!(english, None, "English in Dutch: {sentence}");
            }
        }
    }
}
