use balans_core::{clock, Direction, ExchangeInput, PersonInput, Store};

fn exchange(
    person_id: &str,
    direction: Direction,
    kind: &str,
    value: Option<f64>,
) -> ExchangeInput {
    ExchangeInput {
        value,
        ..ExchangeInput::new(person_id, "2026-11-02", direction, kind)
    }
}

#[test]
fn a_balance_is_what_you_gave_minus_what_you_received() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_dir(dir.path()).unwrap();
    let sanne = store.add_person(&PersonInput::named("  Sanne  ")).unwrap();
    assert_eq!(sanne.name, "Sanne", "the name should be stored trimmed");

    store
        .record_exchange(&exchange(&sanne.id, Direction::Gave, "advice", None))
        .unwrap();
    store
        .record_exchange(&exchange(&sanne.id, Direction::Gave, "referral", Some(4.5)))
        .unwrap();
    store
        .record_exchange(&exchange(&sanne.id, Direction::Received, "gift", None))
        .unwrap();

    let balance = store.balance_of(&sanne.id, clock::today()).unwrap();
    assert_eq!(
        balance.given, 6.5,
        "advice (2, the kind's default) plus 4.5 given"
    );
    assert_eq!(balance.received, 2.0, "one gift (2) received");
    assert_eq!(balance.balance, 4.5, "the balance is given minus received");
    assert_eq!(balance.exchanges, 3);
}

#[test]
fn data_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = Store::open_in_dir(dir.path()).unwrap();
        let piet = store.add_person(&PersonInput::named("Piet")).unwrap();
        store
            .record_exchange(&exchange(&piet.id, Direction::Received, "referral", None))
            .unwrap();
        piet.id
    };
    let store = Store::open_in_dir(dir.path()).unwrap();
    let people = store.people_summaries(clock::today()).unwrap();
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].person.id, id);
    assert_eq!(
        people[0].balance.balance, -5.0,
        "a received referral means you owe 5"
    );
}

#[test]
fn bad_input_is_refused_and_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let anna = store.add_person(&PersonInput::named("Anna")).unwrap();

    let too_long = "x".repeat(201);
    for bad_name in ["", "   ", too_long.as_str()] {
        let err = store.add_person(&PersonInput::named(bad_name)).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
    }

    let unknown_person = exchange("no-such-id", Direction::Gave, "advice", None);
    assert_eq!(
        store.record_exchange(&unknown_person).unwrap_err().field(),
        Some("person_id")
    );
    let mut bad_date = exchange(&anna.id, Direction::Gave, "advice", None);
    bad_date.date = "2026-13-01".into();
    assert_eq!(
        store.record_exchange(&bad_date).unwrap_err().field(),
        Some("date")
    );
    let bad_kind = exchange(&anna.id, Direction::Gave, "bribe", None);
    assert_eq!(
        store.record_exchange(&bad_kind).unwrap_err().field(),
        Some("kind")
    );
    let negative = exchange(&anna.id, Direction::Gave, "advice", Some(-3.0));
    assert_eq!(
        store.record_exchange(&negative).unwrap_err().field(),
        Some("value")
    );

    assert_eq!(
        store.people_summaries(clock::today()).unwrap().len(),
        1,
        "only Anna exists"
    );
    assert_eq!(
        store.exchanges_of(&anna.id).unwrap(),
        vec![],
        "no refused exchange was stored"
    );
}
