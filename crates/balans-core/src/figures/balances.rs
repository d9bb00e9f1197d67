//! Balances: what you gave a person minus what you received from them, now and
//! over time, optionally fading with a half-life; and the balances of an
//! organisation's people, with the stranded credits of those who left.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::exchanges::{Exchange, EXCHANGE_COLUMNS};
use crate::domain::organisations::{Affiliation, Organisation};
use crate::domain::people::{Person, PERSON_COLUMNS};
use crate::error::Result;
use crate::figures::person_stats::{self, PersonStats, STATS_COLUMNS, STATS_COLUMN_COUNT};
use crate::store::Store;

/// A person's page lists this many of the most recent exchanges; the chart and
/// the figures still cover all of them.
pub const PAGE_EXCHANGES: usize = 200;
/// A person's page shows this many of the most recent introductions…
pub const PAGE_INTRODUCTIONS: usize = 50;
/// …each with at most this many things that came of it.
pub const CAME_OF_IT: usize = 5;

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

/// A name's bytes with ASCII letters in lower case, compared as SQLite's
/// `COLLATE NOCASE` does, without making a new string.
fn ascii_folded(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes().map(|b| b.to_ascii_lowercase())
}

/// Where you stand with one person you exchanged something with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BalanceLine {
    pub person_id: String,
    pub name: String,
    #[serde(flatten)]
    pub balance: Balance,
}

/// A person with their balance and figures, as lists show them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonSummary {
    pub person: Person,
    pub balance: Balance,
    pub stats: PersonStats,
}

/// One point of a balance-over-time series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesPoint {
    pub date: String,
    pub balance: f64,
}

/// How much of the business you received came from one person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BusinessShare {
    pub person_id: String,
    pub name: String,
    pub credits: f64,
    /// The part of all business received, from 0 to 1.
    pub share: f64,
}

/// The `shown` largest of `sources` (person id, name, business credits
/// received), largest first, then by name; each share is of all of them.
pub(crate) fn largest_sources<'a>(
    sources: impl Iterator<Item = (&'a str, &'a str, f64)>,
    shown: usize,
) -> Vec<BusinessShare> {
    let mut sources: Vec<_> = sources.filter(|source| source.2 > 0.0).collect();
    let total: f64 = sources.iter().map(|source| source.2).sum();
    sources.sort_unstable_by(|a, b| {
        b.2.total_cmp(&a.2)
            .then_with(|| a.1.cmp(b.1))
            .then_with(|| a.0.cmp(b.0))
    });
    sources.truncate(shown);
    sources
        .into_iter()
        .map(|(person_id, name, credits)| BusinessShare {
            person_id: person_id.to_owned(),
            name: name.to_owned(),
            credits: round2(credits),
            share: credits / total,
        })
        .collect()
}

/// An introduction or referral and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Introduction {
    pub exchange: Exchange,
    pub person_name: String,
    pub third_person_name: String,
    /// What you received afterwards from either of the two people.
    pub came_of_it: Vec<Exchange>,
}

/// An affiliation with the organisation's name, for a person's page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AffiliationView {
    pub affiliation: Affiliation,
    pub organisation_name: String,
    pub current: bool,
}

/// Everything a person's page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonPage {
    pub person: Person,
    pub balance: Balance,
    pub stats: PersonStats,
    /// The most recent [`PAGE_EXCHANGES`] exchanges, newest first.
    pub exchanges: Vec<Exchange>,
    /// How many live exchanges there are in all.
    pub exchange_count: usize,
    pub series: Vec<SeriesPoint>,
    pub affiliations: Vec<AffiliationView>,
    pub introductions: Vec<Introduction>,
    /// The names of the other people the page mentions (who introduced this
    /// person, the third person of each listed exchange), by id.
    pub names: HashMap<String, String>,
}

/// A person at an organisation with their balance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub person: Person,
    pub affiliation: Affiliation,
    pub balance: Balance,
    pub current: bool,
}

/// Everything an organisation's page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganisationPage {
    pub organisation: Organisation,
    pub members: Vec<Member>,
    /// The sum of the balances of the people there now.
    pub balance: f64,
    /// The sum of the balances of people who left and are not there now.
    pub stranded: f64,
}

/// One exchange reduced to what balances need: when, and how much either way.
#[derive(Debug, Clone, PartialEq)]
struct Flow {
    date: String,
    /// Positive for what you gave, negative for what you received.
    signed: f64,
}

