//! `balans people list|add|edit|duplicates|merge` and `balans undo-merge`:
//! the contacts, with their balances, and two records of one person made
//! one (and taken apart again).

use std::io::Write;

use balans_core::words::Phrase;
use balans_core::{clock, phrase, Language, Likeness, Merged, PersonInput, PersonSummary};

use crate::args::{AddPerson, EditPerson, MergePeople, PersonFields};
use crate::failure::Outcome;
use crate::format::{credits, example, line, table};
use crate::{resolve, Context};

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
    let mut input = PersonInput::named(&add.name);
    add.fields.apply_to(&mut input);
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

pub(super) fn edit(ctx: &mut Context<'_>, edit: EditPerson) -> Outcome {
    let mut store = ctx.open_store()?;
    let id = resolve::person(&store, &edit.person, "person")?;
    let mut input = store.person(&id)?.as_input();
    if let Some(name) = edit.name {
        input.name = name;
    }
    edit.fields.apply_to(&mut input);
    let person = store.update_person(&id, &input)?;
    ctx.emit(&person, |out, lang| {
        let changed = phrase!(
            "cli-person-changed",
            name = person.name.as_str(),
            id = person.id.as_str()
        );
        line(out, lang, changed)
    })
}

/// Pairs of people who are likely one, each with the command that merges
/// the second into the first (the one with the more history).
pub(super) fn duplicates(ctx: &mut Context<'_>) -> Outcome {
    let pairs = ctx.open_store()?.likely_duplicates()?;
    ctx.emit(&pairs, |out, lang| {
        if pairs.is_empty() {
            return line(out, lang, phrase!("cli-no-duplicates"));
        }
        for pair in &pairs {
            let (name, other) = (pair.first.name.as_str(), pair.second.name.as_str());
            let why = match &pair.likeness {
                Likeness::Name => phrase!("cli-duplicate-name", name = name, other = other),
                Likeness::Email { address } => phrase!(
                    "cli-duplicate-email",
                    name = name,
                    other = other,
                    address = address.as_str()
                ),
            };
            line(out, lang, why)?;
            let merge = ["balans", "people", "merge", &pair.first.id, &pair.second.id];
            writeln!(out, "  {}", example(lang, &merge))?;
        }
        Ok(())
    })
}

/// Makes OTHER one with KEEP: their history moves over, OTHER goes to the trash.
pub(super) fn merge(ctx: &mut Context<'_>, merge: MergePeople) -> Outcome {
    let mut store = ctx.open_store()?;
    let keep = resolve::person(&store, &merge.keep, "keep")?;
    let other = resolve::person(&store, &merge.other, "other")?;
    let merged = store.merge_people(&keep, &other)?;
    say_merge(ctx, &merged, phrase!("cli-people-merged"))
}

/// Takes the last merge back: OTHER returns from the trash with what moved.
pub(super) fn undo_merge(ctx: &mut Context<'_>) -> Outcome {
    let merged = ctx.open_store()?.undo_last_merge()?;
    say_merge(ctx, &merged, phrase!("cli-merge-undone"))
}

/// `said` of a merge: who was kept, who was the other, and what moved.
fn say_merge(ctx: &mut Context<'_>, merged: &Merged, said: Phrase) -> Outcome {
    let said = said
        .with("name", merged.kept_name.as_str())
        .with("other", merged.other_name.as_str())
        .with("exchanges", merged.exchanges_moved());
    ctx.emit(merged, move |out, lang| line(out, lang, said))
}

impl PersonFields {
    /// Sets in `input` every field given on the command line.
    fn apply_to(self, input: &mut PersonInput) {
        let replace = |list: &mut Vec<String>, given: Vec<String>| {
            if !given.is_empty() {
                *list = given;
            }
        };
        if let Some(relationship) = self.relationship {
            input.relationship = relationship;
        }
        if let Some(notes) = self.notes {
            input.notes = notes;
        }
        if self.cadence.is_some() {
            input.cadence_days = self.cadence;
        }
        if self.birthday.is_some() {
            input.birthday = self.birthday;
        }
        replace(&mut input.tags, self.tag);
        replace(&mut input.channels.emails, self.email);
        replace(&mut input.channels.phones, self.phone);
        replace(&mut input.channels.urls, self.url);
    }
}
