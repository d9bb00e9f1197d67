//! The screens' own reads through the public API, on a real SQLite file: the
//! people list a page at a time with its filters and orders, the dashboard's
//! overview and the first screen read in one go, the names for completing
//! fields, the organisation list with its head counts, and the names a
//! person's page and the trash carry.

use balans_core::samples::synthetic_ledger::{self, Spec};
use balans_core::views::overview::{BUSINESS_SHOWN, DOTS_SHOWN, SIGNALS_SHOWN};
use balans_core::views::people_list::{PeopleSort, Status, MAX_PAGE_ROWS};
use balans_core::{
    AffiliationInput, Decision, DecisionPower, Direction, Error, ExchangeInput, OrganisationInput,
    PeopleQuery, PersonInput, PersonStats, Relationship, ReminderKind, Store,
};
use chrono::NaiveDate;
use tempfile::TempDir;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

fn ledger() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("balans.sqlite3")).unwrap();
    (dir, store)
}

fn person(store: &mut Store, name: &str, relationship: Relationship, tags: &[&str]) -> String {
    let input = PersonInput {
        relationship,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..PersonInput::named(name)
    };
    store.add_person(&input).unwrap().id
}

fn exchange(
    store: &mut Store,
    id: &str,
    date: &str,
    direction: Direction,
    kind: &str,
    acknowledged: bool,
) {
    store
        .record_exchange(&ExchangeInput {
            acknowledged,
            ..ExchangeInput::new(id, date, direction, kind)
        })
        .unwrap();
}

fn organisation(store: &mut Store, name: &str) -> String {
    let input = OrganisationInput {
        name: name.into(),
        notes: String::new(),
    };
    store.add_organisation(&input).unwrap().id
}

fn affiliate(store: &mut Store, person_id: &str, organisation_id: &str, to_date: Option<&str>) {
    store
        .affiliate(&AffiliationInput {
            person_id: person_id.into(),
            organisation_id: organisation_id.into(),
            role: String::new(),
            decision_power: DecisionPower::None,
            from_date: Some("2020-01-01".into()),
            to_date: to_date.map(str::to_owned),
        })
        .unwrap();
}

/// Émile (a client, tagged vip, was given advice), anna (gave a referral
/// never thanked; at Haven), Bram (archived), Zoë (vip, left Haven) and Piet
/// (in the trash).
struct Network {
    emile: String,
    anna: String,
    bram: String,
    zoe: String,
    haven: String,
}

fn network(store: &mut Store) -> Network {
    let emile = person(store, "Émile", Relationship::Client, &["vip"]);
    let anna = person(store, "anna", Relationship::Network, &[]);
    let bram = person(store, "Bram", Relationship::Network, &[]);
    let zoe = person(store, "Zoë", Relationship::Supplier, &["vip"]);
    let piet = person(store, "Piet", Relationship::Network, &[]);
    exchange(store, &emile, "2026-01-05", Direction::Gave, "advice", true);
    exchange(
        store,
        &anna,
        "2026-03-01",
        Direction::Received,
        "referral",
        false,
    );
    exchange(store, &zoe, "2025-12-01", Direction::Gave, "favour", true);
    store
        .record_exchange(&ExchangeInput {
            note: "spoke about the warehouse".into(),
            acknowledged: true,
            ..ExchangeInput::new(&bram, "2026-02-01", Direction::Gave, "advice")
        })
        .unwrap();
    store.set_archived(&bram, true).unwrap();
    store.trash_person(&piet).unwrap();
    let haven = organisation(store, "Haven Logistics");
    affiliate(store, &anna, &haven, None);
    affiliate(store, &zoe, &haven, Some("2026-01-31"));
    Network {
        emile,
        anna,
        bram,
        zoe,
        haven,
    }
}

fn ids(store: &Store, query: PeopleQuery) -> Vec<String> {
    let page = store.people_list(&query, today()).unwrap();
    page.rows.into_iter().map(|row| row.id).collect()
}

