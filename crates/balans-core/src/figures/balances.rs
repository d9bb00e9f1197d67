//! Balances: what you gave a person minus what you received from them,
//! optionally fading with a half-life so that old exchanges count less.
//! Without a half-life a balance follows from the per-person figures alone;
//! with one, each exchange is weighed by its age on the day asked.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;
use crate::figures::person_stats::{self, PersonStats, StatsColumns};
use crate::store::Store;
use crate::text::ascii_folded;

/// Rounds credits to hundredths, the precision values are entered with.
pub fn round2(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

/// How much an exchange on `date` still counts on `today` under a half-life.
pub fn decay_weight(date: &str, today: NaiveDate, half_life_days: Option<u32>) -> f64 {
    let Some(half_life) = half_life_days else {
        return 1.0;
    };
    let Some(date) = crate::clock::parse_iso(date) else {
        return 1.0;
    };
    let age = (today - date).num_days().max(0) as f64;
    0.5_f64.powf(age / f64::from(half_life))
}

/// The totals behind a balance, in credits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Balance {
    pub given: f64,
    pub received: f64,
    pub balance: f64,
    pub exchanges: u32,
}

impl Balance {
    fn new(given: f64, received: f64, exchanges: u32) -> Balance {
        Balance {
            given: round2(given),
            received: round2(received),
            balance: round2(given - received),
            exchanges,
        }
    }

    pub(crate) fn from_stats(stats: &PersonStats) -> Balance {
        Balance::new(stats.given, stats.received, stats.exchanges())
    }
}

/// Where you stand with one person you exchanged something with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BalanceLine {
    pub person_id: String,
    pub name: String,
    #[serde(flatten)]
    pub balance: Balance,
}

/// One exchange reduced to what balances need: when, and how much either way.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Flow {
    pub(crate) date: String,
    /// Positive for what you gave, negative for what you received.
    pub(crate) signed: f64,
}

/// A balance with every exchange weighted by its age on `today`.
pub(crate) fn decayed_balance(flows: &[Flow], today: NaiveDate, half_life: Option<u32>) -> Balance {
    let (mut given, mut received) = (0.0, 0.0);
    for flow in flows {
        let weighted = flow.signed * decay_weight(&flow.date, today, half_life);
        if weighted >= 0.0 {
            given += weighted;
        } else {
            received -= weighted;
        }
    }
    Balance::new(given, received, flows.len() as u32)
}

impl Store {
    /// Balances of all people; with a half-life, exchanges fade by age on `today`.
    pub fn balances(&self, today: NaiveDate) -> Result<HashMap<String, Balance>> {
        let half_life = self.settings()?.half_life_days;
        let mut balances = HashMap::new();
        if half_life.is_none() {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT s.person_id, {} FROM person_stats s",
                StatsColumns::select("s")
            ))?;
            let at = StatsColumns::of(&stmt)?;
            let rows = stmt.query_map([], |row| {
                Ok((row.get::<_, String>(0)?, PersonStats::from_row(row, &at)?))
            })?;
            for row in rows {
                let (id, stats) = row?;
                balances.insert(id, Balance::from_stats(&stats));
            }
            return Ok(balances);
        }
        let mut sums: HashMap<String, (f64, f64, u32)> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT person_id, date, direction, value FROM exchange WHERE trashed_at IS NULL",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let date: String = row.get(1)?;
            let weighted = row.get::<_, f64>(3)? * decay_weight(&date, today, half_life);
            let entry = sums.entry(row.get(0)?).or_default();
            if row.get::<_, String>(2)? == "gave" {
                entry.0 += weighted;
            } else {
                entry.1 += weighted;
            }
            entry.2 += 1;
        }
        for (id, (given, received, count)) in sums {
            balances.insert(id, Balance::new(given, received, count));
        }
        Ok(balances)
    }

    /// With a half-life, every balance faded to `today` (read from the
    /// exchanges); without one `None`, as each balance then follows from the
    /// per-person figures a caller reads anyway.
    pub(crate) fn faded_balances(
        &self,
        today: NaiveDate,
    ) -> Result<Option<HashMap<String, Balance>>> {
        match self.settings()?.half_life_days {
            None => Ok(None),
            Some(_) => self.balances(today).map(Some),
        }
    }

    /// The balance with one person on `today`.
    pub fn balance_of(&self, person_id: &str, today: NaiveDate) -> Result<Balance> {
        self.person(person_id)?;
        match self.settings()?.half_life_days {
            None => Ok(Balance::from_stats(&person_stats::of(
                &self.conn, person_id,
            )?)),
            half_life => Ok(decayed_balance(
                &self.flows_of(person_id)?,
                today,
                half_life,
            )),
        }
    }

    /// Everyone not in the trash you exchanged something with, largest
    /// credit first (then by name): those you keep giving to at the top,
    /// those you owe at the bottom. Reads only the figures it shows, so the
    /// whole sheet of a large ledger is quick.
    pub fn balance_sheet(&self, today: NaiveDate) -> Result<Vec<BalanceLine>> {
        let faded = self.faded_balances(today)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, s.given, s.received, s.gave_count + s.received_count
             FROM person_stats s JOIN person p ON p.id = s.person_id
             WHERE p.trashed_at IS NULL AND s.gave_count + s.received_count > 0",
        )?;
        let rows = stmt.query_map([], |row| {
            let person_id: String = row.get(0)?;
            let balance = match &faded {
                Some(balances) => balances.get(&person_id).copied().unwrap_or_default(),
                None => Balance::new(row.get(2)?, row.get(3)?, row.get(4)?),
            };
            Ok(BalanceLine {
                person_id,
                name: row.get(1)?,
                balance,
            })
        })?;
        let mut lines: Vec<BalanceLine> = rows.collect::<rusqlite::Result<_>>()?;
        lines.sort_by(|a, b| {
            b.balance
                .balance
                .total_cmp(&a.balance.balance)
                .then_with(|| ascii_folded(&a.name).cmp(ascii_folded(&b.name)))
                .then_with(|| a.person_id.cmp(&b.person_id))
        });
        Ok(lines)
    }

    /// A person's live exchanges as flows, oldest first, read from the covering index.
    pub(crate) fn flows_of(&self, person_id: &str) -> Result<Vec<Flow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT date, CASE direction WHEN 'gave' THEN value ELSE -value END FROM exchange
             WHERE person_id = ?1 AND trashed_at IS NULL ORDER BY date",
        )?;
        let flows = stmt.query_map([person_id], |r| {
            Ok(Flow {
                date: r.get(0)?,
                signed: r.get(1)?,
            })
        })?;
        Ok(flows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_half_life_halves_the_weight() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        assert_eq!(decay_weight("2026-01-01", today, None), 1.0);
        assert!((decay_weight("2026-01-01", today, Some(30)) - 0.5).abs() < 1e-12);
        assert!((decay_weight("2025-12-02", today, Some(30)) - 0.25).abs() < 1e-12);
        assert_eq!(
            decay_weight("2026-02-10", today, Some(30)),
            1.0,
            "future dates do not grow"
        );
    }
}
