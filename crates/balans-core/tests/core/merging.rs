//! Two records of one person: found by name (without case, accents or extra
//! spaces) and by e-mail address, merged so that everything of the other's
//! moves onto the one kept, and the merge taken back to the last row.

use balans_core::domain::organisations::{AffiliationInput, DecisionPower, OrganisationInput};
use balans_core::{Channels, Direction, ExchangeInput, Likeness, PersonInput, Store};

fn person(store: &mut Store, name: &str, emails: &[&str]) -> String {
    let input = PersonInput {
        channels: Channels {
            emails: emails.iter().map(|e| (*e).to_owned()).collect(),
            ..Channels::default()
        },
        ..PersonInput::named(name)
    };
    store.add_person(&input).unwrap().id
}

fn exchange(store: &mut Store, person_id: &str, direction: Direction, kind: &str) -> String {
    store
        .record_exchange(&ExchangeInput::new(
            person_id,
            "2026-03-01",
            direction,
            kind,
        ))
        .unwrap()
        .id
}

#[test]
fn likely_duplicates_share_a_folded_name_or_an_email_address() {
    let mut store = Store::open_in_memory().unwrap();
    let emile = person(&mut store, "Émile  Dubois", &[]);
    let again = person(&mut store, "emile dubois", &[]);
    let sanne = person(&mut store, "Sanne de Vries", &["sanne@example.nl"]);
    let work = person(&mut store, "S. de Vries", &["SANNE@example.nl"]);
    let other = person(&mut store, "Emilia Dubois", &[]);
    // Two Bram Jansens with a history each are two people of one name.
    for _ in 0..2 {
        let bram = person(&mut store, "Bram Jansen", &[]);
        exchange(&mut store, &bram, Direction::Received, "advice");
    }
    let trashed = person(&mut store, "Emile Dubois", &[]);
    store.trash_person(&trashed).unwrap();
    exchange(&mut store, &again, Direction::Gave, "advice");

    let pairs = store.likely_duplicates().unwrap();
    assert_eq!(pairs.len(), 2, "{pairs:?}");
    assert_eq!(pairs[0].likeness, Likeness::Name);
    assert_eq!(
        (pairs[0].first.id.as_str(), pairs[0].second.id.as_str()),
        (again.as_str(), emile.as_str()),
        "the record with history comes first"
    );
    assert_eq!(pairs[0].first.exchanges, 1);
    assert_eq!(
        pairs[1].likeness,
        Likeness::Email {
            address: "sanne@example.nl".into()
        }
    );
    let ids = [pairs[1].first.id.as_str(), pairs[1].second.id.as_str()];
    assert!(ids.contains(&sanne.as_str()) && ids.contains(&work.as_str()));
    assert!(pairs
        .iter()
        .all(|p| p.first.id != other && p.second.id != other));

    // A pair that shares both a name and an address is listed once.
    let both = person(&mut store, "Sanne de Vries", &["sanne@example.nl"]);
    let with_both = store.likely_duplicates().unwrap();
    let pairs_with_both = with_both
        .iter()
        .filter(|p| p.first.id == both || p.second.id == both)
        .count();
    assert_eq!(
        pairs_with_both, 2,
        "with Sanne and with her work record: {with_both:?}"
    );
}