#[test]
fn the_list_filters_by_status_tag_relationship_organisation_and_signal() {
    let (_dir, mut store) = ledger();
    let n = network(&mut store);
    let q = PeopleQuery::default;
    assert_eq!(
        ids(&store, q()),
        [n.anna.as_str(), n.emile.as_str(), n.zoe.as_str()],
        "active people by name, case and accents ignored"
    );
    let status = |status| PeopleQuery { status, ..q() };
    assert_eq!(ids(&store, status(Status::Archived)), [n.bram.as_str()]);
    assert_eq!(
        ids(&store, status(Status::All)),
        [
            n.anna.as_str(),
            n.bram.as_str(),
            n.emile.as_str(),
            n.zoe.as_str()
        ]
    );
    let tagged = PeopleQuery {
        tag: Some("vip".into()),
        ..q()
    };
    assert_eq!(ids(&store, tagged), [n.emile.as_str(), n.zoe.as_str()]);
    let clients = PeopleQuery {
        relationship: Some(Relationship::Client),
        ..q()
    };
    assert_eq!(ids(&store, clients), [n.emile.as_str()]);
    let at_haven = PeopleQuery {
        organisation: Some(n.haven.clone()),
        ..q()
    };
    assert_eq!(
        ids(&store, at_haven),
        [n.anna.as_str()],
        "Zoë has left Haven"
    );
    let signalled = PeopleQuery {
        with_signal: true,
        ..q()
    };
    assert_eq!(
        ids(&store, signalled),
        [n.anna.as_str()],
        "anna's referral was never thanked"
    );
    let page = store.people_list(&q(), today()).unwrap();
    assert_eq!(
        (page.total, page.matching),
        (4, 3),
        "the trashed Piet is nowhere"
    );
    let anna = &page.rows[0];
    assert!(anna.signalled && !anna.archived);
    assert!(anna.balance < 0.0, "anna gave, so you owe her");
}

#[test]
fn search_finds_people_by_name_by_a_note_and_by_their_organisation() {
    let (_dir, mut store) = ledger();
    let n = network(&mut store);
    let search = |text: &str| PeopleQuery {
        query: text.into(),
        status: Status::All,
        ..PeopleQuery::default()
    };
    assert_eq!(ids(&store, search("emile")), [n.emile.as_str()]);
    assert_eq!(
        ids(&store, search("warehouse")),
        [n.bram.as_str()],
        "through an exchange note"
    );
    assert_eq!(
        ids(&store, search("haven")),
        [n.anna.as_str()],
        "people at Haven today"
    );
    assert!(ids(&store, search("nobody-here")).is_empty());
    assert_eq!(
        ids(&store, search("   ")).len(),
        4,
        "a blank search filters nothing"
    );
}

#[test]
fn the_list_sorts_by_balance_and_by_last_exchange() {
    let (_dir, mut store) = ledger();
    let n = network(&mut store);
    let sorted = |sort| PeopleQuery {
        sort,
        ..PeopleQuery::default()
    };
    assert_eq!(
        ids(&store, sorted(PeopleSort::Balance)),
        [n.emile.as_str(), n.zoe.as_str(), n.anna.as_str()],
        "highest first; equal balances by name"
    );
    assert_eq!(
        ids(&store, sorted(PeopleSort::Last)),
        [n.anna.as_str(), n.emile.as_str(), n.zoe.as_str()]
    );
}

#[test]
fn the_list_comes_a_page_at_a_time_and_refuses_odd_page_sizes() {
    let (_dir, mut store) = ledger();
    for i in 0..25 {
        person(
            &mut store,
            &format!("Person {i:02}"),
            Relationship::Other,
            &[],
        );
    }
    let page = |offset, limit| {
        store
            .people_list(
                &PeopleQuery {
                    offset,
                    limit,
                    ..PeopleQuery::default()
                },
                today(),
            )
            .unwrap()
    };
    let first = page(0, 10);
    let third = page(20, 10);
    assert_eq!(
        (first.rows.len(), first.matching, first.total),
        (10, 25, 25)
    );
    assert_eq!(first.rows[0].name, "Person 00");
    assert_eq!(third.rows.len(), 5);
    assert_eq!(third.rows[4].name, "Person 24");
    assert!(
        page(30, 10).rows.is_empty(),
        "past the end is an empty page"
    );
    for limit in [0, MAX_PAGE_ROWS + 1] {
        let refused = store.people_list(
            &PeopleQuery {
                limit,
                ..PeopleQuery::default()
            },
            today(),
        );
        assert!(
            matches!(refused, Err(Error::Invalid { field, .. }) if field == "limit"),
            "a page of {limit} rows: {refused:?}"
        );
    }
}

