//! The people list as the window pages through it. Filtering, sorting and
//! cutting out one page happen here, next to the data, so the window holds a
//! hundred rows instead of every person with every figure: on a ledger of
//! thousands of people that is the difference between kilobytes and megabytes
//! crossing into the page after every change.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::people::Relationship;
use crate::domain::people::{Person, PERSON_COLUMNS};
use crate::error::{Error, Result};
use crate::figures::balances::Balance;
use crate::figures::person_figures::PersonFigures;
use crate::figures::person_stats::{PersonStats, StatsColumns};
use crate::phrase;
use crate::store::Store;
use crate::text::ascii_folded;
use crate::text::fold;
use crate::views::search::SearchEntity;

/// Every person's tags, by id.
pub(crate) type TagsByPerson = HashMap<String, Vec<String>>;

/// The most rows one page may ask for.
pub const MAX_PAGE_ROWS: usize = 500;

/// How many search hits a filtering search looks at: every person a name, tag
/// or note match leads to, short of a query that matches half the ledger.
const SEARCH_HITS: usize = 2_000;

/// Which people by whether they are archived.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Active,
    Archived,
    All,
}

/// The order of the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeopleSort {
    /// By name, ignoring case and accents.
    #[default]
    Name,
    /// Highest balance first.
    Balance,
    /// Latest exchange first.
    Last,
}

/// What the list shows: the filters, the order and which page.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PeopleQuery {
    /// Full-text search: people found by name, tag or note, or working at a
    /// matching organisation. Empty for everyone.
    pub query: String,
    pub status: Status,
    pub relationship: Option<Relationship>,
    /// Only the people at this organisation today.
    pub organisation: Option<String>,
    pub tag: Option<String>,
    /// Only the people some signal is about.
    pub with_signal: bool,
    pub sort: PeopleSort,
    /// How many matching rows to skip.
    pub offset: usize,
    /// How many rows to return, from 1 to [`MAX_PAGE_ROWS`].
    pub limit: usize,
}

impl Default for PeopleQuery {
    fn default() -> Self {
        PeopleQuery {
            query: String::new(),
            status: Status::Active,
            relationship: None,
            organisation: None,
            tag: None,
            with_signal: false,
            sort: PeopleSort::Name,
            offset: 0,
            limit: 100,
        }
    }
}

/// A person with their balance and figures, as lists show them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonSummary {
    pub person: Person,
    pub balance: Balance,
    pub stats: PersonStats,
}

/// One row of the list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonRow {
    pub id: String,
    pub name: String,
    pub archived: bool,
    pub balance: f64,
    /// Whether some signal is about this person.
    pub signalled: bool,
    /// For one of several people of the same name, what tells them apart:
    /// where they work now (and as what), else their tags.
    pub namesake_hint: Option<String>,
}

/// One page of the list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeopleListPage {
    /// Everyone not in the trash.
    pub total: usize,
    /// Everyone the filters let through.
    pub matching: usize,
    /// The rows from `offset`, at most `limit`.
    pub rows: Vec<PersonRow>,
}

impl Store {
    /// Where a person works now, as what ("Studio Noord, designer"), else
    /// their tags: what tells them apart from others of their name.
    fn what_sets_apart(
        &self,
        person_id: &str,
        tags: &[String],
        today: NaiveDate,
    ) -> Result<Option<String>> {
        let today = crate::clock::iso(today);
        for affiliation in self.affiliations_of(person_id)? {
            if affiliation.is_current_on(&today) {
                let organisation = self.organisation(&affiliation.organisation_id)?.name;
                return Ok(Some(if affiliation.role.is_empty() {
                    organisation
                } else {
                    format!("{organisation}, {}", affiliation.role)
                }));
            }
        }
        Ok((!tags.is_empty()).then(|| tags.join(", ")))
    }

