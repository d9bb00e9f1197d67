//! Exchanges: one thing given to or received from a person, the entries the
//! whole ledger is computed from.

use chrono::Utc;
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
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

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Gave => "gave",
            Direction::Received => "received",
        }
    }

    fn parse(stored: &str) -> rusqlite::Result<Direction> {
        match stored {
            "gave" => Ok(Direction::Gave),
            "received" => Ok(Direction::Received),
            other => Err(rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("unknown direction {other:?}").into(),
            )),
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
    pub note: String,
}

/// What a user enters to record an exchange. A missing value takes the kind's default.
#[derive(Debug, Clone, Deserialize)]
pub struct NewExchange {
    pub person_id: String,
    pub date: String,
    pub direction: Direction,
    pub kind: String,
    pub value: Option<f64>,
    #[serde(default)]
    pub note: String,
}

impl Exchange {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Exchange> {
        Ok(Exchange {
            id: row.get("id")?,
            person_id: row.get("person_id")?,
            date: row.get("date")?,
            direction: Direction::parse(&row.get::<_, String>("direction")?)?,
            kind: row.get("kind")?,
            value: row.get("value")?,
            note: row.get("note")?,
        })
    }
}

impl Store {
    /// Records an exchange after checking every field; nothing is written on error.
    pub fn record_exchange(&mut self, input: &NewExchange) -> Result<Exchange> {
        let person = self.person(&input.person_id)?;
        let kind = self.kind(&input.kind)?;
        let date = validate::date("date", &input.date)?;
        let value = validate::value("value", input.value.unwrap_or(kind.value))?;
        let exchange = Exchange {
            id: Uuid::now_v7().to_string(),
            person_id: person.id,
            date: date.format("%Y-%m-%d").to_string(),
            direction: input.direction,
            kind: kind.name,
            value,
            note: validate::note("note", &input.note)?,
        };
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO exchange (id, person_id, date, direction, kind, value, note, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                exchange.id,
                exchange.person_id,
                exchange.date,
                exchange.direction.as_str(),
                exchange.kind,
                exchange.value,
                exchange.note,
                Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            ],
        )?;
        tx.commit()?;
        Ok(exchange)
    }

    /// A person's exchanges, newest first.
    pub fn exchanges_of(&self, person_id: &str) -> Result<Vec<Exchange>> {
        self.person(person_id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, person_id, date, direction, kind, value, note FROM exchange
             WHERE person_id = ?1 ORDER BY date DESC, id DESC",
        )?;
        let rows = stmt
            .query_map([person_id], Exchange::from_row)?
            .collect::<rusqlite::Result<_>>()
            .map_err(Error::from)?;
        Ok(rows)
    }
}