#[test]
fn the_overview_holds_counts_the_first_signals_and_the_busiest_people() {
    let (_dir, mut store) = ledger();
    let empty = store.overview(today()).unwrap();
    assert_eq!(
        (empty.people, empty.organisations, empty.signal_count),
        (0, 0, 0)
    );
    let n = network(&mut store);
    // More people waiting for thanks than the dashboard lists.
    for i in 0..SIGNALS_SHOWN + 5 {
        let id = person(
            &mut store,
            &format!("Giver {i:02}"),
            Relationship::Network,
            &[],
        );
        exchange(
            &mut store,
            &id,
            "2026-01-10",
            Direction::Received,
            "business",
            false,
        );
    }
    let overview = store.overview(today()).unwrap();
    assert_eq!(
        overview.people,
        4 + SIGNALS_SHOWN + 5,
        "the trashed Piet is not counted"
    );
    assert_eq!(overview.organisations, 1);
    assert_eq!(overview.signals.len(), SIGNALS_SHOWN);
    assert_eq!(overview.signal_count, store.signals(today()).unwrap().len());
    assert!(overview.signal_count > SIGNALS_SHOWN);
    for signal in &overview.signals {
        let first = store.person(&signal.person_ids[0]).unwrap();
        assert_eq!(signal.person_name, first.name);
    }
    assert!(
        overview.picture.iter().all(|dot| dot.id != n.bram),
        "archived people are not drawn"
    );
    assert!(overview
        .picture
        .iter()
        .any(|dot| dot.id == n.emile && dot.given > 0.0));
    assert_eq!(overview.business.len(), BUSINESS_SHOWN);
    assert_eq!(
        overview.business,
        store.business_by_person().unwrap()[..BUSINESS_SHOWN],
        "the dashboard lists the largest sources of the full list, with the same shares"
    );
    assert_eq!(overview.style, store.user_style().unwrap());
    assert_eq!(
        overview.style.giving.gave_count, 3,
        "the gift to Bram counts in your style though he is archived"
    );
}

#[test]
fn names_for_completion_leave_out_the_trash_and_pages_name_who_they_mention() {
    let (_dir, mut store) = ledger();
    let n = network(&mut store);
    let names: Vec<String> = store
        .person_names()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["anna", "Bram", "Émile", "Zoë"]);

    store
        .record_exchange(&ExchangeInput {
            third_person_id: Some(n.zoe.clone()),
            acknowledged: true,
            ..ExchangeInput::new(
                n.emile.as_str(),
                "2026-04-01",
                Direction::Gave,
                "introduction",
            )
        })
        .unwrap();
    let input = PersonInput {
        introduced_by: Some(n.anna.clone()),
        ..PersonInput::named("Émile")
    };
    store.update_person(n.emile.as_str(), &input).unwrap();
    let page = store.person_page(n.emile.as_str(), today()).unwrap();
    assert_eq!(page.names.get(&n.zoe).map(String::as_str), Some("Zoë"));
    assert_eq!(page.names.get(&n.anna).map(String::as_str), Some("anna"));

    let gone = store.trash_exchange(&page.exchanges[0].id).unwrap();
    let trash = store.trash().unwrap();
    assert_eq!(
        trash.names.get(&gone.person_id).map(String::as_str),
        Some("Émile")
    );
}

#[test]
fn the_organisation_list_counts_who_is_there_today() {
    let (_dir, mut store) = ledger();
    let n = network(&mut store);
    let empty = organisation(&mut store, "Empty Ltd");
    let rows = store.organisation_rows(today()).unwrap();
    let counts: Vec<(&str, u32)> = rows
        .iter()
        .map(|row| (row.organisation.id.as_str(), row.members_now))
        .collect();
    assert_eq!(
        counts,
        [(empty.as_str(), 0), (n.haven.as_str(), 1)],
        "Zoë left Haven"
    );
}

