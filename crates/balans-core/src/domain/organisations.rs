//! Organisations and the affiliations of people with them. Credits belong to
//! persons; an organisation only gathers the balances of the people who are
//! there now, and shows the credits of those who left as stranded.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::clock;
use crate::error::{Error, Result};
use crate::phrase;
use crate::store::Store;
use crate::validate;

/// An organisation as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub notes: String,
    pub trashed_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What a user enters to add or edit an organisation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationInput {
    pub name: String,
    pub notes: String,
}

/// How much a person can decide at their organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DecisionPower {
    Decides,
    Influences,
    None,
}

impl DecisionPower {
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionPower::Decides => "decides",
            DecisionPower::Influences => "influences",
            DecisionPower::None => "none",
        }
    }

    pub fn parse(text: &str) -> Option<DecisionPower> {
        match text {
            "decides" => Some(DecisionPower::Decides),
            "influences" => Some(DecisionPower::Influences),
            "none" => Some(DecisionPower::None),
            _ => None,
        }
    }
}

/// A person at an organisation over a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Affiliation {
    pub id: String,
    pub person_id: String,
    pub organisation_id: String,
    pub role: String,
    pub decision_power: DecisionPower,
    pub from_date: Option<String>,
    pub to_date: Option<String>,
    pub created_at: String,
}

/// What a user enters to affiliate a person with an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AffiliationInput {
    pub person_id: String,
    pub organisation_id: String,
    #[serde(default)]
    pub role: String,
    pub decision_power: DecisionPower,
    #[serde(default)]
    pub from_date: Option<String>,
    #[serde(default)]
    pub to_date: Option<String>,
}

impl Affiliation {
    /// Whether the person is there on `date` (an open end means still there).
    pub fn is_current_on(&self, date: &str) -> bool {
        self.from_date.as_deref().is_none_or(|from| from <= date)
            && self.to_date.as_deref().is_none_or(|to| to >= date)
    }

    /// Reads a row selected with [`AFFILIATION_COLUMNS`], by position: signals
    /// read every affiliation on each look, and lookups by name cost more.
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Affiliation> {
        let power: String = row.get(4)?;
        Ok(Affiliation {
            id: row.get(0)?,
            person_id: row.get(1)?,
            organisation_id: row.get(2)?,
            role: row.get(3)?,
            decision_power: DecisionPower::parse(&power).unwrap_or(DecisionPower::None),
            from_date: row.get(5)?,
            to_date: row.get(6)?,
            created_at: row.get(7)?,
        })
    }
}

/// An organisation in the list, with how many people are there now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganisationRow {
    pub organisation: Organisation,
    pub members_now: u32,
}

const ORGANISATION_COLUMNS: &str = "id, name, notes, trashed_at, created_at, updated_at";
const AFFILIATION_COLUMNS: &str =
    "id, person_id, organisation_id, role, decision_power, from_date, to_date, created_at";

