//! Bad input, generated: every writing command of the core gets hostile text
//! (NUL, right-to-left override, emoji, control characters, huge strings),
//! absurd numbers (negative, NaN, infinite, huge) and unknown or garbled ids,
//! mixed with good values. Whatever it gets, a command must not panic, must
//! answer with a typed refusal (invalid input or not found, never a database
//! failure that validation let through) and, when it refuses, must change
//! nothing: the whole ledger exports to the same bytes as before.

use balans_core::{
    clock, AffiliationInput, Decision, DecisionPower, Direction, ExchangeInput, OrganisationInput,
    PersonInput, Relationship, Settings, Store,
};
use proptest::prelude::*;

fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_owned()),
        Just("Anna\0Bram".to_owned()),
        Just("\u{202E}anna\u{202C}".to_owned()),
        Just("👩‍👩‍👧 Familie".to_owned()),
        Just("line\nbreak\ttab\r".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("'; DROP TABLE person; --".to_owned()),
        Just("=HYPERLINK(\"http://x\")".to_owned()),
        "a{190,210}",
        "x{10000,20000}",
        any::<String>(),
        "[a-zA-Z ]{1,20}",
    ]
}

fn hostile_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(-1.0),
        Just(0.0),
        Just(1e300),
        Just(f64::MIN_POSITIVE),
        any::<f64>(),
        0.01f64..100.0,
    ]
}

fn hostile_date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("2026-02-30".to_owned()),
        Just("0000-00-00".to_owned()),
        Just("9999-12-31".to_owned()),
        Just("2026-11-01".to_owned()),
        Just("2026-11-01\0".to_owned()),
        Just("yesterday".to_owned()),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        hostile_text(),
    ]
}

/// An id: one of the ledger's own (by index), or something made up.
#[derive(Debug, Clone)]
enum Id {
    Known(usize),
    Made(String),
}

fn hostile_id() -> impl Strategy<Value = Id> {
    prop_oneof![
        (0..4usize).prop_map(Id::Known),
        hostile_text().prop_map(Id::Made),
        Just(Id::Made("00000000-0000-0000-0000-000000000000".into())),
    ]
}

/// One command with its arguments.
#[derive(Debug, Clone)]
enum Command {
    AddPerson(String, String, Option<u32>, Vec<String>, Option<Id>),
    UpdatePerson(Id, String),
    Archive(Id),
    TrashPerson(Id),
    Record(Id, String, String, f64, Option<String>, Option<Id>, String),
    UpdateExchange(Id, String, f64),
    TrashExchange(Id),
    RestoreExchange(Id),
    AddOrganisation(String, String),
    Affiliate(Id, Id, String, Option<String>, Option<String>),
    AddKind(String, f64),
    SetKindValue(String, f64),
    Settings(f64, u32, Option<u32>),
    SnoozeSignal(String, String),
    DecideReminder(String, String),
    Search(String),
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        (
            hostile_text(),
            hostile_text(),
            proptest::option::of(any::<u32>()),
            proptest::collection::vec(hostile_text(), 0..3),
            proptest::option::of(hostile_id())
        )
            .prop_map(|(n, notes, c, tags, by)| Command::AddPerson(n, notes, c, tags, by)),
        (hostile_id(), hostile_text()).prop_map(|(id, n)| Command::UpdatePerson(id, n)),
        hostile_id().prop_map(Command::Archive),
        hostile_id().prop_map(Command::TrashPerson),
        (
            hostile_id(),
            hostile_date(),
            prop_oneof![Just("advice".to_owned()), hostile_text()],
            hostile_number(),
            proptest::option::of(hostile_date()),
            proptest::option::of(hostile_id()),
            hostile_text()
        )
            .prop_map(|(p, d, k, v, f, t, n)| Command::Record(p, d, k, v, f, t, n)),
        (hostile_id(), hostile_date(), hostile_number())
            .prop_map(|(id, d, v)| Command::UpdateExchange(id, d, v)),
        hostile_id().prop_map(Command::TrashExchange),
        hostile_id().prop_map(Command::RestoreExchange),
        (hostile_text(), hostile_text()).prop_map(|(n, notes)| Command::AddOrganisation(n, notes)),
        (
            hostile_id(),
            hostile_id(),
            hostile_text(),
            proptest::option::of(hostile_date()),
            proptest::option::of(hostile_date())
        )
            .prop_map(|(p, o, r, f, t)| Command::Affiliate(p, o, r, f, t)),
        (hostile_text(), hostile_number()).prop_map(|(n, v)| Command::AddKind(n, v)),
        (hostile_text(), hostile_number()).prop_map(|(n, v)| Command::SetKindValue(n, v)),
        (
            hostile_number(),
            any::<u32>(),
            proptest::option::of(any::<u32>())
        )
            .prop_map(|(r, s, c)| Command::Settings(r, s, c)),
        (hostile_text(), hostile_date()).prop_map(|(k, u)| Command::SnoozeSignal(k, u)),
        (hostile_text(), hostile_date()).prop_map(|(k, u)| Command::DecideReminder(k, u)),
        hostile_text().prop_map(Command::Search),
    ]
}