/// Harry, who gave much, left Bothof; Erik, with whom nothing was built,
/// decides there now: a signal about Harry that names Erik too.
fn credits_stranded_at_a_client(store: &mut Store) {
    let organisation = OrganisationInput {
        name: "Bothof BV".into(),
        notes: String::new(),
    };
    let bothof = store.add_organisation(&organisation).unwrap().id;
    let mut add = |name: &str, from: &str, to: Option<&str>| {
        let person = store.add_person(&PersonInput::named(name)).unwrap().id;
        store
            .affiliate(&AffiliationInput {
                person_id: person.clone(),
                organisation_id: bothof.clone(),
                role: String::new(),
                decision_power: DecisionPower::Decides,
                from_date: Some(from.into()),
                to_date: to.map(str::to_owned),
            })
            .unwrap();
        person
    };
    let harry = add("Harry Bothof", "2012-01-01", Some("2026-03-31"));
    add("Erik Bothof", "2026-04-01", None);
    for (date, kind) in [
        ("2024-01-10", "advice"),
        ("2024-06-10", "referral"),
        ("2025-01-10", "introduction"),
        ("2025-06-10", "advice"),
    ] {
        let gift = ExchangeInput::new(&harry, date, Direction::Gave, kind);
        store.record_exchange(&gift).unwrap();
    }
}

/// The first three due reminders of each kind done, dismissed and
/// snoozed, then the person of one decided reminder merged into another's:
/// one person's reminders must read the decisions as the full list does.
fn decide_some_reminders(store: &mut Store) {
    let due = store.reminders(today()).unwrap().due;
    let decisions = [Decision::Done, Decision::Dismiss, Decision::SnoozeWeek];
    let mut decided: Vec<(ReminderKind, String)> = Vec::new();
    for reminder in &due {
        let of_kind = decided
            .iter()
            .filter(|(kind, _)| *kind == reminder.kind)
            .count();
        if let Some(decision) = decisions.get(of_kind) {
            store
                .decide_reminder(&reminder.key, decision, today())
                .unwrap();
            decided.push((reminder.kind, reminder.person_id.clone()));
        }
    }
    assert!(
        decided.len() >= 6,
        "decisions of several kinds: {decided:?}"
    );
    let (_, kept) = &decided[0];
    let (_, other) = decided.iter().find(|(_, person)| person != kept).unwrap();
    store.merge_people(kept, other).unwrap();
}

