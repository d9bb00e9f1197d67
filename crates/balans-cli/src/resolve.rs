//! Naming people and organisations on the command line by id or by name.
//! Typing "sanne" is how people work; ids are for scripts. A name that fits
//! nobody, or more than one, is refused with the candidates, never guessed.

use balans_core::text::same_name;
use balans_core::{Error, SearchEntity, Store};

use crate::failure::Failure;

/// What is being named, for messages.
struct Entity {
    one: &'static str,
    many: &'static str,
}

/// The id of the live person with this id or (ignoring case) this exact name.
pub(crate) fn person(store: &Store, text: &str, field: &str) -> Result<String, Failure> {
    let text = text.trim();
    match store.person(text) {
        Ok(person) => return Ok(person.id),
        Err(Error::NotFound { .. }) => {}
        Err(other) => return Err(other.into()),
    }
    let candidates = store
        .person_names()?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let entity = Entity {
        one: "person",
        many: "people",
    };
    only_match(candidates, text, &entity, field).map_err(|failure| suggest(store, text, failure))
}

/// Adds the people whose names start like `text` to a "not found".
fn suggest(store: &Store, text: &str, failure: Failure) -> Failure {
    let Failure::Refused(mut payload) = failure else {
        return failure;
    };
    let people: Vec<(String, String)> = store
        .search(text, 20)
        .unwrap_or_default()
        .into_iter()
        .filter(|hit| hit.entity == SearchEntity::Person && hit.snippet == hit.title)
        .map(|hit| (hit.title, hit.id))
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
    if payload.code == "not_found" && !names.is_empty() {
        payload.message = format!("{} Did you mean: {}?", payload.message, names.join(", "));
    }
    Failure::Refused(payload)
}

/// The id of the live organisation with this id or (ignoring case) this exact name.
pub(crate) fn organisation(store: &Store, text: &str, field: &str) -> Result<String, Failure> {
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
    let entity = Entity {
        one: "organisation",
        many: "organisations",
    };
    only_match(candidates, text, &entity, field)
}

fn only_match(
    candidates: Vec<(String, String)>,
    text: &str,
    entity: &Entity,
    field: &str,
) -> Result<String, Failure> {
    let wanted = same_name(text);
    let mut found: Vec<(String, String)> = candidates
        .into_iter()
        .filter(|(_, name)| same_name(name) == wanted)
        .collect();
    match found.len() {
        0 => Err(Failure::refused(
            "not_found",
            format!("No {} has the name or id \"{text}\".", entity.one),
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
                format!(
                    "\"{text}\" names {n} {}: {}. Use the id instead.",
                    entity.many,
                    listed.join(", ")
                ),
                field,
            ))
        }
    }
}