/// A balance with every exchange weighted by its age on `today`.
fn decayed_balance(flows: &[Flow], today: NaiveDate, half_life: Option<u32>) -> Balance {
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

/// The balance after each day with exchanges, from flows oldest first. With a
/// half-life the running balance fades between days, so this stays linear.
fn series(oldest_first: &[Flow], half_life: Option<u32>) -> Vec<SeriesPoint> {
    let mut points: Vec<SeriesPoint> = Vec::new();
    let mut balance = 0.0;
    let mut previous: Option<NaiveDate> = None;
    for flow in oldest_first {
        let date = crate::clock::parse_iso(&flow.date);
        if let (Some(days), Some(from), Some(to)) = (half_life, previous, date) {
            balance *= 0.5_f64.powf((to - from).num_days().max(0) as f64 / f64::from(days));
        }
        balance += flow.signed;
        previous = date.or(previous);
        match points.last_mut() {
            Some(last) if last.date == flow.date => last.balance = round2(balance),
            _ => points.push(SeriesPoint {
                date: flow.date.clone(),
                balance: round2(balance),
            }),
        }
    }
    points
}

impl Store {
    /// Balances of all people; with a half-life, exchanges fade by age on `today`.
    pub fn balances(&self, today: NaiveDate) -> Result<HashMap<String, Balance>> {
        let half_life = self.settings()?.half_life_days;
        let mut balances = HashMap::new();
        if half_life.is_none() {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT person_id, {STATS_COLUMNS} FROM person_stats"
            ))?;
            let rows = stmt.query_map([], |row| {
                Ok((row.get::<_, String>(0)?, PersonStats::from_row_at(row, 1)?))
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
    fn faded_balances(&self, today: NaiveDate) -> Result<Option<HashMap<String, Balance>>> {
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

    /// Every person not in the trash with balance and figures, by name.
    pub fn people_summaries(&self, today: NaiveDate) -> Result<Vec<PersonSummary>> {
        let faded = self.faded_balances(today)?;
        let mut tags: HashMap<String, Vec<String>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT person_id, tag FROM person_tag ORDER BY tag COLLATE NOCASE",
            )?;
            let rows =
                stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, tag) = row?;
                tags.entry(id).or_default().push(tag);
            }
        }
        let person_columns = PERSON_COLUMNS
            .split(", ")
            .map(|c| format!("p.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let stats_columns = STATS_COLUMNS
            .split(", ")
            .map(|c| format!("s.{}", c.trim()))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {stats_columns}, {person_columns} FROM person p
             LEFT JOIN person_stats s ON s.person_id = p.id
             WHERE p.trashed_at IS NULL"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |row| {
            Ok((
                PersonStats::from_row_at(row, 0)?,
                Person::from_row_at(row, STATS_COLUMN_COUNT)?,
            ))
        })?;
        let mut summaries = Vec::new();
        for row in rows {
            let (stats, mut person) = row?;
            person.tags = tags.remove(&person.id).unwrap_or_default();
            let balance = match &faded {
                None => Balance::from_stats(&stats),
                Some(balances) => balances.get(&person.id).copied().unwrap_or_default(),
            };
            summaries.push(PersonSummary {
                person,
                balance,
                stats,
            });
        }
        // As `ORDER BY name COLLATE NOCASE, id` would, which folds ASCII
        // only; sorted here, because SQLite's sorter would carry every
        // column of every row and take several times as long.
        summaries.sort_by(|a, b| {
            ascii_folded(&a.person.name)
                .cmp(ascii_folded(&b.person.name))
                .then_with(|| a.person.id.cmp(&b.person.id))
        });
        Ok(summaries)
    }

    /// A person's balance after each day they exchanged something, oldest first.
    pub fn balance_series(&self, person_id: &str) -> Result<Vec<SeriesPoint>> {
        let half_life = self.settings()?.half_life_days;
        Ok(series(&self.flows_of(person_id)?, half_life))
    }

    /// The data behind one person's page.
    pub fn person_page(&self, person_id: &str, today: NaiveDate) -> Result<PersonPage> {
        let person = self.person(person_id)?;
        let half_life = self.settings()?.half_life_days;
        let flows = self.flows_of(person_id)?;
        let stats = person_stats::of(&self.conn, person_id)?;
        let balance = match half_life {
            None => Balance::from_stats(&stats),
            _ => decayed_balance(&flows, today, half_life),
        };
        let today_iso = crate::clock::iso(today);
        let affiliations = self
            .affiliations_of(person_id)?
            .into_iter()
            .map(|affiliation| {
                let organisation_name = self.organisation(&affiliation.organisation_id)?.name;
                Ok(AffiliationView {
                    current: affiliation.is_current_on(&today_iso),
                    affiliation,
                    organisation_name,
                })
            })
            .collect::<Result<_>>()?;
        let exchanges = self.recent_exchanges(person_id, PAGE_EXCHANGES)?;
        let mentioned: Vec<&str> = exchanges
            .iter()
            .filter_map(|e| e.third_person_id.as_deref())
            .chain(person.introduced_by.as_deref())
            .collect();
        Ok(PersonPage {
            names: self.names_of(&mentioned)?,
            series: series(&flows, half_life),
            introductions: self.introductions_of(person_id)?,
            exchange_count: flows.len(),
            exchanges,
            balance,
            stats,
            affiliations,
            person,
        })
    }

    /// A person's live exchanges as flows, oldest first, read from the covering index.
    fn flows_of(&self, person_id: &str) -> Result<Vec<Flow>> {
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
        let mut received: HashMap<&str, Vec<(String, i64)>> = HashMap::new();
        for id in &involved {
            if !received.contains_key(id) {
                received.insert(id, self.received_dates_since(id, earliest)?);
            }
        }
        let first_after = |who: &str, introduction: &Exchange| -> Vec<i64> {
            received[who]
                .iter()
                .filter(|(date, _)| *date >= introduction.date)
                .take(CAME_OF_IT + 1)
                .map(|(_, seq)| *seq)
                .collect()
        };
        let picked: Vec<Vec<i64>> = links
            .iter()
            .map(|e| {
                let mut seqs = first_after(&e.person_id, e);
                seqs.extend(first_after(
                    e.third_person_id.as_deref().unwrap_or_default(),
                    e,
                ));
                seqs
            })
            .collect();
        let full = self.exchanges_by_seq(picked.iter().flatten().copied())?;
        let introductions = links
            .iter()
            .zip(picked)
            .map(|(exchange, seqs)| {
                let third_id = exchange.third_person_id.as_deref().unwrap_or_default();
                let mut came_of_it: Vec<Exchange> = seqs
                    .iter()
                    .filter_map(|seq| full.get(seq))
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

    /// The dates and row numbers of what a person gave you on or after
    /// `date`, oldest first, from the covering index alone.
    fn received_dates_since(&self, person_id: &str, date: &str) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT date, seq FROM exchange
             WHERE person_id = ?1 AND trashed_at IS NULL AND date >= ?2 AND direction = 'received'
             ORDER BY date, seq",
        )?;
        let rows = stmt.query_map(rusqlite::params![person_id, date], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whole exchanges by row number.
    fn exchanges_by_seq(&self, seqs: impl Iterator<Item = i64>) -> Result<HashMap<i64, Exchange>> {
        let list = serde_json::to_string(&seqs.collect::<Vec<_>>()).expect("numbers serialise");
        let sql = format!(
            "SELECT seq, {EXCHANGE_COLUMNS} FROM exchange WHERE seq IN (SELECT value FROM json_each(?1))"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([list], |r| Ok((r.get(0)?, Exchange::from_row_at(r, 1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Business received per person, largest first: shows dependence on one client.
    pub fn business_by_person(&self) -> Result<Vec<BusinessShare>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, s.business_received
             FROM person_stats s JOIN person p ON p.id = s.person_id
             WHERE s.business_received > 0 AND p.trashed_at IS NULL",
        )?;
        let rows: Vec<(String, String, f64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(largest_sources(
            rows.iter()
                .map(|(id, name, credits)| (id.as_str(), name.as_str(), *credits)),
            usize::MAX,
        ))
    }

    /// An organisation's people with their balances; who is there now and who left.
    pub fn organisation_page(
        &self,
        organisation_id: &str,
        today: NaiveDate,
    ) -> Result<OrganisationPage> {
        let organisation = self.organisation(organisation_id)?;
        let today_iso = crate::clock::iso(today);
        let affiliations = self.affiliations_at(organisation_id)?;
        let mut members: Vec<Member> = Vec::new();
        for affiliation in affiliations {
            let person = self.person(&affiliation.person_id)?;
            if person.trashed_at.is_some() {
                continue;
            }
            let balance = self.balance_of(&person.id, today)?;
            members.push(Member {
                current: affiliation.is_current_on(&today_iso),
                person,
                affiliation,
                balance,
            });
        }
        let current_ids: Vec<String> = members
            .iter()
            .filter(|m| m.current)
            .map(|m| m.person.id.clone())
            .collect();
        let balance = members
            .iter()
            .filter(|m| m.current)
            .map(|m| m.balance.balance)
            .sum();
        let mut counted_stranded: Vec<&str> = Vec::new();
        let mut stranded = 0.0;
        for member in members.iter().filter(|m| !m.current) {
            if !current_ids.contains(&member.person.id)
                && !counted_stranded.contains(&member.person.id.as_str())
            {
                counted_stranded.push(&member.person.id);
                stranded += member.balance.balance;
            }
        }
        Ok(OrganisationPage {
            organisation,
            members,
            balance: round2(balance),
            stranded: round2(stranded),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow(date: &str, signed: f64) -> Flow {
        Flow {
            date: date.into(),
            signed,
        }
    }

    #[test]
    fn a_series_has_one_point_per_day_and_fades_with_a_half_life() {
        let oldest_first = vec![
            flow("2026-01-01", 2.0),
            flow("2026-01-01", 2.0),
            flow("2026-01-31", -1.0),
            flow("2026-03-02", 4.0),
        ];
        let plain: Vec<(String, f64)> = series(&oldest_first, None)
            .into_iter()
            .map(|p| (p.date, p.balance))
            .collect();
        assert_eq!(
            plain,
            vec![
                ("2026-01-01".into(), 4.0),
                ("2026-01-31".into(), 3.0),
                ("2026-03-02".into(), 7.0)
            ]
        );
        let faded: Vec<f64> = series(&oldest_first, Some(30))
            .into_iter()
            .map(|p| p.balance)
            .collect();
        assert_eq!(
            faded,
            vec![4.0, 1.0, 4.5],
            "4 halves to 2 after 30 days, minus 1; then 1 halves to 0.5, plus 4"
        );
    }

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
