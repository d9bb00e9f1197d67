//! The stories of the domain, built through the public API: each checks the
//! signals and balances it must show, and those it must not.

use balans_core::{
    AffiliationInput, Asked, DecisionPower, Direction, ExchangeInput, OrganisationInput,
    PersonInput, Relationship, SignalKind, Store, StyleKind,
};
use chrono::{Days, NaiveDate};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn days_ago(days: u64) -> String {
    balans_core::clock::iso(today() - Days::new(days))
}

struct Story {
    store: Store,
}

impl Story {
    fn new() -> Story {
        Story {
            store: Store::open_in_memory().unwrap(),
        }
    }

    fn person(&mut self, name: &str, relationship: Relationship) -> String {
        let input = PersonInput {
            relationship,
            ..PersonInput::named(name)
        };
        self.store.add_person(&input).unwrap().id
    }

    fn organisation(&mut self, name: &str) -> String {
        let input = OrganisationInput {
            name: name.into(),
            notes: String::new(),
        };
        self.store.add_organisation(&input).unwrap().id
    }

    fn affiliate(
        &mut self,
        person: &str,
        org: &str,
        power: DecisionPower,
        from: &str,
        to: Option<&str>,
    ) {
        let input = AffiliationInput {
            person_id: person.into(),
            organisation_id: org.into(),
            role: String::new(),
            decision_power: power,
            from_date: Some(from.into()),
            to_date: to.map(str::to_owned),
        };
        self.store.affiliate(&input).unwrap();
    }

    fn log(
        &mut self,
        person: &str,
        days: u64,
        direction: Direction,
        kind: &str,
        tweak: impl FnOnce(&mut ExchangeInput),
    ) {
        let mut input = ExchangeInput::new(person, &days_ago(days), direction, kind);
        input.acknowledged = true;
        tweak(&mut input);
        self.store.record_exchange(&input).unwrap();
    }

    fn kinds_for(&self, person: &str) -> Vec<SignalKind> {
        self.store
            .signals_for(person, today())
            .unwrap()
            .into_iter()
            .map(|s| s.kind)
            .collect()
    }
}

#[test]
fn bernard_and_the_bothofs_credits_stay_with_harry() {
    let mut story = Story::new();
    let bothof = story.organisation("Bothof BV");
    let harry = story.person("Harry Bothof", Relationship::Client);
    let erik = story.person("Erik Bothof", Relationship::Client);
    story.affiliate(
        &harry,
        &bothof,
        DecisionPower::Decides,
        "2012-01-01",
        Some("2026-06-30"),
    );
    story.affiliate(&erik, &bothof, DecisionPower::Decides, "2026-07-01", None);
    for (days, kind) in [
        (900, "advice"),
        (700, "referral"),
        (500, "introduction"),
        (300, "advice"),
    ] {
        story.log(&harry, days, Direction::Gave, kind, |_| {});
    }
    story.log(&harry, 600, Direction::Received, "business", |_| {});

    let signals = story.store.signals(today()).unwrap();
    let stranded: Vec<_> = signals
        .iter()
        .filter(|s| s.kind == SignalKind::StrandedCredits)
        .collect();
    assert_eq!(
        stranded.len(),
        1,
        "one stranded-credits signal should show: {signals:#?}"
    );
    assert_eq!(
        stranded[0].organisation_id.as_deref(),
        Some(bothof.as_str())
    );
    assert_eq!(
        stranded[0].person_ids,
        vec![harry.clone(), erik.clone()],
        "it names Harry, then Erik who decides now"
    );
    assert!(
        stranded[0].explanation.contains("7 credits"),
        "the explanation gives Harry's 7 credits: {}",
        stranded[0].explanation
    );

    let page = story.store.organisation_page(&bothof, today()).unwrap();
    assert_eq!(
        page.stranded, 7.0,
        "Harry's credits show as stranded at Bothof BV"
    );
    assert_eq!(
        page.balance, 0.0,
        "the people there now, Erik alone, have a zero balance"
    );
    assert_eq!(
        story.store.balance_of(&erik, today()).unwrap().balance,
        0.0,
        "Erik owes Bernard nothing"
    );
    assert!(
        !story
            .kinds_for(&harry)
            .contains(&SignalKind::CannotReciprocate),
        "Harry left; he is not someone without influence at an organisation"
    );
}

#[test]
fn the_endless_giver_is_told_to_pause_and_to_ask() {
    let mut story = Story::new();
    let sanne = story.person("Sanne", Relationship::Network);
    for (index, days) in [60, 50, 40, 30, 20, 10].into_iter().enumerate() {
        let asked = if index < 4 { Asked::No } else { Asked::Yes };
        story.log(&sanne, days, Direction::Gave, "advice", |e| e.asked = asked);
    }
    let kinds = story.kinds_for(&sanne);
    assert!(
        kinds.contains(&SignalKind::OneSidedGiving),
        "six gifts with nothing back is one-sided giving: {kinds:?}"
    );
    assert!(
        kinds.contains(&SignalKind::UnaskedAdvice),
        "four of six unasked is unasked advice: {kinds:?}"
    );
    assert!(
        !kinds.contains(&SignalKind::OneSidedTaking),
        "nothing was received, so no taking"
    );
    let explanation = &story
        .store
        .signals_for(&sanne, today())
        .unwrap()
        .into_iter()
        .find(|s| s.kind == SignalKind::UnaskedAdvice)
        .unwrap()
        .explanation;
    assert!(
        explanation.starts_with("4 of the 6"),
        "the numbers are in the words: {explanation}"
    );
    assert_eq!(
        story.store.style_of(&sanne).unwrap().kind,
        StyleKind::Taker,
        "Sanne only takes"
    );
}