#[test]
fn the_first_screen_and_one_persons_reads_agree_with_the_full_lists() {
    let (_dir, mut store) = ledger();
    let spec = Spec {
        people: 600,
        organisations: 12,
        exchanges: 9_000,
        years: 3,
        seed: 20261201,
    };
    synthetic_ledger::generate(&mut store, &spec).unwrap();
    credits_stranded_at_a_client(&mut store);
    decide_some_reminders(&mut store);
    for half_life in [None, Some(180)] {
        let mut settings = store.settings().unwrap();
        settings.half_life_days = half_life;
        store.update_settings(&settings).unwrap();
        let (overview, due) = store.first_screen(today()).unwrap();
        assert_eq!(overview, store.overview(today()).unwrap());
        assert_eq!(due, store.reminders(today()).unwrap().due.len());
        assert!(due > 0 && overview.signal_count > SIGNALS_SHOWN);
        // Only the signals shown are worded; they are the first of all of them.
        let signals = store.signals(today()).unwrap();
        assert_eq!(overview.signal_count, signals.len());
        shows_a_few_of_each_kind(&overview, &signals);
        assert!(signals.windows(2).all(|w| w[0].severity >= w[1].severity));
        let reminders = store.reminders(today()).unwrap();
        let worded = |texts: [&str; 2]| texts.iter().all(|text| !text.is_empty());
        assert!(signals.iter().all(|s| worded([&s.explanation, &s.action])));
        assert!(reminders
            .due
            .iter()
            .chain(&reminders.snoozed)
            .all(|r| worded([&r.title, &r.detail])));
        assert_eq!(store.due_reminder_count(today()).unwrap(), due);

        // A screen's first reminders are the full lists' first, worded alike.
        let first = store.reminders_shown(today(), 10).unwrap();
        assert_eq!(first.due_total, reminders.due.len());
        assert_eq!(first.snoozed_total, reminders.snoozed.len());
        assert_eq!(first.reminders.due, reminders.due[..10.min(due)]);
        let snoozed = reminders.snoozed.len().min(10);
        assert_eq!(first.reminders.snoozed, reminders.snoozed[..snoozed]);

        // One person's signals and reminders are theirs from the full lists,
        // for everyone: one person's are read from that person alone.
        for someone in store.person_names().unwrap() {
            let theirs: Vec<_> = reminders
                .due
                .iter()
                .filter(|r| r.person_id == someone.id)
                .cloned()
                .collect();
            assert_eq!(store.reminders_for(&someone.id, today()).unwrap(), theirs);
        }
        // Faded by age, Harry's credits are too few to be stranded.
        assert_eq!(
            signals.iter().any(|s| s.person_ids.len() > 1),
            half_life.is_none(),
            "a signal names others besides the one it is about"
        );
        for someone in store.person_names().unwrap() {
            let named: Vec<_> = signals
                .iter()
                .filter(|s| s.person_ids.contains(&someone.id))
                .cloned()
                .collect();
            assert_eq!(store.signals_for(&someone.id, today()).unwrap(), named);
        }

        // The picture: live, unarchived people with exchanges, busiest first.
        let mut busiest: Vec<_> = store
            .people_summaries(today())
            .unwrap()
            .into_iter()
            .filter(|s| !s.person.archived && s.stats.exchanges() > 0)
            .collect();
        busiest.sort_by(|a, b| {
            b.stats
                .exchanges()
                .cmp(&a.stats.exchanges())
                .then_with(|| a.person.id.cmp(&b.person.id))
        });
        busiest.truncate(DOTS_SHOWN);
        let expected: Vec<_> = busiest
            .iter()
            .map(|s| (s.person.id.as_str(), s.balance.given, s.balance.received))
            .collect();
        let drawn: Vec<_> = overview
            .picture
            .iter()
            .map(|dot| (dot.id.as_str(), dot.given, dot.received))
            .collect();
        assert_eq!(drawn, expected, "half-life {half_life:?}");
        // Beneath the dots, everyone the picture is of, counted.
        let in_touch = store
            .people_summaries(today())
            .unwrap()
            .into_iter()
            .filter(|s| !s.person.archived && s.stats.exchanges() > 0)
            .count();
        let spread = &overview.spread;
        assert!(in_touch > DOTS_SHOWN);
        assert_eq!(
            spread.counts.iter().map(|c| c.people).sum::<usize>(),
            in_touch
        );
        assert!(overview
            .picture
            .iter()
            .all(|dot| dot.given <= spread.top && dot.received <= spread.top));
        assert!(spread
            .counts
            .iter()
            .all(|c| c.given < spread.cells && c.received < spread.cells && c.people > 0));
    }
}

#[test]
fn your_style_sums_everyone_not_in_the_trash_archived_people_included() {
    let (_dir, mut store) = ledger();
    let spec = Spec {
        people: 200,
        organisations: 4,
        exchanges: 3_000,
        years: 2,
        seed: 20261202,
    };
    synthetic_ledger::generate(&mut store, &spec).unwrap();
    let busy: Vec<String> = store
        .people_summaries(today())
        .unwrap()
        .into_iter()
        .filter(|s| s.stats.exchanges() > 0)
        .take(2)
        .map(|s| s.person.id)
        .collect();
    store.set_archived(&busy[0], true).unwrap();
    store.trash_person(&busy[1]).unwrap();

    let everyone = store.people_summaries(today()).unwrap();
    assert!(everyone.iter().any(|s| s.person.id == busy[0]));
    assert!(everyone.iter().all(|s| s.person.id != busy[1]));
    let count =
        |part: fn(&PersonStats) -> u32| -> u32 { everyone.iter().map(|s| part(&s.stats)).sum() };
    let credits =
        |part: fn(&PersonStats) -> f64| -> f64 { everyone.iter().map(|s| part(&s.stats)).sum() };
    let giving = store.user_style().unwrap().giving;
    assert_eq!(giving.gave_count, count(|s| s.gave_count));
    assert_eq!(giving.received_count, count(|s| s.received_count));
    assert_eq!(giving.first, count(|s| s.you_first));
    assert_eq!(giving.answered, count(|s| s.you_answered));
    assert!((giving.gave_credits - credits(|s| s.given)).abs() < 1e-6);
    assert!((giving.received_credits - credits(|s| s.received)).abs() < 1e-6);
    assert!(giving.gave_count > 0 && giving.first > 0);
}

