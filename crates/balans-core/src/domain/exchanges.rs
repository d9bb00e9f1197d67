//! Exchanges: one thing given to or received from a person, the entries the
//! whole ledger is computed from. They are never destroyed by a click: deleting
//! moves them to a trash that can be restored or, deliberately, emptied.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::clock;
use crate::error::{Error, Result};
use crate::figures::person_stats;
use crate::phrase;
use crate::store::Store;
use crate::validate;

/// Who gave: you, or the other person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// You gave something to the person: you built credit.
    Gave,
    /// The person gave something to you: you owe them.
    Received,
}

/// Whether the help was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Asked {
    Yes,
    No,
    #[default]
    Unknown,
}

fn conversion_error(what: &str, stored: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unknown {what} {stored:?}").into(),
    )
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Gave => "gave",
            Direction::Received => "received",
        }
    }

    pub fn parse(stored: &str) -> Option<Direction> {
        match stored {
            "gave" => Some(Direction::Gave),
            "received" => Some(Direction::Received),
            _ => None,
        }
    }
}

impl Asked {
    pub fn as_str(self) -> &'static str {
        match self {
            Asked::Yes => "yes",
            Asked::No => "no",
            Asked::Unknown => "unknown",
        }
    }

    pub fn parse(stored: &str) -> Option<Asked> {
        match stored {
            "yes" => Some(Asked::Yes),
            "no" => Some(Asked::No),
            "unknown" => Some(Asked::Unknown),
            _ => None,
        }
    }
}

/// An exchange as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exchange {
    pub id: String,
    pub person_id: String,
    pub date: String,
    pub direction: Direction,
    pub kind: String,
    pub value: f64,
    pub asked: Asked,
    pub acknowledged: bool,
    pub third_person_id: Option<String>,
    pub follow_up: Option<String>,
    pub note: String,
    pub trashed_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What a user enters to record or edit an exchange. A missing value takes the
/// kind's default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeInput {
    pub person_id: String,
    pub date: String,
    pub direction: Direction,
    pub kind: String,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub asked: Asked,
    #[serde(default)]
    pub acknowledged: bool,
    #[serde(default)]
    pub third_person_id: Option<String>,
    #[serde(default)]
    pub follow_up: Option<String>,
    #[serde(default)]
    pub note: String,
}

impl ExchangeInput {
    /// The fields every exchange needs; the rest at their defaults.
    pub fn new(person_id: &str, date: &str, direction: Direction, kind: &str) -> ExchangeInput {
        ExchangeInput {
            person_id: person_id.to_owned(),
            date: date.to_owned(),
            direction,
            kind: kind.to_owned(),
            value: None,
            asked: Asked::Unknown,
            acknowledged: false,
            third_person_id: None,
            follow_up: None,
            note: String::new(),
        }
    }
}

pub(crate) const EXCHANGE_COLUMNS: &str = "id, person_id, date, direction, kind, value, asked, \
     acknowledged, third_person_id, follow_up, note, trashed_at, created_at, updated_at";

impl Exchange {
    /// Reads a row selected with [`EXCHANGE_COLUMNS`].
    pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Exchange> {
        Exchange::from_row_at(row, 0)
    }

    /// Reads the [`EXCHANGE_COLUMNS`] starting at column `at`, by position:
    /// pages read thousands of exchanges, and lookups by name cost more.
    pub(crate) fn from_row_at(row: &Row<'_>, at: usize) -> rusqlite::Result<Exchange> {
        let direction = row.get_ref(at + 3)?.as_str()?;
        let direction =
            Direction::parse(direction).ok_or_else(|| conversion_error("direction", direction))?;
        let asked = row.get_ref(at + 6)?.as_str()?;
        let asked = Asked::parse(asked).ok_or_else(|| conversion_error("asked", asked))?;
        Ok(Exchange {
            id: row.get(at)?,
            person_id: row.get(at + 1)?,
            date: row.get(at + 2)?,
            direction,
            kind: row.get(at + 4)?,
            value: row.get(at + 5)?,
            asked,
            acknowledged: row.get(at + 7)?,
            third_person_id: row.get(at + 8)?,
            follow_up: row.get(at + 9)?,
            note: row.get(at + 10)?,
            trashed_at: row.get(at + 11)?,
            created_at: row.get(at + 12)?,
            updated_at: row.get(at + 13)?,
        })
    }
}