/// A small ledger: two people, an organisation, an exchange each.
struct Ledger {
    store: Store,
    people: Vec<String>,
    organisations: Vec<String>,
    exchanges: Vec<String>,
}

impl Ledger {
    fn new() -> Ledger {
        let mut store = Store::open_in_memory().unwrap();
        let mut people = Vec::new();
        let mut exchanges = Vec::new();
        for name in ["Anna", "Bram"] {
            let id = store.add_person(&PersonInput::named(name)).unwrap().id;
            let input = ExchangeInput::new(&id, "2026-10-01", Direction::Gave, "advice");
            exchanges.push(store.record_exchange(&input).unwrap().id);
            people.push(id);
        }
        let org = store
            .add_organisation(&OrganisationInput {
                name: "Bothof BV".into(),
                notes: String::new(),
            })
            .unwrap()
            .id;
        Ledger {
            store,
            people,
            organisations: vec![org],
            exchanges,
        }
    }

    fn id(list: &[String], id: &Id) -> String {
        match id {
            Id::Known(n) => list.get(*n).cloned().unwrap_or_else(|| format!("gone-{n}")),
            Id::Made(text) => text.clone(),
        }
    }

    fn run(&mut self, command: &Command) -> balans_core::Result<()> {
        let (people, orgs, exchanges) = (&self.people, &self.organisations, &self.exchanges);
        let person = |id: &Id| Ledger::id(people, id);
        let today = clock::today();
        let store = &mut self.store;
        match command {
            Command::AddPerson(name, notes, cadence, tags, by) => store
                .add_person(&PersonInput {
                    name: name.clone(),
                    notes: notes.clone(),
                    relationship: Relationship::Client,
                    cadence_days: *cadence,
                    met_how: notes.clone(),
                    introduced_by: by.as_ref().map(person),
                    birthday: None,
                    tags: tags.clone(),
                    channels: Default::default(),
                })
                .map(drop),
            Command::UpdatePerson(id, name) => store
                .update_person(&person(id), &PersonInput::named(name))
                .map(drop),
            Command::Archive(id) => store.set_archived(&person(id), true).map(drop),
            Command::TrashPerson(id) => store.trash_person(&person(id)).map(drop),
            Command::Record(p, date, kind, value, follow, third, note) => {
                let mut input = ExchangeInput::new(&person(p), date, Direction::Received, kind);
                input.value = Some(*value);
                input.follow_up = follow.clone();
                input.third_person_id = third.as_ref().map(person);
                input.note = note.clone();
                store.record_exchange(&input).map(drop)
            }
            Command::UpdateExchange(id, date, value) => {
                let exchange = Ledger::id(exchanges, id);
                let mut input = ExchangeInput::new(&people[0], date, Direction::Gave, "advice");
                input.value = Some(*value);
                store.update_exchange(&exchange, &input).map(drop)
            }
            Command::TrashExchange(id) => {
                store.trash_exchange(&Ledger::id(exchanges, id)).map(drop)
            }
            Command::RestoreExchange(id) => {
                store.restore_exchange(&Ledger::id(exchanges, id)).map(drop)
            }
            Command::AddOrganisation(name, notes) => store
                .add_organisation(&OrganisationInput {
                    name: name.clone(),
                    notes: notes.clone(),
                })
                .map(drop),
            Command::Affiliate(p, o, role, from, to) => store
                .affiliate(&AffiliationInput {
                    person_id: person(p),
                    organisation_id: Ledger::id(orgs, o),
                    role: role.clone(),
                    decision_power: DecisionPower::Influences,
                    from_date: from.clone(),
                    to_date: to.clone(),
                })
                .map(drop),
            Command::AddKind(name, value) => store.add_kind(name, *value).map(drop),
            Command::SetKindValue(name, value) => store.set_kind_value(name, *value).map(drop),
            Command::Settings(ratio, streak, cadence) => store
                .update_settings(&Settings {
                    one_sided_ratio: *ratio,
                    one_sided_streak: *streak,
                    default_cadence_days: *cadence,
                    ..Settings::default()
                })
                .map(drop),
            Command::SnoozeSignal(key, until) => store.snooze_signal(key, until, today),
            Command::DecideReminder(key, until) => store
                .decide_reminder(key, &Decision::SnoozeUntil(until.clone()), today)
                .map(drop),
            Command::Search(query) => store.search(query, 50).map(drop),
        }
    }
}

// 256 generated sequences by default; `make soak` sets PROPTEST_CASES higher.
proptest! {
    #[test]
    fn hostile_commands_are_refused_with_a_typed_error_and_change_nothing(
        commands in proptest::collection::vec(command(), 1..12)
    ) {
        let mut ledger = Ledger::new();
        for command in &commands {
            let before = ledger.store.export_json().unwrap();
            if let Err(error) = ledger.run(command) {
                prop_assert!(
                    matches!(error.code(), "invalid_input" | "not_found"),
                    "{command:?} failed untyped: {} {error}", error.code()
                );
                prop_assert_eq!(
                    ledger.store.export_json().unwrap(), before,
                    "{:?} was refused but changed the ledger", command
                );
            }
        }
        prop_assert!(balans_core::figures::person_stats::consistent(&ledger.store).unwrap());
    }
}
