//! Invariants of the ledger over generated histories.

use balans_core::figures::person_stats;
use balans_core::{clock, Direction, ExchangeInput, PersonInput, Store};
use proptest::prelude::*;

const KINDS: [&str; 4] = ["advice", "referral", "gift", "business"];

#[derive(Debug, Clone)]
struct Entry {
    person: usize,
    day: u32,
    gave: bool,
    kind: usize,
    value: Option<f64>,
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        0..3usize,
        0..600u32,
        any::<bool>(),
        0..KINDS.len(),
        proptest::option::of(1..200u32),
    )
        .prop_map(|(person, day, gave, kind, value)| Entry {
            person,
            day,
            gave,
            kind,
            value: value.map(|v| f64::from(v) / 4.0),
        })
}

fn date(day: u32) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    clock::iso(start + chrono::Days::new(u64::from(day)))
}

/// A store with three people and the entries recorded in the given order.
fn build(entries: &[Entry]) -> (Store, Vec<String>) {
    let mut store = Store::open_in_memory().unwrap();
    let people: Vec<String> = ["Anna", "Bram", "Sanne"]
        .iter()
        .map(|name| store.add_person(&PersonInput::named(name)).unwrap().id)
        .collect();
    for e in entries {
        let direction = if e.gave {
            Direction::Gave
        } else {
            Direction::Received
        };
        let input = ExchangeInput {
            value: e.value,
            ..ExchangeInput::new(&people[e.person], &date(e.day), direction, KINDS[e.kind])
        };
        store.record_exchange(&input).unwrap();
    }
    (store, people)
}

fn snapshot(store: &Store, people: &[String]) -> Vec<(f64, f64, f64, balans_core::PersonStats)> {
    let today = clock::today();
    people
        .iter()
        .map(|id| {
            let b = store.balance_of(id, today).unwrap();
            let page = store.person_page(id, today).unwrap();
            (b.given, b.received, b.balance, page.stats)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn without_decay_a_balance_is_given_minus_received(entries in proptest::collection::vec(entry(), 0..25)) {
        let (store, people) = build(&entries);
        for id in &people {
            let exchanges = store.exchanges_of(id).unwrap();
            let signed: f64 = exchanges
                .iter()
                .map(|e| if e.direction == Direction::Gave { e.value } else { -e.value })
                .sum();
            let balance = store.balance_of(id, clock::today()).unwrap();
            prop_assert!((balance.balance - signed).abs() < 0.005, "the balance should be the signed sum of the exchanges");
            prop_assert!((balance.balance - (balance.given - balance.received)).abs() < 0.005);
        }
        prop_assert!(person_stats::consistent(&store).unwrap(), "stored statistics should equal a fresh computation");
    }

    #[test]
    fn trash_then_restore_changes_nothing(entries in proptest::collection::vec(entry(), 1..20), pick in any::<prop::sample::Index>()) {
        let (mut store, people) = build(&entries);
        let before = snapshot(&store, &people);
        let all: Vec<String> = people.iter().flat_map(|p| store.exchanges_of(p).unwrap()).map(|e| e.id).collect();
        let chosen = pick.get(&all).clone();
        store.trash_exchange(&chosen).unwrap();
        prop_assert!(person_stats::consistent(&store).unwrap());
        store.restore_exchange(&chosen).unwrap();
        let person = &people[pick.index(people.len())];
        store.trash_person(person).unwrap();
        store.restore_person(person).unwrap();
        prop_assert_eq!(snapshot(&store, &people), before, "trashing and restoring should leave every balance and figure as it was");
        prop_assert!(person_stats::consistent(&store).unwrap());
    }

    #[test]
    fn the_order_of_insertion_changes_no_result(entries in proptest::collection::vec(entry(), 1..20), seed in any::<u64>()) {
        // Exchanges on the same day keep the order they were recorded in, so
        // give each entry its own day to compare orders fairly.
        let entries: Vec<Entry> = entries.into_iter().enumerate().map(|(i, e)| Entry { day: i as u32 * 3 + e.day % 3, ..e }).collect();
        let mut shuffled = entries.clone();
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        let (a, people_a) = build(&entries);
        let (b, people_b) = build(&shuffled);
        prop_assert_eq!(snapshot(&a, &people_a), snapshot(&b, &people_b), "the same history recorded in another order should give the same results");
    }
}
