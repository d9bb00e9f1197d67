//! Naming people and organisations on the command line by id or by name.
//! Typing "sanne" is how people work; ids are for scripts. A name that fits
//! nobody, or more than one, is refused with the candidates, never guessed.

use balans_core::text::same_name;
use balans_core::{phrase, Error, Store};

use crate::failure::Failure;

/// What is being named, as a word the catalogue translates
/// (`person`, `organisation`).
type Entity = &'static str;

/// The id of the live person with this id or (ignoring case) this exact name.
pub(crate) fn person(store: &Store, text: &str, field: &'static str) -> Result<String, Failure> {
    let text = text.trim();
    match store.person(text) {
        Ok(person) => return Ok(person.id),
        Err(Error::NotFound { .. }) => {}
        Err(other) => return Err(other.into()),
    }
    let candidates: Vec<(String, String)> = store
        .person_names()?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let names = candidates.clone();
    only_match(candidates, text, "person", field).map_err(|failure| suggest(&names, text, failure))
}

/// Whether every word of `text` starts a word of `name`, ignoring case and
/// accents: "sanne" and "de vr" start "Sanne de Vries".
fn starts_like(name: &str, text: &str) -> bool {
    let name = same_name(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let typed = same_name(text);
    let mut typed_words = typed.split_whitespace().peekable();
    typed_words.peek().is_some()
        && typed_words.all(|typed| words.iter().any(|word| word.starts_with(typed)))
}

/// Adds the people (id, name) whose names start like `text` to a "not found".
fn suggest(people: &[(String, String)], text: &str, failure: Failure) -> Failure {
    let Failure::Refused {
        code: "not_found",
        says,
        field,
    } = failure
    else {
        return failure;
    };
    let people: Vec<(String, String)> = people
        .iter()
        .filter(|(_, name)| starts_like(name, text))
        .map(|(id, name)| (name.clone(), id.clone()))
        .take(5)
        .collect();
    // A name two people share is no help without the ids that tell them apart.
    let shared = |name: &str| people.iter().filter(|(other, _)| other == name).count() > 1;
    let names: Vec<String> = people
        .iter()
        .map(|(name, id)| {
            if shared(name) {
                format!("{name} ({id})")
            } else {
                name.clone()
            }
        })
        .collect();
    let says = if names.is_empty() {
        says
    } else {
        phrase!("cli-did-you-mean", detail = says, names = names.join(", "))
    };
    Failure::Refused {
        code: "not_found",
        says,
        field,
    }
}

/// The id of the live organisation with this id or (ignoring case) this exact name.
pub(crate) fn organisation(
    store: &Store,
    text: &str,
    field: &'static str,
) -> Result<String, Failure> {
    let text = text.trim();
    match store.organisation(text) {
        Ok(organisation) => return Ok(organisation.id),
        Err(Error::NotFound { .. }) => {}
        Err(other) => return Err(other.into()),
    }
    let candidates = store
        .organisations()?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    only_match(candidates, text, "organisation", field)
}

fn only_match(
    candidates: Vec<(String, String)>,
    text: &str,
    entity: Entity,
    field: &'static str,
) -> Result<String, Failure> {
    let wanted = same_name(text);
    let mut found: Vec<(String, String)> = candidates
        .into_iter()
        .filter(|(_, name)| same_name(name) == wanted)
        .collect();
    match found.len() {
        0 => Err(Failure::refused(
            "not_found",
            phrase!("cli-no-such-name", entity = entity, text = text),
            field,
        )),
        1 => Ok(found.remove(0).0),
        n => {
            let listed: Vec<String> = found
                .iter()
                .map(|(id, name)| format!("{name} ({id})"))
                .collect();
            Err(Failure::refused(
                "ambiguous",
                phrase!(
                    "cli-ambiguous-name",
                    text = text,
                    count = n,
                    entity = entity,
                    names = listed.join(", ")
                ),
                field,
            ))
        }
    }
}