impl Organisation {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Organisation> {
        Ok(Organisation {
            id: row.get("id")?,
            name: row.get("name")?,
            notes: row.get("notes")?,
            trashed_at: row.get("trashed_at")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
}

/// Two periods overlap unless one ends before the other starts.
fn overlaps(
    a_from: Option<&str>,
    a_to: Option<&str>,
    b_from: Option<&str>,
    b_to: Option<&str>,
) -> bool {
    let ends_before = |to: Option<&str>, from: Option<&str>| matches!((to, from), (Some(to), Some(from)) if to < from);
    !(ends_before(a_to, b_from) || ends_before(b_to, a_from))
}

impl Store {
    /// Adds an organisation.
    pub fn add_organisation(&mut self, input: &OrganisationInput) -> Result<Organisation> {
        let name = validate::name("name", &input.name)?;
        let notes = validate::note("notes", &input.notes)?;
        let id = Uuid::now_v7().to_string();
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO organisation (id, name, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![id, name, notes, clock::timestamp()],
        )?;
        tx.commit()?;
        self.organisation(&id)
    }

    /// Renames an organisation or changes its notes.
    pub fn update_organisation(
        &mut self,
        id: &str,
        input: &OrganisationInput,
    ) -> Result<Organisation> {
        self.organisation(id)?;
        let name = validate::name("name", &input.name)?;
        let notes = validate::note("notes", &input.notes)?;
        let tx = self.write()?;
        tx.execute(
            "UPDATE organisation SET name = ?2, notes = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, name, notes, clock::timestamp()],
        )?;
        tx.commit()?;
        self.organisation(id)
    }

    /// Moves an organisation to the trash or back; its affiliations stay.
    pub fn set_organisation_trashed(&mut self, id: &str, trashed: bool) -> Result<Organisation> {
        self.organisation(id)?;
        let tx = self.write()?;
        tx.execute(
            "UPDATE organisation SET trashed_at = CASE WHEN ?2 THEN ?3 END WHERE id = ?1",
            params![id, trashed, clock::timestamp()],
        )?;
        tx.commit()?;
        self.organisation(id)
    }

    /// The organisation with this id.
    pub fn organisation(&self, id: &str) -> Result<Organisation> {
        let sql = format!("SELECT {ORGANISATION_COLUMNS} FROM organisation WHERE id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([id], Organisation::from_row)
            .optional()?
            .ok_or_else(|| Error::not_found("organisation", id))
    }

    /// All organisations not in the trash, by name.
    pub fn organisations(&self) -> Result<Vec<Organisation>> {
        let sql = format!(
            "SELECT {ORGANISATION_COLUMNS} FROM organisation WHERE trashed_at IS NULL ORDER BY name COLLATE NOCASE, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map([], Organisation::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// All organisations not in the trash, by name, each with how many people
    /// are there on `today`.
    pub fn organisation_rows(&self, today: NaiveDate) -> Result<Vec<OrganisationRow>> {
        let today = clock::iso(today);
        let mut members: HashMap<String, HashSet<String>> = HashMap::new();
        for affiliation in self.all_affiliations()? {
            if affiliation.is_current_on(&today) {
                members
                    .entry(affiliation.organisation_id)
                    .or_default()
                    .insert(affiliation.person_id);
            }
        }
        Ok(self
            .organisations()?
            .into_iter()
            .map(|organisation| OrganisationRow {
                members_now: members
                    .get(&organisation.id)
                    .map_or(0, |ids| ids.len() as u32),
                organisation,
            })
            .collect())
    }

    /// The ids of the people at an organisation on `today`.
    pub(crate) fn member_ids_on(
        &self,
        organisation_id: &str,
        today: NaiveDate,
    ) -> Result<HashSet<String>> {
        let today = clock::iso(today);
        Ok(self
            .affiliations_at(organisation_id)?
            .into_iter()
            .filter(|affiliation| affiliation.is_current_on(&today))
            .map(|affiliation| affiliation.person_id)
            .collect())
    }

    /// Records that a person is (or was) at an organisation. A person cannot be
    /// affiliated twice with the same organisation over overlapping periods.
    pub fn affiliate(&mut self, input: &AffiliationInput) -> Result<Affiliation> {
        let person = self.live_person(&input.person_id, "person_id")?;
        let organisation = self
            .organisation(&input.organisation_id)
            .map_err(|e| match e {
                Error::NotFound { .. } => Error::invalid(
                    "organisation_id",
                    Error::not_found("organisation", &input.organisation_id).phrase(),
                ),
                other => other,
            })?;
        let role = validate::role("role", &input.role)?;
        let from =
            validate::optional_date("from_date", input.from_date.as_deref())?.map(clock::iso);
        let to = validate::optional_date("to_date", input.to_date.as_deref())?.map(clock::iso);
        if let (Some(from), Some(to)) = (&from, &to) {
            if to < from {
                return Err(Error::invalid(
                    "to_date",
                    phrase!("error-ends-before-start"),
                ));
            }
        }
        for existing in self.affiliations_of(&person.id)? {
            if existing.organisation_id == organisation.id
                && overlaps(
                    existing.from_date.as_deref(),
                    existing.to_date.as_deref(),
                    from.as_deref(),
                    to.as_deref(),
                )
            {
                return Err(Error::invalid(
                    "from_date",
                    phrase!(
                        "error-overlapping-affiliation",
                        name = person.name,
                        organisation = organisation.name
                    ),
                ));
            }
        }
        let id = Uuid::now_v7().to_string();
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO affiliation (id, person_id, organisation_id, role, decision_power, from_date,
                                      to_date, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id,
                person.id,
                organisation.id,
                role,
                input.decision_power.as_str(),
                from,
                to,
                clock::timestamp()
            ],
        )?;
        tx.commit()?;
        self.affiliation(&id)
    }

    /// Ends an affiliation on `to_date`: the person left. Their credits stay theirs.
    pub fn end_affiliation(&mut self, id: &str, to_date: &str) -> Result<Affiliation> {
        let affiliation = self.affiliation(id)?;
        let to = clock::iso(validate::date("to_date", to_date)?);
        if affiliation
            .from_date
            .as_deref()
            .is_some_and(|from| to.as_str() < from)
        {
            return Err(Error::invalid(
                "to_date",
                phrase!("error-ends-before-start"),
            ));
        }
        let tx = self.write()?;
        tx.execute(
            "UPDATE affiliation SET to_date = ?2 WHERE id = ?1",
            params![id, to],
        )?;
        tx.commit()?;
        self.affiliation(id)
    }

    /// Deletes an affiliation entered by mistake (no exchange depends on it).
    pub fn delete_affiliation(&mut self, id: &str) -> Result<()> {
        self.affiliation(id)?;
        let tx = self.write()?;
        tx.execute("DELETE FROM affiliation WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }

    /// The affiliation with this id.
    pub fn affiliation(&self, id: &str) -> Result<Affiliation> {
        let sql = format!("SELECT {AFFILIATION_COLUMNS} FROM affiliation WHERE id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([id], Affiliation::from_row)
            .optional()?
            .ok_or_else(|| Error::not_found("affiliation", id))
    }

    /// A person's affiliations, most recent first.
    pub fn affiliations_of(&self, person_id: &str) -> Result<Vec<Affiliation>> {
        self.affiliations_where("person_id", person_id)
    }

    /// An organisation's affiliations, most recent first.
    pub fn affiliations_at(&self, organisation_id: &str) -> Result<Vec<Affiliation>> {
        self.affiliations_where("organisation_id", organisation_id)
    }

    /// Every affiliation in the order of their ids, for signals that look
    /// across organisations. The table is read in its own order and sorted
    /// here: SQLite would walk the id index and look up each row apart, which
    /// on the first screen costs several times the sort.
    pub fn all_affiliations(&self) -> Result<Vec<Affiliation>> {
        self.affiliations_by_id("", [])
    }

    /// Every affiliation at an organisation `person_id` is or was affiliated
    /// with, in the order of their ids: all that a rule about that person,
    /// or a stranded credit naming them, can look at.
    pub(crate) fn affiliations_around(&self, person_id: &str) -> Result<Vec<Affiliation>> {
        self.affiliations_by_id(
            "WHERE organisation_id IN (SELECT organisation_id FROM affiliation WHERE person_id = ?1)",
            [person_id],
        )
    }

    /// The affiliations `condition` lets through, sorted by id.
    fn affiliations_by_id<P: rusqlite::Params>(
        &self,
        condition: &str,
        params: P,
    ) -> Result<Vec<Affiliation>> {
        let sql = format!("SELECT {AFFILIATION_COLUMNS} FROM affiliation {condition}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows: Vec<Affiliation> = stmt
            .query_map(params, Affiliation::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        rows.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        Ok(rows)
    }

    fn affiliations_where(&self, column: &str, id: &str) -> Result<Vec<Affiliation>> {
        let sql = format!(
            "SELECT {AFFILIATION_COLUMNS} FROM affiliation WHERE {column} = ?1
             ORDER BY coalesce(to_date, '9999') DESC, coalesce(from_date, '') DESC, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map([id], Affiliation::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::overlaps;

    #[test]
    fn periods_overlap_unless_one_ends_before_the_other_starts() {
        assert!(overlaps(None, None, Some("2020-01-01"), None));
        assert!(overlaps(
            Some("2020-01-01"),
            Some("2021-01-01"),
            Some("2020-06-01"),
            None
        ));
        assert!(!overlaps(
            Some("2020-01-01"),
            Some("2020-12-31"),
            Some("2021-01-01"),
            None
        ));
        assert!(!overlaps(
            Some("2021-01-01"),
            None,
            None,
            Some("2020-12-31")
        ));
        assert!(overlaps(
            Some("2020-01-01"),
            Some("2020-12-31"),
            Some("2020-12-31"),
            None
        ));
    }
}
