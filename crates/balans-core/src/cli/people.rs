//! `balans people list|add`: the contacts, with their balances.

use crate::clock;
use crate::ledger::PersonSummary;
use crate::people::{PersonInput, Relationship};

use super::args::{self, Spec};
use super::failure::Outcome;
use super::format::{credits, table};
use super::Context;

const ADD: Spec = Spec {
    values: &["relationship", "tag", "notes", "cadence"],
    flags: &[],
};

const RELATIONSHIPS: &str = "client, prospect, supplier, partner, network, colleague, other";

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let args = ctx.args.clone();
    match args::action(&args, &["list", "add"])? {
        ("add", rest) => add(ctx, rest),
        (_, rest) => list(ctx, rest),
    }
}

fn list(ctx: &mut Context<'_>, rest: &[String]) -> Outcome {
    args::parse(rest, &Spec::NONE)?.words([])?;
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

fn add(ctx: &mut Context<'_>, rest: &[String]) -> Outcome {
    let parsed = args::parse(rest, &ADD)?;
    let [name] = parsed.words(["NAME"])?;
    let input = PersonInput {
        relationship: parsed
            .choice("relationship", Relationship::parse, RELATIONSHIPS)?
            .unwrap_or_default(),
        tags: parsed.values("tag"),
        notes: parsed.value("notes")?.unwrap_or_default().to_owned(),
        cadence_days: parsed.number("cadence")?,
        ..PersonInput::named(&name)
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