    /// Every person's tags, by id, each person's in the order lists show
    /// them; kept until the ledger changes, for every key of a search.
    fn tags_by_person(&self, today: NaiveDate) -> Result<Arc<TagsByPerson>> {
        self.memo.tags.get_or(self.version(today)?, || {
            let mut tags = TagsByPerson::new();
            let mut stmt = self.conn.prepare_cached(
                "SELECT person_id, tag FROM person_tag ORDER BY tag COLLATE NOCASE",
            )?;
            let rows =
                stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, tag) = row?;
                tags.entry(id).or_default().push(tag);
            }
            Ok(tags)
        })
    }

    /// Every person not in the trash with balance and figures, by name.
    pub fn people_summaries(&self, today: NaiveDate) -> Result<Vec<PersonSummary>> {
        let faded = self.faded_balances(today)?;
        let tags = self.tags_by_person(today)?;
        let person_columns = PERSON_COLUMNS
            .split(", ")
            .map(|c| format!("p.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {person_columns}, {} FROM person p
             LEFT JOIN person_stats s ON s.person_id = p.id
             WHERE p.trashed_at IS NULL",
            StatsColumns::select("s")
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let figures = StatsColumns::of(&stmt)?;
        let rows = stmt.query_map([], |row| {
            Ok((
                PersonStats::from_row(row, &figures)?,
                Person::from_row(row)?,
            ))
        })?;
        let mut summaries = Vec::new();
        for row in rows {
            let (stats, mut person) = row?;
            person.tags = tags.get(&person.id).cloned().unwrap_or_default();
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

    /// One page of the people list on `today`.
    pub fn people_list(&self, query: &PeopleQuery, today: NaiveDate) -> Result<PeopleListPage> {
        if !(1..=MAX_PAGE_ROWS).contains(&query.limit) {
            return Err(Error::invalid(
                "limit",
                phrase!("error-page-size", max = MAX_PAGE_ROWS),
            ));
        }
        // From the figures the store keeps and the tags: the list is read
        // again for every page, every key of a search and after every change.
        let living = self.living(today)?;
        let everyone: Vec<&PersonFigures> = living.active.iter().chain(&living.archived).collect();
        let tags = self.tags_by_person(today)?;
        let no_tags = Vec::new();
        let tags_of = |id: &str| tags.get(id).unwrap_or(&no_tags);
        let signalled = self.signalled_people(today)?;
        let found = match query.query.trim() {
            "" => None,
            text => Some(self.people_found(text, today)?),
        };
        let at_organisation = match &query.organisation {
            Some(id) => Some(self.member_ids_on(id, today)?),
            None => None,
        };
        let passes = |person: &PersonFigures| {
            let status_fits = match query.status {
                Status::Active => !person.archived,
                Status::Archived => person.archived,
                Status::All => true,
            };
            status_fits
                && found.as_ref().is_none_or(|ids| ids.contains(&person.id))
                && (!query.with_signal || signalled.contains(&person.id))
                && at_organisation
                    .as_ref()
                    .is_none_or(|ids| ids.contains(&person.id))
                && query
                    .tag
                    .as_ref()
                    .is_none_or(|tag| tags_of(&person.id).contains(tag))
                && query
                    .relationship
                    .is_none_or(|relationship| person.relationship == relationship)
        };
        // Each name folded once: for sorting, and for finding namesakes
        // among everyone, filtered or not.
        let folded: Vec<(String, &PersonFigures)> = everyone
            .iter()
            .map(|&person| (fold(&person.name), person))
            .collect();
        let mut namesakes: HashMap<&str, usize> = HashMap::new();
        for (name, _) in &folded {
            *namesakes.entry(name.as_str()).or_default() += 1;
        }
        let mut shown: Vec<&(String, &PersonFigures)> =
            folded.iter().filter(|(_, person)| passes(person)).collect();
        sort_rows(&mut shown, query.sort);
        let rows = shown
            .iter()
            .skip(query.offset)
            .take(query.limit)
            .map(|(folded, person)| {
                let namesake_hint = match namesakes.get(folded.as_str()) {
                    Some(count) if *count > 1 => {
                        self.what_sets_apart(&person.id, tags_of(&person.id), today)?
                    }
                    _ => None,
                };
                Ok(PersonRow {
                    id: person.id.clone(),
                    name: person.name.clone(),
                    archived: person.archived,
                    balance: person.totals.balance,
                    signalled: signalled.contains(&person.id),
                    namesake_hint,
                })
            })
            .collect::<Result<_>>()?;
        Ok(PeopleListPage {
            total: everyone.len(),
            matching: shown.len(),
            rows,
        })
    }

    /// The people a full-text search leads to: by their own name, tag or
    /// notes, through an exchange's note, or by working at a matching
    /// organisation today.
    fn people_found(&self, text: &str, today: NaiveDate) -> Result<HashSet<String>> {
        let mut found = HashSet::new();
        for hit in self.search(text, SEARCH_HITS)? {
            if hit.entity == SearchEntity::Organisation {
                found.extend(self.member_ids_on(&hit.id, today)?);
            } else if let Some(id) = hit.person_id {
                found.insert(id);
            }
        }
        Ok(found)
    }
}

/// Sorts rows carrying their folded name; ties fall back to the name, then the id.
fn sort_rows(rows: &mut [&(String, &PersonFigures)], sort: PeopleSort) {
    rows.sort_by(|&(a_name, a), &(b_name, b)| {
        let by_name = a_name.cmp(b_name).then_with(|| a.id.cmp(&b.id));
        match sort {
            PeopleSort::Name => by_name,
            PeopleSort::Balance => b.totals.balance.total_cmp(&a.totals.balance).then(by_name),
            PeopleSort::Last => b.stats.last_date.cmp(&a.stats.last_date).then(by_name),
        }
    });
}
