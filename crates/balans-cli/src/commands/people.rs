//! `balans people list|add`: the contacts, with their balances.

use balans_core::{clock, phrase, Language, PersonInput, PersonSummary};

use crate::args::AddPerson;
use crate::failure::Outcome;
use crate::format::{credits, example, line, table};
use crate::Context;

pub(super) fn list(ctx: &mut Context<'_>) -> Outcome {
    let people = ctx.open_store()?.people_summaries(clock::today())?;
    ctx.emit(&people, |out, lang| {
        if people.is_empty() {
            let command = example(lang, &["balans", "people", "add", "NAME"]);
            return line(out, lang, phrase!("cli-no-people", command = command));
        }
        let header = [
            phrase!("cli-column-name"),
            phrase!("cli-column-relationship"),
            phrase!("cli-column-balance"),
            phrase!("cli-column-exchanges"),
            phrase!("cli-column-tags"),
            phrase!("cli-column-id"),
        ];
        table(out, lang, &header, &rows(lang, &people))
    })
}

fn rows(lang: Language, people: &[PersonSummary]) -> Vec<Vec<String>> {
    people
        .iter()
        .map(|summary| {
            let person = &summary.person;
            let name = if person.archived {
                phrase!("cli-archived", name = person.name.as_str()).say(lang)
            } else {
                person.name.clone()
            };
            vec![
                name,
                person.relationship.as_str().to_owned(),
                credits(lang, summary.balance.balance),
                summary.balance.exchanges.to_string(),
                person.tags.join(", "),
                person.id.clone(),
            ]
        })
        .collect()
}

pub(super) fn add(ctx: &mut Context<'_>, add: AddPerson) -> Outcome {
    let input = PersonInput {
        relationship: add.relationship.unwrap_or_default(),
        tags: add.tag,
        notes: add.notes.unwrap_or_default(),
        cadence_days: add.cadence,
        ..PersonInput::named(&add.name)
    };
    let person = ctx.open_store()?.add_person(&input)?;
    ctx.emit(&person, |out, lang| {
        let added = phrase!(
            "cli-person-added",
            name = person.name.as_str(),
            relationship = person.relationship.as_str(),
            id = person.id.as_str()
        );
        line(out, lang, added)
    })
}
