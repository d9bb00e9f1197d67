//! People: the contacts a user keeps a balance with.

use chrono::Utc;
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::store::Store;
use crate::validate;

/// A contact as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub created_at: String,
}

/// What a user enters to add a person.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct NewPerson {
    pub name: String,
}

impl Person {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
        Ok(Person {
            id: row.get("id")?,
            name: row.get("name")?,
            created_at: row.get("created_at")?,
        })
    }
}

impl Store {
    /// Adds a person after checking the input; returns the stored person.
    pub fn add_person(&mut self, input: &NewPerson) -> Result<Person> {
        let person = Person {
            id: Uuid::now_v7().to_string(),
            name: validate::name("name", &input.name)?,
            created_at: Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        };
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO person (id, name, created_at) VALUES (?1, ?2, ?3)",
            params![person.id, person.name, person.created_at],
        )?;
        tx.commit()?;
        Ok(person)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Result<Person> {
        self.conn
            .query_row(
                "SELECT id, name, created_at FROM person WHERE id = ?1",
                [id],
                Person::from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("person", id))
    }
}
