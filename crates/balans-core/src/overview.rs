//! The first screen's data in one read: the most pressing signals and how
//! many there are in all, the busiest relationships as a picture, where
//! business comes from and the user's own style. The window starts from this
//! alone, so what crosses into it does not grow with the ledger.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;
use crate::{BusinessShare, Signal, Store, Style};

/// The signals the dashboard lists, most severe first; the window leads from
/// there to everyone with a signal in the people list.
pub const SIGNALS_SHOWN: usize = 12;
/// The relationships drawn in the picture, the busiest first.
pub const DOTS_SHOWN: usize = 400;
/// The people listed as sources of business.
pub const BUSINESS_SHOWN: usize = 5;

/// One relationship in the picture: what you gave against what you received.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dot {
    pub id: String,
    pub name: String,
    pub given: f64,
    pub received: f64,
}

/// Everything the dashboard shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    /// People not in the trash, archived ones included.
    pub people: usize,
    /// Organisations not in the trash.
    pub organisations: usize,
    /// All signals that are not snoozed.
    pub signal_count: usize,
    /// The first [`SIGNALS_SHOWN`] of them.
    pub signals: Vec<Signal>,
    /// The [`DOTS_SHOWN`] live, unarchived people with the most exchanges.
    pub picture: Vec<Dot>,
    /// The [`BUSINESS_SHOWN`] largest sources of business.
    pub business: Vec<BusinessShare>,
    pub style: Style,
}

impl Store {
    /// The dashboard on `today`.
    pub fn overview(&self, today: NaiveDate) -> Result<Overview> {
        let mut signals = self.signals(today)?;
        let signal_count = signals.len();
        signals.truncate(SIGNALS_SHOWN);
        let mut business = self.business_by_person()?;
        business.truncate(BUSINESS_SHOWN);
        Ok(Overview {
            people: self.count("SELECT count(*) FROM person WHERE trashed_at IS NULL")?,
            organisations: self
                .count("SELECT count(*) FROM organisation WHERE trashed_at IS NULL")?,
            signal_count,
            signals,
            picture: self.picture(today)?,
            business,
            style: self.user_style()?,
        })
    }

    fn count(&self, sql: &str) -> Result<usize> {
        Ok(self.conn.query_row(sql, [], |row| row.get(0))?)
    }

    /// The busiest relationships with their balances on `today`.
    fn picture(&self, today: NaiveDate) -> Result<Vec<Dot>> {
        let balances = self.balances(today)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name FROM person p JOIN person_stats s ON s.person_id = p.id
             WHERE p.trashed_at IS NULL AND p.archived = 0 AND s.gave_count + s.received_count > 0
             ORDER BY s.gave_count + s.received_count DESC, p.id LIMIT ?1",
        )?;
        let rows = stmt.query_map([DOTS_SHOWN as i64], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut dots = Vec::new();
        for row in rows {
            let (id, name) = row?;
            let balance = balances.get(&id).copied().unwrap_or_default();
            dots.push(Dot {
                id,
                name,
                given: balance.given,
                received: balance.received,
            });
        }
        Ok(dots)
    }
}
