//! `balans styles [PERSON]`: giver, matcher or taker, for you and for everyone
//! you exchanged with (or one person), each with the reason in words.

use serde::Serialize;

use balans_core::{clock, phrase, Style};

use crate::failure::Outcome;
use crate::format::table;
use crate::{labels, resolve, Context};

#[derive(Serialize)]
struct Reading {
    person_id: Option<String>,
    name: String,
    style: Style,
}

pub(super) fn run(ctx: &mut Context<'_>, person: Option<String>) -> Outcome {
    let store = ctx.open_store()?;
    // Your own style comes first, for one person as for everyone.
    let mut readings = vec![Reading {
        person_id: None,
        // JSON says "You" in every language; text says it in the reader's.
        name: "You".into(),
        style: store.user_style()?,
    }];
    match person {
        Some(person) => {
            let id = resolve::person(&store, &person, "person")?;
            let name = store.person(&id)?.name;
            readings.push(Reading {
                style: store.style_of(&id)?,
                person_id: Some(id),
                name,
            });
        }
        None => {
            for summary in store.people_summaries(clock::today())? {
                if summary.balance.exchanges > 0 {
                    readings.push(Reading {
                        style: store.style_of(&summary.person.id)?,
                        person_id: Some(summary.person.id),
                        name: summary.person.name,
                    });
                }
            }
        }
    }
    ctx.emit(&readings, |out, lang| {
        let rows: Vec<Vec<String>> = readings
            .iter()
            .map(|r| {
                let name = match r.person_id {
                    None => phrase!("cli-you").say(lang),
                    Some(_) => r.name.clone(),
                };
                vec![
                    name,
                    labels::style_kind(r.style.kind).say(lang),
                    r.style.reason.clone(),
                ]
            })
            .collect();
        let header = [
            phrase!("cli-column-name"),
            phrase!("cli-column-style"),
            phrase!("cli-column-why"),
        ];
        table(out, lang, &header, &rows)
    })
}
