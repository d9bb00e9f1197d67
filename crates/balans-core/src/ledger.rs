//! Balances: what you gave a person minus what you received from them.
//! Positive means you built credit; negative means you owe them.

use serde::Serialize;

use crate::error::Result;
use crate::exchanges::Exchange;
use crate::people::Person;
use crate::store::Store;

/// The totals behind a balance, in credits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Balance {
    pub given: f64,
    pub received: f64,
    pub balance: f64,
    pub exchanges: i64,
}

/// A person with their balance, as lists show them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonBalance {
    #[serde(flatten)]
    pub person: Person,
    #[serde(flatten)]
    pub balance: Balance,
}

const TOTALS: &str = "coalesce(sum(CASE WHEN e.direction = 'gave' THEN e.value END), 0),
     coalesce(sum(CASE WHEN e.direction = 'received' THEN e.value END), 0),
     count(e.id)";

fn balance_from(given: f64, received: f64, exchanges: i64) -> Balance {
    Balance {
        given,
        received,
        balance: ((given - received) * 100.0).round() / 100.0,
        exchanges,
    }
}

impl Store {
    /// The balance with one person.
    pub fn balance_of(&self, person_id: &str) -> Result<Balance> {
        self.person(person_id)?;
        let sql = format!("SELECT {TOTALS} FROM exchange e WHERE e.person_id = ?1");
        let balance = self
            .conn
            .prepare_cached(&sql)?
            .query_row([person_id], |row| {
                Ok(balance_from(row.get(0)?, row.get(1)?, row.get(2)?))
            })?;
        Ok(balance)
    }

    /// Every person with their balance, by name.
    pub fn people_with_balances(&self) -> Result<Vec<PersonBalance>> {
        let sql = format!(
            "SELECT p.id, p.name, p.created_at, {TOTALS}
             FROM person p LEFT JOIN exchange e ON e.person_id = p.id
             GROUP BY p.id ORDER BY p.name COLLATE NOCASE, p.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map([], |row| {
                Ok(PersonBalance {
                    person: Person {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        created_at: row.get(2)?,
                    },
                    balance: balance_from(row.get(3)?, row.get(4)?, row.get(5)?),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

/// Everything a person's page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonPage {
    pub person: Person,
    pub balance: Balance,
    pub exchanges: Vec<Exchange>,
}

impl Store {
    /// The data behind one person's page.
    pub fn person_page(&self, person_id: &str) -> Result<PersonPage> {
        Ok(PersonPage {
            person: self.person(person_id)?,
            balance: self.balance_of(person_id)?,
            exchanges: self.exchanges_of(person_id)?,
        })
    }
}
