//! `balans people list|add`: the contacts, with their balances.

use std::io::Write;

use balans_core::{clock, PersonInput, PersonSummary};

use crate::args::AddPerson;
use crate::failure::Outcome;
use crate::format::{credits, table};
use crate::Context;

pub(super) fn list(ctx: &mut Context<'_>) -> Outcome {
    let people = ctx.open_store()?.people_summaries(clock::today())?;
    ctx.emit(&people, |out| {
        if people.is_empty() {
            return writeln!(out, "No people yet. Add one with: balans people add NAME");
        }
        table(
            out,
            &["NAME", "RELATIONSHIP", "BALANCE", "EXCHANGES", "TAGS", "ID"],
            &rows(&people),
        )
    })
}

fn rows(people: &[PersonSummary]) -> Vec<Vec<String>> {
    people
        .iter()
        .map(|summary| {
            let person = &summary.person;
            let name = if person.archived {
                format!("{} (archived)", person.name)
            } else {
                person.name.clone()
            };
            vec![
                name,
                person.relationship.as_str().to_owned(),
                credits(summary.balance.balance),
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
    ctx.emit(&person, |out| {
        writeln!(
            out,
            "Added {} ({}), id {}.",
            person.name,
            person.relationship.as_str(),
            person.id
        )
    })
}