#[test]
fn a_merge_moves_everything_onto_the_one_kept_and_undo_puts_it_back() {
    let mut store = Store::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let kept = store
        .add_person(&PersonInput {
            notes: "Met at the fair.".into(),
            tags: vec!["design".into()],
            channels: Channels {
                emails: vec!["anna@studio.nl".into()],
                ..Channels::default()
            },
            ..PersonInput::named("Anna de Boer")
        })
        .unwrap();
    let other = store
        .add_person(&PersonInput {
            notes: "Likes long walks.".into(),
            met_how: "Via Bram".into(),
            tags: vec!["Design".into(), "amsterdam".into()],
            channels: Channels {
                emails: vec!["anna@home.nl".into(), "ANNA@studio.nl".into()],
                phones: vec!["+31 6 1111 2222".into()],
                ..Channels::default()
            },
            ..PersonInput::named("anna de boer")
        })
        .unwrap();
    let bram = person(&mut store, "Bram", &[]);
    let introduced = store
        .add_person(&PersonInput {
            introduced_by: Some(other.id.clone()),
            ..PersonInput::named("Carla")
        })
        .unwrap();
    exchange(&mut store, &kept.id, Direction::Gave, "advice");
    let moved = [
        exchange(&mut store, &other.id, Direction::Received, "advice"),
        exchange(&mut store, &other.id, Direction::Received, "introduction"),
    ];
    let trashed_before = exchange(&mut store, &other.id, Direction::Gave, "favour");
    store.trash_exchange(&trashed_before).unwrap();
    let mut naming = ExchangeInput::new(&bram, "2026-03-02", Direction::Received, "introduction");
    naming.third_person_id = Some(other.id.clone());
    let naming = store.record_exchange(&naming).unwrap().id;
    let studio = store
        .add_organisation(&OrganisationInput {
            name: "Studio".into(),
            notes: String::new(),
        })
        .unwrap();
    let place = store
        .affiliate(&AffiliationInput {
            person_id: other.id.clone(),
            organisation_id: studio.id.clone(),
            role: "Owner".into(),
            decision_power: DecisionPower::Decides,
            from_date: None,
            to_date: None,
        })
        .unwrap();
    let kept_balance = store.person_page(&kept.id, today).unwrap().balance;
    let other_balance = store.person_page(&other.id, today).unwrap().balance;

    // Every row the merge moves: onto the one kept, and back on undo.
    let rows_point_at = |store: &Store, owner: &str| {
        for id in &moved {
            assert_eq!(store.exchange(id).unwrap().person_id, owner);
        }
        let naming = store.exchange(&naming).unwrap();
        assert_eq!(naming.third_person_id.as_deref(), Some(owner));
        let introduced = store.person(&introduced.id).unwrap();
        assert_eq!(introduced.introduced_by.as_deref(), Some(owner));
        assert_eq!(store.affiliation(&place.id).unwrap().person_id, owner);
    };
    let merged = store.merge_people(&kept.id, &other.id).unwrap();
    assert_eq!(merged.exchanges_moved(), 2);

    let page = store.person_page(&kept.id, today).unwrap();
    assert_eq!(page.exchange_count, 3);
    assert_eq!(
        page.balance.exchanges,
        kept_balance.exchanges + other_balance.exchanges
    );
    assert!(
        (page.balance.balance - (kept_balance.balance + other_balance.balance)).abs() < 1e-9,
        "the balances add up"
    );
    rows_point_at(&store, &kept.id);
    assert_eq!(store.exchange(&trashed_before).unwrap().person_id, other.id);
    let now = &page.person;
    assert_eq!(now.name, "Anna de Boer");
    assert_eq!(now.tags, ["amsterdam", "design"]);
    assert_eq!(now.channels.emails, ["anna@studio.nl", "anna@home.nl"]);
    assert_eq!(now.channels.phones, ["+31 6 1111 2222"]);
    assert_eq!(now.notes, "Met at the fair.\n\nLikes long walks.");
    assert_eq!(now.met_how, "Via Bram");
    assert!(store.person(&other.id).unwrap().trashed_at.is_some());
    assert!(store.likely_duplicates().unwrap().is_empty());

    assert_eq!(store.last_merge().unwrap().as_ref(), Some(&merged));
    assert_eq!(store.undo_last_merge().unwrap(), merged);
    assert_eq!(store.last_merge().unwrap(), None, "taken back once");
    assert!(
        store.undo_last_merge().is_err(),
        "nothing left to take back"
    );
    let back = store.person(&other.id).unwrap();
    assert!(back.trashed_at.is_none());
    assert_eq!(back.channels, other.channels);
    assert_eq!(store.person(&kept.id).unwrap().tags, kept.tags);
    assert_eq!(store.person(&kept.id).unwrap().notes, kept.notes);
    assert_eq!(store.person(&kept.id).unwrap().channels, kept.channels);
    rows_point_at(&store, &other.id);
    assert!(store
        .exchange(&trashed_before)
        .unwrap()
        .trashed_at
        .is_some());
    assert_eq!(
        store.person_page(&kept.id, today).unwrap().balance,
        kept_balance
    );
    assert_eq!(
        store.person_page(&other.id, today).unwrap().balance,
        other_balance
    );
}

#[test]
fn a_later_exchange_stays_and_a_later_edit_is_never_overwritten() {
    let mut store = Store::open_in_memory().unwrap();
    let anna = person(&mut store, "Anna", &[]);
    let other = person(&mut store, "anna", &[]);
    let moved = exchange(&mut store, &other, Direction::Gave, "advice");

    // An exchange logged after the merge stays with the one kept.
    store.merge_people(&anna, &other).unwrap();
    let later = exchange(&mut store, &anna, Direction::Received, "advice");
    store.undo_last_merge().unwrap();
    assert_eq!(store.exchange(&later).unwrap().person_id, anna);
    assert_eq!(store.exchange(&moved).unwrap().person_id, other);

    // An edit after the merge keeps the merge: undoing it would write the
    // kept person's fields as they were before, over the edit.
    store.merge_people(&anna, &other).unwrap();
    // Moments are kept to the second.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let edited = PersonInput {
        notes: "Written after the merge".into(),
        ..PersonInput::named("Anna")
    };
    store.update_person(&anna, &edited).unwrap();
    let before = store.export_json().unwrap();
    let error = store.undo_last_merge().unwrap_err();
    assert_eq!(error.field(), Some("merge"));
    assert_eq!(
        store.export_json().unwrap(),
        before,
        "the refusal changed nothing"
    );
    assert_eq!(
        store.person(&anna).unwrap().notes,
        "Written after the merge"
    );
}

#[test]
fn a_merge_that_cannot_be_made_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let anna = person(&mut store, "Anna", &[]);
    let bram = person(&mut store, "Bram", &[]);
    let gone = person(&mut store, "Gone", &[]);
    store.trash_person(&gone).unwrap();
    let before = store.export_json().unwrap();

    assert!(store.merge_people(&anna, &anna).is_err());
    assert!(store.merge_people(&anna, &gone).is_err());
    assert!(store.merge_people(&anna, "no-such-person").is_err());
    let too_many = PersonInput {
        channels: Channels {
            emails: (0..15).map(|n| format!("a{n}@example.nl")).collect(),
            ..Channels::default()
        },
        ..PersonInput::named("Anna")
    };
    store.update_person(&anna, &too_many).unwrap();
    let full = PersonInput {
        channels: Channels {
            emails: (0..15).map(|n| format!("b{n}@example.nl")).collect(),
            ..Channels::default()
        },
        ..PersonInput::named("Bram")
    };
    store.update_person(&bram, &full).unwrap();
    let before_merge = store.export_json().unwrap();
    assert!(
        store.merge_people(&anna, &bram).is_err(),
        "thirty addresses are more than a person holds"
    );
    assert_eq!(store.export_json().unwrap(), before_merge);
    assert_ne!(before, before_merge);
}
