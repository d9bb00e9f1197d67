//! The chains on a person's page: introductions and referrals that involve
//! them on either side, each with what you received afterwards from either
//! of the two people. Only the exchanges that make it onto the page are read
//! in full; the rest comes from the covering index.

use std::collections::HashMap;

use serde::Serialize;

use crate::domain::exchanges::{Exchange, EXCHANGE_COLUMNS};
use crate::error::Result;
use crate::store::Store;

/// A person's page shows this many of the most recent introductions…
pub const PAGE_INTRODUCTIONS: usize = 50;
/// …each with at most this many things that came of it.
pub const CAME_OF_IT: usize = 5;

/// An introduction or referral and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Introduction {
    pub exchange: Exchange,
    pub person_name: String,
    pub third_person_name: String,
    /// What you received afterwards from either of the two people.
    pub came_of_it: Vec<Exchange>,
}

impl Store {
    /// Introductions and referrals that involve this person on either side,
    /// with what you received afterwards from either of the two.
    pub fn introductions_of(&self, person_id: &str) -> Result<Vec<Introduction>> {
        let mut links = self.exchanges_with_third_person(person_id, PAGE_INTRODUCTIONS)?;
        links.extend(self.exchanges_naming(person_id, PAGE_INTRODUCTIONS)?);
        links.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
        links.truncate(PAGE_INTRODUCTIONS);
        let involved: Vec<&str> = links
            .iter()
            .flat_map(|e| {
                [
                    e.person_id.as_str(),
                    e.third_person_id.as_deref().unwrap_or_default(),
                ]
            })
            .collect();
        let names = self.names_of(&involved)?;
        // When each involved person gave you something since the earliest
        // introduction, read from the covering index once per person; only
        // the exchanges that make it onto the page are read in full.
        let earliest = links
            .iter()
            .map(|e| e.date.as_str())
            .min()
            .unwrap_or_default();
        let mut received: HashMap<&str, Vec<(String, String)>> = HashMap::new();
        for id in &involved {
            if !received.contains_key(id) {
                received.insert(id, self.received_dates_since(id, earliest)?);
            }
        }
        let first_after = |who: &str, introduction: &Exchange| -> Vec<String> {
            received[who]
                .iter()
                .filter(|(date, _)| *date >= introduction.date)
                .take(CAME_OF_IT + 1)
                .map(|(_, id)| id.clone())
                .collect()
        };
        let picked: Vec<Vec<String>> = links
            .iter()
            .map(|e| {
                let mut ids = first_after(&e.person_id, e);
                ids.extend(first_after(
                    e.third_person_id.as_deref().unwrap_or_default(),
                    e,
                ));
                ids
            })
            .collect();
        let full = self.exchanges_by_id(picked.iter().flatten())?;
        let introductions = links
            .iter()
            .zip(picked)
            .map(|(exchange, ids)| {
                let third_id = exchange.third_person_id.as_deref().unwrap_or_default();
                let mut came_of_it: Vec<Exchange> = ids
                    .iter()
                    .filter_map(|id| full.get(id))
                    .filter(|e| e.id != exchange.id)
                    .cloned()
                    .collect();
                came_of_it.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
                came_of_it.dedup_by(|a, b| a.id == b.id);
                came_of_it.truncate(CAME_OF_IT);
                Introduction {
                    person_name: names.get(&exchange.person_id).cloned().unwrap_or_default(),
                    third_person_name: names.get(third_id).cloned().unwrap_or_default(),
                    exchange: exchange.clone(),
                    came_of_it,
                }
            })
            .collect();
        Ok(introductions)
    }

    /// The dates and ids of what a person gave you on or after
    /// `date`, oldest first, from the covering index alone.
    fn received_dates_since(&self, person_id: &str, date: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT date, id FROM exchange
             WHERE person_id = ?1 AND trashed_at IS NULL AND date >= ?2 AND direction = 'received'
             ORDER BY date, id",
        )?;
        let rows = stmt.query_map(rusqlite::params![person_id, date], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whole exchanges by id.
    fn exchanges_by_id<'a>(
        &self,
        ids: impl Iterator<Item = &'a String>,
    ) -> Result<HashMap<String, Exchange>> {
        let list = serde_json::to_string(&ids.collect::<Vec<_>>()).expect("ids serialise");
        let sql = format!(
            "SELECT id, {EXCHANGE_COLUMNS} FROM exchange WHERE id IN (SELECT value FROM json_each(?1))"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([list], |r| Ok((r.get(0)?, Exchange::from_row_at(r, 1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