/// Checked, normalised exchange fields, ready to write.
struct CleanExchange {
    person_id: String,
    date: String,
    direction: Direction,
    kind: String,
    value: f64,
    asked: Asked,
    acknowledged: bool,
    third_person_id: Option<String>,
    follow_up: Option<String>,
    note: String,
}

impl Store {
    fn clean_exchange(&self, input: &ExchangeInput) -> Result<CleanExchange> {
        let person = self.live_person(&input.person_id, "person_id")?;
        let kind = self.kind(&input.kind)?;
        let date = validate::date("date", &input.date)?;
        let follow_up = validate::optional_date("follow_up", input.follow_up.as_deref())?;
        let third_person_id = match input.third_person_id.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(id) if id == person.id => {
                return Err(Error::invalid(
                    "third_person_id",
                    phrase!("error-third-person-is-person"),
                ))
            }
            Some(id) => Some(self.live_person(id, "third_person_id")?.id),
        };
        Ok(CleanExchange {
            person_id: person.id,
            date: clock::iso(date),
            direction: input.direction,
            value: validate::value("value", input.value.unwrap_or(kind.value))?,
            kind: kind.name,
            asked: input.asked,
            acknowledged: input.acknowledged,
            third_person_id,
            follow_up: follow_up.map(clock::iso),
            note: validate::note("note", &input.note)?,
        })
    }

    /// Records an exchange after checking every field; nothing is written on error.
    pub fn record_exchange(&mut self, input: &ExchangeInput) -> Result<Exchange> {
        let clean = self.clean_exchange(input)?;
        let id = Uuid::now_v7().to_string();
        let now = clock::timestamp();
        let tx = self.write()?;
        tx.prepare_cached(
            "INSERT INTO exchange (id, person_id, date, direction, kind, value, asked, acknowledged,
                                   third_person_id, follow_up, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        )?
        .execute(params![
            id,
            clean.person_id,
            clean.date,
            clean.direction.as_str(),
            clean.kind,
            clean.value,
            clean.asked.as_str(),
            clean.acknowledged,
            clean.third_person_id,
            clean.follow_up,
            clean.note,
            now
        ])?;
        person_stats::refresh(&tx, &clean.person_id)?;
        tx.commit()?;
        self.exchange(&id)
    }

    /// Replaces an exchange's fields (it may move to another person).
    pub fn update_exchange(&mut self, id: &str, input: &ExchangeInput) -> Result<Exchange> {
        let before = self.exchange(id)?;
        if before.trashed_at.is_some() {
            return Err(Error::invalid("id", phrase!("error-exchange-in-trash")));
        }
        let clean = self.clean_exchange(input)?;
        let tx = self.write()?;
        tx.execute(
            "UPDATE exchange SET person_id = ?2, date = ?3, direction = ?4, kind = ?5, value = ?6,
                    asked = ?7, acknowledged = ?8, third_person_id = ?9, follow_up = ?10, note = ?11,
                    updated_at = ?12
             WHERE id = ?1",
            params![
                id,
                clean.person_id,
                clean.date,
                clean.direction.as_str(),
                clean.kind,
                clean.value,
                clean.asked.as_str(),
                clean.acknowledged,
                clean.third_person_id,
                clean.follow_up,
                clean.note,
                clock::timestamp()
            ],
        )?;
        person_stats::refresh(&tx, &before.person_id)?;
        if clean.person_id != before.person_id {
            person_stats::refresh(&tx, &clean.person_id)?;
        }
        tx.commit()?;
        self.exchange(id)
    }

    /// The exchange with this id, trashed or not.
    pub fn exchange(&self, id: &str) -> Result<Exchange> {
        let sql = format!("SELECT {EXCHANGE_COLUMNS} FROM exchange WHERE id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([id], Exchange::from_row)
            .optional()?
            .ok_or_else(|| Error::not_found("exchange", id))
    }

    /// A person's live exchanges, newest first.
    pub fn exchanges_of(&self, person_id: &str) -> Result<Vec<Exchange>> {
        self.person(person_id)?;
        self.exchanges_where(
            "person_id = ?1 AND trashed_at IS NULL ORDER BY date DESC, id DESC",
            person_id,
        )
    }

    /// A person's live exchanges newest first, `limit` of them after the
    /// newest `skip`: a timeline read a page at a time.
    pub fn recent_exchanges(
        &self,
        person_id: &str,
        skip: usize,
        limit: usize,
    ) -> Result<Vec<Exchange>> {
        self.person(person_id)?;
        let sql = format!(
            "SELECT {EXCHANGE_COLUMNS} FROM exchange WHERE person_id = ?1 AND trashed_at IS NULL
             ORDER BY date DESC, id DESC LIMIT ?2 OFFSET ?3"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let whole = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let rows = stmt
            .query_map(
                params![person_id, whole(limit), whole(skip)],
                Exchange::from_row,
            )?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// A person's live introductions and referrals: exchanges that name a third person.
    pub fn exchanges_with_third_person(
        &self,
        person_id: &str,
        limit: usize,
    ) -> Result<Vec<Exchange>> {
        self.exchanges_where(
            &format!(
                "person_id = ?1 AND trashed_at IS NULL AND third_person_id IS NOT NULL
                 ORDER BY date DESC, id DESC LIMIT {limit}"
            ),
            person_id,
        )
    }

    /// Live exchanges that name this person as the one introduced or referred.
    pub fn exchanges_naming(&self, third_person_id: &str, limit: usize) -> Result<Vec<Exchange>> {
        self.exchanges_where(
            &format!(
                "third_person_id = ?1 AND trashed_at IS NULL ORDER BY date DESC, id DESC LIMIT {limit}"
            ),
            third_person_id,
        )
    }

    fn exchanges_where(&self, condition: &str, param: &str) -> Result<Vec<Exchange>> {
        let sql = format!("SELECT {EXCHANGE_COLUMNS} FROM exchange WHERE {condition}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map([param], Exchange::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Moves an exchange to the trash.
    pub fn trash_exchange(&mut self, id: &str) -> Result<Exchange> {
        self.set_exchange_trashed(id, Some(clock::timestamp()))
    }

    /// Brings an exchange back from the trash; its person must not be in the trash.
    pub fn restore_exchange(&mut self, id: &str) -> Result<Exchange> {
        let exchange = self.exchange(id)?;
        self.live_person(&exchange.person_id, "person_id")?;
        self.set_exchange_trashed(id, None)
    }

    fn set_exchange_trashed(&mut self, id: &str, trashed_at: Option<String>) -> Result<Exchange> {
        let exchange = self.exchange(id)?;
        let tx = self.write()?;
        tx.execute(
            "UPDATE exchange SET trashed_at = ?2 WHERE id = ?1",
            params![id, trashed_at],
        )?;
        person_stats::refresh(&tx, &exchange.person_id)?;
        tx.commit()?;
        self.exchange(id)
    }

    /// Everything in the trash: exchanges, and people trashed with theirs.
    pub fn trash(&self) -> Result<Trash> {
        let sql = format!(
            "SELECT {EXCHANGE_COLUMNS} FROM exchange WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let exchanges: Vec<Exchange> = stmt
            .query_map([], Exchange::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let sql = format!(
            "SELECT {} FROM person WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC, id",
            crate::domain::people::PERSON_COLUMNS
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let people = stmt
            .query_map([], crate::domain::people::Person::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let owners: Vec<&str> = exchanges.iter().map(|e| e.person_id.as_str()).collect();
        let names = self.names_of(&owners)?;
        Ok(Trash {
            exchanges,
            people,
            names,
        })
    }

    /// Deletes everything in the trash for good. Returns how many exchanges and
    /// people were removed. Links to removed people from elsewhere are cleared.
    pub fn empty_trash(&mut self) -> Result<(usize, usize)> {
        let tx = self.write()?;
        let exchanges = tx.execute("DELETE FROM exchange WHERE trashed_at IS NOT NULL", [])?;
        tx.execute(
            "DELETE FROM exchange WHERE person_id IN (SELECT id FROM person WHERE trashed_at IS NOT NULL)",
            [],
        )?;
        let people = tx.execute("DELETE FROM person WHERE trashed_at IS NOT NULL", [])?;
        tx.commit()?;
        Ok((exchanges, people))
    }
}

/// The contents of the trash.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trash {
    pub exchanges: Vec<Exchange>,
    pub people: Vec<crate::domain::people::Person>,
    /// The names of the people the exchanges belong to (in the trash or not), by id.
    pub names: std::collections::HashMap<String, String>,
}
