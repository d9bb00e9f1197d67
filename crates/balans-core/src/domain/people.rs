//! People: the contacts a user keeps a balance with. Balances belong to persons,
//! not organisations, so a person is never silently destroyed: they are archived
//! (kept, out of sight) or trashed together with their exchanges (restorable).

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::clock;
use crate::domain::birthdays;
use crate::domain::channels::{self, Channels};
use crate::error::{Error, Result};
use crate::figures::person_stats;
use crate::phrase;
use crate::store::Store;
use crate::validate;

/// A person by name, for completing names as you type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonName {
    pub id: String,
    pub name: String,
    pub archived: bool,
}

/// What kind of relationship a person is; thresholds and expectations differ.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Relationship {
    Client,
    Prospect,
    Supplier,
    Partner,
    Network,
    Colleague,
    #[default]
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 7] = [
        Relationship::Client,
        Relationship::Prospect,
        Relationship::Supplier,
        Relationship::Partner,
        Relationship::Network,
        Relationship::Colleague,
        Relationship::Other,
    ];

    /// Every relationship's name, in the order of [`Relationship::ALL`].
    pub const NAMES: [&'static str; 7] = {
        let mut names = [""; 7];
        let mut i = 0;
        while i < names.len() {
            names[i] = Relationship::ALL[i].as_str();
            i += 1;
        }
        names
    };

    pub const fn as_str(self) -> &'static str {
        match self {
            Relationship::Client => "client",
            Relationship::Prospect => "prospect",
            Relationship::Supplier => "supplier",
            Relationship::Partner => "partner",
            Relationship::Network => "network",
            Relationship::Colleague => "colleague",
            Relationship::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Relationship> {
        Relationship::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// A contact as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub notes: String,
    pub relationship: Relationship,
    pub cadence_days: Option<u32>,
    pub met_how: String,
    pub introduced_by: Option<String>,
    /// `YYYY-MM-DD`, or `--MM-DD` without the year (domain/birthdays.rs).
    pub birthday: Option<String>,
    pub tags: Vec<String>,
    /// E-mail addresses, phone numbers and web addresses.
    #[serde(flatten)]
    pub channels: Channels,
    pub archived: bool,
    pub trashed_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What a user enters to add or edit a person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonInput {
    pub name: String,
    pub notes: String,
    pub relationship: Relationship,
    pub cadence_days: Option<u32>,
    pub met_how: String,
    pub introduced_by: Option<String>,
    /// `YYYY-MM-DD`, or `--MM-DD` without the year; empty or none for none.
    pub birthday: Option<String>,
    pub tags: Vec<String>,
    #[serde(flatten)]
    pub channels: Channels,
}

impl PersonInput {
    /// Input with only a name, the rest left at defaults.
    pub fn named(name: &str) -> PersonInput {
        PersonInput {
            name: name.to_owned(),
            ..PersonInput::default()
        }
    }
}

pub(crate) const PERSON_COLUMNS: &str = "id, name, notes, relationship, cadence_days, met_how, \
     introduced_by, archived, trashed_at, created_at, updated_at, birthday";

impl Person {
    /// What the person holds, as input to write again (an edit starts from it).
    pub fn as_input(&self) -> PersonInput {
        PersonInput {
            name: self.name.clone(),
            notes: self.notes.clone(),
            relationship: self.relationship,
            cadence_days: self.cadence_days,
            met_how: self.met_how.clone(),
            introduced_by: self.introduced_by.clone(),
            birthday: self.birthday.clone(),
            tags: self.tags.clone(),
            channels: self.channels.clone(),
        }
    }

    /// Reads the columns of [`PERSON_COLUMNS`], selected first, by position:
    /// a lookup by name compares every column's name, and over thousands of
    /// rows that costs more than reading them. Tags are filled in separately.
    pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
        let relationship: String = row.get(3)?;
        Ok(Person {
            id: row.get(0)?,
            name: row.get(1)?,
            notes: row.get(2)?,
            relationship: Relationship::parse(&relationship).unwrap_or_default(),
            cadence_days: row.get(4)?,
            met_how: row.get(5)?,
            introduced_by: row.get(6)?,
            birthday: row.get(11)?,
            tags: Vec::new(),
            channels: Channels::default(),
            archived: row.get(7)?,
            trashed_at: row.get(8)?,
            created_at: row.get(9)?,
            updated_at: row.get(10)?,
        })
    }
}

/// Checked, normalised person fields, ready to write.
struct CleanPerson {
    name: String,
    notes: String,
    relationship: Relationship,
    cadence_days: Option<u32>,
    met_how: String,
    introduced_by: Option<String>,
    birthday: Option<String>,
    tags: Vec<String>,
    channels: Channels,
}

impl Store {
    fn clean_person(&self, input: &PersonInput, editing: Option<&str>) -> Result<CleanPerson> {
        let introduced_by = match input.introduced_by.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(id) => {
                if Some(id) == editing {
                    return Err(Error::invalid(
                        "introduced_by",
                        phrase!("error-self-introduction"),
                    ));
                }
                Some(self.live_person(id, "introduced_by")?.id)
            }
        };
        Ok(CleanPerson {
            name: validate::name("name", &input.name)?,
            notes: validate::note("notes", &input.notes)?,
            relationship: input.relationship,
            cadence_days: validate::cadence("cadence_days", input.cadence_days)?,
            met_how: validate::note("met_how", &input.met_how)?,
            introduced_by,
            birthday: birthdays::clean("birthday", input.birthday.as_deref())?,
            tags: validate::tags("tags", &input.tags)?,
            channels: input.channels.clean()?,
        })
    }

    /// Adds a person after checking the input; returns the stored person.
    pub fn add_person(&mut self, input: &PersonInput) -> Result<Person> {
        let clean = self.clean_person(input, None)?;
        let id = Uuid::now_v7().to_string();
        let now = clock::timestamp();
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO person (id, name, notes, relationship, cadence_days, met_how, introduced_by,
                                 birthday, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            params![
                id,
                clean.name,
                clean.notes,
                clean.relationship.as_str(),
                clean.cadence_days,
                clean.met_how,
                clean.introduced_by,
                clean.birthday,
                now
            ],
        )?;
        write_tags(&tx, &id, &clean.tags)?;
        channels::write(&tx, &id, &clean.channels)?;
        tx.commit()?;
        self.person(&id)
    }

    /// Replaces a person's fields; the id, history and balance stay.
    pub fn update_person(&mut self, id: &str, input: &PersonInput) -> Result<Person> {
        self.person(id)?;
        let clean = self.clean_person(input, Some(id))?;
        let tx = self.write()?;
        tx.execute(
            "UPDATE person SET name = ?2, notes = ?3, relationship = ?4, cadence_days = ?5,
                    met_how = ?6, introduced_by = ?7, birthday = ?8, updated_at = ?9
             WHERE id = ?1",
            params![
                id,
                clean.name,
                clean.notes,
                clean.relationship.as_str(),
                clean.cadence_days,
                clean.met_how,
                clean.introduced_by,
                clean.birthday,
                clock::timestamp()
            ],
        )?;
        write_tags(&tx, id, &clean.tags)?;
        channels::write(&tx, id, &clean.channels)?;
        tx.commit()?;
        self.person(id)
    }

    /// The person with this id, archived or trashed ones included.
    pub fn person(&self, id: &str) -> Result<Person> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1");
        let mut person = self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], Person::from_row)
            .optional()?
            .ok_or_else(|| Error::not_found("person", id))?;
        person.tags = self.tags_of(id)?;
        person.channels = channels::read(&self.conn, id)?;
        Ok(person)
    }

    /// A person that is not in the trash; `field` names the input that referred to them.
    pub(crate) fn live_person(&self, id: &str, field: &'static str) -> Result<Person> {
        let person = self.person(id).map_err(|e| match e {
            Error::NotFound { .. } => {
                Error::invalid(field, Error::not_found("person", id).phrase())
            }
            other => other,
        })?;
        if person.trashed_at.is_some() {
            return Err(Error::invalid(
                field,
                phrase!("error-person-in-trash", name = person.name),
            ));
        }
        Ok(person)
    }

    fn tags_of(&self, id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT tag FROM person_tag WHERE person_id = ?1 ORDER BY tag COLLATE NOCASE",
        )?;
        let tags = stmt
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(tags)
    }

    /// The names of these people (trashed ones too), by id, in one query.
    pub(crate) fn names_of(&self, ids: &[&str]) -> Result<HashMap<String, String>> {
        let list = serde_json::to_string(ids).expect("ids serialise");
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name FROM person WHERE id IN (SELECT value FROM json_each(?1))",
        )?;
        let rows = stmt.query_map([list], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every person not in the trash by name and id alone, for the fields
    /// that complete names as you type; by name, ignoring case and accents.
    pub fn person_names(&self) -> Result<Vec<PersonName>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, archived FROM person WHERE trashed_at IS NULL")?;
        let mut names: Vec<PersonName> = stmt
            .query_map([], |r| {
                Ok(PersonName {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    archived: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        names.sort_by_cached_key(|p| (crate::text::fold(&p.name), p.id.clone()));
        Ok(names)
    }

    /// Every tag in use, for filters.
    pub fn all_tags(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT t.tag FROM person_tag t JOIN person p ON p.id = t.person_id
             WHERE p.trashed_at IS NULL ORDER BY t.tag COLLATE NOCASE",
        )?;
        let tags = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(tags)
    }

    /// Archives or unarchives a person: kept with all history, hidden from daily lists.
    pub fn set_archived(&mut self, id: &str, archived: bool) -> Result<Person> {
        self.person(id)?;
        let tx = self.write()?;
        tx.execute(
            "UPDATE person SET archived = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, archived, clock::timestamp()],
        )?;
        tx.commit()?;
        self.person(id)
    }

    /// Moves a person and their live exchanges to the trash, restorable together.
    pub fn trash_person(&mut self, id: &str) -> Result<Person> {
        let person = self.person(id)?;
        if person.trashed_at.is_some() {
            return Ok(person);
        }
        let now = clock::timestamp();
        let tx = self.write()?;
        tx.execute(
            "UPDATE person SET trashed_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        tx.execute(
            "UPDATE exchange SET trashed_at = ?2 WHERE person_id = ?1 AND trashed_at IS NULL",
            params![id, now],
        )?;
        person_stats::refresh(&tx, id)?;
        tx.commit()?;
        self.person(id)
    }

    /// Brings a trashed person back with the exchanges that were trashed with them.
    pub fn restore_person(&mut self, id: &str) -> Result<Person> {
        let person = self.person(id)?;
        let Some(trashed_at) = person.trashed_at else {
            return Ok(person);
        };
        let tx = self.write()?;
        tx.execute(
            "UPDATE exchange SET trashed_at = NULL WHERE person_id = ?1 AND trashed_at = ?2",
            params![id, trashed_at],
        )?;
        tx.execute("UPDATE person SET trashed_at = NULL WHERE id = ?1", [id])?;
        person_stats::refresh(&tx, id)?;
        tx.commit()?;
        self.person(id)
    }
}

fn write_tags(tx: &rusqlite::Connection, person_id: &str, tags: &[String]) -> Result<()> {
    tx.execute("DELETE FROM person_tag WHERE person_id = ?1", [person_id])?;
    let mut insert =
        tx.prepare_cached("INSERT INTO person_tag (person_id, tag) VALUES (?1, ?2)")?;
    for tag in tags {
        insert.execute(params![person_id, tag])?;
    }
    Ok(())
}
