//! Search through the public API: accents both ways, prefixes, tags, exchange
//! notes, the trash, and typed text that looks like FTS5 syntax.

use balans_core::{
    Direction, ExchangeInput, OrganisationInput, PersonInput, SearchEntity, SearchHit, Store,
};

fn store() -> Store {
    Store::open_in_memory().unwrap()
}

fn person(store: &mut Store, name: &str, notes: &str, tags: &[&str]) -> String {
    let input = PersonInput {
        notes: notes.to_owned(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..PersonInput::named(name)
    };
    store.add_person(&input).unwrap().id
}

fn ids(hits: &[SearchHit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

#[test]
fn accents_are_ignored_both_ways() {
    let mut store = store();
    let jose = person(&mut store, "José Álvarez", "", &[]);
    let geert = person(&mut store, "Geert", "Was geinteresseerd in de demo", &[]);
    let ria = person(&mut store, "Ria", "Heel geïnteresseerd", &[]);

    assert_eq!(ids(&store.search("jose", 10).unwrap()), [jose.as_str()]);
    assert_eq!(
        ids(&store.search("JOSÉ alvarez", 10).unwrap()),
        [jose.as_str()]
    );
    let mut both = ids(&store.search("geïnteresseerd", 10).unwrap())
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    both.sort();
    let mut expected = vec![geert.clone(), ria.clone()];
    expected.sort();
    assert_eq!(both, expected, "the diaeresis is ignored in text and query");
    assert_eq!(store.search("geinteresseerd", 10).unwrap().len(), 2);
}

#[test]
fn typing_the_start_of_a_word_finds_it() {
    let mut store = store();
    let sanne = person(&mut store, "Sanne de Vries", "", &[]);
    person(&mut store, "Piet", "", &[]);
    let hits = store.search("san", 10).unwrap();
    assert_eq!(ids(&hits), [sanne.as_str()]);
    let hit = &hits[0];
    assert_eq!(hit.entity, SearchEntity::Person);
    assert_eq!(hit.title, "Sanne de Vries");
    assert_eq!(hit.person_id.as_deref(), Some(sanne.as_str()));
    assert_eq!(ids(&store.search("san vri", 10).unwrap()), [sanne.as_str()]);
    assert!(
        store.search("san piet", 10).unwrap().is_empty(),
        "every word must match"
    );
}

#[test]
fn tags_notes_and_organisations_are_searched() {
    let mut store = store();
    let anna = person(&mut store, "Anna", "", &["bouw", "Utrecht"]);
    let org = store
        .add_organisation(&OrganisationInput {
            name: "Bothof BV".into(),
            notes: "Familiebedrijf in meubels".into(),
        })
        .unwrap();
    assert_eq!(ids(&store.search("utrecht", 10).unwrap()), [anna.as_str()]);
    let hits = store.search("meubel", 10).unwrap();
    assert_eq!(ids(&hits), [org.id.as_str()]);
    assert_eq!(hits[0].entity, SearchEntity::Organisation);
    assert_eq!(hits[0].title, "Bothof BV");
    assert_eq!(hits[0].snippet, "Familiebedrijf in meubels");
    assert_eq!(hits[0].person_id, None);
}

#[test]
fn exchange_notes_are_found_under_their_person() {
    let mut store = store();
    let bram = person(&mut store, "Bram", "", &[]);
    let note = "Advies over de offerte voor het nieuwe magazijn";
    let exchange = store
        .record_exchange(&ExchangeInput {
            note: note.into(),
            ..ExchangeInput::new(&bram, "2026-03-01", Direction::Gave, "advice")
        })
        .unwrap();
    let hits = store.search("magazijn", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].entity, SearchEntity::Exchange);
    assert_eq!(hits[0].id, exchange.id);
    assert_eq!(hits[0].title, "Bram");
    assert_eq!(hits[0].person_id.as_deref(), Some(bram.as_str()));
    assert_eq!(
        hits[0].snippet, note,
        "a short note is the snippet, without markup"
    );
    let json = serde_json::to_value(&hits[0]).unwrap();
    assert_eq!(json["entity"], "exchange");
}

#[test]
fn the_trash_is_not_searched() {
    let mut store = store();
    let kees = person(&mut store, "Kees", "", &[]);
    let lot = person(&mut store, "Lot", "", &[]);
    let exchange = store
        .record_exchange(&ExchangeInput {
            note: "lunch bij de haven".into(),
            ..ExchangeInput::new(&lot, "2026-03-01", Direction::Received, "hospitality")
        })
        .unwrap();
    let org = store
        .add_organisation(&OrganisationInput {
            name: "Haventje".into(),
            notes: String::new(),
        })
        .unwrap();
    store.trash_person(&kees).unwrap();
    store.trash_exchange(&exchange.id).unwrap();
    store.set_organisation_trashed(&org.id, true).unwrap();
    assert!(store.search("kees", 10).unwrap().is_empty());
    assert!(store.search("haven", 10).unwrap().is_empty());
    store.restore_exchange(&exchange.id).unwrap();
    assert_eq!(
        ids(&store.search("haven", 10).unwrap()),
        [exchange.id.as_str()]
    );
}

#[test]
fn names_rank_above_notes_and_the_limit_holds() {
    let mut store = store();
    let mention = person(&mut store, "Piet", "Kent Marieke van de golfclub", &[]);
    let marieke = person(&mut store, "Marieke", "", &[]);
    let hits = store.search("marieke", 10).unwrap();
    assert_eq!(ids(&hits), [marieke.as_str(), mention.as_str()]);
    assert_eq!(store.search("marieke", 1).unwrap().len(), 1);
    assert!(store.search("marieke", 0).unwrap().is_empty());
}

#[test]
fn hostile_or_empty_queries_do_not_error() {
    let mut store = store();
    person(
        &mut store,
        "Near Andersson",
        "notes with \"quotes\" and (brackets)",
        &[],
    );
    for query in [
        "",
        "   ",
        "\"",
        "\"\"",
        "AND (",
        "NEAR",
        "NEAR(a b)",
        "a OR b",
        "*",
        "name:x",
        "^a",
        "-",
        "(((",
        "a\"b",
        "\u{301}",
        "quotes\"",
        "'; DROP TABLE person; --",
        "NOT",
        "{a b}",
    ] {
        let result = store.search(query, 10);
        assert!(result.is_ok(), "{query:?} should not error: {result:?}");
    }
    assert!(store.search("", 10).unwrap().is_empty());
    assert_eq!(store.search("NEAR", 10).unwrap().len(), 1, "NEAR is a word");
    assert_eq!(store.search("\"quotes\"", 10).unwrap().len(), 1);
}

#[test]
fn an_over_long_query_is_refused() {
    let store = store();
    assert!(store.search(&"a".repeat(200), 10).is_ok());
    let err = store.search(&"a".repeat(201), 10).unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert_eq!(err.field(), Some("query"));
}
