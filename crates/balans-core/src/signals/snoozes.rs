//! Snoozing a signal: the user has seen it and wants it out of sight for a
//! while. Only the signal's key and a date are kept; when the date has passed
//! and the relationship is still out of balance, the signal is back.

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::params;

use crate::clock;
use crate::error::{Error, Result};
use crate::phrase;
use crate::store::Store;
use crate::validate;

impl Store {
    /// Hides the signal with `key` through `until` (a date after `today`).
    pub fn snooze_signal(&mut self, key: &str, until: &str, today: NaiveDate) -> Result<()> {
        let key = validate::key("key", key)?;
        let until_date = validate::date("until", until)?;
        if until_date <= today {
            return Err(Error::invalid("until", phrase!("error-snooze-in-past")));
        }
        let tx = self.write()?;
        tx.execute(
            "DELETE FROM signal_snooze WHERE until < ?1",
            [clock::iso(today)],
        )?;
        tx.execute(
            "INSERT INTO signal_snooze (signal_key, until) VALUES (?1, ?2)
             ON CONFLICT (signal_key) DO UPDATE SET until = excluded.until",
            params![key, clock::iso(until_date)],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The keys of signals snoozed on `today`.
    pub(crate) fn snoozed_on(&self, today: NaiveDate) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT signal_key FROM signal_snooze WHERE until >= ?1")?;
        let keys = stmt
            .query_map([clock::iso(today)], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(keys)
    }
}