#[test]
fn namesakes_get_a_second_line_that_tells_them_apart() {
    let (_dir, mut store) = ledger();
    let at_studio = person(&mut store, "Anna Bakker", Relationship::Client, &[]);
    let tagged = person(
        &mut store,
        "anna bakker",
        Relationship::Other,
        &["rotary", "utrecht"],
    );
    let plain = person(&mut store, "Anna  Bákker", Relationship::Other, &[]);
    let alone = person(&mut store, "Bram", Relationship::Other, &["rotary"]);
    let studio = store
        .add_organisation(&OrganisationInput {
            name: "Studio Noord".into(),
            notes: String::new(),
        })
        .unwrap();
    store
        .affiliate(&AffiliationInput {
            person_id: at_studio.clone(),
            organisation_id: studio.id,
            role: "designer".into(),
            decision_power: DecisionPower::Decides,
            from_date: None,
            to_date: None,
        })
        .unwrap();
    let page = store.people_list(&PeopleQuery::default(), today()).unwrap();
    let hint = |id: &str| {
        page.rows
            .iter()
            .find(|row| row.id == id)
            .unwrap()
            .namesake_hint
            .clone()
    };
    assert_eq!(hint(&at_studio).as_deref(), Some("Studio Noord, designer"));
    assert_eq!(hint(&tagged).as_deref(), Some("rotary, utrecht"));
    assert_eq!(hint(&plain), None, "nothing to tell them apart by");
    assert_eq!(hint(&alone), None, "no namesake, no second line");
}

/// The dashboard's signals are [`SIGNALS_SHOWN`] of all of them, listed kind
/// by kind, the kinds in the order of their most severe signal, a few of
/// each kind while places last, and the count of every kind.
fn shows_a_few_of_each_kind(overview: &balans_core::Overview, signals: &[balans_core::Signal]) {
    assert_eq!(overview.signals.len(), SIGNALS_SHOWN.min(signals.len()));
    assert!(overview.signals.iter().all(|s| signals.contains(s)));
    let mut kinds: Vec<balans_core::SignalKind> = Vec::new();
    for signal in signals {
        if !kinds.contains(&signal.kind) {
            kinds.push(signal.kind);
        }
    }
    let counted: Vec<_> = overview.signal_kinds.iter().map(|k| k.kind).collect();
    assert_eq!(counted, kinds, "every kind, most severe first");
    // Each kind in turn has three places while places last.
    let mut places = SIGNALS_SHOWN;
    for count in &overview.signal_kinds {
        let all = signals.iter().filter(|s| s.kind == count.kind).count();
        let shown = overview
            .signals
            .iter()
            .filter(|s| s.kind == count.kind)
            .count();
        assert_eq!(count.count, all);
        let owed = all.min(3).min(places);
        places -= owed;
        assert!(shown >= owed, "{:?}: {shown} of {all} shown", count.kind);
    }
    let shown_kinds: Vec<_> = overview.signals.iter().map(|s| s.kind).collect();
    let mut groups = shown_kinds.clone();
    groups.dedup();
    let order: Vec<_> = kinds
        .iter()
        .filter(|k| groups.contains(k))
        .copied()
        .collect();
    assert_eq!(groups, order, "listed kind by kind: {shown_kinds:?}");
}
