//! Two records of one person, as an import and a hand-typed entry leave
//! them (one address written in two cases): the People screen names the
//! pair, one click merges them (the balance is the two balances together,
//! the other record in the trash), and the toast's Undo splits them again,
//! to the last exchange.

use balans_core::{clock, Channels, Direction, ExchangeInput, PersonInput, Store};

use crate::harness::Harness;
use crate::Outcome;

/// A person's name, live exchanges and whether they are in the trash.
type Held = (String, u32, bool);

/// What each person holds, by name.
fn ledger_state(data: &std::path::Path) -> Result<Vec<Held>, Box<dyn std::error::Error>> {
    let store = Store::open_in_dir(data)?;
    let balances = store.balances(clock::today())?;
    let mut people: Vec<_> = store
        .person_names()?
        .into_iter()
        .map(|p| {
            (
                p.name.clone(),
                balances.get(&p.id).map_or(0, |b| b.exchanges),
                false,
            )
        })
        .collect();
    people.extend(store.trash()?.people.into_iter().map(|p| (p.name, 0, true)));
    people.sort();
    Ok(people)
}

pub fn two_records_of_one_person_are_merged_and_unmerged(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    {
        let mut store = Store::open_in_dir(data.path())?;
        let reached_at = |address: &str| PersonInput {
            channels: Channels {
                emails: vec![address.to_owned()],
                ..Channels::default()
            },
            ..PersonInput::default()
        };
        let typed = store.add_person(&PersonInput {
            name: "Émile Dubois".into(),
            ..reached_at("emile@dubois.fr")
        })?;
        let imported = store.add_person(&PersonInput {
            name: "E. Dubois".into(),
            ..reached_at("EMILE@dubois.fr")
        })?;
        let today = clock::today().to_string();
        for (person, direction) in [
            (&typed.id, Direction::Gave),
            (&typed.id, Direction::Gave),
            (&imported.id, Direction::Received),
        ] {
            store.record_exchange(&ExchangeInput::new(person, &today, direction, "advice"))?;
        }
    }
    let before = ledger_state(data.path())?;
    let app = harness.launch(data.path())?;
    app.click_on("#nav-people")?;
    app.wait_for_text("#likely-duplicates h2", "Likely the same person")?;
    app.wait_for_text(
        "#likely-duplicates .duplicate-names span:first-child",
        "\u{2068}Émile Dubois\u{2069} (2 exchanges)",
    )?;
    app.wait_for_text(
        "#likely-duplicates .duplicate-names .muted",
        "Both use \u{2068}emile@dubois.fr\u{2069}",
    )?;
    app.screenshot(&harness.screenshot_path("en-likely-duplicates"))?;

    app.click_on("#likely-duplicates .duplicate button")?;
    app.wait_for_text(
        "#toast .toast-text",
        "Merged \u{2068}E. Dubois\u{2069} into \u{2068}Émile Dubois\u{2069}: 1 exchange moved.",
    )?;
    app.wait_for_text("#person-name", "Émile Dubois")?;
    let merged = ledger_state(data.path())?;
    assert_eq!(
        merged,
        [
            ("E. Dubois".to_owned(), 0, true),
            ("Émile Dubois".to_owned(), 3, false),
        ],
        "the exchanges moved onto the one kept, the other is in the trash"
    );

    app.click_on("#toast #undo")?;
    app.wait_for_text("#status", "Undone.")?;
    assert_eq!(
        ledger_state(data.path())?,
        before,
        "the merge is taken back whole"
    );
    app.wait_for_text(
        "#likely-duplicates .duplicate-names span:nth-child(2)",
        "\u{2068}E. Dubois\u{2069} (1 exchange)",
    )?;
    app.quit()?;
    Ok(())
}