#[test]
fn helping_the_wrong_person_cannot_be_returned() {
    let mut story = Story::new();
    let prospect = story.organisation("Groeier BV");
    let junior = story.person("Tim", Relationship::Prospect);
    let director = story.person("Marieke", Relationship::Prospect);
    story.affiliate(&junior, &prospect, DecisionPower::None, "2025-01-01", None);
    story.affiliate(
        &director,
        &prospect,
        DecisionPower::Decides,
        "2020-01-01",
        None,
    );
    for days in [80, 60, 40, 20] {
        story.log(&junior, days, Direction::Gave, "advice", |_| {});
        story.log(&director, days, Direction::Gave, "advice", |_| {});
    }
    assert!(
        story
            .kinds_for(&junior)
            .contains(&SignalKind::CannotReciprocate),
        "Tim decides nothing"
    );
    assert!(
        !story
            .kinds_for(&director)
            .contains(&SignalKind::CannotReciprocate),
        "Marieke decides, so credit with her can come back"
    );
}

#[test]
fn a_lavish_gift_to_a_new_contact_is_over_giving() {
    let mut story = Story::new();
    let regular = story.person("Joost", Relationship::Network);
    for days in [200, 150, 120, 90, 60, 45, 30, 20] {
        story.log(&regular, days, Direction::Gave, "advice", |_| {});
        story.log(&regular, days - 1, Direction::Received, "advice", |_| {});
    }
    let newcomer = story.person("Lisa", Relationship::Prospect);
    story.log(&newcomer, 5, Direction::Gave, "gift", |e| {
        e.value = Some(10.0)
    });

    let signals = story.store.signals_for(&newcomer, today()).unwrap();
    let over = signals.iter().find(|s| s.kind == SignalKind::OverGiving);
    let over =
        over.unwrap_or_else(|| panic!("a gift of five times the usual should show: {signals:#?}"));
    assert_eq!(
        over.severity,
        balans_core::Severity::High,
        "to a new contact it is serious"
    );
    assert!(over.explanation.contains("5 times"), "{}", over.explanation);
    assert!(
        !story.kinds_for(&regular).contains(&SignalKind::OverGiving),
        "ordinary gifts are not over-giving"
    );
}

#[test]
fn you_are_the_taker_and_owe_thanks() {
    let mut story = Story::new();
    let piet = story.person("Piet", Relationship::Partner);
    for days in [30, 20, 10] {
        story.log(&piet, days, Direction::Received, "referral", |e| {
            e.acknowledged = false
        });
    }
    let kinds = story.kinds_for(&piet);
    assert!(
        kinds.contains(&SignalKind::OneSidedTaking),
        "three referrals and nothing back: {kinds:?}"
    );
    assert!(
        kinds.contains(&SignalKind::Unacknowledged),
        "and never thanked: {kinds:?}"
    );
    assert!(!kinds.contains(&SignalKind::OneSidedGiving));
    assert_eq!(
        story.store.balance_of(&piet, today()).unwrap().balance,
        -15.0,
        "you owe Piet 15"
    );
}

#[test]
fn the_chain_shows_on_both_pages() {
    let mut story = Story::new();
    let anna = story.person("Anna", Relationship::Network);
    let bram = story.person("Bram", Relationship::Client);
    story.log(&anna, 40, Direction::Gave, "introduction", |e| {
        e.third_person_id = Some(bram.clone())
    });
    story.log(&bram, 10, Direction::Received, "business", |_| {});

    for (page_of, name) in [(&anna, "Anna"), (&bram, "Bram")] {
        let page = story.store.person_page(page_of, today()).unwrap();
        assert_eq!(
            page.introductions.len(),
            1,
            "{name}'s page shows the introduction"
        );
        let link = &page.introductions[0];
        assert_eq!(
            (link.person_name.as_str(), link.third_person_name.as_str()),
            ("Anna", "Bram")
        );
        assert_eq!(
            link.came_of_it.len(),
            1,
            "the business from Bram came of it"
        );
        assert_eq!(link.came_of_it[0].kind, "business");
    }
}

#[test]
fn the_dependent_freelancer_sees_one_client_bring_most_business() {
    let mut story = Story::new();
    let big = story.person("Groot Klant BV", Relationship::Client);
    let small = story.person("Klein Klant", Relationship::Client);
    let other = story.person("Ander", Relationship::Client);
    for days in [300, 240, 180, 120, 60, 30] {
        story.log(&big, days, Direction::Received, "business", |_| {});
    }
    story.log(&small, 100, Direction::Received, "business", |_| {});
    story.log(&other, 50, Direction::Received, "business", |_| {});

    let shares = story.store.business_by_person().unwrap();
    assert_eq!(shares[0].person_id, big, "the largest client comes first");
    assert_eq!(shares[0].credits, 30.0);
    assert!(
        (shares[0].share - 0.75).abs() < 1e-9,
        "three quarters of all business comes from one client"
    );
}

#[test]
fn giving_with_nothing_back_yet_is_said_without_a_ratio() {
    // Three gifts of business (15 credits) and nothing received: one-sided by
    // the ratio, though the streak of three is below the default four.
    let mut store = Store::open_in_memory().unwrap();
    let lotte = store.add_person(&PersonInput::named("Lotte")).unwrap();
    for days in [30, 20, 10] {
        let input = ExchangeInput::new(&lotte.id, &days_ago(days), Direction::Gave, "business");
        store.record_exchange(&input).unwrap();
    }
    let signals = store.signals_for(&lotte.id, today()).unwrap();
    let one_sided = signals
        .iter()
        .find(|s| s.kind == SignalKind::OneSidedGiving)
        .expect("one-sided giving");
    assert!(
        one_sided
            .explanation
            .contains("never received anything back")
            && !one_sided.explanation.contains("inf"),
        "{}",
        one_sided.explanation
    );
}
